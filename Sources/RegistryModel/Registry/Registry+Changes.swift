import SemVer

/// The changes an administrator makes, each checked against the rules before anything moves.
extension Registry {
  /// Adds a unit; refuses a path that exists.
  public mutating func addUnit(_ unit: Unit) throws(ModelError) {
    guard units[unit.path] == nil else { throw .unitExists(unit.path) }
    if let (field, reason) = unit.textProblem { throw .invalidText(field: field, reason: reason) }
    units[unit.path] = unit
  }

  /// Adds a new service; refuses an id that exists anywhere and a unit that does not.
  public mutating func register(_ service: Service) throws(ModelError) {
    if let existing = services[service.id] { throw .serviceExists(service.id, unit: existing.unit) }
    guard units[service.unit] != nil else { throw .unknownUnit(service.unit) }
    guard service.lifecycle.isLive else {
      throw .invalidTransition(
        subject: "a new service", from: .planned, to: service.lifecycle)
    }
    try Registry.check(service)
    services[service.id] = service
  }

  /// Applies `change` to the service `id`, checking the result; a new unit must exist.
  public mutating func update(
    _ id: ServiceID, _ change: (inout Service) throws(ModelError) -> Void
  ) throws(ModelError) {
    var service = try self.service(id)
    try change(&service)
    guard service.id == id else {
      throw .invalidText(field: "update", reason: "a service's id cannot change")
    }
    guard units[service.unit] != nil else { throw .unknownUnit(service.unit) }
    try Registry.check(service)
    services[id] = service
  }

  /// Adds `version` to the service; refuses a version it already has.
  public mutating func addVersion(_ version: ServiceVersion, to id: ServiceID) throws(ModelError) {
    try update(id) { (service: inout Service) throws(ModelError) in
      if service.versions.contains(where: { $0.version.compareByPrecedence(version.version) == 0 })
      {
        throw .versionExists(id, version.version.description)
      }
      service.versions.append(version)
    }
  }

  /// Makes `id` depend on `link.target`; with `requireTarget` the target must exist now (inside
  /// a batch it is checked at commit instead).
  public mutating func link(_ id: ServiceID, _ link: Link, requireTarget: Bool) throws(ModelError) {
    if requireTarget, services[link.target] == nil { throw .unknownService(link.target) }
    try update(id) { (service: inout Service) throws(ModelError) in
      guard service.link(to: link.target) == nil else {
        throw .linkExists(from: id, to: link.target)
      }
      service.links.append(link)
    }
  }

  /// Removes the link from `id` to `target`.
  public mutating func unlink(_ id: ServiceID, from target: ServiceID) throws(ModelError) {
    try update(id) { (service: inout Service) throws(ModelError) in
      guard let index = service.links.firstIndex(where: { $0.target == target }) else {
        throw .unknownLink(from: id, to: target)
      }
      service.links.remove(at: index)
    }
  }

  /// Deprecates a service or one version; a replacement must name something that exists.
  public mutating func deprecate(_ reference: Reference, _ deprecation: Deprecation)
    throws(ModelError)
  {
    if let replacement = deprecation.replacedBy { try checkExists(replacement) }
    try Registry.check(text: deprecation.reason, field: "reason")
    try update(reference.service) { (service: inout Service) throws(ModelError) in
      switch reference.selector {
      case .service:
        guard service.lifecycle.isLive else {
          throw .invalidTransition(
            subject: "service '\(service.id)'", from: service.lifecycle, to: .deprecated)
        }
        service.lifecycle = .deprecated
        service.deprecation = deprecation
      case .version(let version):
        let index = try Registry.index(of: version, in: service)
        let record = service.versions[index]
        guard record.lifecycle.isLive else {
          throw .invalidTransition(
            subject: "\(service.id)@\(version)", from: record.lifecycle, to: .deprecated)
        }
        service.versions[index].lifecycle = .deprecated
        service.versions[index].deprecation = deprecation
      case .range(let range):
        var matched = false
        for index in service.versions.indices
        where range.contains(service.versions[index].version)
          && service.versions[index].lifecycle.isLive
        {
          service.versions[index].lifecycle = .deprecated
          service.versions[index].deprecation = deprecation
          matched = true
        }
        guard matched else {
          throw .unknownVersion(service.id, "matching \(range.source) that is planned or active")
        }
      }
    }
  }

  /// Takes back a deprecation, making the service or version active again.
  public mutating func undeprecate(_ reference: Reference) throws(ModelError) {
    try update(reference.service) { (service: inout Service) throws(ModelError) in
      switch reference.selector {
      case .service:
        guard service.lifecycle == .deprecated else {
          throw .notDeprecated("service '\(service.id)'")
        }
        service.lifecycle = .active
        service.deprecation = nil
      case .version(let version):
        let index = try Registry.index(of: version, in: service)
        guard service.versions[index].lifecycle == .deprecated else {
          throw .notDeprecated("\(service.id)@\(version)")
        }
        service.versions[index].lifecycle = .active
        service.versions[index].deprecation = nil
      case .range(let range):
        var matched = false
        for index in service.versions.indices
        where range.contains(service.versions[index].version)
          && service.versions[index].lifecycle == .deprecated
        {
          service.versions[index].lifecycle = .active
          service.versions[index].deprecation = nil
          matched = true
        }
        guard matched else { throw .notDeprecated("\(service.id)@\(range.source)") }
      }
    }
  }

  /// Retires a service or version; refused while active services depend on it, unless `force`.
  ///
  /// A version counts as depended on when an active dependent's range selects it and no other
  /// version that stays live would satisfy that range. O(total links).
  public mutating func retire(_ reference: Reference, force: Bool) throws(ModelError) {
    let service = try self.service(reference.service)
    let retiring: Set<Version>
    switch reference.selector {
    case .service:
      guard service.lifecycle != .retired else {
        throw .invalidTransition(subject: "service '\(service.id)'", from: .retired, to: .retired)
      }
      retiring = Set(service.versions.map(\.version))
    case .version(let version):
      let index = try Registry.index(of: version, in: service)
      guard service.versions[index].lifecycle != .retired else {
        throw .invalidTransition(subject: "\(service.id)@\(version)", from: .retired, to: .retired)
      }
      retiring = [service.versions[index].version]
    case .range(let range):
      retiring = Set(
        service.versions.filter { range.contains($0.version) && $0.lifecycle != .retired }
          .map(\.version))
      guard !retiring.isEmpty else {
        throw .unknownVersion(service.id, "matching \(range.source) that is not retired")
      }
    }
    if !force {
      let blocked = blockingDependents(
        of: service, retiring: retiring,
        wholeService: {
          if case .service = reference.selector { return true }
          return false
        }())
      if !blocked.isEmpty {
        throw .stillDependedOn(reference.description, dependents: blocked, active: true)
      }
    }
    try update(reference.service) { (service: inout Service) throws(ModelError) in
      if case .service = reference.selector {
        service.lifecycle = .retired
      }
      for index in service.versions.indices where retiring.contains(service.versions[index].version)
      {
        service.versions[index].lifecycle = .retired
      }
    }
  }

  /// Brings a retired service or version back: the service becomes active (its versions stay
  /// as they are; name `ID@VERSION` or `ID@RANGE` to bring versions back too), a version
  /// active. O(versions).
  public mutating func unretire(_ reference: Reference) throws(ModelError) {
    try update(reference.service) { (service: inout Service) throws(ModelError) in
      switch reference.selector {
      case .service:
        guard service.lifecycle == .retired else {
          throw .invalidTransition(
            subject: "service '\(service.id)'", from: service.lifecycle, to: .active)
        }
        service.lifecycle = .active
      case .version(let version):
        let index = try Registry.index(of: version, in: service)
        guard service.versions[index].lifecycle == .retired else {
          throw .invalidTransition(
            subject: "\(service.id)@\(version)", from: service.versions[index].lifecycle,
            to: .active)
        }
        service.versions[index].lifecycle = .active
      case .range(let range):
        var matched = false
        for index in service.versions.indices
        where range.contains(service.versions[index].version)
          && service.versions[index].lifecycle == .retired
        {
          service.versions[index].lifecycle = .active
          matched = true
        }
        guard matched else {
          throw .unknownVersion(service.id, "matching \(range.source) that is retired")
        }
      }
    }
  }

  /// Removes service `id` and its file's content from the registry; refused while another
  /// service links to it or names it as a replacement, which would leave a link to nothing,
  /// unless `force`. O(total links).
  public mutating func delete(_ id: ServiceID, force: Bool) throws(ModelError) {
    _ = try service(id)
    if !force {
      let dependents = services.values.filter { other in
        other.id != id
          && (other.link(to: id) != nil || other.deprecation?.replacedBy?.service == id
            || other.versions.contains { $0.deprecation?.replacedBy?.service == id })
      }.map(\.id).sorted()
      if !dependents.isEmpty {
        throw .stillDependedOn(
          "service '\(id)'", dependents: dependents, active: false)
      }
    }
    services[id] = nil
  }

  private func blockingDependents(of target: Service, retiring: Set<Version>, wholeService: Bool)
    -> [ServiceID]
  {
    let remaining = target.versions.filter {
      $0.lifecycle != .retired && !retiring.contains($0.version)
    }
    return services.values.compactMap { dependent -> ServiceID? in
      guard dependent.lifecycle == .active, dependent.id != target.id,
        let link = dependent.link(to: target.id)
      else { return nil }
      if wholeService { return dependent.id }
      let selectsRetiring = retiring.contains { link.range.contains($0) }
      let stillSatisfied = remaining.contains { link.range.contains($0.version) }
      return selectsRetiring && !stillSatisfied ? dependent.id : nil
    }.sorted()
  }

  /// Checks that a reference names a service, and a version or range it has.
  public func checkExists(_ reference: Reference) throws(ModelError) {
    let service = try self.service(reference.service)
    switch reference.selector {
    case .service: break
    case .version(let version): _ = try Registry.index(of: version, in: service)
    case .range(let range):
      guard service.versions.contains(where: { range.contains($0.version) }) else {
        throw .unknownVersion(service.id, "matching \(range.source)")
      }
    }
  }

  static func index(of version: Version, in service: Service) throws(ModelError) -> Int {
    guard let index = service.versions.firstIndex(where: { $0.version == version }) else {
      throw .unknownVersion(service.id, version.description)
    }
    return index
  }

  /// Rejects a service whose name is empty, or whose text breaks `TextRules` anywhere.
  static func check(_ service: Service) throws(ModelError) {
    try check(text: service.name, field: "name")
    if let (field, reason) = service.textProblem {
      throw .invalidText(field: field, reason: reason)
    }
  }

  static func check(text: String, field: String) throws(ModelError) {
    if text.allSatisfy(\.isWhitespace) {
      throw .invalidText(field: field, reason: "it is empty")
    }
    if let reason = TextRules.problem(in: text, multiline: false) {
      throw .invalidText(field: field, reason: reason)
    }
  }
}
