import Dispatch
import RegistryModel

extension ProfileBuilder {
  /// How many services a registry needs before its texts are read in parallel.
  static let parallelFrom = 50_000
  /// How many chunks a large registry's texts are read in: fixed, so that every machine gives
  /// the same word ids and so the same output.
  static let chunks = 2

  /// Scans every name into a token stream, and every description, tag, kind and URL into the
  /// profiles, taking the services at `positions` in turn; a large registry is read in
  /// `chunks` parts at once, then put together. O(total length of the texts).
  static func readTexts(
    of services: [ServiceText], at positions: [Int], into profiles: inout ServiceProfiles,
    table: inout TokenTable
  ) -> TokenStream {
    let count = positions.count < parallelFrom ? 1 : chunks
    let bounds = (0...count).map { $0 * positions.count / count }
    let base = table
    let lexicon = profiles.lexicon
    let owners = profiles.owners
    let units = profiles.units
    let slots = ParallelSlots<TextChunk>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { chunk in
      let range = bounds[chunk]..<bounds[chunk + 1]
      slots.store(
        TextChunk(
          services, positions[range], units: units[range], table: base, lexicon: lexicon,
          owners: owners),
        at: chunk)
    }
    return merge(slots.release(), base: base.count, into: &profiles, table: &table)
  }

  /// Puts chunks together: the first chunk's table becomes the shared one, and every later
  /// chunk's new words are interned in it and renumbered.
  private static func merge(
    _ chunks: [TextChunk], base: Int, into profiles: inout ServiceProfiles,
    table: inout TokenTable
  ) -> TokenStream {
    table = chunks[0].table
    var names = chunks[0].names
    profiles.descriptions = chunks[0].descriptions
    profiles.tags = chunks[0].tags
    var kindIndex: [String: Int32] = [:]
    for (number, chunk) in chunks.enumerated() {
      if number > 0 {
        var mapping = Array(0..<Int32(chunk.table.count))
        for id in base..<chunk.table.count {
          mapping[id] = chunk.table.withBytes(Int32(id)) { table.intern($0) }
        }
        names.append(chunk.names, renumbered: mapping)
        profiles.descriptions.append(chunk.descriptions, renumbered: mapping)
        profiles.tags.append(chunk.tags, renumbered: mapping)
      }
      for name in chunk.kindNames where kindIndex[name] == nil {
        kindIndex[name] = Int32(profiles.kindNames.count)
        profiles.kindNames.append(name)
      }
      for kind in chunk.kinds { profiles.kinds.append(kindIndex[chunk.kindNames[Int(kind)]]!) }
      // The first chunk's keys are the first keys, so they keep their ids.
      if number == 0 && profiles.keys.count == 0 { profiles.keys = chunk.keys }
      let keyMapping = (0..<Int32(chunk.keys.count)).map { key in
        number == 0 ? key : chunk.keys.withBytes(key) { profiles.keys.intern($0) }
      }
      profiles.urls.append(contentsOf: chunk.urls)
      profiles.descriptionTexts.append(contentsOf: chunk.descriptionTexts)
      profiles.tagNames.append(chunk.tagNames, renumbered: keyMapping)
    }
    return names
  }

  /// Normalises every name into the profiles' cores, labels and events; a large registry in
  /// `chunks` parts at once, put together in order. O(total words of the names).
  static func normaliseNames(
    _ names: TokenStream, finder: DeclarationFinder, corrector: TypoCorrector,
    literalCounts: [Int32], profiles: inout ServiceProfiles
  ) {
    let count = names.count < parallelFrom ? 1 : chunks
    let bounds = (0...count).map { $0 * names.count / count }
    let shared = profiles
    let slots = ParallelSlots<NameOutput>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { chunk in
      var normaliser = NameNormaliser()
      var output = NameOutput()
      for service in bounds[chunk]..<bounds[chunk + 1] {
        normaliser.normalise(
          names.range(service), unit: shared.units[service], stream: names, finder: finder,
          corrector: corrector, literalCounts: literalCounts, profiles: shared, into: &output)
      }
      slots.store(output, at: chunk)
    }
    for output in slots.release() {
      let declared = output.declared.map { profiles.acronyms.record($0, .declared) }
      for name in 0..<output.eventStarts.count - 1 {
        for var event in output.events[
          Int(output.eventStarts[name])..<Int(output.eventStarts[name + 1])]
        {
          if event.kind == .acronym && event.value < 0 {
            event.value = declared[Int(-event.value - 1)]
          }
          profiles.events.append(event)
        }
        profiles.eventStarts.append(Int32(profiles.events.count))
      }
      profiles.cores.append(contentsOf: output.cores)
      profiles.assumedCores.append(contentsOf: output.assumedCores)
      profiles.phrases.append(contentsOf: output.phrases)
      profiles.coreFallback += output.coreFallback
      profiles.names.append(contentsOf: output.nameKeys)
      profiles.stems.append(contentsOf: output.stemKeys)
    }
  }

  /// Finds the services with the same URL, unit and name, stem, and description text: four
  /// independent passes,
  /// run at once. O(n) expected.
  static func groupKeys(_ profiles: inout ServiceProfiles) {
    let columns = [profiles.urls, profiles.names, profiles.stems, profiles.descriptionTexts]
    let slots = ParallelSlots<[Int32]>(count: columns.count)
    DispatchQueue.concurrentPerform(iterations: columns.count) { column in
      slots.store(columns[column].firsts(), at: column)
    }
    let firsts = slots.release()
    profiles.urlKeys = firsts[0]
    profiles.nameKeys = firsts[1]
    profiles.stemKeys = firsts[2]
    profiles.descriptionKeys = firsts[3]
  }
}
