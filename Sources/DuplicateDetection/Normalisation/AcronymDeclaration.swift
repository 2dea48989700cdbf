/// An acronym a service's own name spells out, as positions in the names' token stream:
/// `SIMKAH – Sistem Informasi Manajemen Nikah`, `Academic Information System (AIS)`,
/// `SIMAK-BMN – Sistem Informasi Manajemen dan Akuntansi Barang Milik Negara`.
struct AcronymDeclaration: Sendable, Hashable {
  /// The acronym: one word, or two joined by a hyphen (`SPAN-PTKIN`).
  var acronym: Range<Int>
  /// The words it stands for.
  var expansion: Range<Int>
}
