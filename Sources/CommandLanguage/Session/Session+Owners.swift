import RegistryModel

/// Owners as users name them: a unit by its path, alias or name, or a team by its name.
extension Session {
  /// The owner to store for `text`: the path of the unit it names, or else the text itself as
  /// a team's name, which must fit on one line. O(units).
  func owner(_ text: String) throws(CommandError) -> String {
    if let unit = try? existingUnit(text), registrySnapshot.units[unit] != nil {
      return unit.description
    }
    let team = String(
      text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    if let reason = TextRules.problem(in: team, multiline: false) {
      throw .model(.invalidText(field: "owner", reason: reason))
    }
    guard !team.isEmpty else {
      throw .model(.invalidText(field: "owner", reason: "it is empty; give a unit or a team"))
    }
    return team
  }

  /// A test of whether a service's owner is what `text` names: a unit (the services owned by
  /// it or by a unit inside it) or a team (ignoring case). Naming neither a unit nor any
  /// owner in the registry is an error with the owners it most likely meant. O(services).
  func ownerFilter(_ text: String) throws(CommandError) -> (Service) -> Bool {
    if let unit = try? existingUnit(text) {
      return { service in service.owner.flatMap(UnitPath.init).map { $0.isWithin(unit) } ?? false }
    }
    let folded = text.lowercased()
    var owners: [String: String] = [:]
    for service in registrySnapshot.services.values {
      if let owner = service.owner { owners[owner.lowercased()] = owner }
    }
    guard owners[folded] != nil else {
      let suggestion = InvocationParser.closest(to: folded, among: owners.keys.sorted())
        .flatMap { owners[$0] }
      throw .failed(
        "no unit or team '\(text)' owns a service"
          + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
          + " ('list --owner' takes a unit or a team named in an owner field)")
    }
    return { service in service.owner?.lowercased() == folded }
  }
}
