/// What normalising a run of names produces, kept apart from the shared profiles so that runs
/// can be normalised in parallel and put together afterwards (`ProfileBuilder.normaliseNames`).
struct NameOutput: Sendable {
  /// The core of each name.
  var cores = FlatSets()
  /// The core words of each name that only an assumed acronym meaning supplied.
  var assumedCores = FlatSets()
  /// Whether each core fell back to generic (1) or owner (2) words.
  var coreFallback: [UInt8] = []
  /// The label words of each name.
  var phrases = FlatSets()
  /// What normalisation did, name after name.
  var events: [EvidenceEvent] = []
  /// Where each name's events start.
  var eventStarts: [Int32] = [0]
  /// Each name's unit and normalised name.
  var nameKeys = KeyColumn()
  /// Each name as written without owner, function and version words.
  var stemKeys = KeyColumn()
  /// Expansions the names declare themselves; an acronym event refers to declaration `n` by
  /// the value `-(n + 1)` until the outputs are put together.
  private(set) var declared: [[Int32]] = []
  private var declaredIndex: [[Int32]: Int32] = [:]

  /// Records an expansion a name declares and returns the event value that refers to it.
  mutating func declare(_ words: [Int32]) -> Int32 {
    if let index = declaredIndex[words] { return -(index + 1) }
    let index = Int32(declared.count)
    declared.append(words)
    declaredIndex[words] = index
    return -(index + 1)
  }
}
