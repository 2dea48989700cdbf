import RegistryModel

/// Finds services that do the same job: the same URL or the same normalised name within a unit
/// (certain), and near-duplicates from names, acronyms, descriptions and tags, with generic
/// words and each owner's own name discounted.
///
/// Names are normalised with knowledge of the domain (`DomainWords`, the registry's
/// `[duplicates]` settings and the acronyms the names themselves declare), pairs are found by
/// near-linear blocking (`CandidateSearch`) and scored (`PairScorer`), and clusters are grown
/// strongest edge first with a coherence check (`ClusterAssembler`). A run over n services takes
/// O(n log n) time: about half a second for 100,000 services in a release build, five for a
/// million.
public struct DuplicateFinder: Sendable {
  /// The registry's duplicate settings: extra stopwords, acronyms and the threshold.
  public let settings: DuplicateSettings
  /// The units, whose names and aliases are owner words for their services.
  public let units: [UnitPath: Unit]

  /// Creates a finder with `settings` over `units`.
  public init(settings: DuplicateSettings, units: [UnitPath: Unit]) {
    self.settings = settings
    self.units = units
  }

  /// The clusters of duplicate services among the live (not retired) services of `registry`,
  /// the largest consolidation opportunities first (`ClusterRank`): the most units of one kind
  /// (campuses, provincial offices, …) doing the job each on their own, then the most names it
  /// goes by among them, then the most services. A certain group (one service registered twice)
  /// inside a larger cluster is also listed on its own, marked certain.
  ///
  /// - Parameters:
  ///   - minimumScore: the least pair score that joins two services, from 0 to 1; by default
  ///     the registry's `min-score`, else 0.6.
  ///   - unit: only clusters with a service in this unit or a unit inside it.
  ///   - progress: told each step as it starts, for a progress line.
  public func clusters(
    in registry: Registry, minimumScore: Double? = nil, unit: UnitPath? = nil,
    progress: (@Sendable (_ step: String) -> Void)? = nil
  ) -> [DuplicateCluster] {
    let threshold = self.threshold(minimumScore)
    let analysis = analyse(registry, threshold: threshold, progress: progress)
    progress?("grouping the pairs found into clusters")
    // A service whose name says nothing (a cell listing several applications) joins a cluster
    // by its URL but never leads one: the leader's name is what the others are checked against.
    var sizes = analysis.signatures.sizesByService
    for service in sizes.indices where analysis.profiles.cores.range(service).isEmpty {
      sizes[service] = 0
    }
    let assembler = ClusterAssembler(
      scorer: analysis.scorer, threshold: threshold, signatureSizes: sizes,
      descriptionKeys: analysis.profiles.descriptionKeys)
    var components = assembler.components(analysis.search.edges, count: analysis.profiles.count)
    // A service registered twice is a fix to make whatever is decided about the cluster around
    // it, so a certain group inside a larger cluster is also listed on its own.
    let whole = Set(components.map(\.members))
    let certain = assembler.components(
      analysis.search.edges.filter(\.certain), count: analysis.profiles.count)
    components += certain.filter { !whole.contains($0.members) }
    return describe(components, analysis.profiles, registry, unit: unit)
  }

  /// The services registered more than once: clusters joined only by the same URL or by the
  /// same normalised name within one unit, for `check`. O(n log n).
  public func certainDuplicates(in registry: Registry) -> [DuplicateCluster] {
    let profiles = ProfileBuilder(settings: settings, units: units).build(registry)
    let scorer = PairScorer(profiles, weights: TokenWeights(profiles))
    let edges = CandidateSearch.certainEdges(profiles, scorer: scorer)
    let sizes = [Int32](repeating: 1, count: profiles.count)
    let components = ClusterAssembler(scorer: scorer, threshold: 1, signatureSizes: sizes)
      .components(edges, count: profiles.count)
    return describe(components, profiles, registry, unit: nil)
  }

  /// The threshold in force: the argument, else the settings, else the default; within 0…1.
  func threshold(_ minimumScore: Double?) -> Double {
    let value = minimumScore ?? settings.minimumScore ?? ScoreModel.defaultThreshold
    return min(1, max(0.01, value))
  }

  /// Everything computed before clustering, exposed for tests.
  struct Analysis {
    var profiles: ServiceProfiles
    var scorer: PairScorer
    var signatures: CoreSignatures
    var search: CandidateSearch.Result
  }

  /// Profiles the registry and searches it for candidate pairs at `threshold`.
  func analyse(
    _ registry: Registry, threshold: Double, recording: Bool = false,
    progress: (@Sendable (String) -> Void)? = nil
  ) -> Analysis {
    progress?("normalising the services' names")
    let profiles = ProfileBuilder(settings: settings, units: units).build(registry)
    progress?("scoring the pairs of services that may be duplicates")
    let scorer = PairScorer(profiles, weights: TokenWeights(profiles))
    let signatures = CoreSignatures(profiles.cores)
    let search = CandidateSearch(
      profiles: profiles, scorer: scorer, signatures: signatures, threshold: threshold)
    return Analysis(
      profiles: profiles, scorer: scorer, signatures: signatures,
      search: search.run(recording: recording))
  }

  private func describe(
    _ components: [ClusterAssembler.Component], _ profiles: ServiceProfiles,
    _ registry: Registry, unit: UnitPath?
  ) -> [DuplicateCluster] {
    let kept = components.filter { component in
      guard let unit else { return true }
      return component.members.contains {
        profiles.owners.paths[Int(profiles.units[Int($0)])].isWithin(unit)
      }
    }
    let described = ClusterDescriber(profiles: profiles).describe(kept)
    let clusters = described.sorted { $0.1 < $1.1 }.map(\.0)
    return clusters
  }
}
