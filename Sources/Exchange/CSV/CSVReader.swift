/// Reads CSV as RFC 4180 describes it, and as spreadsheets write it: cells in double quotes may
/// hold the separator, line breaks and `""` for a quote; records end with CRLF, LF or CR; a
/// UTF-8 byte order mark is skipped. The separator is a comma, or a semicolon or tab when the
/// header row holds no comma (as spreadsheets in comma-decimal locales write). A quote inside an
/// unquoted cell is kept as it is. O(size).
enum CSVReader {
  /// Reads `bytes`; fails on text that is not UTF-8 and on a quoted cell that never closes.
  static func read(_ bytes: [UInt8]) throws(TableReadError) -> InventoryTable {
    if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
      let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      throw TableReadError(
        line: line,
        message: "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again")
    }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let separator = self.separator(in: bytes, from: start)
    var records: [InventoryRecord] = []
    var failure: TableReadError?
    bytes.withUnsafeBufferPointer { buffer in
      do {
        records = try parse(buffer, from: start, separator: separator)
      } catch let error as TableReadError {
        failure = error
      } catch {
        preconditionFailure("parse throws only TableReadError")
      }
    }
    if let failure { throw failure }
    guard let first = records.first else {
      throw TableReadError(line: 1, message: "the file is empty; expected a header row")
    }
    return InventoryTable(header: first.cells, records: Array(records.dropFirst()))
  }

  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, separator: UInt8
  ) throws(TableReadError) -> [InventoryRecord] {
    var records: [InventoryRecord] = []
    var cells: [String] = []
    var index = start
    var line = 1
    var recordLine = 1
    let count = bytes.count
    func isEnd(_ byte: UInt8) -> Bool {
      byte == separator || byte == newline || byte == carriageReturn
    }
    while index < count {
      if bytes[index] == quote {
        let cellLine = line
        index += 1
        var piece: [UInt8] = []
        var segment = index
        while true {
          guard index < count else {
            throw TableReadError(
              line: cellLine, message: "a quoted cell starting here never closes (missing '\"')")
          }
          let byte = bytes[index]
          if byte == quote {
            piece.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
            if index + 1 < count, bytes[index + 1] == quote {
              piece.append(quote)
              index += 2
              segment = index
              continue
            }
            index += 1
            break
          }
          if byte == newline
            || (byte == carriageReturn && (index + 1 >= count || bytes[index + 1] != newline))
          {
            line += 1
          }
          index += 1
        }
        // Text after the closing quote is not RFC 4180, but spreadsheets keep it; so do we.
        while index < count, !isEnd(bytes[index]) {
          piece.append(bytes[index])
          index += 1
        }
        cells.append(String(decoding: piece, as: UTF8.self))
      } else {
        let cellStart = index
        while index < count, !isEnd(bytes[index]) { index += 1 }
        cells.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<index]), as: UTF8.self))
      }
      if index < count, bytes[index] == separator {
        index += 1
        if index < count { continue }
        // A separator at the very end still promises one more, empty, cell.
        cells.append("")
      }
      if index < count {
        if bytes[index] == carriageReturn, index + 1 < count, bytes[index + 1] == newline {
          index += 1
        }
        index += 1
        line += 1
      }
      if !(cells.count == 1 && cells[0].isEmpty) {
        records.append(InventoryRecord(line: recordLine, cells: cells))
      }
      cells = []
      recordLine = line
    }
    return records
  }

  /// A comma, unless the first record has none outside quotes but has semicolons or tabs.
  private static func separator(in bytes: [UInt8], from start: Int) -> UInt8 {
    var quoted = false
    var semicolons = 0
    var tabs = 0
    for byte in bytes[start...] {
      if byte == quote { quoted.toggle() }
      if quoted { continue }
      if byte == newline || byte == carriageReturn { break }
      if byte == UInt8(ascii: ",") { return byte }
      if byte == UInt8(ascii: ";") { semicolons += 1 }
      if byte == UInt8(ascii: "\t") { tabs += 1 }
    }
    if semicolons > 0 { return UInt8(ascii: ";") }
    return tabs > 0 ? UInt8(ascii: "\t") : UInt8(ascii: ",")
  }
}
