#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file opened for reading pieces of it at given offsets, from any thread (`pread`), so that
/// a large file can be read a piece at a time instead of all at once.
struct ReadOnlyFile: Sendable {
  private let descriptor: Int32
  /// The file's size when it was opened.
  let size: Int

  /// Opens `path`, or returns nil when it cannot be opened.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      closeDescriptor(descriptor)
      return nil
    }
    self.descriptor = descriptor
    size = Int(info.st_size)
  }

  /// `count` bytes from `offset`, or nil when the file is shorter or cannot be read.
  func read(at offset: Int, count: Int) -> [UInt8]? {
    guard offset >= 0, count >= 0, offset <= size - count else { return nil }
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes { buffer in
        pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
      }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { return nil }
      filled += got
    }
    return bytes
  }

  /// Closes the file; reads after this fail.
  func close() { closeDescriptor(descriptor) }
}

// Glibc's close, under a name that does not clash with the method above.
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
