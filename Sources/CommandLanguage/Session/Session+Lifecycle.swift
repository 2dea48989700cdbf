import RegistryModel

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
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.deprecate(reference, deprecation) }
      return Touched(services: [reference.service])
    }
    return done(
      invocation, "deprecated \(style.id(reference.description))", ids: [reference.service])
  }

  mutating func undeprecate(_ invocation: Invocation) throws(CommandError) -> Reply {
    let reference = try parseReference(invocation.arguments[0])
    try requireHealthy(reference.service)
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.undeprecate(reference) }
      return Touched(services: [reference.service])
    }
    return done(
      invocation, "undeprecated \(style.id(reference.description))", ids: [reference.service])
  }

  mutating func retire(_ invocation: Invocation) throws(CommandError) -> Reply {
    let reference = try parseReference(invocation.arguments[0])
    try requireHealthy(reference.service)
    let force = invocation.has("force")
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.retire(reference, force: force) }
      return Touched(services: [reference.service])
    }
    return done(invocation, "retired \(style.id(reference.description))", ids: [reference.service])
  }
}
