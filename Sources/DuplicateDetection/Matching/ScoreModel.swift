/// The constants of the pair score, in one place: how far descriptions and tags may move a name
/// score, what a modifier word weighs, and the default threshold.
enum ScoreModel {
  /// The score two services need to count as duplicates when neither the caller nor the
  /// registry's settings say otherwise.
  static let defaultThreshold = 0.6
  /// The score of two services described by the very same text: above any threshold up to 0.8,
  /// below that of a name match, so that names still lead a cluster.
  static let sameDescription = 0.8
  /// What the name score is multiplied by when descriptions and tags agree on nothing (or the
  /// descriptions contradict each other): a shared name is not proof.
  static let contextLow = 0.55
  /// What the name score is multiplied by when descriptions and tags agree completely.
  static let contextHigh = 1.15
  /// What the name score is multiplied by when it rests only on an acronym read with another
  /// name's meaning and there is no context to confirm it.
  static let acronymAlone = 0.8
  /// Below this Dice overlap, context words in common are taken for coincidence (one shared
  /// `ruang` between room booking and classroom repairs).
  static let agreementFloor = 0.2
  /// At this Dice overlap and above, context agrees completely.
  static let agreementFull = 0.7
  /// How many context words each side needs for its (dis)agreement to count fully in a match of
  /// literal words; a match resting on an acronym's assumed meaning counts any context fully.
  static let confidentWords = 3
  /// The content words each description needs before their having none in common counts as a
  /// contradiction (`SIMSARPRAS` for madrasah facilities and for room booking).
  static let substantialDescription = 3
  /// What a word that never names a job on its own weighs, relative to a job word (`Cek Porsi`
  /// in `Cek Porsi Haji`, `Rumah` in `Rumah Jurnal`).
  static let modifierWeight = 0.3

  /// The least name similarity with which a pair can still reach `threshold`.
  static func nameFloor(_ threshold: Double) -> Double {
    min(1, threshold / contextHigh)
  }
}
