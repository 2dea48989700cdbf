/// Rewrites a prompt's invisible parts into the shape libedit can draw.
///
/// libedit draws each invisible part together with the visible character that follows it, so
/// two adjacent invisible parts, or one at the very end, would garble the prompt: adjacent
/// parts are merged and a trailing part is dropped.
struct PromptMarkup: Sendable {
  /// The marker that opens and closes an invisible part.
  static let marker: Character = "\u{1}"

  /// The prompt as the caller wrote it.
  var prompt: String

  /// The prompt as libedit should get it.
  var normalized: String {
    var result = ""
    var invisible = ""
    var isInside = false
    for character in prompt {
      if character == Self.marker {
        isInside.toggle()
      } else if isInside {
        invisible.append(character)
      } else {
        if !invisible.isEmpty {
          result += "\(Self.marker)\(invisible)\(Self.marker)"
          invisible = ""
        }
        result.append(character)
      }
    }
    return result
  }

}
