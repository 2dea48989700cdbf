import RegistryModel

/// The command language as data: the one table that drives parsing, `help`, usage errors and
/// completion in the shell, in scripts and on the system command line.
public struct CommandTable: Sendable {
  /// The commands, in the order `help` lists them within each group.
  public let commands: [CommandSpec]
  private let byName: [String: Int]

  /// Creates a table; names and aliases must be unique.
  public init(_ commands: [CommandSpec]) {
    self.commands = commands
    var byName: [String: Int] = [:]
    for (index, command) in commands.enumerated() {
      for name in [command.name] + command.aliases {
        precondition(byName[name] == nil, "duplicate command \(name)")
        byName[name] = index
      }
    }
    self.byName = byName
  }

  /// The command named `name` (or one of its aliases), if any; O(1).
  public func command(named name: String) -> CommandSpec? {
    byName[name].map { commands[$0] }
  }

  /// Every `--json` option is the same option.
  static let json = OptionSpec.flag("json", help: "print one JSON document instead of text")

  /// The commands of svcreg.
  public static let standard = CommandTable(
    [
      CommandSpec(
        "register", group: .change, summary: "add a service",
        arguments: [.required("ID", .newServiceID)],
        options: [
          .value("name", .text, "TEXT", required: true, help: "its display name"),
          .value("unit", .unit, "UNIT", required: true, help: "the unit that owns it"),
          .value("kind", .serviceKind, "K", help: "what it is (default: application)"),
          .value("owner", .owner, "UNIT|TEAM", help: "who answers for it: a unit or a team"),
          .value(
            "contact", .text, "'NAME <EMAIL> PHONE'", repeatable: true,
            help: "someone to reach about it; repeat for several"),
          .value("tag", .tag, "T", repeatable: true, help: "a label; repeat for several"),
          .value("url", .text, "U", help: "where people reach it"),
          .value("description", .text, "TEXT", help: "what it does"),
          .value(
            "lifecycle", .choice(["planned", "active"]), "planned|active",
            help: "planned or active (default: active)"),
        ],
        changesRegistry: true,
        details: "The id is its file name: lowercase a-z, 0-9, '.', '_' and '-', at most 64.",
        examples: [
          "register siakad-uin-jakarta --name \"Sistem Informasi Akademik\" --unit ptkn/uin-jakarta --tag akademik",
          "register simpeg --name SIMPEG --unit pusat --owner pusat/setjen --contact \"Budi Santoso <budi@kemenag.go.id> +62 21 3811642\"",
        ]),
      CommandSpec(
        "update", group: .change, summary: "change a service's facts (a new unit moves its file)",
        arguments: [.required("ID", .serviceID)],
        options: [
          .value("name", .text, "TEXT", help: "a new display name"),
          .value("unit", .unit, "UNIT", help: "move it to another unit"),
          .value("kind", .serviceKind, "K", help: "a new kind"),
          .value("owner", .owner, "UNIT|TEAM", help: "a new owner ('' removes it)"),
          .value(
            "add-contact", .text, "'NAME <EMAIL> PHONE'", repeatable: true,
            help: "add a contact (one with the same address or name is replaced)"),
          .value(
            "remove-contact", .text, "NAME|EMAIL|PHONE", repeatable: true,
            help: "remove the contact with this name, address or phone"),
          .value("add-tag", .tag, "T", repeatable: true, help: "add a label"),
          .value("remove-tag", .tag, "T", repeatable: true, help: "remove a label"),
          .value("url", .text, "U", help: "a new URL ('' removes it)"),
          .value("description", .text, "TEXT", help: "a new description ('' removes it)"),
          .value(
            "lifecycle", .choice(["planned", "active"]), "planned|active",
            help: "move between planned and active"),
        ],
        changesRegistry: true,
        examples: ["update siakad-uin-jakarta --unit ptkn/uin-jakarta --add-tag akademik"]),
      CommandSpec(
        "edit", group: .change, summary: "change a service's file in your text editor",
        arguments: [.required("ID", .serviceID)],
        changesRegistry: true,
        details: "Opens a copy of the file in $VISUAL, else $EDITOR, else vi. What you save is "
          + "checked as svcreg reads files and lands as one change (or joins the open batch); "
          + "a file that does not parse is reported at its line and column and, on a "
          + "terminal, offered for editing again. Nothing is written until it parses, or when "
          + "someone else changed the service meanwhile. A service whose file is broken can be "
          + "repaired this way.",
        examples: ["edit siakad-uin-jakarta", "EDITOR=nano svcreg edit siakad-uin-jakarta"]),
      CommandSpec(
        "version", group: .change, summary: "add a version",
        arguments: [.required("ID", .serviceID), .required("VERSION", .version)],
        options: [
          .value("date", .date, "YYYY-MM-DD", help: "its release date"),
          .value("notes", .text, "TEXT", help: "release notes"),
          .value(
            "lifecycle", .choice(["planned", "active"]), "planned|active",
            help: "planned or active (default: active)"),
        ],
        changesRegistry: true, examples: ["version pusaka 2.1.0 --date 2024-05-02"]),
      CommandSpec(
        "link", group: .change, summary: "FROM depends on TO",
        arguments: [.required("FROM", .serviceID), .required("TO", .serviceID)],
        options: [
          .value("range", .range, "RANGE", help: "the versions of TO that will do (default: *)"),
          .value("kind", .linkKind, "K", help: "what the dependency is for: auth, data, …"),
          .value("note", .text, "TEXT", help: "a note for people"),
          .flag("strict", help: "refuse the link when it would bring a problem it warns of"),
        ],
        changesRegistry: true,
        details: "Outside a batch TO must exist; inside one it is checked at commit. It warns "
          + "when TO is retired or deprecated, when no version of TO satisfies the range, when "
          + "FROM is TO, and (typed alone) when the link closes a loop.",
        examples: ["link siakad-uin-jakarta sso-uin-jakarta --range ^2 --kind auth"]),
      CommandSpec(
        "unlink", group: .change, summary: "remove the link from FROM to TO",
        arguments: [.required("FROM", .serviceID), .required("TO", .serviceID)],
        changesRegistry: true),
      CommandSpec(
        "deprecate", group: .change, summary: "deprecate a service or some of its versions",
        arguments: [.required("REF", .reference)],
        options: [
          .value("reason", .text, "TEXT", required: true, help: "why"),
          .value("replaced-by", .reference, "REF", help: "what takes over; must exist"),
          .value("sunset", .date, "YYYY-MM-DD", help: "when it stops"),
        ],
        changesRegistry: true,
        examples: [
          "deprecate simkah-web --reason \"Replaced by GEN.4\" --replaced-by simkah-gen4 --sunset 2025-12-31",
          "deprecate siakad-uin-jakarta@^2 --reason \"Security support ended\"",
        ]),
      CommandSpec(
        "undeprecate", group: .change, summary: "take a deprecation back",
        arguments: [.required("REF", .reference)], changesRegistry: true),
      CommandSpec(
        "undo", group: .change, summary: "take back the last change, or the last N",
        arguments: [.optional("N", .number)], changesRegistry: true,
        details: "Puts back what the changes replaced, as one batch with a journal line. Refused, "
          + "writing nothing, when a file they wrote was changed since (by hand, by git). The "
          + "last 20 changes made in this working tree are kept (in .svcreg/undo, never "
          + "committed), each of at most 2,000 files; git holds everything older.",
        examples: ["undo", "undo 3"]),
      CommandSpec(
        "unretire", group: .change, summary: "bring a retired service or version back into use",
        arguments: [.required("REF", .reference)], changesRegistry: true,
        details: "A service becomes active; its versions stay as they are (name ID@VERSION or "
          + "ID@RANGE to bring versions back too).",
        examples: ["unretire sipatuh", "unretire siakad-uin-mataram@^1"]),
      CommandSpec(
        "delete", group: .change, summary: "remove a service and its file",
        arguments: [.required("ID", .serviceID)],
        options: [
          .flag("force", help: "delete it although services link to it or name it as replacement")
        ],
        changesRegistry: true,
        details: "Refused while another service links to it or names it as a replacement (the "
          + "link would point at nothing), unless --force. The journal keeps the command; git "
          + "keeps the file. Retiring is usually what is meant: a retired service stays on "
          + "record."),
      CommandSpec(
        "retire", group: .change,
        summary: "end of life; refused while active services depend on it",
        arguments: [.required("REF", .reference)],
        options: [.flag("force", help: "retire even though active services depend on it")],
        changesRegistry: true),
      CommandSpec(
        "add-unit", group: .change, summary: "add an organisational unit",
        arguments: [.required("PATH", .text)],
        options: [
          .value("name", .text, "TEXT", required: true, help: "its display name"),
          .value(
            "level", .unitLevel, "LEVEL",
            help: "central, provincial, district, university, external or other"),
          .value("alias", .text, "TEXT", repeatable: true, help: "a short name people use"),
        ],
        changesRegistry: true,
        examples: [
          "add-unit ptkn/uin-jakarta --name \"UIN Syarif Hidayatullah Jakarta\" --level university"
        ]),
      CommandSpec(
        "fmt", group: .change,
        summary: "rewrite files not in canonical form (after hand edits or a generator)",
        options: [.flag("check", help: "only list them; exit status 1 when there are any")],
        changesRegistry: true,
        details: "Canonical form: fixed key order, defaults left out, tags sorted, versions newest "
          + "first, links by target. Broken files are left alone."),
      CommandSpec(
        "show", group: .look, summary: "everything about a service or a version",
        arguments: [.required("REF", .reference)]),
      CommandSpec(
        "list", group: .look, summary: "list services",
        options: [
          .value("unit", .unit, "U", help: "only this unit and the units inside it"),
          .value(
            "owner", .owner, "UNIT|TEAM",
            help: "only services this unit (or the units inside it) or team owns"),
          .value("lifecycle", .lifecycle, "L", help: "only this lifecycle"),
          .value("kind", .serviceKind, "K", help: "only this kind"),
          .value("tag", .tag, "T", help: "only services with this tag"),
          .value(
            "sort", .choice(ServiceOrder.allCases.map(\.rawValue)), "FIELD",
            help: "order by id (the default), name, unit, lifecycle or version (newest first)"),
          .value("limit", .number, "N", help: "only the first N (the count says of how many)"),
          .flag("no-header", help: "rows only: no heading line and no count, for other programs"),
        ],
        examples: ["list --unit ptkn --sort name --limit 20", "list --tag akademik --no-header"]),
      CommandSpec(
        "versions", group: .look, summary: "list a service's versions, or those a range selects",
        arguments: [.required("ID", .serviceID)],
        options: [.value("matching", .range, "RANGE", help: "only the versions RANGE selects")]),
      CommandSpec(
        "find", group: .look,
        summary: "services whose id, name, description, tags, URL, owner or contacts hold TEXT",
        arguments: [.variadic("TEXT", .text)]),
      CommandSpec(
        "diff", group: .look,
        summary: "what changed between two git revisions, in registry terms",
        arguments: [.optional("REV", .text), .optional("REV2", .text)],
        options: [
          .value(
            "format", .choice(["text", "json", "markdown"]), "F",
            help: "text (the default), json, or markdown (for a pull-request comment)"),
          .flag("batch", help: "the open batch against the files: what 'commit' would write"),
        ],
        details: "With no REV: HEAD against the working tree; with one: REV against the working "
          + "tree; with two: REV against REV2. Services added, removed, renamed (a new id), "
          + "moved and changed field by field, units, and the findings the changes introduced "
          + "and resolved. Revisions are read through git; the working tree is not touched.",
        examples: ["diff", "diff origin/main", "diff v2024.1 v2025.1 --format markdown"]),
      CommandSpec("units", group: .look, summary: "the organisational units and their services"),
      CommandSpec(
        "stats", group: .look,
        summary: "counts of services, links and units; services by lifecycle and group"),
      CommandSpec(
        "log", group: .look, summary: "the journal of changes, newest last",
        arguments: [.optional("ID", .serviceID)],
        options: [.value("limit", .number, "N", help: "at most N entries (default 20)")]),
      CommandSpec(
        "deps", group: .graph,
        summary: "what a service depends on, as a tree, with each link's range and match",
        arguments: [.required("ID", .serviceID)],
        options: [.value("depth", .number, "N", help: "at most N links from the service")]),
      CommandSpec(
        "rdeps", group: .graph,
        summary: "what depends on a service (what breaks if it goes away), as a tree",
        arguments: [.required("ID", .serviceID)],
        options: [.value("depth", .number, "N", help: "at most N links from the service")]),
      CommandSpec(
        "why", group: .graph, summary: "the shortest chain by which FROM depends on TO",
        arguments: [.required("FROM", .serviceID), .required("TO", .serviceID)]),
      CommandSpec(
        "locks", group: .graph,
        summary: "dependency locks: cycles, missing targets, unsatisfiable ranges, retired and "
          + "deprecated dependencies, passed sunsets, pinned links, replacement loops",
        details: "Exit status 1 when any lock is an error."),
      CommandSpec(
        "dups", group: .graph,
        summary: "duplicate services: clusters that do the same job, biggest opportunities first",
        options: [
          .value(
            "min-score", .score, "S",
            help: "the least pair score, 0 to 1, that joins two services (default: the "
              + "registry's min-score, else 0.6)"),
          .value("unit", .unit, "U", help: "only clusters with a service in this unit"),
        ],
        details: "Certain: the same URL, or the same normalised name within one unit. Near: names "
          + "alike once case, e- prefixes, versions, generic words (sistem, aplikasi, …) and the "
          + "owner's own name are set aside, acronyms expanded (SIAKAD = sistem informasi "
          + "akademik) and English read as Indonesian; descriptions and tags confirm or refute. "
          + "Stopwords, acronyms and min-score are set in registry.toml [duplicates].",
        examples: ["dups", "dups --min-score 0.8", "dups --unit ptkn/uin-jakarta --json"]),
      CommandSpec(
        "plan", group: .graph,
        summary: "a migration plan: a duplicate cluster made one service, or one retired",
        arguments: [
          .required("ACTION", .choice(["consolidate", "retire"])),
          .variadic("CLUSTER|ID", .serviceID),
        ],
        options: [
          .value("keep", .serviceID, "ID", help: "consolidate: the member that stays"),
          .value("sunset", .date, "YYYY-MM-DD", help: "consolidate: when the others stop"),
          .value("wave-size", .number, "N", help: "at most N services move in one wave"),
          .value(
            "format", .choice(["text", "json", "markdown"]), "F",
            help: "text (the default), json, or markdown (a road map for a report)"),
          .value(
            "output", .file, "FILE", short: "o",
            help: "also write the plan as a script for 'run --atomic FILE'"),
        ],
        details: "consolidate takes a cluster as 'dups' lists it (its number from 1, or its "
          + "label) or two services or more. The keeper, unless --keep, is the active member "
          + "with the most dependents, then the newest active version, then a central unit. "
          + "Every other member's dependents move to it in waves: a service moves only after "
          + "the movers it depends on (loops among them cut with the fewest links, and said "
          + "so). The others are deprecated first (replaced by the keeper, --sunset) and "
          + "retired after the last wave. retire moves a service's dependents to the "
          + "replacement its deprecation names, then retires it. The plan is applied to a copy "
          + "of the registry and checked; exit status 1 when it cannot be applied or would "
          + "leave an error finding. Inside a batch it plans on the batch's registry.",
        examples: [
          "plan consolidate 1 --sunset 2026-12-31 --wave-size 10",
          "plan consolidate siakad-uin-jakarta siakad-uin-bandung --keep siakad-uin-jakarta "
            + "-o plan.svc",
          "plan retire simkah-web --format markdown",
        ]),
      CommandSpec(
        "check", group: .graph,
        summary: "every finding: locks, certain duplicates and broken files",
        options: [
          .flag(
            "strict",
            help: "warnings count as failures too, and services that name no owner are listed"),
          .value(
            "since", .text, "REV",
            help: "only the findings the changes since git revision REV introduced"),
          .value(
            "format", .choice(["text", "json", "sarif"]), "F",
            help: "text (the default), json, or sarif (SARIF 2.1.0 for code review tools)"),
        ],
        details: "Exit status 1 when there are errors (with --strict: warnings too); with "
          + "--since, only when the changes since REV introduced them: the gate for a pull "
          + "request, which old findings do not block.",
        examples: [
          "check", "check --since origin/main", "check --since origin/main --format sarif",
        ]),
      CommandSpec(
        "export", group: .exchange,
        summary: "write the dependency graph for graph tools, or the registry as CSV",
        arguments: [.required("FORMAT", .choice(["dot", "mermaid", "graphml", "json", "csv"]))],
        options: [
          .value(
            "root", .serviceID, "ID",
            help: "only ID and what it depends on (with --reverse: what depends on it)"),
          .value("depth", .number, "N", help: "with --root: at most N links from ID"),
          .flag("reverse", help: "with --root: follow what depends on ID"),
          .value("unit", .unit, "U", help: "only this unit and the units inside it"),
          .value(
            "output", .file, "FILE", short: "o",
            help: "write FILE instead of printing (also -o); .svg, .png and .pdf are rendered "
              + "by Graphviz; csv: a folder, or path/services.csv"),
        ],
        details: "Options combine: a service is exported when every option given selects it; "
          + "links between exported services are exported, and links to unregistered ids. "
          + "The same registry always gives the same bytes.",
        examples: [
          "export dot -o estate.svg", "export mermaid --root siakad-uin-jakarta --depth 2",
          "export graphml --unit ptkn -o ptkn.graphml", "export csv -o inventory/",
        ]),
      CommandSpec(
        "import", group: .exchange,
        summary: "bring an inventory spreadsheet in: new services added, known ones updated",
        arguments: [.required("FORMAT", .choice(["csv", "xlsx"])), .required("FILE", .file)],
        options: [
          .value("sheet", .text, "NAME", help: "the workbook sheet of the services (xlsx)"),
          .value(
            "links", .file, "FILE", help: "a links CSV or workbook (from, to, range, kind, note)"),
          .value(
            "links-sheet", .text, "NAME",
            help: "the workbook sheet of the links (of --links, or else of FILE)"),
          .value(
            "map", .text, "FIELD=COLUMN", repeatable: true,
            help: "read FIELD (name, unit, links.kind, …) from the column COLUMN"),
          .value(
            "map-value", .text, "FIELD:VALUE=WORD", repeatable: true,
            help: "read VALUE in FIELD as WORD (lifecycle:naktif=retired, unit:Pusat=pusat)"),
          .flag("dry-run", help: "print what would change; write nothing"),
          .flag("create-units", help: "create the units the file names that do not exist"),
          .flag("skip-unknown-units", help: "leave out rows whose unit does not exist"),
        ],
        changesRegistry: true,
        details: "Headers may be English or Indonesian (nama, satker, status, versi, …) and "
          + "need not be on the first row: title rows above them are left out, and a heading "
          + "over two merged rows reads as one. A workbook's first sheet with such a header is "
          + "read unless --sheet names one; merged cells repeat their value down their rows, "
          + "dates read as YYYY-MM-DD. Rows match services by id (made from the name when "
          + "there is no id column), so importing again updates. One change: every row lands, "
          + "or none does; bad rows are reported as FILE:LINE: error: … (LINE is the sheet's "
          + "row number in a workbook).",
        examples: [
          "import csv inventaris.csv --create-units --dry-run",
          "import xlsx inventaris.xlsx --sheet Aplikasi --links-sheet Integrasi --dry-run",
          "import csv services.csv --links links.csv --map name='Nama Aplikasi'",
          "import csv opd.csv --create-units --map-value lifecycle:inisiasi=planned --dry-run",
        ]),
      CommandSpec(
        "begin", group: .batch, summary: "start a batch: later changes land together at commit"),
      CommandSpec("commit", group: .batch, summary: "write the batch, all or nothing"),
      CommandSpec("rollback", group: .batch, summary: "drop the batch's changes"),
      CommandSpec(
        "status", group: .batch, summary: "whether a batch is open, and what it holds",
        details: "Lists the batch's commands in order and how many files commit would write; "
          + "'diff --batch' shows the changes and the locks they bring."),
      CommandSpec(
        "source", group: .shell, summary: "run the commands in FILE here",
        arguments: [.required("FILE", .file)]),
      CommandSpec(
        "run", group: .shell, summary: "run script files; an error stops the run",
        arguments: [.variadic("FILE", .file)],
        options: [
          .flag("keep-going", help: "report errors and go on"),
          .flag("atomic", help: "the whole run is one batch: all of it lands, or none"),
          .flag("check", help: "only check that every line is a valid command; run nothing"),
        ]),
      CommandSpec(
        "init", group: .shell, summary: "create a new, empty registry",
        arguments: [.optional("DIR", .file)],
        options: [.value("name", .text, "NAME", help: "its display name")],
        details: "On an existing registry it adds what it lacks: the .gitattributes lines "
          + "(journal.log merged by union, registry files by svcreg's merge driver) and, inside "
          + "a git repository, the merge driver in the clone's .git/config; run it once in "
          + "every clone."),
      CommandSpec(
        "merge-driver", group: .exchange,
        summary: "git's merge driver for service files and units.toml (git runs it)",
        arguments: [
          .required("BASE", .file), .required("OURS", .file), .required("THEIRS", .file),
          .required("PATH", .text),
        ],
        options: [.value("marker-size", .number, "N", help: "conflict markers' length (git's %L)")],
        details: "Merges the common ancestor BASE and two changes of it into OURS field by field: "
          + "a field changed on one side takes that side's value; versions, links and tags "
          + "are merged one by one (both sides' additions kept); a field both sides changed "
          + "differently is left between conflict markers, named on standard error, with exit "
          + "status 1. A version that does not parse is merged by git's line merge. "
          + "'svcreg init' sets it up: merge.svcreg.driver = svcreg merge-driver %O %A %B %P "
          + "--marker-size %L."),
      CommandSpec(
        "help", group: .shell, summary: "list the commands, or explain one",
        arguments: [.optional("COMMAND", .command)]),
      CommandSpec(
        "pager", group: .shell, summary: "page long output in the shell, or not",
        arguments: [.optional("on|off", .choice(["on", "off"]))],
        details: "Without a word, says whether output taller than the screen goes through the "
          + "pager ($SVCREG_PAGER, else $PAGER, else less -FRX). Starting svcreg with "
          + "--no-pager is 'pager off'."),
      CommandSpec("quit", group: .shell, summary: "leave the shell", aliases: ["exit"]),
    ].map { spec in
      var spec = spec
      spec.options.append(CommandTable.json)
      return spec
    })
}
