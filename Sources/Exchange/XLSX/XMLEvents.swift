import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// One part of a workbook read as a stream of elements through Foundation's XML parser
/// (libxml2 on Linux), with namespace prefixes dropped: Office, LibreOffice and the
/// spreadsheet libraries write the same element names under different prefixes.
struct XMLEvents {
  /// What the reader is told as it goes.
  enum Event {
    /// An element opens, with its local name and its attributes by local name.
    case start(String, [String: String])
    /// Text inside the element that is open.
    case text(String)
    /// An element closes.
    case end(String)
  }

  /// The part's path in the workbook, for messages.
  var part: String
  /// The part's bytes.
  var bytes: [UInt8]

  /// Calls `handle` for every event in document order; fails with the place of the first
  /// error, on text that is not UTF-8, and on a document type declaration, which no workbook
  /// part has and which could expand entities without bound.
  func read(_ handle: @escaping (Event) throws(TableReadError) -> Void) throws(TableReadError) {
    // Foundation's parser crashes on some names that are not UTF-8 (found by the fuzzer), and
    // workbooks are written in UTF-8, so anything else is refused before it is parsed.
    if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
      let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      throw TableReadError(
        line: 0,
        message: "the workbook's part \(part) is not UTF-8 text (line \(line)); the file is "
          + "damaged")
    }
    if Self.containsDoctype(bytes) {
      throw TableReadError(
        line: 0,
        message: "the workbook's part \(part) declares a document type, which "
          + "workbooks never do; it is refused")
    }
    let parser = XMLParser(data: Data(bytes))
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    let delegate = Delegate(handle: handle)
    parser.delegate = delegate
    let parsed = parser.parse()
    if let failure = delegate.failure { throw failure }
    // Foundation's parser on Linux reports some errors only through `parserError`, and none
    // for a document cut short, so the elements' balance is checked here too.
    let error = parser.parserError.map { ($0 as NSError).code }
    guard parsed, error == nil, delegate.open.isEmpty, delegate.sawElement else {
      let reason: String
      if let error {
        reason = Self.reasons[error] ?? "libxml2 error \(error)"
      } else if let open = delegate.open.last {
        reason = "it ends before <\(open)> closes"
      } else {
        reason = "it has no elements"
      }
      throw TableReadError(
        line: 0,
        message: "the workbook's part \(part) is not well-formed XML at line "
          + "\(parser.lineNumber), column \(parser.columnNumber): \(reason); the file is damaged")
    }
  }

  /// What libxml2's commonest error codes mean, in words.
  private static let reasons: [Int: String] = [
    4: "it is empty", 5: "it ends too early", 9: "it holds a character XML does not allow",
    23: "a '<' inside a value", 26: "it names an entity it never declares",
    38: "an attribute's value is not quoted", 41: "an attribute has no value",
    42: "an attribute is given twice", 65: "a tag is not closed with '>'",
    73: "a tag is not closed with '>'", 76: "a closing tag does not match the tag it closes",
    77: "a tag is not closed", 85: "a tag is not closed", 86: "text after the document's end",
  ]

  private static func containsDoctype(_ bytes: [UInt8]) -> Bool {
    let marker = Array("<!DOCTYPE".utf8)
    guard bytes.count >= marker.count else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index <= buffer.count - marker.count {
        if buffer[index] == marker[0], buffer[index + 1] == marker[1],
          buffer[(index + 2)..<(index + marker.count)].elementsEqual(marker[2...])
        {
          return true
        }
        index += 1
      }
      return false
    }
  }

  /// The local part of a prefixed name: `x:row` → `row`.
  static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  /// The parser's delegate: a class because Foundation's API takes one, and private to the
  /// one call that uses it.
  private final class Delegate: NSObject, XMLParserDelegate {
    let handle: (Event) throws(TableReadError) -> Void
    var failure: TableReadError?
    /// The elements open now, outermost first.
    var open: [String] = []
    /// Whether any element opened.
    var sawElement = false

    init(handle: @escaping (Event) throws(TableReadError) -> Void) {
      self.handle = handle
    }

    private func send(_ event: Event, _ parser: XMLParser) {
      guard failure == nil else { return }
      do {
        try handle(event)
      } catch {
        failure = error
        parser.abortParsing()
      }
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String]
    ) {
      var local: [String: String] = [:]
      for (key, value) in attributes { local[XMLEvents.localName(key)] = value }
      sawElement = true
      open.append(elementName)
      send(.start(XMLEvents.localName(elementName), local), parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      send(.text(string), parser)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      send(.text(String(decoding: block, as: UTF8.self)), parser)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if open.last == elementName { open.removeLast() }
      send(.end(XMLEvents.localName(elementName)), parser)
    }
  }
}
