/// What `run` or `source` did: the text its commands printed, and how it ended.
struct ScriptRun {
  /// What the scripts' commands printed on standard output.
  var output: String
  /// What they printed on standard error, each place said.
  var errors: String
  /// The run's exit status.
  var status: Int32
}

/// What `init` did: a new registry, or what it added to an existing one.
struct RegistryInitialised {
  /// The registry's folder.
  var path: String
  /// The new registry's name; `nil` when it existed already.
  var name: String?
  /// The lines added to an existing registry's `.gitattributes`.
  var addedGitAttributes: [String]
  /// The merge driver command set in the clone's git configuration, when it was set now.
  var configuredMergeDriver: String? = nil
}

/// Whether the shell pages long output, after `pager`.
struct PagerSetting {
  /// Whether output taller than the screen goes through the pager.
  var paging: Bool
}

/// What `fmt` found and did.
struct FormatOutcome {
  /// The files not in canonical form, relative to the registry.
  var files: [String]
  /// The same files, as the user can open them.
  var shownFiles: [String]
  /// Whether they were rewritten (not with `--check`).
  var rewritten: Bool
  /// The files that do not parse, with why.
  var broken: [(path: String, error: String)]
}
