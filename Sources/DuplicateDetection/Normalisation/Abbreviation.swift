/// Whether letters abbreviate words, the loose test people's acronyms pass: the first letters
/// agree and every letter of the acronym appears, in order, in the words, preferring the start
/// of the next word (`SIMKAH` in `Sistem Informasi Manajemen Nikah`, `SISKOHAT` in `Sistem
/// Informasi dan Komputerisasi Haji Terpadu`).
enum Abbreviation {
  /// Whether `acronym` (lowercase letters, digits ignored) abbreviates the words `words`, all
  /// but one of which must lend it a letter; O(total letters).
  static func matches(_ acronym: [UInt8], _ words: [Int32], table: TokenTable) -> Bool {
    let letters = acronym.filter { $0 >= 0x61 && $0 <= 0x7a }
    guard letters.count >= 2, words.count >= 2, words.count <= letters.count + 3 else {
      return false
    }
    let texts = words.map { word in table.withBytes(word) { Array($0) } }
    guard texts[0].first == letters[0] else { return false }
    var word = 0
    var offset = 1
    var used = Set([0])
    for letter in letters.dropFirst() {
      // The next word's first letter first, then the rest of this word, then any later word.
      if word + 1 < texts.count && texts[word + 1].first == letter {
        word += 1
        offset = 1
      } else if let found = texts[word][offset...].firstIndex(of: letter) {
        offset = found + 1
      } else if let later = ((word + 1)..<texts.count).first(where: {
        texts[$0].contains(letter)
      }) {
        word = later
        offset = texts[later].firstIndex(of: letter)! + 1
      } else {
        return false
      }
      used.insert(word)
    }
    return used.count + 1 >= min(words.count, letters.count)
  }
}
