import RegistryModel

/// Running commands that are types: parsing once, running, and rendering at the edge.
extension Session {
  /// The command types, by their word in the table. A test checks that every word of the
  /// standard table has one (or is one of the few the session runs itself).
  static let commandTypes: [String: any Command.Type] = Dictionary(
    uniqueKeysWithValues: [
      ShowCommand.self, ListCommand.self, VersionsCommand.self, FindCommand.self,
      UnitsCommand.self, StatsCommand.self, LogCommand.self, DependenciesCommand.self,
      WhyCommand.self, LocksCommand.self, CheckCommand.self, DiffCommand.self, RegisterCommand.self,
      UpdateCommand.self, VersionCommand.self, LinkCommand.self, UnlinkCommand.self,
      AddUnitCommand.self, DeprecateCommand.self, UndeprecateCommand.self, RetireCommand.self,
      UnretireCommand.self, DeleteCommand.self, UndoCommand.self, EditCommand.self,
      DuplicatesCommand.self, HelpCommand.self, ExportCommand.self, ImportCommand.self,
      BeginCommand.self, CommitCommand.self, RollbackCommand.self, StatusCommand.self,
      QuitCommand.self, PagerCommand.self,
      RunCommand.self, SourceCommand.self, InitCommand.self, FormatCommand.self,
      MergeDriverCommand.self, PlanCommand.self,
    ].map { ($0.name, $0) } + [(ReverseDependenciesCommand.name, DependenciesCommand.self)])

  /// Parses `invocation` into a `C`, runs it and renders its outcome as the reply asks.
  mutating func runCommand<C: Command>(_ type: C.Type, _ invocation: Invocation)
    throws(CommandError) -> Reply
  {
    let command = try C(parsing: invocation)
    // Only the command typed: a script's commands stream their output as they run.
    let showsProgress = C.showsProgress && scriptDepth == 0
    if showsProgress { progress?.begin(C.name) }
    let outcome: C.Outcome
    do {
      outcome = try command.run(in: &self)
      if showsProgress { progress?.end() }
    } catch {
      if showsProgress { progress?.end() }
      throw error
    }
    return try reply(for: outcome, json: options.json || invocation.has("json"))
  }

  /// Runs `command` as if typed (the registry reread first when idle), for callers that
  /// build commands as values, and returns its outcome as data.
  mutating func run<C: Command>(_ command: C) throws(CommandError) -> C.Outcome {
    if C.readsRegistry { try refreshIfIdle() }
    if table.command(named: C.name)?.changesRegistry ?? true || C.changesWhatCommandsSee {
      generation += 1
    }
    commandWords = [C.name]
    return try command.run(in: &self)
  }

  /// The one place an outcome becomes text or JSON: text in the session's style, long text
  /// streamed to `streamOutput` as it is written; notes for standard error beside either.
  func reply(for outcome: some CommandOutcome, json: Bool) throws(CommandError) -> Reply {
    let notes = outcome.notes(style: style)
    if json {
      return Reply(
        text: "", json: outcome.json, errorText: notes, exitStatus: outcome.exitStatus,
        quit: outcome.quits)
    }
    let color = options.color
    var output = TextOutput(
      style: style, width: options.width,
      stream: streamOutput.map { stream in
        { text in
          stream(
            Session.terminalSafe(CommandResult(output: text), json: false, color: color).output)
        }
      }, interruptCheck: interruptCheck)
    try outcome.write(to: &output)
    return Reply(
      text: output.text, json: .null, errorText: notes, exitStatus: outcome.exitStatus,
      quit: outcome.quits)
  }

  /// The lowercased text `find` searches, rebuilt after a change.
  mutating func currentSearchIndex() -> SearchIndex {
    if searchIndex?.generation != generation {
      searchIndex = SearchIndex(registrySnapshot, generation: generation)
    }
    return searchIndex!
  }

  /// The ids of the services that link to `id`, in id order: from the graph's reverse links
  /// when a graph is at hand (a shell keeps one between commands); otherwise a scan of every
  /// link, which at 100,000 services costs less than building the graph for one `show`.
  func dependents(of id: ServiceID) -> [ServiceID] {
    if let cached = graphCache, cached.generation == generation {
      let graph = cached.graph
      return graph.index(of: id).map { vertex in
        graph.dependents(of: vertex).map { graph.id(at: $0.source) }
      } ?? []
    }
    return Session.dependents(of: id, in: registrySnapshot)
  }
}
