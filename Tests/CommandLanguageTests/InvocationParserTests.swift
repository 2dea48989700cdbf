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
