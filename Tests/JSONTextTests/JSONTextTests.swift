import Foundation
import JSONText
import TestSupport
import Testing

/// The one JSON string rule, against an obviously right reference and a real JSON reader.
@Suite struct JSONTextTests {
  /// The rule written the slow, plain way: one scalar at a time.
  private func reference(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  @Test(arguments: 0..<300)
  func agreesWithTheReferenceAndReadsBack(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var value = random.awkwardText(maximumLength: 40)
    if random.chance(0.3) { value += "\u{2028}x\u{2029}\u{E2}" }
    let quoted = JSONText.quote(value)
    #expect(quoted == reference(value))
    // Foundation's reader drops U+FEFF inside strings (the exact bytes are checked above).
    let withoutMarks = { (text: String) in String(text.unicodeScalars.filter { $0 != "\u{FEFF}" }) }
    let read = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
    #expect(read.map { $0.map(withoutMarks) } == [withoutMarks(value)])
    #expect(!quoted.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 })
  }

  @Test func bytesAndTextAgree() {
    var bytes: [UInt8] = Array("prefix:".utf8)
    JSONText.appendQuoted("a\"b\u{7}\u{2029}é", to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "prefix:\"a\\\"b\\u0007\\u2029é\"")
  }
}
