import RegistryModel
import RegistryStore

/// The commands that move services and versions through their lifecycle.
extension Session {
  mutating func deprecate(_ invocation: Invocation) throws(CommandError) -> Reply {
    let reference = try parseReference(invocation.arguments[0])
    try requireHealthy(reference.service)
    let deprecation = Deprecation(
      reason: invocation.value("reason")!,
      replacedBy: try invocation.value("replaced-by").map(parseReference),
      sunset: try invocation.value("sunset").map(parseDate))
    if deprecation.replacedBy?.service == reference.service, case .service = reference.selector {
      throw .failed("a service cannot be replaced by itself")
    }
    return try withLockDelta { session throws(CommandError) in
      _ = try session.applyChange(invocation) { (registry, _) throws(CommandError) in
        try checked { () throws(ModelError) in try registry.deprecate(reference, deprecation) }
        return RegistryChanges(services: [reference.service])
      }
      return session.done(
        invocation, "deprecated \(session.style.id(reference.description))",
        ids: [reference.service])
    }
  }

  mutating func undeprecate(_ invocation: Invocation) throws(CommandError) -> Reply {
    let reference = try parseReference(invocation.arguments[0])
    try requireHealthy(reference.service)
    return try withLockDelta { session throws(CommandError) in
      _ = try session.applyChange(invocation) { (registry, _) throws(CommandError) in
        try checked { () throws(ModelError) in try registry.undeprecate(reference) }
        return RegistryChanges(services: [reference.service])
      }
      return session.done(
        invocation, "undeprecated \(session.style.id(reference.description))",
        ids: [reference.service])
    }
  }

  mutating func retire(_ invocation: Invocation) throws(CommandError) -> Reply {
    let reference = try parseReference(invocation.arguments[0])
    try requireHealthy(reference.service)
    let force = invocation.has("force")
    return try withLockDelta { session throws(CommandError) in
      _ = try session.applyChange(invocation) { (registry, _) throws(CommandError) in
        try checked { () throws(ModelError) in try registry.retire(reference, force: force) }
        return RegistryChanges(services: [reference.service])
      }
      return session.done(
        invocation, "retired \(session.style.id(reference.description))",
        ids: [reference.service])
    }
  }

  /// Runs `change` and, for a command typed alone, adds to its text the locks it introduced
  /// and resolved (a `retire --force` that takes `locks` from 10 to 40 errors says so).
  mutating func withLockDelta(
    _ change: (inout Session) throws(CommandError) -> Reply
  ) throws(CommandError) -> Reply {
    guard reportsLockDelta else { return try change(&self) }
    let before = lockFindings(in: registrySnapshot)
    var reply = try change(&self)
    reply.text += lockDelta(from: before, to: lockFindings(in: registrySnapshot))
    return reply
  }
}
