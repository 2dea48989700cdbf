import CommandLanguage
import Testing

/// Columns line up by characters on screen, whatever the cells hold.
@Suite struct TextTableTests {
  /// Where each cell after the first starts in each line, counted in characters with colour
  /// codes removed.
  static func columnStarts(_ text: String) -> [[Int]] {
    text.split(separator: "\n").map { line in
      var plain = ""
      var inEscape = false
      for character in line {
        if inEscape {
          if character == "m" { inEscape = false }
        } else if character == "\u{1B}" {
          inEscape = true
        } else {
          plain.append(character)
        }
      }
      var starts: [Int] = []
      var previous: Character = "x"
      var run = 0
      for (offset, character) in plain.enumerated() {
        if character == " " {
          run += 1
        } else {
          if previous == " " && run >= 2 { starts.append(offset) }
          run = 0
        }
        previous = character
      }
      return starts
    }
  }

  @Test(arguments: [false, true])
  func columnsLineUpWithAccentsWideCharactersAndColour(colour: Bool) {
    let style = Style(enabled: colour)
    var table = TextTable(["ID", "UNIT", "NAME"])
    table.append([style.id("siakad"), "ptkn/uin-jakarta", "Sistem Informasi Akademik"])
    table.append([style.id("e-rkam"), "pusat/pendis", "e-RKAM Madrasah"])
    table.append([style.id("akademik-é"), "kanwil/ntb", "Layanan Akademik — NTB"])
    table.append([style.id("x"), "pusat/ṣ漢字", "😀 Émoji"])
    let rendered = table.render(style: style)
    let starts = Self.columnStarts(rendered)
    #expect(starts.count == 5)
    #expect(Set(starts).count == 1, "\(rendered)")
    #expect(
      starts[0] == ["akademik-é".count + 2, "akademik-é".count + 2 + "ptkn/uin-jakarta".count + 2])
    #expect(rendered.contains("\u{1B}[") == colour)
  }
}
