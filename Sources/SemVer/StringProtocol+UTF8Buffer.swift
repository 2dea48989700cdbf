extension StringProtocol {
  /// Calls `body` with the text's UTF-8 bytes, in place when the storage is contiguous.
  func withUTF8Buffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    let copy = Array(utf8)
    return copy.withUnsafeBufferPointer(body)
  }
}
