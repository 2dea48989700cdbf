import RegistryModel
import RegistryStore

/// `fmt`: putting files written by hand or by other tools into canonical form.
extension Session {
  mutating func format(_ invocation: Invocation) throws(CommandError) -> Reply {
    guard batch == nil else { throw .batchState("'fmt' cannot run inside a batch; commit first") }
    let store = try openStore()
    let found: RegistryStore.NonCanonical
    do {
      found = try store.filesNotInCanonicalForm()
    } catch {
      throw .store(error)
    }
    var names = found.services.compactMap { store.relativePath(of: $0) }
    if found.units { names.append("units.toml") }
    if found.settings { names.append("registry.toml") }
    // A file that does not parse (conflict markers, a typo) is not canonical either: fmt
    // cannot rewrite it, and as a CI gate it must fail on it.
    let broken = store.brokenFiles
    let problems = broken.map { "\($0.error)\n" }.joined()
    let status: Int32 = broken.isEmpty ? 0 : 1
    let json = JSONValue.object([
      ("canonical", .bool(found.isEmpty && broken.isEmpty)),
      ("files", .array(names.map(JSONValue.string))),
      ("broken", .array(broken.map { .string(store.displayPath($0.relativePath)) })),
      ("rewritten", .bool(!invocation.has("check") && !found.isEmpty)),
    ])
    if invocation.has("check") || found.isEmpty {
      let text =
        found.isEmpty && broken.isEmpty
        ? "every file is in canonical form\n"
        : names.map { "not canonical: \(store.displayPath($0))\n" }.joined()
      return Reply(
        text: text, json: json, errorText: problems,
        exitStatus: found.isEmpty ? status : 1)
    }
    _ = try applyChange { (_, _) throws(CommandError) in
      RegistryChanges(services: Set(found.services), units: found.units, settings: found.settings)
    }
    return Reply(
      text: names.map { "rewrote \(store.displayPath($0))\n" }.joined(), json: json,
      errorText: problems, exitStatus: status)
  }
}
