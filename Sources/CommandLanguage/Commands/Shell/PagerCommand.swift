/// `pager [on|off]`: whether the shell pages output taller than the screen from now on, as
/// psql's `\pset pager`; without a word, says which it is.
struct PagerCommand: Command {
  static let name = "pager"
  /// The setting asked for; `nil` to say what it is.
  var paging: Bool?

  static var readsRegistry: Bool { false }
  static var worksWithoutRegistry: Bool { true }

  init(parsing invocation: Invocation) throws(CommandError) {
    paging = invocation.argument(0).map { $0 == "on" }
  }

  func run(in session: inout Session) throws(CommandError) -> PagerSetting {
    if let paging { session.options.paging = paging }
    return PagerSetting(paging: session.options.paging)
  }
}
