/// The jobs of the synthetic estate, the same as the evaluation set's
/// (`scripts/generate-dups-eval`): label, tags, URL subdomain, name patterns (`{o}` a short
/// form of the owner's name, `{O}` its full form) and descriptions.
enum DuplicateJobs {
  /// One job.
  struct Job {
    let label: String
    let tags: [String]
    let subdomain: String
    let names: [String]
    let descriptions: [String]
  }

  /// Jobs that are another job under another name (as in `SAME_JOB` of the evaluation set).
  static let sameJob = ["akademik-pasca": "akademik"]

  static let all: [Job] = [
    Job(
      label: "akademik", tags: ["akademik"], subdomain: "siakad",
      names: [
        "SIAKAD {o}",
        "Sistem Informasi Akademik {O}",
        "SIMAK {o}",
        "Sistem Informasi Manajemen Akademik {o}",
        "eAkademik {o}",
        "E-Akademik {o}",
        "Academic Information System (AIS) {o}",
        "{o} Academic Portal",
        "SIAKAD Cloud {o}",
        "SIAKAD v2 {o}",
        "SIAKAD 4.0 {o}",
        "SIA {o} – Sistem Informasi Akademik",
        "Portal Akademik {o}",
        "Academic Information System {O}",
        "Sistem Akademik {o}",
      ],
      descriptions: [
        "Pengisian KRS, nilai, KHS dan transkrip mahasiswa.",
        "Course registration (KRS), grades and transcripts.",
        "Sistem akademik terpadu: perkuliahan, jadwal, nilai dan kelulusan; sinkron ke PDDikti.",
        "Academic records of students from enrolment to graduation.",
        "Layanan akademik mahasiswa dan dosen: KRS, jadwal kuliah, nilai.",
      ]),
    Job(
      label: "akademik-pasca", tags: ["akademik", "pascasarjana"], subdomain: "pasca",
      names: [
        "SIAKAD Pascasarjana {o}",
        "Sistem Informasi Akademik Pascasarjana {o}",
        "Graduate School Academic System {o}",
        "Portal Akademik Pascasarjana {o}",
      ],
      descriptions: [
        "Akademik program magister dan doktor Pascasarjana.",
        "Academic records of the graduate school (master and doctoral programmes).",
      ]),
    Job(
      label: "admisi", tags: ["admisi", "pmb"], subdomain: "pmb",
      names: [
        "PMB {o}",
        "Penerimaan Mahasiswa Baru {O}",
        "SPMB {o}",
        "eAdmisi {o}",
        "Student Admission Portal {o}",
        "PMB Online {o} v2",
        "Admission System {o}",
        "Pendaftaran Mahasiswa Baru {o}",
      ],
      descriptions: [
        "Pendaftaran dan seleksi mahasiswa baru jalur mandiri.",
        "Online admission of new students: registration, test cards and results.",
        "Penerimaan mahasiswa baru: pendaftaran online, kartu ujian, pengumuman kelulusan.",
      ]),
    Job(
      label: "pembelajaran", tags: ["pembelajaran", "moodle"], subdomain: "lms",
      names: [
        "LMS {o}",
        "e-Learning {o}",
        "E-Learning Moodle {o}",
        "Learning Management System {O}",
        "Virtual Learning {o}",
        "Elearning {o}",
        "Moodle {o}",
      ],
      descriptions: [
        "Moodle untuk perkuliahan daring.",
        "Moodle-based online learning for lecturers and students.",
        "Pembelajaran daring: materi kuliah, tugas dan kuis.",
      ]),
    Job(
      label: "jurnal", tags: ["jurnal", "penelitian"], subdomain: "journal",
      names: [
        "Rumah Jurnal {o}",
        "E-Journal {O}",
        "Portal Jurnal {o} (OJS)",
        "OJS {o}",
        "Open Journal Systems {o}",
        "Journal Portal {o}",
      ],
      descriptions: [
        "Open Journal Systems untuk jurnal ilmiah fakultas.",
        "Scholarly journals of the faculties (OJS).",
        "Pengelolaan jurnal ilmiah: pengiriman naskah, review, terbitan.",
      ]),
    Job(
      label: "repositori", tags: ["repositori"], subdomain: "repository",
      names: [
        "Repository {o}",
        "EPrints Repository {o}",
        "Repositori Institusi {O}",
        "Institutional Repository {o}",
        "DSpace {o}",
        "Digital Repository {o}",
      ],
      descriptions: [
        "Repositori skripsi, tesis dan karya ilmiah.",
        "Institutional repository of theses and papers (EPrints/DSpace).",
      ]),
    Job(
      label: "perpustakaan", tags: ["perpustakaan"], subdomain: "lib",
      names: [
        "SLiMS Perpustakaan {o}",
        "Sistem Informasi Perpustakaan {O}",
        "Library Management System {o}",
        "OPAC Perpustakaan {o}",
        "Perpustakaan Digital {o}",
        "e-Library {o}",
        "Library {o}",
      ],
      descriptions: [
        "Sirkulasi dan katalog perpustakaan (SLiMS).",
        "Library circulation, catalogue and OPAC.",
        "Peminjaman buku dan katalog online perpustakaan.",
      ]),
    Job(
      label: "kepegawaian", tags: ["kepegawaian"], subdomain: "simpeg",
      names: [
        "SIMPEG {o}",
        "Sistem Informasi Manajemen Kepegawaian {O}",
        "eSDM {o}",
        "Human Resource Information System {o}",
        "SIPEG {o}",
        "SIMPEG 4.0 {o}",
        "Sistem Informasi Kepegawaian {o}",
        "HRIS {o}",
        "Data Pegawai {o}",
        "Aplikasi Kepegawaian {o}",
      ],
      descriptions: [
        "Data dosen dan tenaga kependidikan.",
        "Staff and lecturer records: positions, ranks, leave.",
        "Pengelolaan data pegawai: riwayat jabatan, pangkat, cuti.",
        "Employee records of the office.",
      ]),
    Job(
      label: "keuangan", tags: ["keuangan"], subdomain: "keuangan",
      names: [
        "SIMKEU {o}",
        "eFinansi {o}",
        "Sistem Informasi Keuangan {O}",
        "Financial Information System {o}",
        "SISKEU {o}",
        "Aplikasi Keuangan {o}",
        "Finance System {o}",
      ],
      descriptions: [
        "Keuangan BLU: anggaran, pencairan dan pelaporan.",
        "Campus finance: budgets, disbursements and reports.",
        "Pengelolaan keuangan dan pelaporan realisasi anggaran.",
      ]),
    Job(
      label: "ukt", tags: ["keuangan", "pembayaran"], subdomain: "ukt",
      names: [
        "Pembayaran UKT {o}",
        "ePembayaran {o}",
        "Student Payment Gateway {o}",
        "Host to Host Pembayaran {o}",
        "UKT Online {o}",
        "Tuition Payment {o}",
      ],
      descriptions: [
        "Tagihan UKT mahasiswa lewat bank mitra (host-to-host).",
        "Tuition (UKT) billing and payment through partner banks.",
      ]),
    Job(
      label: "kinerja", tags: ["kinerja", "kepegawaian"], subdomain: "kinerja",
      names: [
        "eKinerja {o}",
        "E-Kinerja {o}",
        "SKP Online {o}",
        "Sistem Informasi Kinerja Pegawai {O}",
        "Performance Management System {o}",
        "e-Kinerja Pegawai {o}",
      ],
      descriptions: [
        "Sasaran kinerja pegawai (SKP) dan capaian kinerja bulanan.",
        "Staff performance targets and monthly scores.",
        "Laporan kinerja harian pegawai.",
      ]),
    Job(
      label: "presensi", tags: ["presensi", "kepegawaian"], subdomain: "presensi",
      names: [
        "Presensi Online {o}",
        "E-Absensi Pegawai {o}",
        "Attendance System {o}",
        "Absensi {o}",
        "Staff Attendance {o}",
        "e-Presensi {o}",
      ],
      descriptions: [
        "Presensi pegawai berbasis lokasi.",
        "Location-based staff attendance.",
        "Absensi harian pegawai dengan swafoto dan GPS.",
      ]),
    Job(
      label: "aset", tags: ["aset", "bmn"], subdomain: "aset",
      names: [
        "eAset {o}",
        "SIM BMN {o}",
        "Sistem Informasi Aset {O}",
        "Asset Inventory {o}",
        "Inventaris BMN {o}",
        "Aplikasi Aset {o}",
      ],
      descriptions: [
        "Inventarisasi barang milik negara.",
        "State-asset inventory of the office.",
        "Pencatatan aset dan inventaris kantor.",
      ]),
    Job(
      label: "kkn", tags: ["kkn", "pengabdian"], subdomain: "kkn",
      names: [
        "eKKN {o}",
        "Sistem Informasi KKN {O}",
        "KKN Online {o}",
        "SIM-KKN {o}",
        "Community Service Program {o}",
        "Kuliah Kerja Nyata {o}",
      ],
      descriptions: [
        "Pendaftaran, penempatan dan nilai KKN.",
        "Community service (KKN) registration and placement.",
      ]),
    Job(
      label: "alumni", tags: ["alumni"], subdomain: "alumni",
      names: [
        "Tracer Study {o}",
        "eAlumni {o}",
        "Tracer Study dan Alumni {o}",
        "Alumni Information System {o}",
        "Portal Alumni {o}",
      ],
      descriptions: [
        "Survei keterserapan lulusan.",
        "Graduate tracer study and alumni network.",
      ]),
    Job(
      label: "mutu", tags: ["mutu"], subdomain: "spmi",
      names: [
        "eSPMI {o}",
        "SPMI {o} – Sistem Penjaminan Mutu Internal",
        "Sistem Informasi Audit Mutu Internal {o}",
        "Quality Assurance System {o}",
        "Sistem Penjaminan Mutu {o}",
      ],
      descriptions: [
        "Audit mutu internal dan standar SPMI.",
        "Internal quality assurance and audits.",
      ]),
    Job(
      label: "helpdesk", tags: ["helpdesk", "tik"], subdomain: "helpdesk",
      names: [
        "Helpdesk {o}",
        "Sistem Tiket Layanan TIK {o}",
        "SIAGA {o} – Sistem Aduan dan Gangguan TIK",
        "IT Helpdesk {o}",
        "Helpdesk TIK {o}",
        "Service Desk {o}",
      ],
      descriptions: [
        "Tiket layanan dan gangguan TIK.",
        "IT service desk and incident tickets.",
        "Pelaporan gangguan jaringan dan aplikasi.",
      ]),
    Job(
      label: "persuratan", tags: ["persuratan"], subdomain: "surat",
      names: [
        "e-Office {o}",
        "e-Surat {o}",
        "Sistem Informasi Persuratan {O}",
        "TNDE {o}",
        "Tata Naskah Dinas Elektronik {o}",
        "Sistem Persuratan Elektronik {o}",
        "Correspondence System {o}",
      ],
      descriptions: [
        "Surat dinas masuk, keluar dan disposisi elektronik.",
        "Official correspondence and dispositions.",
        "Persuratan dinas elektronik dengan tanda tangan elektronik.",
      ]),
    Job(
      label: "beasiswa", tags: ["beasiswa"], subdomain: "beasiswa",
      names: [
        "eBeasiswa {o}",
        "Sistem Informasi Beasiswa {o}",
        "Scholarship Portal {o}",
        "Beasiswa Online {o}",
      ],
      descriptions: [
        "Pendaftaran dan seleksi beasiswa mahasiswa.",
        "Scholarship applications and selection.",
      ]),
    Job(
      label: "penelitian", tags: ["penelitian"], subdomain: "riset",
      names: [
        "eRiset {o}",
        "SIM LP2M {o}",
        "Sistem Informasi Penelitian dan Pengabdian {o}",
        "Research Management System {o}",
        "Sistem Informasi Penelitian {O}",
      ],
      descriptions: [
        "Proposal, laporan dan luaran penelitian dosen.",
        "Research grants, reports and outputs.",
      ]),
    Job(
      label: "wisuda", tags: ["wisuda", "akademik"], subdomain: "wisuda",
      names: [
        "Pendaftaran Wisuda {o}",
        "e-Wisuda {o}",
        "Graduation Registration {o}",
        "Sistem Wisuda {o}",
      ],
      descriptions: [
        "Pendaftaran wisuda dan verifikasi bebas pustaka.",
        "Graduation registration and clearance.",
      ]),
    Job(
      label: "skripsi", tags: ["skripsi", "akademik"], subdomain: "skripsi",
      names: [
        "Sistem Informasi Skripsi {o}",
        "SITA {o} – Sistem Informasi Tugas Akhir",
        "Thesis Management {o}",
        "e-Skripsi {o}",
        "Bimbingan Skripsi Online {o}",
      ],
      descriptions: [
        "Pengajuan judul, bimbingan dan ujian skripsi.",
        "Thesis proposals, supervision and defence.",
      ]),
    Job(
      label: "website", tags: ["website", "informasi-publik"], subdomain: "",
      names: [
        "Website Resmi {O}",
        "Portal {O}",
        "{o} Official Website",
        "Website {o}",
        "Situs Resmi {o}",
      ],
      descriptions: [
        "Portal informasi resmi: berita, profil, pengumuman.",
        "Official website: news, profile and announcements.",
      ]),
    Job(
      label: "sso", tags: ["sso"], subdomain: "sso",
      names: [
        "SSO {o}",
        "Single Sign-On {O}",
        "Login Terpadu {o}",
        "Akun {o} (SSO)",
        "CAS Single Sign-On {o}",
        "Identity Portal {o}",
      ],
      descriptions: [
        "Satu akun untuk semua layanan.",
        "Central authentication for every application.",
      ]),
    Job(
      label: "asrama", tags: ["pesantren", "kemahasiswaan"], subdomain: "mahad",
      names: [
        "Sistem Informasi Ma'had Al-Jami'ah {o}",
        "Asrama Mahasiswa {o}",
        "Student Dormitory {o}",
        "Ma'had Online {o}",
      ],
      descriptions: [
        "Pendaftaran dan pembinaan mahasantri ma'had.",
        "Student dormitory (ma'had) admissions.",
      ]),
    Job(
      label: "bahasa", tags: ["bahasa"], subdomain: "bahasa",
      names: [
        "Tes TOEFL dan IKLA {o}",
        "Layanan Pusat Bahasa {o}",
        "Language Center {o}",
        "Pusat Bahasa {o}",
      ],
      descriptions: [
        "Tes kemampuan bahasa Inggris (TOEFL) dan Arab (IKLA).",
        "Language tests and courses.",
      ]),
    Job(
      label: "klinik", tags: ["kesehatan"], subdomain: "klinik",
      names: [
        "Sistem Informasi Klinik {o}",
        "Klinik Pratama {o}",
        "Campus Clinic System {o}",
      ],
      descriptions: [
        "Rekam medis klinik pratama kampus.",
        "Medical records of the campus clinic.",
      ]),
    Job(
      label: "peminjaman-ruang", tags: ["sarpras", "peminjaman"], subdomain: "booking",
      names: [
        "SIMSARPRAS {o}",
        "Peminjaman Ruang {o}",
        "Room Booking {o}",
        "Reservasi Ruang {o}",
        "Booking Ruangan {o}",
      ],
      descriptions: [
        "Peminjaman ruang kuliah, aula dan kendaraan.",
        "Booking of lecture rooms, halls and vehicles.",
      ]),
    Job(
      label: "ujian", tags: ["ujian", "akademik"], subdomain: "cbt",
      names: [
        "CBT {o}",
        "Ujian Online {o}",
        "Computer Based Test {o}",
        "E-Exam {o}",
      ],
      descriptions: [
        "Ujian berbasis komputer untuk mata kuliah dan seleksi.",
        "Computer-based tests for courses and admission.",
      ]),
    Job(
      label: "evoting", tags: ["kemahasiswaan"], subdomain: "evoting",
      names: [
        "E-Voting Pemira {o}",
        "Pemilihan Raya Mahasiswa Online {o}",
      ],
      descriptions: [
        "Pemilihan raya mahasiswa."
      ]),
    Job(
      label: "kerjasama", tags: ["kerjasama"], subdomain: "kerjasama",
      names: [
        "Sistem Informasi Kerja Sama {o}",
        "MoU Tracking {o}",
        "Partnership Management {o}",
      ],
      descriptions: [
        "Dokumen dan monitoring kerja sama (MoU/MoA)."
      ]),
    Job(
      label: "perencanaan", tags: ["perencanaan", "keuangan"], subdomain: "eplanning",
      names: [
        "e-Planning {o}",
        "Sistem Perencanaan dan Anggaran {o}",
        "Budget Planning System {o}",
      ],
      descriptions: [
        "Penyusunan RKA dan rencana kerja tahunan.",
        "Annual work plan and budget (RKA).",
      ]),
    Job(
      label: "edom", tags: ["mutu", "evaluasi"], subdomain: "edom",
      names: [
        "EDOM {o}",
        "Evaluasi Dosen oleh Mahasiswa {o}",
        "Lecturer Evaluation {o}",
      ],
      descriptions: [
        "Evaluasi dosen oleh mahasiswa tiap semester.",
        "Student evaluation of lecturers.",
      ]),
    Job(
      label: "web-fsh", tags: ["website"], subdomain: "fsh",
      names: [
        "Website Fakultas Syariah dan Hukum {o}",
        "Faculty of Sharia and Law {o}",
      ],
      descriptions: [
        "Website fakultas."
      ]),
    Job(
      label: "web-ftk", tags: ["website"], subdomain: "ftk",
      names: [
        "Website Fakultas Tarbiyah dan Keguruan {o}",
        "Faculty of Education and Teacher Training {o}",
      ],
      descriptions: [
        "Website fakultas."
      ]),
    Job(
      label: "web-febi", tags: ["website"], subdomain: "febi",
      names: [
        "Website Fakultas Ekonomi dan Bisnis Islam {o}",
        "Faculty of Islamic Economics and Business {o}",
      ],
      descriptions: [
        "Website fakultas."
      ]),
    Job(
      label: "web-pasca", tags: ["website"], subdomain: "pascasarjana",
      names: [
        "Website Pascasarjana {o}",
        "Graduate School Website {o}",
      ],
      descriptions: [
        "Website pascasarjana."
      ]),
    Job(
      label: "email", tags: ["email"], subdomain: "mail",
      names: [
        "Email {o} (Google Workspace)",
        "Webmail {o}",
        "Surel Resmi {o}",
      ],
      descriptions: [
        "Surel resmi dosen, pegawai dan mahasiswa.",
        "Official e-mail for staff and students.",
      ]),
    Job(
      label: "dashboard", tags: ["dashboard", "data"], subdomain: "dashboard",
      names: [
        "Dashboard Pimpinan {o}",
        "Executive Information System {o}",
        "Dashboard Data {o}",
        "Executive Dashboard {o}",
      ],
      descriptions: [
        "Dashboard pimpinan dari data akademik, SDM dan keuangan.",
        "Executive dashboard.",
      ]),
    Job(
      label: "magang", tags: ["akademik", "magang"], subdomain: "magang",
      names: [
        "PPL dan Magang {o}",
        "Sistem Magang {o}",
        "Internship Portal {o}",
      ],
      descriptions: [
        "Praktik pengalaman lapangan dan magang mahasiswa.",
        "Student internships and placements.",
      ]),
    Job(
      label: "mobile", tags: ["mobile"], subdomain: "m",
      names: [
        "{o} Mobile",
        "Aplikasi Mahasiswa {o} (Android)",
        "mCampus {o}",
        "Mobile Campus {o}",
      ],
      descriptions: [
        "Aplikasi seluler mahasiswa: jadwal, nilai, tagihan.",
        "Student mobile app.",
      ]),
    Job(
      label: "ptsp", tags: ["layanan-publik", "ptsp"], subdomain: "ptsp",
      names: [
        "PTSP Online {o}",
        "Pelayanan Terpadu Satu Pintu {O}",
        "Layanan Online {o}",
        "One Stop Service {o}",
        "PTSP {o}",
      ],
      descriptions: [
        "Layanan terpadu satu pintu: rekomendasi, legalisir, izin.",
        "One-stop public service portal.",
      ]),
    Job(
      label: "data-madrasah", tags: ["madrasah"], subdomain: "madrasah",
      names: [
        "SIMAD – Sistem Informasi Madrasah {o}",
        "Data Madrasah {O}",
        "Madrasah Dashboard {o}",
        "Sistem Informasi Madrasah {o}",
      ],
      descriptions: [
        "Rekap data madrasah dari EMIS untuk wilayah kerja.",
        "Madrasah statistics of the area.",
      ]),
    Job(
      label: "kua", tags: ["nikah", "kua"], subdomain: "kua",
      names: [
        "Monitoring KUA {O}",
        "Dashboard KUA {o}",
        "SIKUA {o} – Sistem Informasi KUA",
        "KUA Monitoring Dashboard {o}",
      ],
      descriptions: [
        "Monitoring layanan nikah dan KUA.",
        "KUA and marriage registration monitoring.",
      ]),
    Job(
      label: "haji", tags: ["haji"], subdomain: "haji",
      names: [
        "Layanan Haji dan Umrah {O}",
        "Cek Porsi Haji {o}",
        "SIHAJI {o}",
        "Hajj Information Service {o}",
        "Informasi Haji {o}",
      ],
      descriptions: [
        "Informasi porsi dan keberangkatan jemaah haji.",
        "Hajj pilgrim waiting list and departure information.",
      ]),
    Job(
      label: "pengaduan", tags: ["pengaduan"], subdomain: "pengaduan",
      names: [
        "Pengaduan Masyarakat {o}",
        "Dumas {o}",
        "Public Complaints {o}",
        "Layanan Pengaduan {o}",
        "Complaint Handling System {o}",
      ],
      descriptions: [
        "Pengaduan masyarakat dan tindak lanjutnya.",
        "Public complaints and follow-up.",
      ]),
    Job(
      label: "penyuluh", tags: ["penyuluh"], subdomain: "penyuluh",
      names: [
        "Sistem Informasi Penyuluh Agama {O}",
        "SIPENYU {o}",
        "Data Penyuluh {o}",
        "Religious Counsellor Reports {o}",
      ],
      descriptions: [
        "Laporan kegiatan penyuluh agama.",
        "Activity reports of religious counsellors.",
      ]),
    Job(
      label: "guru-agama", tags: ["guru"], subdomain: "guru",
      names: [
        "Data Guru PAI {O}",
        "SIGURU {o}",
        "Sistem Informasi Guru Agama {o}",
        "Religion Teacher Data {o}",
      ],
      descriptions: [
        "Data guru pendidikan agama di sekolah.",
        "Records of religion teachers in schools.",
      ]),
    Job(
      label: "rkam-monitoring", tags: ["madrasah", "keuangan", "monitoring"],
      subdomain: "monitoring-erkam",
      names: [
        "Monitoring e-RKAM {o}",
        "Monitoring eRKAM {o}",
        "Monitoring RKAM Madrasah {o}",
      ],
      descriptions: [
        "Monitoring dana BOS dan RKAM madrasah."
      ]),
    Job(
      label: "halal", tags: ["halal"], subdomain: "halal",
      names: [
        "Layanan Sertifikasi Halal {o}",
        "Satgas Halal {O}",
        "Halal Certification Support {o}",
      ],
      descriptions: [
        "Pendampingan sertifikasi halal.",
        "Support for halal certification of small businesses.",
      ]),
    Job(
      label: "wakaf", tags: ["wakaf"], subdomain: "wakaf",
      names: [
        "Data Tanah Wakaf {O}",
        "SIWAK {o}",
        "Waqf Land Registry {o}",
        "Sistem Informasi Wakaf {o}",
      ],
      descriptions: [
        "Data dan sertifikasi tanah wakaf.",
        "Waqf land records and certificates.",
      ]),
    Job(
      label: "zakat", tags: ["zakat"], subdomain: "zakat",
      names: [
        "Monitoring Zakat {O}",
        "Zakat Reporting {o}",
        "Sistem Informasi Zakat {o}",
      ],
      descriptions: [
        "Monitoring zakat dan lembaga amil zakat.",
        "Zakat collection reports.",
      ]),
    Job(
      label: "simak-bmn", tags: ["aset", "akuntansi"], subdomain: "simakbmn",
      names: [
        "SIMAK-BMN {o}",
        "SIMAK BMN {o}",
        "Aplikasi SIMAK BMN {o}",
      ],
      descriptions: [
        "Akuntansi dan pelaporan barang milik negara satker.",
        "State asset accounting reports.",
      ]),
    Job(
      label: "sarpras-madrasah", tags: ["madrasah", "sarpras"], subdomain: "sarpras",
      names: [
        "Data Sarana Prasarana Madrasah {O}",
        "Simsapras Madrasah {o}",
        "SIMSARPRAS Madrasah {o}",
        "Madrasah Facilities Data {o}",
      ],
      descriptions: [
        "Data sarana prasarana madrasah dan usulan rehabilitasi.",
        "Madrasah facilities and rehabilitation requests.",
      ]),
    Job(
      label: "akuntansi", tags: ["keuangan", "akuntansi"], subdomain: "akuntansi",
      names: [
        "SIA {o} – Sistem Informasi Akuntansi",
        "Aplikasi Akuntansi {o}",
        "Accounting System {o}",
      ],
      descriptions: [
        "Jurnal, buku besar dan laporan keuangan satker.",
        "Ledger and financial statements.",
      ]),
    Job(
      label: "ppid", tags: ["informasi-publik"], subdomain: "ppid",
      names: [
        "PPID {O}",
        "Layanan Informasi Publik {o}",
      ],
      descriptions: [
        "Layanan informasi publik (UU 14/2008)."
      ]),
    Job(
      label: "jdih", tags: ["hukum"], subdomain: "jdih",
      names: [
        "JDIH {O}",
        "Jaringan Dokumentasi dan Informasi Hukum {o}",
      ],
      descriptions: [
        "Dokumentasi peraturan dan produk hukum."
      ]),
    Job(
      label: "erkam", tags: ["madrasah", "perencanaan", "keuangan"], subdomain: "erkam",
      names: [
        "ERKAM {o}",
        "eRKAM Madrasah {o}",
      ],
      descriptions: [
        "Rencana kerja dan anggaran madrasah elektronik."
      ]),
  ]

  /// The jobs a campus unit runs, each with its chance.
  static let campus: [(label: String, chance: Double)] = [
    ("akademik", 1.0),
    ("akademik-pasca", 0.3),
    ("admisi", 1.0),
    ("pembelajaran", 1.0),
    ("jurnal", 0.9),
    ("repositori", 0.9),
    ("perpustakaan", 1.0),
    ("kepegawaian", 1.0),
    ("keuangan", 1.0),
    ("ukt", 0.7),
    ("kinerja", 0.7),
    ("presensi", 0.5),
    ("aset", 0.6),
    ("kkn", 0.8),
    ("alumni", 0.7),
    ("mutu", 0.7),
    ("helpdesk", 0.7),
    ("persuratan", 0.6),
    ("beasiswa", 0.6),
    ("penelitian", 0.6),
    ("wisuda", 0.5),
    ("skripsi", 0.5),
    ("website", 1.0),
    ("sso", 0.9),
    ("asrama", 0.3),
    ("bahasa", 0.4),
    ("klinik", 0.2),
    ("peminjaman-ruang", 0.35),
    ("ujian", 0.3),
    ("evoting", 0.15),
    ("kerjasama", 0.3),
    ("perencanaan", 0.3),
    ("edom", 0.3),
    ("web-fsh", 0.5),
    ("web-ftk", 0.5),
    ("web-febi", 0.5),
    ("web-pasca", 0.4),
    ("email", 0.4),
    ("dashboard", 0.4),
    ("magang", 0.3),
    ("mobile", 0.3),
  ]

  /// The jobs a provincial unit runs, each with its chance.
  static let provincial: [(label: String, chance: Double)] = [
    ("website", 1.0),
    ("kepegawaian", 0.9),
    ("persuratan", 1.0),
    ("ptsp", 1.0),
    ("data-madrasah", 0.9),
    ("kua", 0.8),
    ("haji", 0.9),
    ("kinerja", 0.6),
    ("presensi", 0.7),
    ("aset", 0.4),
    ("helpdesk", 0.3),
    ("pengaduan", 0.6),
    ("penyuluh", 0.6),
    ("guru-agama", 0.5),
    ("rkam-monitoring", 0.4),
    ("halal", 0.4),
    ("wakaf", 0.4),
    ("zakat", 0.3),
    ("simak-bmn", 0.4),
    ("sarpras-madrasah", 0.4),
    ("ppid", 0.5),
    ("jdih", 0.4),
    ("perencanaan", 0.3),
    ("keuangan", 0.3),
    ("erkam", 0.1),
    ("dashboard", 0.4),
  ]

  /// The jobs a district unit runs, each with its chance.
  static let district: [(label: String, chance: Double)] = [
    ("kepegawaian", 0.8),
    ("presensi", 0.85),
    ("persuratan", 0.7),
    ("ptsp", 0.8),
    ("kua", 0.6),
    ("haji", 0.6),
    ("simak-bmn", 0.35),
    ("akuntansi", 0.3),
    ("pengaduan", 0.35),
    ("kinerja", 0.5),
    ("guru-agama", 0.35),
    ("data-madrasah", 0.4),
    ("penyuluh", 0.4),
    ("website", 0.4),
    ("aset", 0.3),
  ]
}
