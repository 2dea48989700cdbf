import RegistryModel
import RegistryStore
import SemVer

/// What `list` found: services in id order.
struct ServiceList {
  /// The services shown.
  var services: [Service]
  /// How many matched, of which `services` may be the first few (`--limit`).
  var total: Int
  /// Whether only the rows are written, without the heading line and the count.
  var rowsOnly = false
}

/// What `find` found: the services every word matched, in id order.
struct SearchResults {
  /// The words searched for.
  var words: [String]
  /// The services found.
  var services: [Service]
}

/// What `versions` found: a service's versions, newest first.
struct VersionList {
  /// The service.
  var id: ServiceID
  /// The range they were filtered by, if any.
  var range: VersionRange?
  /// The versions.
  var versions: [ServiceVersion]
}

/// What `units` found: each unit and how many services it owns.
struct UnitList {
  /// One unit and its service count.
  struct Row {
    /// The unit.
    var unit: Unit
    /// The services it owns directly.
    var services: Int
  }

  /// The units, in path order.
  var units: [Row]
}

/// What `stats` counted.
struct RegistryStatistics {
  /// The registry's name.
  var name: String
  /// Every service, own and external.
  var services: Int
  /// The services of units outside the organisation.
  var externalServices = 0
  /// The versions of every service.
  var versions = 0
  /// The links of every service.
  var links = 0
  /// The units.
  var units: Int
  /// The services at each stage.
  var byLifecycle: [Lifecycle: Int] = [:]
  /// The services of each top-level unit.
  var byGroup: [String: Int] = [:]
  /// Why each broken file could not be read.
  var brokenFiles: [String]
}

/// What `log` read from the journal.
struct JournalExcerpt {
  /// The entries, oldest first.
  var entries: [JournalEntry]
  /// The 1-based numbers of the lines that are no journal entry.
  var unreadableLines: [Int]
  /// The journal, as the user can open it.
  var journalPath: String
}
