// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "svcreg",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "svcreg", targets: ["svcreg"])
  ],
  dependencies: [
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Semantic versions and npm-style ranges: plain values, no I/O.
    .target(name: "SemVer"),
    // Services, units, links, lifecycles and identifiers: plain values, no I/O.
    .target(name: "RegistryModel", dependencies: ["SemVer"]),
    // JSON string quoting: the one rule for the journal, command output and exports.
    .target(name: "JSONText"),
    // Whole files replaced through a temporary and a rename: the one atomic writer.
    .target(name: "AtomicFiles"),
    // The few C calls Swift's Glibc module does not export (syncfs).
    .target(name: "CPlatform"),
    // Reading and canonically writing the registry directory, atomic batches, lock, journal.
    .target(
      name: "RegistryStore",
      dependencies: [
        "RegistryModel", "AtomicFiles", "JSONText", "CPlatform",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    // Past revisions of the registry, read through the git executable.
    .target(name: "GitHistory"),
    // The compact dependency graph: components, paths, trees and dependency locks.
    .target(name: "DependencyGraph", dependencies: ["RegistryModel", "SemVer"]),
    // Migration plans: consolidating a duplicate cluster into one keeper, retiring a service.
    .target(name: "Planning", dependencies: ["RegistryModel", "DependencyGraph", "SemVer"]),
    // Duplicate services: domain-aware name normalisation, blocking and clustering.
    .target(name: "DuplicateDetection", dependencies: ["RegistryModel"]),
    // Exporting graphs (DOT, Mermaid, GraphML, JSON, CSV) and importing inventories (CSV, XLSX).
    .target(
      name: "Exchange",
      dependencies: [
        "RegistryModel", "DependencyGraph", "SemVer", "AtomicFiles", "JSONText", "CInflate",
      ]),
    // zlib's inflate and crc32, for the deflated parts of Excel workbooks.
    .systemLibrary(name: "CInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // The command table and its execution, shared by the shell, scripts and one-shot commands.
    .target(
      name: "CommandLanguage",
      dependencies: [
        "RegistryModel", "RegistryStore", "DependencyGraph", "DuplicateDetection", "Exchange",
        "JSONText", "GitHistory", "Planning",
      ]),
    // libedit, behind one small Swift type: the only code that knows libedit.
    .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "LineEditor", dependencies: ["CEditLine", "AtomicFiles"]),
    // The interactive prompt loop over a command session.
    .target(name: "InteractiveShell", dependencies: ["LineEditor", "CommandLanguage"]),
    // The executable: picks the mode and hands over, nothing else.
    .executableTarget(name: "svcreg", dependencies: ["CommandLanguage", "InteractiveShell"]),
    // Release-build benchmarks of the libraries, driven by scripts/bench*.
    .executableTarget(
      name: "svcreg-bench",
      dependencies: [
        "DependencyGraph", "DuplicateDetection", "Exchange", "RegistryModel", "TestSupport",
        "Planning", "RegistryStore",
      ]),

    // Fixtures, temporary registries and child-process helpers shared by the tests.
    .target(
      name: "TestSupport",
      dependencies: [
        "RegistryModel", "RegistryStore", "Exchange",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Tests/TestSupport"),
    .testTarget(name: "AtomicFilesTests", dependencies: ["AtomicFiles"]),
    .testTarget(name: "JSONTextTests", dependencies: ["JSONText", "TestSupport"]),
    .testTarget(name: "SemVerTests", dependencies: ["SemVer"], resources: [.copy("Fixtures")]),
    .testTarget(name: "RegistryModelTests", dependencies: ["RegistryModel", "TestSupport"]),
    .testTarget(
      name: "RegistryStoreTests",
      // TOMLKit directly too: the syntax checker's tests compare their verdicts with its own.
      dependencies: ["RegistryStore", "TestSupport", .product(name: "TOMLKit", package: "TOMLKit")]),
    .testTarget(name: "GitHistoryTests", dependencies: ["GitHistory", "TestSupport"]),
    .testTarget(name: "DependencyGraphTests", dependencies: ["DependencyGraph", "TestSupport"]),
    .testTarget(name: "PlanningTests", dependencies: ["Planning", "TestSupport"]),
    .testTarget(
      name: "DuplicateDetectionTests", dependencies: ["DuplicateDetection", "TestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ExchangeTests", dependencies: ["Exchange", "TestSupport"],
      exclude: ["Workbooks/make-workbooks.py"],
      resources: [
        .copy("Golden"), .copy("Workbooks/kanwil.xlsx"),
        .copy("Workbooks/found-directory-offset-past-end.xlsx"),
        .copy("Workbooks/found-sheet-name-not-utf8.xml"),
      ]),
    .testTarget(
      name: "CommandLanguageTests", dependencies: ["CommandLanguage", "TestSupport"],
      resources: [.copy("Golden")]),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
    .testTarget(name: "InteractiveShellTests", dependencies: ["InteractiveShell", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
