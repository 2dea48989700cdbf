import Exchange
import RegistryModel
import RegistryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading the files commands name.
extension Session {
  /// The bytes of `file`, or an error saying why it cannot be read (a folder among them).
  static func readFile(_ file: String) throws(CommandError) -> [UInt8] {
    guard let handle = fopen(file, "rb") else {
      throw .failed("cannot read '\(file)': \(String(cString: strerror(errno)))")
    }
    defer { fclose(handle) }
    var info = stat()
    if fstat(fileno(handle), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw .failed("cannot read '\(file)': it is a folder; name the files in it")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&buffer, 1, buffer.count, handle)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[..<count])
    }
    if ferror(handle) != 0 {
      throw .failed("cannot read '\(file)': \(String(cString: strerror(errno)))")
    }
    return bytes
  }
}
