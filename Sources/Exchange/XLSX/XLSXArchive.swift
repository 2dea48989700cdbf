import CInflate

/// A workbook's zip container, read from memory: its parts by path, each unpacked whole and
/// checked against its CRC, but never past `partLimit` bytes, so that a zip bomb is refused
/// rather than unpacked. Every offset and size the file states is checked against the file
/// before it is used: a damaged or hostile zip is an error, never a crash. Reads the zip
/// format as APPNOTE 6.3 describes it, with ZIP64 sizes and offsets, stored and deflated parts.
struct XLSXArchive {
  /// The most bytes one part may unpack to: far above any real inventory's sheet (a 100,000-row
  /// sheet of 20 columns is about 60 MB of XML).
  static let partLimit = 512 << 20

  /// One part as the zip's central directory lists it.
  private struct Entry {
    var method: UInt16
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int
  }

  private let bytes: [UInt8]
  private let entries: [String: Entry]
  /// Each part's path by its lowercased path, for the case-insensitive lookup Office allows.
  private let folded: [String: String]
  /// The most bytes one part may unpack to here.
  private let partLimit: Int

  /// Opens `bytes` as a zip file whose parts may unpack to `partLimit` bytes each; fails with
  /// a message that says what the file is instead.
  init(_ bytes: [UInt8], partLimit: Int = XLSXArchive.partLimit) throws(TableReadError) {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw TableReadError(
        line: 0,
        message: "this is an Excel 97–2003 workbook (.xls) or a password-protected one; save "
          + "it as an Excel Workbook (.xlsx) without a password and try again")
    }
    guard bytes.starts(with: [0x50, 0x4B]) else {
      throw TableReadError(
        line: 0,
        message: "this is not an Excel workbook (.xlsx is a zip file); for a text table use "
          + "import csv")
    }
    guard let directory = Self.centralDirectory(in: bytes),
      let entries = Self.entries(in: bytes, directory: directory)
    else {
      throw TableReadError(
        line: 0,
        message: "the workbook's zip directory cannot be read; the file is damaged or cut short")
    }
    self.bytes = bytes
    self.entries = entries
    self.folded = Dictionary(
      entries.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    self.partLimit = partLimit
  }

  /// The unpacked bytes of the part at `path` (`xl/workbook.xml`), or `nil` when the
  /// workbook has no such part. Part names are matched without regard to case, as Office does.
  func part(_ path: String) throws(TableReadError) -> [UInt8]? {
    let wanted = path.hasPrefix("/") ? String(path.dropFirst()) : path
    guard let name = entries[wanted] != nil ? wanted : folded[wanted.lowercased()],
      let entry = entries[name]
    else { return nil }
    let header = entry.localHeaderOffset
    guard header <= bytes.count - 30, Self.uint32(bytes, header) == 0x0403_4B50 else {
      throw Self.damaged(name)
    }
    let start =
      header + 30 + Int(Self.uint16(bytes, header + 26))
      + Int(Self.uint16(bytes, header + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw Self.damaged(name)
    }
    let stored = bytes[start..<(start + entry.compressedSize)]
    let unpacked: [UInt8]
    switch entry.method {
    case 0:
      guard stored.count <= partLimit else { throw tooLarge(name) }
      unpacked = Array(stored)
    case 8:
      unpacked = try inflate(stored, name: name)
    default:
      throw TableReadError(
        line: 0,
        message: "the workbook's part \(name) is compressed with method \(entry.method), which "
          + "svcreg does not read; save the workbook again from Excel or LibreOffice")
    }
    let crc = unpacked.withUnsafeBufferPointer { buffer in
      UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
    guard crc == entry.crc else { throw Self.damaged(name) }
    return unpacked
  }

  /// Raw deflate data unpacked with zlib, stopping at `partLimit` bytes.
  private func inflate(_ data: ArraySlice<UInt8>, name: String) throws(TableReadError)
    -> [UInt8]
  {
    var stream = z_stream()
    guard svcreg_inflate_init_raw(&stream) == Z_OK else { throw Self.damaged(name) }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var status = Z_OK
    var input = Array(data)
    input.withUnsafeMutableBufferPointer { source in
      stream.next_in = source.baseAddress
      stream.avail_in = uInt(source.count)
      while status == Z_OK {
        chunk.withUnsafeMutableBufferPointer { target in
          stream.next_out = target.baseAddress
          stream.avail_out = uInt(target.count)
          status = CInflate.inflate(&stream, Z_NO_FLUSH)
          let produced = target.count - Int(stream.avail_out)
          output.append(contentsOf: target[..<produced])
        }
        if output.count > partLimit { return }
        // No more input and no way forward: the data ends before its last block.
        if status == Z_BUF_ERROR
          || (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
        {
          status = Z_DATA_ERROR
        }
      }
    }
    guard output.count <= partLimit else { throw tooLarge(name) }
    guard status == Z_STREAM_END else { throw Self.damaged(name) }
    return output
  }

  private func tooLarge(_ name: String) -> TableReadError {
    TableReadError(
      line: 0,
      message: "the workbook's part \(name) unpacks to more than \(partLimit) bytes; it is "
        + "not an inventory sheet")
  }

  private static func damaged(_ part: String) -> TableReadError {
    TableReadError(
      line: 0, message: "the workbook's part \(part) cannot be unpacked; the file is damaged")
  }

  // MARK: - The central directory

  /// Where the central directory starts and how many entries it has, from the end record (and
  /// its ZIP64 form); `nil` when the file has none.
  private static func centralDirectory(in bytes: [UInt8]) -> (offset: Int, count: Int)? {
    guard bytes.count >= 22 else { return nil }
    // The end record is the last 22 bytes plus a comment of at most 65,535.
    let lowest = max(0, bytes.count - 22 - 65_535)
    var end = bytes.count - 22
    while end >= lowest, uint32(bytes, end) != 0x0605_4B50 { end -= 1 }
    guard end >= lowest else { return nil }
    var count = Int(uint16(bytes, end + 10))
    var offset = Int(uint32(bytes, end + 16))
    if count == 0xFFFF || offset == 0xFFFF_FFFF {
      let locator = end - 20
      guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50,
        let record = Int(exactly: uint64(bytes, locator + 8)), record >= 0,
        record <= bytes.count - 56, uint32(bytes, record) == 0x0606_4B50,
        let zip64Count = Int(exactly: uint64(bytes, record + 32)),
        let zip64Offset = Int(exactly: uint64(bytes, record + 48))
      else { return nil }
      count = zip64Count
      offset = zip64Offset
    }
    guard offset <= bytes.count else { return nil }
    return (offset, count)
  }

  /// The entries the central directory lists, by path; `nil` when it runs past the file.
  private static func entries(in bytes: [UInt8], directory: (offset: Int, count: Int))
    -> [String: Entry]?
  {
    var entries: [String: Entry] = [:]
    var position = directory.offset
    // Each entry takes at least 46 bytes, which bounds a hostile count.
    guard directory.count <= (bytes.count - position) / 46 else { return nil }
    for _ in 0..<directory.count {
      guard position <= bytes.count - 46, uint32(bytes, position) == 0x0201_4B50 else {
        return nil
      }
      let nameLength = Int(uint16(bytes, position + 28))
      let extraLength = Int(uint16(bytes, position + 30))
      let commentLength = Int(uint16(bytes, position + 32))
      let nameStart = position + 46
      guard nameStart + nameLength + extraLength + commentLength <= bytes.count else {
        return nil
      }
      var entry = Entry(
        method: uint16(bytes, position + 10), crc: uint32(bytes, position + 16),
        compressedSize: Int(uint32(bytes, position + 20)),
        uncompressedSize: Int(uint32(bytes, position + 24)),
        localHeaderOffset: Int(uint32(bytes, position + 42)))
      guard
        readZIP64Fields(
          of: &entry, in: bytes,
          extra: (nameStart + nameLength)..<(nameStart + nameLength
            + extraLength))
      else { return nil }
      let name = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
      if entries[name] == nil { entries[name] = entry }
      position = nameStart + nameLength + extraLength + commentLength
    }
    return entries
  }

  /// Replaces the sizes and offset that are 0xFFFFFFFF with their ZIP64 values from the extra
  /// field, in the order APPNOTE 4.5.3 gives; false when the field is cut short.
  private static func readZIP64Fields(
    of entry: inout Entry, in bytes: [UInt8], extra: Range<Int>
  ) -> Bool {
    var position = extra.lowerBound
    while position + 4 <= extra.upperBound {
      let id = uint16(bytes, position)
      let size = Int(uint16(bytes, position + 2))
      let data = position + 4
      guard data + size <= extra.upperBound else { return false }
      if id == 0x0001 {
        var field = data
        func next() -> Int? {
          guard field + 8 <= data + size, let value = Int(exactly: uint64(bytes, field)) else {
            return nil
          }
          field += 8
          return value
        }
        if entry.uncompressedSize == 0xFFFF_FFFF {
          guard let value = next() else { return false }
          entry.uncompressedSize = value
        }
        if entry.compressedSize == 0xFFFF_FFFF {
          guard let value = next() else { return false }
          entry.compressedSize = value
        }
        if entry.localHeaderOffset == 0xFFFF_FFFF {
          guard let value = next() else { return false }
          entry.localHeaderOffset = value
        }
      }
      position = data + size
    }
    return true
  }

  private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
  }

  private static func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
  }
}
