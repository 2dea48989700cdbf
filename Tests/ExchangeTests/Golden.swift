import Foundation
import TestSupport

/// The exporters' golden files in `Golden/`: the exact bytes each export of `HostileRegistry`
/// must give.
let golden = GoldenFiles(resources: Bundle.module.resourceURL)
