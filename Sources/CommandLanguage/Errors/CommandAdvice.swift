import RegistryModel
import RegistryStore

// What to type next, said after a lower module's own message. The model and the store say
// what is wrong in their own terms; only the command language knows its commands and options.

extension ModelError {
  /// The command that gets past the error, with its separator; empty when there is none.
  var commandAdvice: String {
    switch self {
    case .serviceExists: "; use 'update' to change it"
    case .unknownUnit: "; see 'units' for the known units"
    case .unknownVersion(let id, _): "; see 'versions \(id)'"
    case .linkExists: "; unlink it first to change the link"
    case .stillDependedOn: ", or pass --force"
    default: ""
    }
  }
}

extension StoreError {
  /// The command that gets past the error, with its separator; empty when there is none.
  var commandAdvice: String {
    switch self {
    case .notARegistry(let path): "; create one with 'svcreg init \(path)'"
    case .model(let error): error.commandAdvice
    default: ""
    }
  }
}
