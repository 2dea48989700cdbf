import Dispatch
import RegistryModel

extension ProfileBuilder {
  /// The live (not retired) services of `services`: each one's id, its unit's index in `known`
  /// (-1 for a unit not in it) and the texts that are read of it; a large registry is gone
  /// through in `chunks` parts at once. Each service is fetched once, and only what is read of
  /// it is kept: a copy of a million whole services is hundreds of megabytes. O(n).
  static func liveServices(_ services: [ServiceID: Service], known: UnitIndex) -> (
    ids: [ServiceID], units: [Int32], texts: [ServiceText]
  ) {
    let all = Array(services.indices)
    let count = all.count < parallelFrom ? 1 : chunks
    let bounds = (0...count).map { $0 * all.count / count }
    let slots = ParallelSlots<([ServiceID], [Int32], [ServiceText])>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { part in
      var ids: [ServiceID] = []
      var units: [Int32] = []
      var texts: [ServiceText] = []
      texts.reserveCapacity(bounds[part + 1] - bounds[part])
      ids.reserveCapacity(bounds[part + 1] - bounds[part])
      units.reserveCapacity(bounds[part + 1] - bounds[part])
      for position in all[bounds[part]..<bounds[part + 1]] {
        let service = services.values[position]
        if service.lifecycle == .retired { continue }
        ids.append(service.id)
        units.append(known.index(of: service.unit))
        texts.append(
          ServiceText(
            name: service.name, kind: service.kind.rawValue, url: service.url,
            description: service.description, tags: service.tags))
      }
      slots.store((ids, units, texts), at: part)
    }
    var parts = slots.release()
    var (ids, units, texts) = parts.removeFirst()
    for (moreIDs, moreUnits, moreTexts) in parts {
      ids += moreIDs
      units += moreUnits
      texts += moreTexts
    }
    return (ids, units, texts)
  }
}
