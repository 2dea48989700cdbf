import Testing

@testable import CommandLanguage

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

/// Tables and prose fitted to a terminal's width.
@Suite struct FittedOutputTests {
  static func plain(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for character in text {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  static func table(colour: Bool) -> String {
    var table = TextTable(["ID", "NAME"])
    let style = Style(enabled: colour)
    table.append([style.id("siakad"), String(repeating: "Sistem Akademik ", count: 6)])
    table.append([style.id("sso"), "Single Sign-On"])
    return table.render(style: style, width: 40)
  }

  @Test(arguments: [false, true])
  func theLastColumnIsCutToTheWidth(colour: Bool) {
    let text = Self.table(colour: colour)
    let lines = Self.plain(text).split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 40 })
    #expect(lines[1].count == 40 && lines[1].hasSuffix("…"))
    #expect(lines[2].hasSuffix("Single Sign-On"))
  }

  @Test func rowsBecomeBlocksWhenTheOtherColumnsDoNotFit() {
    var table = TextTable(["ID", "UNIT", "NAME"])
    table.append(["portal-layanan-terpadu-satu-pintu", "ptkn/uin-syarif-hidayatullah", "Portal"])
    let text = table.render(style: Style(enabled: false), width: 40)
    #expect(
      text == "id    portal-layanan-terpadu-satu-pintu\nunit  ptkn/uin-syarif-hidayatullah\n"
        + "name  Portal\n")
  }

  @Test func proseBreaksAtSpacesUnderAnIndent() {
    let text = "error [cycle] a -> b -> c -> a; removing the link a -> b breaks every loop"
    let wrapped = TextWrap.wrap(text, width: 30, indent: 4)
    let lines = wrapped.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
    #expect(wrapped.split(whereSeparator: \.isWhitespace) == text.split(separator: " "))
  }
}
