import Foundation

/// Service ids made from names, for inventories without an id column: lowercase ASCII letters
/// and digits joined by `-`, accents folded (`é` → `e`), at most 64 characters, cut at a word.
enum Slug {
  /// The slug of `text`, possibly empty when it holds no letter or digit a-z, 0-9; O(length).
  static func make(_ text: String, maximumLength: Int = 64) -> String {
    var slug = ""
    var pendingDash = false
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      let value = scalar.value
      let isLetterOrDigit = (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
      if isLetterOrDigit {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        slug.unicodeScalars.append(scalar)
      } else if scalar.properties.generalCategory != .nonspacingMark {
        // Accents decompose into marks that follow their letter; everything else separates.
        pendingDash = true
      }
    }
    guard slug.utf8.count > maximumLength else { return slug }
    let cut = slug.prefix(maximumLength)
    if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= 16 {
      return String(cut[..<dash])
    }
    return String(cut).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
  }
}
