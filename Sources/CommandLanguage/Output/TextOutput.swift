/// Where an outcome writes its text: in a style, polled for Ctrl-C, and handed on in pieces
/// when it grows long, so that a tree of a hub shows its first lines at once and never sits
/// in memory whole.
struct TextOutput {
  /// The colours to write in.
  let style: Style
  /// The terminal's width, which tables and prose fit; `nil` for no limit (pipes, files).
  let width: Int?
  /// The text written and not yet handed on.
  private(set) var text = ""
  /// Receives the text in pieces of a screenful many times over; `nil` keeps it all.
  private let stream: ((String) -> Void)?
  /// Returns true once when the user pressed Ctrl-C.
  private let interruptCheck: () -> Bool
  private var writesSinceCheck = 0

  /// An output in `style`, handing long text to `stream` when there is one.
  init(
    style: Style, width: Int? = nil, stream: ((String) -> Void)? = nil,
    interruptCheck: @escaping () -> Bool = { false }
  ) {
    self.style = style
    self.width = width
    self.stream = stream
    self.interruptCheck = interruptCheck
  }

  /// Appends `piece`.
  mutating func write(_ piece: String) {
    text += piece
  }

  /// Appends `line` and a line end, handing the text on once it is long, and checking for
  /// Ctrl-C every few thousand lines. O(1) amortised.
  mutating func line(_ line: String) throws(CommandError) {
    text += line
    text += "\n"
    writesSinceCheck += 1
    if writesSinceCheck == 4096 {
      writesSinceCheck = 0
      if interruptCheck() { throw .interrupted }
    }
    if let stream, text.utf8.count >= 1 << 16 {
      stream(text)
      text.removeAll(keepingCapacity: true)
    }
  }
}
