/// Result slots that concurrently running iterations each fill one of: iteration `n` writes
/// only slot `n`, and the slots are read only after every iteration has finished, so no two
/// threads ever touch the same memory (which is why the unchecked `Sendable` is sound).
struct ParallelSlots<Element>: @unchecked Sendable {
  private let pointer: UnsafeMutablePointer<Element?>
  /// How many slots there are.
  let count: Int

  /// `count` empty slots; `release()` must be called once the values are taken.
  init(count: Int) {
    pointer = UnsafeMutablePointer<Element?>.allocate(capacity: count)
    pointer.initialize(repeating: nil, count: count)
    self.count = count
  }

  /// Fills slot `index`.
  func store(_ value: Element, at index: Int) {
    precondition(index >= 0 && index < count)
    pointer[index] = value
  }

  /// The values of every slot, all of which must be filled, and frees the slots.
  func release() -> [Element] {
    let values = (0..<count).map { pointer[$0]! }
    pointer.deinitialize(count: count)
    pointer.deallocate()
    return values
  }
}
