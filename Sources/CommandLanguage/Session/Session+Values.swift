import RegistryModel
import RegistryStore
import SemVer

/// Runs a rule of the model, turning its refusal into a command error.
func checked<T>(_ body: () throws(ModelError) -> T) throws(CommandError) -> T {
  do {
    return try body()
  } catch {
    throw .model(error)
  }
}

/// Turning words into model values, with errors that say what is allowed.
extension Session {

  /// The existing unit (or group of units, such as `ptkn`) that `text` names: its path, or
  /// one of its aliases or its name, ignoring case. Anything else is an error with the units
  /// it most likely meant, never a silent empty answer. O(units).
  func existingUnit(_ text: String) throws(CommandError) -> UnitPath {
    let units = registrySnapshot.units
    if let path = UnitPath(text),
      units[path] != nil || units.keys.contains(where: { $0.isWithin(path) })
    {
      return path
    }
    let folded = text.lowercased()
    let named = units.values.filter { unit in
      unit.aliases.contains { $0.lowercased() == folded } || unit.name.lowercased() == folded
    }
    if named.count == 1 { return named[0].path }
    let paths = units.keys.map(\.description).sorted()
    var suggestions = named.map(\.path.description).sorted()
    if suggestions.isEmpty {
      // The last part alone (uin-jakarta for ptkn/uin-jakarta) is the commonest slip.
      suggestions = paths.filter { $0.hasSuffix("/" + folded) }
    }
    if suggestions.isEmpty, let close = InvocationParser.closest(to: folded, among: paths) {
      suggestions = [close]
    }
    if suggestions.isEmpty {
      let lastParts = Dictionary(grouping: paths) { String($0.split(separator: "/").last!) }
      if let close = InvocationParser.closest(to: folded, among: Array(lastParts.keys)) {
        suggestions = lastParts[close]!
      }
    }
    throw .failed(
      "no unit '\(text)'"
        + (suggestions.isEmpty
          ? ""
          : "; did you mean " + suggestions.prefix(3).map { "'\($0)'" }.joined(separator: " or ")
            + "?")
        + " ('units' lists them)")
  }

}
