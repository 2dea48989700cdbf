/// The ASCII bytes the parsers look for, as constants the optimiser can fold.
enum ASCII {
  static let tab: UInt8 = 0x09
  static let lineFeed: UInt8 = 0x0A
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let exclamation: UInt8 = 0x21
  static let asterisk: UInt8 = 0x2A
  static let plus: UInt8 = 0x2B
  static let hyphen: UInt8 = 0x2D
  static let dot: UInt8 = 0x2E
  static let zero: UInt8 = 0x30
  static let nine: UInt8 = 0x39
  static let less: UInt8 = 0x3C
  static let equals: UInt8 = 0x3D
  static let greater: UInt8 = 0x3E
  static let upperA: UInt8 = 0x41
  static let upperV: UInt8 = 0x56
  static let upperX: UInt8 = 0x58
  static let upperZ: UInt8 = 0x5A
  static let caret: UInt8 = 0x5E
  static let lowerA: UInt8 = 0x61
  static let lowerV: UInt8 = 0x76
  static let lowerX: UInt8 = 0x78
  static let lowerZ: UInt8 = 0x7A
  static let pipe: UInt8 = 0x7C
  static let tilde: UInt8 = 0x7E

  /// Whether `byte` is `0`...`9`.
  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- zero <= 9
  }

  /// Whether `byte` is an ASCII letter.
  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- lowerA <= 25
  }

  /// Whether `byte` may appear in a prerelease or build identifier: `[0-9A-Za-z-]`.
  static func isIdentifier(_ byte: UInt8) -> Bool {
    isDigit(byte) || isLetter(byte) || byte == hyphen
  }

  /// Whether `byte` is one of the x-range wildcards `x`, `X` and `*`.
  static func isWildcard(_ byte: UInt8) -> Bool {
    byte == lowerX || byte == upperX || byte == asterisk
  }
}
