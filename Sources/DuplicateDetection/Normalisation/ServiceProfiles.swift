import RegistryModel

/// Everything duplicate detection knows about the services of one registry, in flat arrays
/// indexed by service (services in id order): the normalised name ("core"), description and tag
/// words, kind, URL and name keys, and what normalisation did, for evidence and labels.
struct ServiceProfiles: Sendable {
  /// The services' ids, ascending.
  var ids: [ServiceID] = []
  /// Each service's unit, an index into `owners.paths`.
  var units: [Int32] = []
  /// Each service's kind, an index into `kindNames`.
  var kinds: [Int32] = []
  /// The kinds, by index.
  var kindNames: [String] = []
  /// Each service's normalised URL (empty when it has none).
  var urls = KeyColumn()
  /// Each service's unit and normalised name together.
  var names = KeyColumn()
  /// Each service's name as written without owner, function and version words (the name a
  /// job is registered under).
  var stems = KeyColumn()
  /// For each service, the first service with the same normalised URL, or -1 when it has none.
  var urlKeys: [Int32] = []
  /// Each service's description as a key, empty when too short to tell.
  var descriptionTexts = KeyColumn()
  /// For each service, the first service with the same description text, or -1.
  var descriptionKeys: [Int32] = []
  /// For each service, the first service with the same unit and normalised name.
  var nameKeys: [Int32] = []
  /// For each service, the first service with the same name as written in `stems`.
  var stemKeys: [Int32] = []
  /// The words of each name that say what the service does: generic and owner words gone,
  /// acronyms expanded, synonyms and translations made one word.
  var cores = FlatSets()
  /// The core words that only an acronym read with a meaning learned or guessed from other names
  /// supplied (`SIMSARPRAS` in a name that does not spell it out).
  var assumedCores = FlatSets()
  /// Whether a core had to fall back to generic or owner words (1, 2) or did not (0).
  var coreFallback: [UInt8] = []
  /// The content words of each description.
  var descriptions = FlatSets()
  /// The content words of each service's tags.
  var tags = FlatSets()
  /// Each service's tags as written, ids in `keys`.
  var tagNames = FlatSets()
  /// The words a label for the service would use, in order.
  var phrases = FlatSets()
  /// What normalisation did to each name.
  var events: [EvidenceEvent] = []
  /// Where each service's events start in `events`.
  var eventStarts: [Int32] = [0]
  /// The words.
  var table = TokenTable(capacity: 4096)
  /// Tags as written.
  var keys = TokenTable(capacity: 4096)
  /// The acronyms of the registry, with the expansions events refer to.
  var acronyms = AcronymTable()
  /// The units and their owner words.
  var owners: UnitOwners
  /// The vocabulary.
  var lexicon: Lexicon

  /// Empty profiles over the given units and vocabulary.
  init(owners: UnitOwners, lexicon: Lexicon) {
    self.owners = owners
    self.lexicon = lexicon
  }

  /// How many services there are.
  var count: Int { ids.count }

  /// The events of service `index`.
  func events(of index: Int) -> ArraySlice<EvidenceEvent> {
    events[Int(eventStarts[index])..<Int(eventStarts[index + 1])]
  }
}
