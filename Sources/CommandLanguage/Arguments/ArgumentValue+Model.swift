import RegistryModel
import SemVer

// The model's values, each parsed with the model's own rules and errors.

extension ServiceID: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try ServiceID(validating: argument) }
  }
}

extension UnitPath: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try UnitPath(validating: argument) }
  }
}

extension Lifecycle: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try Lifecycle(validating: argument) }
  }
}

extension Contact: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try Contact(validating: argument) }
  }
}

extension UnitLevel: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try UnitLevel(validating: argument) }
  }
}

extension CalendarDate: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try CalendarDate(validating: argument) }
  }
}

extension Reference: ArgumentValue {
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try Reference(validating: argument) }
  }
}

extension Kind: ArgumentValue {
  /// A service's kind.
  init(argument: String) throws(CommandError) {
    self = try checked { () throws(ModelError) in try Kind(validating: argument) }
  }
}

/// What a link is for: a kind checked as a link's, so that its error names the right field.
struct LinkKind: ArgumentValue {
  /// The kind.
  var kind: Kind

  init(argument: String) throws(CommandError) {
    kind = try checked { () throws(ModelError) in
      try Kind(validating: argument, field: "link kind")
    }
  }
}

extension Version: ArgumentValue {
  init(argument: String) throws(CommandError) {
    do {
      self = try Version(parsing: argument)
    } catch {
      throw .failed("\(error.description); a version is semantic: MAJOR.MINOR.PATCH, e.g. 2.1.0")
    }
  }
}

extension VersionRange: ArgumentValue {
  init(argument: String) throws(CommandError) {
    do {
      self = try VersionRange(parsing: argument)
    } catch {
      throw .failed(
        "\(error.description); ranges use npm's grammar: ^1.2, ~1.2.3, >=1 <2, 1.x, 1.2.3 - 2.0.0, ||, *"
      )
    }
  }
}

/// How many levels of a tree to follow: a whole number of 0 or more.
struct Depth: ArgumentValue, Equatable {
  /// The number of levels.
  var levels: Int

  init(argument: String) throws(CommandError) {
    guard let value = Int(argument), value >= 0 else {
      throw .usage("--depth needs a whole number of 0 or more", column: 0, command: nil)
    }
    levels = value
  }

  /// A depth of `levels`.
  init(_ levels: Int) { self.levels = levels }
}

/// How many entries to show: a whole number of 1 or more.
struct Limit: ArgumentValue, Equatable {
  /// The number of entries.
  var count: Int

  init(argument: String) throws(CommandError) {
    guard let value = Int(argument), value > 0 else {
      throw .usage("--limit needs a positive whole number", column: 0, command: nil)
    }
    count = value
  }

  /// A limit of `count`.
  init(_ count: Int) { self.count = count }
}

/// The most services in one wave: a whole number of 1 or more.
struct WaveSize: ArgumentValue, Equatable {
  /// The number.
  var services: Int

  init(argument: String) throws(CommandError) {
    guard let value = Int(argument), value >= 1 else {
      throw .usage("--wave-size needs a whole number of 1 or more", column: 0, command: nil)
    }
    services = value
  }
}
