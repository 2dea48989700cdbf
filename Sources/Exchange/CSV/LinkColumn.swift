/// The columns of `links.csv`, in the order export writes them, each with the header names a
/// links sheet may use for it instead (English and Indonesian).
public enum LinkColumn: String, Sendable, Hashable, CaseIterable {
  /// The service that depends.
  case from
  /// The service depended on.
  case to
  /// The versions of `to` that will do; empty means `*`.
  case range
  /// What the dependency is for.
  case kind
  /// A note for people.
  case note

  /// Header names that mean this column, normalised as `ColumnName.normalised` does.
  var synonyms: [String] {
    switch self {
    case .from: ["from", "dari", "asal", "source", "sumber", "service", "layanan"]
    case .to:
      ["to", "ke", "tujuan", "target", "depends on", "bergantung pada", "dependency", "kebutuhan"]
    case .range: ["range", "rentang", "rentang versi", "versi", "version", "versions"]
    case .kind: ["kind", "jenis", "tipe", "type", "jenis link", "jenis hubungan"]
    case .note: ["note", "notes", "catatan", "keterangan"]
    }
  }
}
