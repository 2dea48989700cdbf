import Planning
import RegistryModel

/// A migration plan, its check, and how to write it.
struct PlanReport {
  /// The plan.
  var plan: MigrationPlan
  /// The cluster's label, when a cluster was named.
  var title: String?
  /// The plan applied to a copy and checked.
  var check: PlanCheck
  /// How the plan is written.
  var format: ReportFormat
  /// The registry planned on, for names and units.
  var registry: Registry
  /// The day the plan was made.
  var today: CalendarDate
  /// The script's path, once written (`-o`).
  var written: String?
}
