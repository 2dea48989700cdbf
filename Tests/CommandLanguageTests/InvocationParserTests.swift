import TestSupport
import Testing

@testable import CommandLanguage

@Suite struct InvocationParserTests {
  let parser = InvocationParser()

  func parse(_ line: String) throws -> Invocation {
    try parser.parse(try Tokenizer.split(line))
  }

  func usageError(_ line: String) -> String? {
    do {
      _ = try parse(line)
      return nil
    } catch let error as CommandError {
      guard case .usage = error else { return "not a usage error: \(error)" }
      return error.description
    } catch {
      return "unexpected error: \(error)"
    }
  }

  @Test func sortsWordsIntoArgumentsOptionsAndFlags() throws {
    let invocation = try parse(
      "register siakad --name 'Sistem Akademik' --unit=ptkn/uin-jakarta --tag a --tag b --json")
    #expect(invocation.command.name == "register")
    #expect(invocation.arguments == ["siakad"])
    #expect(invocation.value("name") == "Sistem Akademik")
    #expect(invocation.value("unit") == "ptkn/uin-jakarta")
    #expect(invocation.allValues("tag") == ["a", "b"])
    #expect(invocation.has("json"))
  }

  @Test(
    arguments: [
      ("regster x", "did you mean 'register'?"),
      ("register x --name A --unit u --colour red", "has no option '--colour'"),
      ("register x --unit u", "missing --name"),
      ("link a", "missing TO"),
      ("link a b c", "unexpected argument 'c'"),
      ("link a b --range", "--range needs a value"),
      ("retire x --force=yes", "takes no value"),
      ("show a --json --json", nil),
      ("update x --name a --name b", "given twice"),
    ] as [(String, String?)])
  func reportsUsageErrors(_ line: String, _ fragment: String?) {
    let message = usageError(line)
    if let fragment {
      #expect(message?.contains(fragment) == true, "\(message ?? "no error")")
    }
  }

  @Test func everyCommandHasHelpAndEveryOptionADescription() {
    for command in CommandTable.standard.commands {
      #expect(!command.summary.isEmpty)
      for option in command.options {
        #expect(!option.help.isEmpty, "\(command.name) --\(option.name)")
      }
    }
  }

  @Test func logicalLinesJoinContinuations() {
    let lines = Session.logicalLines(of: "list \\\n  --unit pusat\n\nshow x\\\\\nfind a")
    #expect(lines.map(\.0) == [1, 3, 4, 5])
    #expect(lines[0].1 == "list    --unit pusat")
    #expect(lines[2].1 == "show x\\\\")
  }
}

/// Did-you-mean against a slow, obviously right reference: every candidate scored in full by
/// the textbook table (optimal string alignment: a swap of neighbours is one edit).
@Suite struct ClosestNameTests {
  static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        table[i][j] = min(
          table[i - 1][j] + 1, table[i][j - 1] + 1,
          table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  static func reference(_ word: String, _ candidates: [String]) -> String? {
    let scored = candidates.map { ($0, levenshtein(Array(word), Array($0))) }.min { $0.1 < $1.1 }
    guard let (best, score) = scored, score <= max(1, word.count / 3) else {
      return candidates.first { $0.hasPrefix(word) && !word.isEmpty }
    }
    return best
  }

  @Test func theFastSearchAgreesWithTheReference() {
    let names = CommandTable.standard.commands.map(\.name)
    var random = SplitMix64(seed: 0xC105E57)
    let letters = Array("abcdefghijklmnopqrstuvwxyz-")
    for round in 0..<3_000 {
      var word: String
      if round % 2 == 0 {
        // A name with a few slips.
        var characters = Array(names[random.below(names.count)])
        for _ in 0..<random.below(4) {
          let position = random.below(characters.count + 1)
          switch random.below(3) {
          case 0: characters.insert(letters[random.below(letters.count)], at: position)
          case 1 where position < characters.count: characters.remove(at: position)
          default:
            if position < characters.count {
              characters[position] = letters[random.below(letters.count)]
            }
          }
        }
        word = String(characters)
      } else {
        word = String((0..<random.below(40)).map { _ in letters[random.below(letters.count)] })
      }
      #expect(
        InvocationParser.closest(to: word, among: names) == Self.reference(word, names), "\(word)")
    }
  }
}

/// Habits from other tools work: `exit` leaves, `COMMAND --help` explains the command.
@Suite struct ShellHabitTests {
  let parser = InvocationParser()

  @Test(arguments: ["rdeps --help", "rdeps -h", "rdeps sso --depth 2 --help", "link --help"])
  func helpAfterACommandExplainsIt(_ line: String) throws {
    let invocation = try parser.parse(try Tokenizer.split(line))
    #expect(invocation.command.name == "help")
    #expect(invocation.arguments == [String(line.split(separator: " ")[0])])
  }

  @Test(arguments: [("rdpes", "rdeps"), ("lsit", "list"), ("shwo", "show"), ("chekc", "check")])
  func aSwapOfTwoLettersIsOneSlip(_ typed: String, _ meant: String) throws {
    #expect {
      try parser.parse(try Tokenizer.split(typed))
    } throws: { error in
      "\(error)".contains("did you mean '\(meant)'")
    }
  }

  @Test func svcregHelpListsTheGlobalOptions() throws {
    let outcome = try ChildProcess.svcreg(["--help"])
    #expect(outcome.status == 0)
    for option in ["--registry DIR", "--actor NAME", "--json", "--no-color", "--atomic"] {
      #expect(outcome.output.contains(option), "\(option)")
    }
    #expect(outcome.output.contains("SVCREG_TODAY"))
  }

  @Test func exitIsQuit() throws {
    #expect(try parser.parse(try Tokenizer.split("exit")).command.name == "quit")
  }
}
