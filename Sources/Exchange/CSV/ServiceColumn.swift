/// The columns of `services.csv`, in the order export writes them, each with the header names
/// an inventory may use for it instead (English and Indonesian).
public enum ServiceColumn: String, Sendable, Hashable, CaseIterable {
  /// The service id; derived from the name when there is no id column.
  case id
  /// The display name.
  case name
  /// The owning unit's path (or, on import, a unit's name or alias).
  case unit
  /// The unit's display name, used when import creates the unit.
  case unitName = "unit_name"
  /// The unit's level, used when import creates the unit.
  case unitLevel = "unit_level"
  /// The unit's aliases, `;`-joined, used when import creates the unit.
  case unitAliases = "unit_aliases"
  /// The service kind.
  case kind
  /// The service lifecycle.
  case lifecycle
  /// Who answers for it: a unit path (or, on import, a unit's name or alias) or a team.
  case owner
  /// Its contacts, `;`-joined, each `Name <email> phone`.
  case contacts
  /// The tags, `;`-joined.
  case tags
  /// The URL.
  case url
  /// The description.
  case description
  /// The versions, `;`-joined, each `version:lifecycle:released:notes:reason:replaced-by:sunset`.
  case versions
  /// Why the service is deprecated.
  case deprecationReason = "deprecation_reason"
  /// What replaces the service.
  case deprecationReplacedBy = "deprecation_replaced_by"
  /// When the deprecated service stops.
  case deprecationSunset = "deprecation_sunset"
  /// Import only: a contact person's name, made one more contact with the two columns below.
  case contactName = "contact_name"
  /// Import only: a contact e-mail address.
  case contactEmail = "contact_email"
  /// Import only: a contact phone number.
  case contactPhone = "contact_phone"

  /// The columns export writes, in order: all but the import-only contact parts.
  public static var exported: [ServiceColumn] {
    allCases.filter { ![.contactName, .contactEmail, .contactPhone].contains($0) }
  }

  /// Words inside a header (spaces removed) that say it is this column, for headers no
  /// synonym matches, as database exports name them (`skpdapp`, `fungsiapp`, `infofungsi`).
  var keywords: [String] {
    switch self {
    case .name: ["namaaplikasi", "judul", "namalayanan", "namasistem"]
    case .unit:
      ["skpd", "opd", "satker", "perangkatdaerah", "unitkerja", "satuankerja", "instansi"]
    case .description: ["deskripsi", "fungsi", "keterangan", "uraian"]
    case .url: ["url", "link", "domain", "tautan", "website"]
    case .lifecycle: ["status"]
    case .tags: ["kategori", "category"]
    case .kind: ["jenis"]
    // Two-row headings read as one (`Kontak` over `Email` is `Kontak Email`).
    case .contactName: ["narahubung", "kontaknama", "namakontak"]
    case .contactEmail: ["email", "surel"]
    case .contactPhone: ["telepon", "telp", "nohp", "whatsapp"]
    case .deprecationSunset: ["sunset", "tanggalpenghentian", "tanggalberakhir"]
    default: []
    }
  }

  /// Header names that mean this column, normalised as `ColumnName.normalised` does.
  var synonyms: [String] {
    switch self {
    case .id:
      ["id", "kode", "kode aplikasi", "kode layanan", "service id", "identifier", "slug"]
    case .name:
      [
        "name", "nama", "nama aplikasi", "nama layanan", "nama sistem", "aplikasi", "layanan",
        "application", "service", "service name", "application name", "judul", "judul aplikasi",
      ]
    case .unit:
      [
        "unit", "satker", "unit kerja", "satuan kerja", "unit path", "kode satker", "kode unit",
        "pemilik", "unit pemilik", "unit pengelola",
        // Local governments' inventories: the office (OPD, SKPD, perangkat daerah) runs it.
        "opd", "nama opd", "skpd", "nama skpd", "perangkat daerah", "nama perangkat daerah",
        "opd lembaga", "instansi", "nama instansi",
      ]
    case .unitName:
      ["unit name", "nama unit", "nama satker", "nama unit kerja", "nama satuan kerja"]
    case .unitLevel: ["unit level", "level unit", "tingkat unit", "level", "tingkat"]
    case .unitAliases: ["unit aliases", "alias unit", "singkatan unit"]
    case .kind: ["kind", "jenis", "jenis aplikasi", "tipe", "tipe aplikasi", "type"]
    case .lifecycle:
      [
        "lifecycle", "status", "status aplikasi", "status layanan", "keadaan", "state", "sts aktif",
        "status aktif",
      ]
    case .owner:
      ["owner", "penanggung jawab", "pj", "tim pengelola", "pemilik layanan", "pemilik proses"]
    case .contacts: ["contacts", "kontak", "contact"]
    case .contactName:
      [
        "contact name", "nama kontak", "narahubung", "contact person", "kontak person", "pic",
        "nama pic", "nama penanggung jawab",
      ]
    case .contactEmail: ["email", "e mail", "surel", "alamat email", "email pic", "contact email"]
    case .contactPhone:
      [
        "phone", "telepon", "telp", "no telp", "no telepon", "nomor telepon", "hp", "no hp",
        "nomor hp", "whatsapp", "wa", "no wa", "contact phone",
      ]
    case .tags: ["tags", "tag", "kategori", "category", "categories", "label", "labels", "bidang"]
    case .url:
      [
        "url", "alamat", "alamat url", "alamat web", "alamat aplikasi", "link", "tautan",
        "website", "situs", "domain", "link aplikasi", "alamat domain",
        "alamat domain link aplikasi",
        "url aplikasi",
      ]
    case .description:
      [
        "description", "deskripsi", "fungsi", "keterangan", "uraian", "penjelasan", "kegunaan",
        "manfaat", "deskripsi aplikasi", "deskripsi singkat", "deskripsi singkat aplikasi",
        "fungsi aplikasi", "info fungsi", "infofungsi",
      ]
    case .versions: ["versions", "version", "versi"]
    case .deprecationReason:
      ["deprecation reason", "alasan", "alasan penghentian", "alasan deprecated"]
    case .deprecationReplacedBy:
      [
        "deprecation replaced by", "replaced by", "pengganti", "diganti oleh", "digantikan oleh",
      ]
    case .deprecationSunset:
      ["deprecation sunset", "sunset", "tanggal penghentian", "tanggal berakhir"]
    }
  }
}
