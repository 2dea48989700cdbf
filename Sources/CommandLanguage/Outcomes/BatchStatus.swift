import RegistryModel

/// What `status` found: the open batch's commands and what they change, or no batch.
struct BatchStatus {
  /// The commands run in the open batch, in order; `nil` when no batch is open.
  var commands: [String]?
  /// What committing the batch would change in the files.
  var difference: RegistryDifference?
}
