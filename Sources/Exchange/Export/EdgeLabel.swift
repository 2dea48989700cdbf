import RegistryModel

/// The label a picture shows on a link: its range, then its kind in parentheses, such as
/// `^2 (auth)`; none for a link to any version with no kind.
enum EdgeLabel {
  /// Whether `link` has a label at all; O(1).
  static func hasLabel(_ link: Link) -> Bool {
    showsRange(link) || link.kind != nil
  }

  /// Hands the label's pieces to `write` in order, so that each format escapes them its own way
  /// without building a string per link; O(1).
  static func write(_ link: Link, _ write: (String) -> Void) {
    let range = showsRange(link)
    if range { write(link.range.source) }
    if let kind = link.kind {
      write(range ? " (" + kind.rawValue + ")" : "(" + kind.rawValue + ")")
    }
  }

  private static func showsRange(_ link: Link) -> Bool {
    link.range.source != "*" && !link.range.source.isEmpty
  }
}
