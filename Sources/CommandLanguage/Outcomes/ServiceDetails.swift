import RegistryModel
import SemVer

/// What `show` found: a service in full, or some of its versions.
struct ServiceDetails {
  /// A link of the service and what it resolves to.
  struct LinkState {
    /// The link.
    var link: Link
    /// The target's version it resolves to; `nil` when the target does not exist.
    var resolution: LinkResolution?
  }

  /// The service.
  var service: Service
  /// The name of its unit, when the unit is declared.
  var unitName: String? = nil
  /// The name of the unit that owns it, when its owner is a declared unit.
  var ownerUnitName: String? = nil
  /// Its file, as the user can open it.
  var file: String? = nil
  /// Its links, each with what it resolves to.
  var links: [LinkState] = []
  /// The ids of the services that link to it, in id order.
  var dependents: [ServiceID] = []
  /// What was asked for: the service, one version, or the versions in a range.
  var selection: Selection = .service

  /// What `show` was asked for.
  enum Selection {
    /// The service as a whole (`ID`).
    case service
    /// One version (`ID@VERSION`).
    case version(ServiceVersion)
    /// The versions a range selects (`ID@RANGE`), newest first.
    case versions([ServiceVersion])
  }
}
