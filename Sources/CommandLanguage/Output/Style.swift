import RegistryModel

/// Colours for text output, applied only when colour is on: a terminal, and no `NO_COLOR`.
public struct Style: Sendable {
  /// Whether escape codes are written at all.
  public var enabled: Bool

  /// Creates a style.
  public init(enabled: Bool) { self.enabled = enabled }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold, for headings.
  public func heading(_ text: String) -> String { wrap(text, "1") }
  /// Dim, for secondary facts.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Red, for errors.
  public func error(_ text: String) -> String { wrap(text, "31") }
  /// Yellow, for warnings.
  public func warning(_ text: String) -> String { wrap(text, "33") }
  /// Green, for success.
  public func ok(_ text: String) -> String { wrap(text, "32") }
  /// Cyan, for ids.
  public func id(_ text: String) -> String { wrap(text, "36") }

  /// A lifecycle word in the colour of its stage.
  public func lifecycle(_ lifecycle: Lifecycle) -> String {
    switch lifecycle {
    case .planned: wrap(lifecycle.rawValue, "34")
    case .active: wrap(lifecycle.rawValue, "32")
    case .deprecated: wrap(lifecycle.rawValue, "33")
    case .retired: wrap(lifecycle.rawValue, "2")
    }
  }
}

/// Decides whether output to a file descriptor may be coloured.
public enum Terminal {
  /// True on a terminal, unless `NO_COLOR` is set or `TERM` is `dumb`.
  public static func colorEnabled(for fd: Int32) -> Bool {
    guard isatty(fd) == 1 else { return false }
    if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return true
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
