/// The built-in knowledge of Indonesian government and campus IT that duplicate detection starts
/// from (see the domain page, `shared/domain/kemenag.md`); a registry adds its own stopwords and
/// acronyms in `registry.toml`. Every entry is lowercase; phrases are words separated by spaces.
enum DomainWords {
  /// Words that join others and carry nothing: dropped everywhere.
  static let function = [
    "dan", "atau", "untuk", "di", "ke", "dari", "yang", "pada", "oleh", "dengan", "serta", "bagi",
    "kepada", "tentang", "melalui", "dalam", "se", "the", "of", "and", "or", "for", "to", "in",
    "on", "at", "by", "with", "from", "a", "an", "per", "via", "its", "their", "is", "are", "al",
    "non",
  ]

  /// Words every kind of application has in its name: they say nothing about its job.
  static let generic = [
    "sistem", "system", "systems", "informasi", "information", "info", "manajemen", "management",
    "aplikasi", "application", "applications", "app", "apps", "layanan", "pelayanan", "service",
    "services", "elektronik", "electronic", "online", "daring", "digital", "terpadu",
    "terintegrasi", "integrated", "berbasis", "based", "mobile", "android", "ios", "super",
    "superapp", "smart", "data", "pengelolaan", "my",
    "administrasi", "administration", "baru", "new", "resmi", "official", "platform", "cloud",
    "tools", "tool", "hub", "center", "centre", "pusat", "unit", "modul", "module", "program",
    "sub", "lembaga", "institusi", "institution", "institutional", "instansi", "akun", "account",
    "accounts",
    // A request for a site or system ("Permohonan Website …") is that site or system.
    "permohonan",
    // The electronic prefix written apart ("E - PBB", "e Kinerja"): the job is what follows.
    "e",
  ]

  /// Words naming the owner rather than the job: the ministry, its offices and campus types.
  static let owner = [
    "kementerian", "kemenag", "agama", "keagamaan", "mora", "kanwil", "kantor", "wilayah",
    "provinsi", "kabupaten", "kab", "kota", "kankemenag", "satker", "uin", "iain", "stain",
    "ptkin", "ptkn", "ptki", "universitas", "university", "institut", "institute", "sekolah",
    "tinggi", "negeri", "kampus", "campus", "ministry", "religious", "religion", "affairs",
    "regional", "provincial", "province", "district", "ri", "direktorat", "directorate",
    "jenderal", "ditjen", "dit", "biro", "badan", "setjen", "kemenkeu", "indonesia", "republik",
    // National agencies that publish systems every office uses ("MyASN BKN").
    "bkn", "kemendagri", "kemenpan", "kominfo",
    // Local governments and their offices (OPD, SKPD: "perangkat daerah").
    "perangkat daerah", "opd", "skpd", "dinas", "pemda", "pemkot", "pemkab", "pemprov",
    "pemerintah daerah", "pemerintah kota", "pemerintah kabupaten", "pemerintah provinsi",
    // Provinces and the short forms people use in names.
    "aceh", "sumut", "sumbar", "sumsel", "riau", "kepri", "jambi", "babel", "bengkulu", "lampung",
    "dki", "jakarta", "jabar", "banten", "jateng", "diy", "yogyakarta", "jogja", "jatim", "bali",
    "ntb", "ntt", "kalbar", "kalteng", "kalsel", "kaltim", "kaltara", "sulut", "gorontalo",
    "sulteng", "sulbar", "sulsel", "sultra", "maluku", "malut", "papua", "pabar",
    "sumatera utara", "sumatera barat", "sumatera selatan", "kepulauan riau", "bangka belitung",
    "jawa barat", "jawa tengah", "jawa timur", "daerah istimewa yogyakarta", "nusa tenggara barat",
    "nusa tenggara timur", "kalimantan barat", "kalimantan tengah", "kalimantan selatan",
    "kalimantan timur", "kalimantan utara", "sulawesi utara", "sulawesi tengah", "sulawesi barat",
    "sulawesi selatan", "sulawesi tenggara", "maluku utara", "papua barat",
  ]

  /// Words that begin the name of an office besides the owner words (`Komisi Informasi`,
  /// `Rumah Sakit Umum Daerah`, `Balai Pelayanan …`): after a website word they make the name
  /// an office's own site.
  static let officeHeads = [
    "komisi", "balai", "sekretariat", "inspektorat", "kecamatan", "kelurahan", "rsud", "rsu",
    "uptd", "upt", "bagian", "lembaga", "rumah sakit", "satuan", "unit",
  ]

  /// Words that mark a version or an edition rather than a different application.
  static let version = [
    "versi", "version", "ver", "gen", "generasi", "generation", "edisi", "edition", "beta", "lite",
    "rilis", "release",
  ]

  /// The common job words in English and Indonesian (and their Indonesian synonyms), each row
  /// the canonical word first; phrases map as a whole before their words do.
  static let concepts: [[String]] = [
    ["akademik", "academic", "academics", "akademis", "academia"],
    [
      "admisi", "admission", "admissions", "penerimaan mahasiswa baru", "student admission",
      "seleksi mahasiswa baru", "pendaftaran mahasiswa baru",
    ],
    ["keuangan", "finance", "financial", "finances", "finansi", "fiscal"],
    [
      "kepegawaian", "staff", "employee", "employees", "personnel", "hr", "human resource",
      "human resources", "sumber daya manusia", "sdm", "pegawai", "asn", "hris",
      "aparatur sipil negara",
    ],
    ["perpustakaan", "library", "libraries", "pustaka", "perpus", "lib", "opac"],
    ["repositori", "repository", "repositories", "repo", "eprints", "dspace"],
    ["jurnal", "journal", "journals", "ejournal", "ojs", "open journal systems"],
    ["penelitian", "research", "riset", "litabmas"],
    ["pengabdian", "community service", "pengabdian masyarakat"],
    ["kkn", "kuliah kerja nyata", "community service program"],
    ["beasiswa", "scholarship", "scholarships", "bursary"],
    ["alumni", "alumnus", "graduates", "tracer study", "tracer"],
    ["wisuda", "graduation", "yudisium"],
    ["skripsi", "thesis", "theses", "tesis", "tugas akhir", "final project", "dissertation"],
    ["presensi", "attendance", "absensi", "kehadiran", "absen"],
    ["kinerja", "performance", "skp", "sasaran kinerja pegawai"],
    ["remunerasi", "remuneration"],
    ["aset", "asset", "assets", "inventory", "inventaris", "barang milik negara", "bmn"],
    ["pembayaran", "payment", "payments", "bayar", "billing", "tagihan", "payment gateway"],
    ["ukt", "tuition", "uang kuliah tunggal", "tuition fee", "tuition fees"],
    [
      "mutu", "quality", "quality assurance", "penjaminan mutu", "penjaminan mutu internal",
      "audit mutu internal", "spmi", "ami",
    ],
    [
      "pembelajaran", "learning", "elearning", "e learning", "lms", "learning management",
      "moodle", "kuliah daring",
    ],
    ["email", "mail", "surel", "e mail", "webmail"],
    [
      "persuratan", "correspondence", "surat", "letter", "letters", "naskah dinas",
      "tata naskah dinas", "tnde", "office", "eoffice", "disposisi", "surat menyurat",
    ],
    ["arsip", "archive", "archives", "kearsipan", "archiving"],
    [
      "pengaduan", "complaint", "complaints", "aduan", "dumas", "pengaduan masyarakat", "grievance",
    ],
    ["helpdesk", "help desk", "tiket", "ticket", "tickets", "ticketing", "service desk"],
    ["masjid", "mosque", "mosques", "musholla", "mushola", "musala"],
    ["nikah", "marriage", "perkawinan", "pernikahan", "wedding"],
    ["haji", "hajj", "haj", "hajji", "haji umrah", "hajj umrah"],
    ["umrah", "umroh", "umra"],
    ["zakat", "zakah", "alms"],
    ["halal", "halal certification"],
    ["kua", "kantor urusan agama"],
    ["alquran", "quran", "al quran", "koran"],
    ["wakaf", "waqf", "endowment", "endowments"],
    ["madrasah", "madrasa", "madrasas"],
    [
      "pesantren", "pontren", "pondok pesantren", "islamic boarding school", "boarding school",
      "boarding schools",
    ],
    ["guru", "teacher", "teachers"],
    ["dosen", "lecturer", "lecturers"],
    ["mahasiswa", "student", "students", "kemahasiswaan"],
    ["siswa", "pupil", "pupils"],
    ["perencanaan", "planning", "rencana", "plan", "plans"],
    ["anggaran", "budget", "budgets", "budgeting"],
    ["sarpras", "facility", "facilities", "sarana prasarana", "sarana", "prasarana"],
    ["bantuan", "aid", "assistance", "grant", "grants", "hibah"],
    [
      "penyuluh", "counsellor", "counselor", "counsellors", "counselors", "penyuluhan",
      "penerangan agama",
    ],
    ["kerukunan", "harmony", "interfaith"],
    ["peminjaman", "booking", "bookings", "reservation", "reservations", "pinjam", "reservasi"],
    ["ruang", "room", "rooms", "ruangan"],
    ["asrama", "dormitory", "dormitories", "dorm", "mahad"],
    ["bahasa", "language", "languages", "pusat bahasa", "language center", "language centre"],
    ["magang", "internship", "internships", "praktik pengalaman lapangan", "ppl"],
    ["survei", "survey", "surveys", "kuesioner", "questionnaire"],
    ["sertifikat", "certificate", "certificates"],
    ["sertifikasi", "certification", "certifications"],
    ["klinik", "clinic", "clinics"],
    ["kesehatan", "health", "healthcare"],
    ["pengadaan", "procurement", "purchasing"],
    ["hukum", "law", "legal", "peraturan", "regulation", "regulations"],
    ["akuntansi", "accounting", "accountancy"],
    [
      "kerjasama", "cooperation", "partnership", "partnerships", "kerja sama", "collaboration",
      "mou",
      "moa",
    ],
    [
      "registrasi", "registration", "herregistrasi", "daftar ulang", "pendaftaran", "enrolment",
      "enrollment", "register", "re registration",
    ],
    ["dashboard", "dasbor", "executive dashboard", "executive information system"],
    ["monitoring", "monev", "monitoring evaluasi", "pemantauan"],
    ["ujian", "exam", "exams", "examination", "examinations", "test", "tests", "tes", "cbt"],
    ["evaluasi", "evaluation", "assessment", "asesmen"],
    ["berita", "news"],
    ["publik", "public"],
    ["ppid", "informasi publik", "keterbukaan informasi", "public information"],
    ["pemira", "pemilihan raya", "e voting", "evoting", "voting"],
    ["website", "web", "site", "situs", "portal", "homepage", "laman", "websites"],
    ["resmi", "official"],
    ["keguruan", "teacher training"],
    ["pendidikan", "education", "educational"],
    ["datacenter", "data center", "data centre", "pusat data"],
    ["dwh", "data warehouse", "gudang data"],
    ["sso", "single sign", "login", "signon", "cas", "login terpadu", "identity"],
    ["kuliah", "course", "courses", "perkuliahan", "lecture", "lectures", "class", "classes"],
    ["nilai", "grade", "grades", "scores", "khs"],
    ["transkrip", "transcript", "transcripts"],
    ["jadwal", "schedule", "schedules", "timetable"],
    ["ijazah", "diploma", "diplomas"],
    ["pelatihan", "training", "diklat", "pendidikan pelatihan", "trainings"],
    ["fakultas", "faculty", "faculties"],
    ["sains", "science", "sciences"],
    ["teknologi", "technology", "technologies"],
    ["ekonomi", "economics", "economy"],
    ["bisnis", "business"],
    ["syariah", "sharia", "shariah", "syariat"],
    ["komunikasi", "communication", "communications"],
    ["pascasarjana", "graduate", "postgraduate", "graduate school", "pasca", "pps"],
    ["lama", "old", "legacy"],
    ["api", "gateway", "api gateway", "web service", "webservice", "rest api"],
    ["integrasi", "integration", "interoperability"],
    ["tik", "ict", "it", "teknologi informasi komunikasi", "it support"],
    ["gangguan", "outage", "outages", "incident", "incidents"],
    ["rapor", "report card", "report cards"],
    ["ptsp", "pelayanan terpadu satu pintu", "one stop service", "layanan terpadu satu pintu"],
    ["perizinan", "licensing", "license", "licence", "permit", "permits", "izin"],
    ["santri", "santris"],
    ["penerimaan", "receipt", "receipts"],
    ["kalender", "calendar"],
    ["pengawasan", "supervision", "oversight", "audit"],
    ["kepuasan", "satisfaction"],
    ["satudata", "satu data", "one data"],
    ["kendaraan", "vehicle", "vehicles"],
    ["peta", "map", "maps", "gis"],
    ["rumah ibadah", "house of worship", "houses of worship", "tempat ibadah"],
  ]

  /// Job words that refine a job rather than name one (`registrasi` in `Graduation
  /// Registration`, `TIK` in `Helpdesk TIK`): they weigh as modifiers unless some service's name
  /// is that word alone.
  static let qualifiers = [
    "registrasi", "publik", "tik", "mahasiswa", "dosen", "siswa", "kuliah", "nilai", "jadwal",
    "evaluasi", "integrasi", "teknologi", "peta", "kalender", "berita", "resmi", "dashboard",
    "website",
    "monitoring", "pengelolaan", "pemeliharaan", "sertifikasi", "pascasarjana", "lama",
  ]

  /// Acronyms common across Indonesian government and campus IT, used when the registry neither
  /// configures nor teaches them.
  static let acronyms: [String: String] = [
    "SIAKAD": "sistem informasi akademik",
    "SIMAKAD": "sistem informasi manajemen akademik",
    "SIMAK": "sistem informasi manajemen akademik",
    "LP2M": "lembaga penelitian dan pengabdian kepada masyarakat",
    "PMB": "penerimaan mahasiswa baru",
    "SPMB": "seleksi penerimaan mahasiswa baru",
    "LMS": "learning management system",
    "SSO": "single sign on",
    "HRIS": "human resource information system",
    "SDM": "sumber daya manusia",
    "SIMPEG": "sistem informasi manajemen kepegawaian",
    "SIMKEU": "sistem informasi manajemen keuangan",
    "KKN": "kuliah kerja nyata",
    "UKT": "uang kuliah tunggal",
    "BMN": "barang milik negara",
    "SPMI": "sistem penjaminan mutu internal",
    "AMI": "audit mutu internal",
    "PTSP": "pelayanan terpadu satu pintu",
    "OJS": "open journal systems",
    "TNDE": "tata naskah dinas elektronik",
    "EIS": "executive information system",
    "CBT": "computer based test",
    "BKD": "beban kerja dosen",
    "SKP": "sasaran kinerja pegawai",
    "DWH": "data warehouse",
    "ERP": "enterprise resource planning",
    "CMS": "content management system",
    "HRM": "human resource management",
    "WBS": "whistleblowing system",
    "EDOM": "evaluasi dosen oleh mahasiswa",
    "ULT": "unit layanan terpadu",
    "KRS": "kartu rencana studi",
    "KHS": "kartu hasil studi",
    "SIA": "sistem informasi akademik",
    "AIS": "academic information system",
    // The civil service agency's national systems, which every office's inventory lists under
    // its own spelling beside its own personnel system.
    "SIASN": "sistem informasi aparatur sipil negara",
    "SAPK": "sistem aplikasi pelayanan kepegawaian",
    "MYASN": "my aparatur sipil negara",
    "MYSAPK": "my sistem aplikasi pelayanan kepegawaian",
  ]
}
