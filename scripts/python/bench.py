"""The measuring half of scripts/bench: runs svcreg (and its peers) on generated estates and
writes the report. Reads its settings from the BENCH_* variables scripts/bench exports."""
import datetime
import json
import math
import os
import pty
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

TOP = os.environ["BENCH_TOP"]
SVCREG = os.environ["BENCH_SVCREG"]
WORK = os.environ["BENCH_WORK"]
RUNS = int(os.environ["BENCH_RUNS"]) if os.environ["BENCH_RUNS"] else None
PEERS = os.environ["BENCH_PEERS"] == "1"
DUPS_CAP = float(os.environ["BENCH_DUPS_CAP"])
PEER_DIR = os.path.join(TOP, "scripts", "peers")
LIMIT = 600  # seconds: a process running longer is stopped and reported as "> 10 min"
SCCMAP_LIMIT = 300


def memory_limit_kib():
    if os.environ.get("BENCH_MEMORY_GIB"):
        return int(float(os.environ["BENCH_MEMORY_GIB"]) * 1024 * 1024)
    available = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemAvailable:"))
    return min(16 * 1024 * 1024, int(available * 0.7))


MEMORY = memory_limit_kib()  # KiB: a process passing this is stopped (the machine is shared)
HUB_IDS = ["akun-kemenag", "kemenag-cloud", "pusaka", "emis", "simpeg-kemenag", "splp-kemenag",
           "srikandi", "sakti", "pddikti-feeder", "dukcapil"]


def say(message):
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


class Result:
    """One process: wall seconds, peak RSS in MiB, exit status (negative: signal), and why it
    was stopped, if it was ("time" or "memory")."""

    def __init__(self, seconds, rss_mib, status, stopped=None, output=b""):
        self.seconds, self.rss, self.status, self.stopped = seconds, rss_mib, status, stopped
        self.output = output

    @property
    def timed_out(self):
        return self.stopped is not None


class Watchdog:
    """Stops a process group that runs past `limit` seconds or whose leader's resident memory
    passes MEMORY; polls /proc ten times a second."""

    def __init__(self, pid, limit):
        self.pid, self.limit, self.stopped, self.rss_kib = pid, limit, None, 0
        self.done = threading.Event()
        self.start = time.perf_counter()
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()

    def watch(self):
        while not self.done.wait(0.1):
            try:
                with open(f"/proc/{self.pid}/status") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            self.rss_kib = max(self.rss_kib, int(line.split()[1]))
            except (FileNotFoundError, ProcessLookupError, ValueError):
                pass
            over_time = time.perf_counter() - self.start > self.limit
            if over_time or self.rss_kib > MEMORY:
                self.stopped = "time" if over_time else "memory"
                try:
                    os.killpg(self.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                return

    def finish(self):
        self.done.set()
        self.thread.join()


def run(argv, stdin_path=None, stdout_path=None, env=None, limit=LIMIT, capture=False):
    """Runs argv to completion under a watchdog; times it and reads its peak memory from wait4."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(stdout_path, "wb") if stdout_path else (subprocess.PIPE if capture else subprocess.DEVNULL)
    try:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL,
                                   env=env, start_new_session=True)
        dog = Watchdog(process.pid, limit)
        output = process.stdout.read() if capture else b""
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        dog.finish()
        process.returncode = os.waitstatus_to_exitcode(status)
        return Result(seconds, usage.ru_maxrss / 1024, process.returncode, dog.stopped, output)
    finally:
        if stdin_path:
            stdin.close()
        if stdout_path:
            stdout.close()


def stopped_note(result):
    if result.stopped == "memory":
        return f"stopped at {result.rss / 1024:.1f} GiB (memory limit) after {result.seconds:.0f} s"
    return f"stopped after {result.seconds / 60:.0f} min (> 10 min)"


def svcreg(registry, *words):
    return [SVCREG, "--registry", registry, "--no-color", *words]


def works(*words):
    """Whether `svcreg help WORD` knows the command (dups and export are being added)."""
    return subprocess.run([SVCREG, "--registry", os.path.join(WORK, "none"), "help", *words],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


class Row:
    """The runs of one measurement at one size."""

    def __init__(self):
        self.results, self.note = [], None

    def add(self, result):
        self.results.append(result)

    @property
    def seconds(self):
        done = [r.seconds for r in self.results if not r.timed_out]
        return statistics.median(done) if done and not self.timed_out else None

    @property
    def rss(self):
        return max((r.rss for r in self.results), default=None)

    @property
    def timed_out(self):
        return any(r.timed_out for r in self.results)

    def as_json(self):
        return {"seconds": self.seconds, "runs": [round(r.seconds, 4) for r in self.results],
                "peak_mib": self.rss, "status": [r.status for r in self.results],
                "timed_out": self.timed_out, "stopped": next((stopped_note(r) for r in self.results if r.stopped), None),
                "note": self.note}


def repeat(row, runs, make, before=None):
    """Runs make() runs times (before() first each time), stopping after a timeout."""
    for _ in range(runs):
        if before:
            before()
        result = make()
        row.add(result)
        if result.timed_out:
            row.note = stopped_note(result)
            break
    return row


# -- the shell through a pseudo-terminal -------------------------------------------------------

def startup(registry):
    """Seconds from fork to the first prompt text "> " of the interactive shell, and peak MiB."""
    env = dict(os.environ, SVCREG_REGISTRY=registry, NO_COLOR="1", TERM="xterm",
               SVCREG_HISTORY=os.path.join(WORK, "history"))
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(SVCREG, [SVCREG], env)
        finally:
            os._exit(127)
    seen, first = b"", None
    dog = Watchdog(pid, LIMIT)
    try:
        while first is None and dog.stopped is None:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if b"> " in re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen):
                first = time.perf_counter() - start
        os.write(fd, b"quit\n")
        end = time.perf_counter() + 10
        while time.perf_counter() < end:  # read until the shell closes the terminal
            ready, _, _ = select.select([fd], [], [], 0.5)
            try:
                if ready and not os.read(fd, 65536):
                    break
            except OSError:
                break
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if not done:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
    finally:
        os.close(fd)
        dog.finish()
    if first is None:
        return Result(time.perf_counter() - start, usage.ru_maxrss / 1024, -1, stopped=dog.stopped or "time")
    return Result(first, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status))


# -- commands inside one shell process ---------------------------------------------------------

def marker_text():
    return subprocess.run([SVCREG, "--registry", os.path.join(WORK, "none"), "--no-color", "help", "quit"],
                          capture_output=True).stdout


def in_shell(registry, commands, runs):
    """Feeds one `svcreg --keep-going` process on stdin with each command runs times, each followed
    by `help quit`, and times the gaps between the markers' arrival on its output. Returns
    ({label: [seconds per run]}, open seconds, first-command seconds, peak MiB)."""
    marker = marker_text()
    lines = ["help quit", "stats", "help quit", "stats", "help quit"]
    labels = []
    for label, command in commands:
        for _ in range(runs):
            lines += [command, "help quit"]
            labels.append(label)
    script = os.path.join(WORK, "session.svc")
    with open(script, "w") as handle:
        handle.write("\n".join(lines) + "\n")
    arrivals = []
    stdin = open(script, "rb")
    start = time.perf_counter()
    process = subprocess.Popen([SVCREG, "--registry", registry, "--no-color", "--keep-going"],
                               stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    stdin.close()
    dog = Watchdog(process.pid, LIMIT * 3)
    tail = b""
    fd = process.stdout.fileno()
    while True:
        chunk = os.read(fd, 1 << 20)
        now = time.perf_counter()
        if not chunk:
            break
        window = tail + chunk
        position = window.find(marker)
        while position >= 0:
            arrivals.append(now)
            position = window.find(marker, position + len(marker))
        tail = window[-(len(marker) - 1):]
    _, status, usage = os.wait4(process.pid, 0)
    dog.finish()
    process.returncode = 0
    if dog.stopped:
        say(f"  the shell session was stopped ({dog.stopped}) after {time.perf_counter() - start:.0f} s")
    if len(arrivals) != 3 + len(labels):
        say(f"  the shell session printed {len(arrivals)} markers, expected {3 + len(labels)}: "
            f"svcreg stopped early (status {status}); later commands are missing")
        if len(arrivals) < 3:
            return {}, None, None, usage.ru_maxrss / 1024
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:])]
    timings = {}
    for label, gap in zip(labels, gaps[2:]):
        timings.setdefault(label, []).append(gap)
    return timings, arrivals[0] - start, max(gaps[0], gaps[1]), usage.ru_maxrss / 1024


# -- a cache for registries too big to open cold -----------------------------------------------

def staging(registry):
    return os.path.join(os.path.dirname(registry), "staging-" + os.path.basename(registry))


def restore_staging(registry):
    """Moves unit folders parked by build_cache_in_stages back into services/ (also after a crash)."""
    hold = staging(registry)
    if not os.path.isdir(hold):
        return
    for group in os.listdir(hold):
        os.makedirs(os.path.join(registry, "services", group), exist_ok=True)
        for unit in os.listdir(os.path.join(hold, group)):
            os.rename(os.path.join(hold, group, unit), os.path.join(registry, "services", group, unit))
    shutil.rmtree(hold)


def build_cache_in_stages(registry):
    """Parks the top-level unit folders outside services/ and moves them back a batch at a time,
    opening the registry after each batch: each open parses only the batch and takes the rest
    from the cache it rewrites. Renaming a folder leaves its files' fingerprints alone, so the
    final cache is the one a successful cold open would have written."""
    services = os.path.join(registry, "services")
    hold = staging(registry)
    folders = []
    for group in sorted(os.listdir(services)):
        for unit in sorted(os.listdir(os.path.join(services, group))):
            files = sum(len(names) for _, _, names in os.walk(os.path.join(services, group, unit)))
            folders.append((group, unit, files))
    per_stage = max(10_000, sum(f for _, _, f in folders) // 8)
    began = time.perf_counter()
    stages = 0
    try:
        for group, unit, _ in folders:
            os.makedirs(os.path.join(hold, group), exist_ok=True)
            os.rename(os.path.join(services, group, unit), os.path.join(hold, group, unit))
        batch, count = [], 0
        for number, (group, unit, files) in enumerate(folders):
            batch.append((group, unit))
            count += files
            if count < per_stage and number < len(folders) - 1:
                continue
            for g, u in batch:
                os.rename(os.path.join(hold, g, u), os.path.join(services, g, u))
            stages += 1
            result = run(svcreg(registry, "stats"))
            say(f"    stage {stages}: +{count:,} files, {seconds_text(result.seconds)}, {mib_text(result.rss)}")
            if result.timed_out or result.status != 0:
                return None
            batch, count = [], 0
    finally:
        restore_staging(registry)
    return f"cache built in {stages} stages of about {per_stage:,} files ({time.perf_counter() - began:.0f} s)"


def warm(registry):
    """Opens registry once so that its cache is fresh; when a cold open is stopped (it needs more
    memory than the limit), builds the cache in stages. Returns a note, or None when it failed."""
    result = run(svcreg(registry, "stats"))
    if not result.timed_out and result.status == 0:
        return "cache written by one open"
    say(f"  a cold open was {stopped_note(result)}: building the cache in stages")
    return build_cache_in_stages(registry)


# -- the 100,000-command script ------------------------------------------------------------------

def unit_paths(registry):
    with open(os.path.join(registry, "units.toml")) as handle:
        return re.findall(r'^path = "([^"]+)"$', handle.read(), re.M)


def write_script(registry, manifest, path, commands=100_000):
    """Half register, half link: new services in existing units, each linked to a national hub
    or an earlier new service (never a loop)."""
    units = [u for u in unit_paths(registry) if not u.startswith("external/")]
    half = commands // 2
    created = []
    with open(path, "w") as out:
        for i in range(half):
            unit = units[(i * 7919) % len(units)]
            sid = f"bench-{i:06d}"
            created.append((unit, sid))
            out.write(f"register {sid} --name 'Aplikasi Bench {i}' --unit {unit} --tag bench\n")
        targets = HUB_IDS + [manifest["rdeps"]]
        for i in range(half):
            target = targets[i % len(targets)] if i % 2 == 0 or i == 0 else f"bench-{(i * 31) % i:06d}"
            out.write(f"link bench-{i:06d} {target} --kind data\n")
    return created


def script_runs(estate, registry, manifest, runs):
    """run --atomic of the script, each run on its own hard-linked copy of the estate.

    Nothing is deleted before a timed run: on a journal-less ext4 (this VM's), creating files
    within minutes of deleting many is several times slower (kernel time in ext4's
    recently_deleted), so the copies are only removed when the bench ends."""
    row = Row()
    began = time.perf_counter()
    copies = []
    for number in range(runs):
        copy = os.path.join(WORK, f"copy-{os.path.basename(estate)}-{number}")
        subprocess.run(["cp", "-al", registry, copy], check=True)
        shutil.rmtree(os.path.join(copy, ".svcreg"), ignore_errors=True)
        for name in os.listdir(registry):  # top-level files written in place must not be shared
            if os.path.isfile(os.path.join(registry, name)):
                os.remove(os.path.join(copy, name))
                shutil.copy2(os.path.join(registry, name), os.path.join(copy, name))
        copies.append(copy)
    say(f"  {runs} hard-linked copies in {time.perf_counter() - began:.1f} s")
    # Linking changed every file's status-change time, so every cache is stale now; the copies
    # share inodes and the cache keys paths relative to the registry, so one fresh cache serves
    # all of them and the estate itself: the script runs on a registry opened warm, as in daily use.
    if warm(copies[0]) is None:
        row.note = "could not build a cache for the copies"
        return row
    fresh = os.path.join(copies[0], ".svcreg", "cache.bin")
    if os.path.exists(fresh):
        for target in copies[1:] + [registry]:
            os.makedirs(os.path.join(target, ".svcreg"), exist_ok=True)
            shutil.copy(fresh, os.path.join(target, ".svcreg", "cache.bin"))
    script = os.path.join(WORK, "script.svc")
    write_script(registry, manifest, script)
    queue = list(copies)

    def settle():
        os.sync()  # syncfs in the commit must not wait for others' dirty pages

    repeat(row, runs, lambda: run(svcreg(queue.pop(0), "run", "--atomic", script)), before=settle)
    bad = [r.status for r in row.results if r.status != 0 and not r.timed_out]
    row.note = "runs: " + ", ".join(seconds_text(r.seconds) for r in row.results)
    if bad:
        row.note += f"; exit status {bad[0]}"
    return row


# -- one size --------------------------------------------------------------------------------------

def measure(estate, have):
    manifest = json.load(open(os.path.join(estate, "estate.json")))
    size = manifest["services"]
    registry = os.path.join(estate, "registry")
    runs = RUNS or (3 if size >= 1_000_000 else 5)
    cache = os.path.join(registry, ".svcreg", "cache.bin")
    rows = {}
    restore_staging(registry)  # left over by an interrupted run
    say(f"{size:,} services, {manifest['links']:,} links, {manifest['units']:,} units: {runs} runs")

    def measure_row(name, make, before=None, count=runs):
        say(f"  {name}")
        rows[name] = repeat(Row(), count, make, before)
        return rows[name]

    def uncache():
        if os.path.exists(cache):
            os.remove(cache)

    show = manifest["show"]
    measure_row("open, cold", lambda: run(svcreg(registry, "show", show)), before=uncache)
    notes = {}
    if rows["open, cold"].timed_out:
        built = build_cache_in_stages(registry)
        if built is None:
            say("  no cache could be built: skipping the rest of this size")
            return {"size": size, "manifest": {k: v for k, v in manifest.items() if k != "planted_cycles"},
                    "runs": runs, "rows": {k: v.as_json() for k, v in rows.items()}, "shell": None,
                    "peers": {}, "notes": {"open": "no cache could be built in stages either"}}
        notes["open, warm"] = built + " (the cold open was stopped)"
    measure_row("open, warm", lambda: run(svcreg(registry, "show", show)))
    measure_row("stats", lambda: run(svcreg(registry, "stats")))
    measure_row("check", lambda: run(svcreg(registry, "check")))
    measure_row("locks", lambda: run(svcreg(registry, "locks")))
    if have["dups"]:
        measure_row("dups", lambda: run(svcreg(registry, "dups")))
    deps = manifest["deps"]
    hub = manifest["rdeps"]
    out = os.path.join(WORK, "out.txt")
    measure_row(f"deps", lambda: run(svcreg(registry, "deps", deps), stdout_path=out))
    rows["deps"].note = "; ".join(filter(None, [rows["deps"].note, f"deps {deps}: {sum(1 for _ in open(out, 'rb')):,} lines"]))
    measure_row(f"rdeps", lambda: run(svcreg(registry, "rdeps", hub), stdout_path=out))
    rows["rdeps"].note = "; ".join(filter(None, [rows["rdeps"].note, f"rdeps {hub}: {sum(1 for _ in open(out, 'rb')):,} lines"]))
    measure_row("why", lambda: run(svcreg(registry, "why", deps, hub)))
    dot = os.path.join(WORK, f"estate-{size}.dot")
    if have["export"]:
        measure_row("export dot", lambda: run(svcreg(registry, "export", "dot"), stdout_path=dot))
        if rows["export dot"].results[-1].status != 0 and not rows["export dot"].timed_out:
            rows["export dot"].note = f"failed: exit {rows['export dot'].results[-1].status}"
    measure_row("start-up to prompt (pty)", lambda: startup(registry))

    say("  commands inside one shell process")
    commands = [("stats", "stats"), ("show", f"show {show}"), ("versions", f"versions {show}"),
                ("list --unit", f"list --unit {manifest['list_unit']}"), ("find", "find akademik"),
                ("deps", f"deps {deps}"), ("rdeps --depth 1", f"rdeps {hub} --depth 1"),
                ("rdeps", f"rdeps {hub}"), ("why", f"why {deps} {hub}"), ("log", "log --limit 20"),
                ("locks", "locks"), ("check", "check")]
    if have["dups"]:
        commands.append(("dups", "dups"))
    timings, opened, first, session_rss = in_shell(registry, commands, runs)
    shell = {label: statistics.median(values) for label, values in timings.items()}

    peers = {}
    if PEERS:
        peer_runs = 1 if size >= 1_000_000 else min(runs, 3)
        python = [sys.executable]
        say("  peer: tomllib")
        row = repeat(Row(), peer_runs, lambda: run(python + [os.path.join(PEER_DIR, "load_tomllib.py"), registry]))
        peers["tomllib load"] = row
        say("  peer: networkx")
        peers["networkx locks"] = repeat(
            Row(), peer_runs, lambda: run(python + [os.path.join(PEER_DIR, "locks_networkx.py"), registry], capture=True))
        detail = peers["networkx locks"].results[-1].output
        peers["networkx locks"].note = detail.decode().strip() if detail else None
        say(f"  peer: rapidfuzz (capped at {DUPS_CAP:.0f} s)")
        result = run(python + [os.path.join(PEER_DIR, "dups_rapidfuzz.py"), registry, "--cap", str(DUPS_CAP)],
                     capture=True, limit=LIMIT + DUPS_CAP)
        row = Row()
        try:
            facts = json.loads(result.output)
            result.seconds = facts["seconds"]  # extrapolated when capped
            row.note = json.dumps(facts)
        except ValueError:
            row.note = f"failed (exit {result.status})"
        row.add(result)
        peers["rapidfuzz dups"] = row
        if not have["export"] or rows["export dot"].results[-1].status != 0:
            say("  writing DOT with the tomllib peer (no svcreg export dot)")
            subprocess.run(python + [os.path.join(PEER_DIR, "load_tomllib.py"), registry, "--dot", dot],
                           check=True, stdout=subprocess.DEVNULL)
        say("  peer: sccmap")
        result = run(["sccmap", "-S", dot], limit=SCCMAP_LIMIT)
        row = Row()
        row.add(result)
        if result.timed_out:
            row.note = f"stopped after {SCCMAP_LIMIT} s"
        elif result.status < 0:
            row.note = f"crashed (signal {-result.status}, {signal.Signals(-result.status).name}) after {result.seconds:.1f} s"
        elif result.status != 0:
            row.note = f"exit {result.status}"
        peers["sccmap"] = row
        if os.path.exists(dot):
            os.remove(dot)

    say("  100,000-command script, run --atomic")
    rows["run --atomic, 100,000 commands"] = script_runs(estate, registry, manifest, runs)
    for name, note in notes.items():
        rows[name].note = note
    return {"size": size, "manifest": {k: v for k, v in manifest.items() if k != "planted_cycles"},
            "runs": runs, "rows": {k: v.as_json() for k, v in rows.items()}, "notes": notes,
            "shell": {"open_seconds": opened, "first_command_seconds": first, "peak_mib": session_rss,
                      "median_seconds": shell, "runs": timings},
            "peers": {k: v.as_json() for k, v in peers.items()}}


# -- the report --------------------------------------------------------------------------------------

def seconds_text(value):
    if value is None:
        return "–"
    if value < 0.001:
        return "< 1 ms"
    if value < 1:
        return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def mib_text(value):
    if value is None:
        return ""
    return f"{value / 1024:.2f} GiB" if value >= 1024 else f"{value:.0f} MiB"


def cell(row):
    if row is None:
        return "n/a"
    if row["timed_out"]:
        return row["stopped"] or "stopped"
    return f"{seconds_text(row['seconds'])} · {mib_text(row['peak_mib'])}"


def report(results, extra):
    empty = {"open_seconds": None, "first_command_seconds": None, "median_seconds": {}, "peak_mib": None}
    for r in results:
        r["shell"] = r.get("shell") or empty
    sizes = [r["size"] for r in results]
    head = "| | " + " | ".join(f"{s:,}" for s in sizes) + " |\n|---|" + "---|" * len(sizes)
    lines = ["## svcreg, one process per command (median · peak memory)", "", head]
    lines.append("| links | " + " | ".join(f"{r['manifest']['links']:,}" for r in results) + " |")
    lines.append("| runs | " + " | ".join(str(r["runs"]) for r in results) + " |")
    names = []
    for r in results:
        names += [n for n in r["rows"] if n not in names]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(cell(r["rows"].get(name)) for r in results) + " |")
    notes = [f"- {r['size']:,}: {name}: {row['note']}" for r in results for name, row in r["rows"].items() if row["note"]]
    lines += ["", *notes, "", "## inside one shell process (median per command; the open is not included)", "", head]
    lines.append("| open (to the first marker) | " + " | ".join(seconds_text(r["shell"]["open_seconds"]) for r in results) + " |")
    lines.append("| first command (full rescan, watcher start) | " + " | ".join(seconds_text(r["shell"]["first_command_seconds"]) for r in results) + " |")
    labels = []
    for r in results:
        labels += [l for l in r["shell"]["median_seconds"] if l not in labels]
    for label in labels:
        lines.append(f"| {label} | " + " | ".join(seconds_text(r["shell"]["median_seconds"].get(label)) for r in results) + " |")
    lines.append("| session peak memory | " + " | ".join(mib_text(r["shell"]["peak_mib"]) for r in results) + " |")
    if any(r["peers"] for r in results):
        lines += ["", "## peers (time and memory as a multiple of svcreg's)", "", head]
        pairs = [("tomllib load", "open, cold"), ("tomllib load", "open, warm"),
                 ("networkx locks", "check"), ("rapidfuzz dups", "dups"), ("sccmap", "locks")]
        for peer, ours in pairs:
            cells = []
            for r in results:
                p, o = r["peers"].get(peer), r["rows"].get(ours)
                if not p:
                    cells.append("n/a")
                    continue
                text = cell(p)
                if p["note"] and (p["note"].startswith("crashed") or p["note"].startswith("stopped")):
                    text = p["note"]
                elif o and o["seconds"] and p["seconds"]:
                    text += f" = {p['seconds'] / o['seconds']:.1f}× time, {p['peak_mib'] / o['peak_mib']:.1f}× memory"
                if peer == "rapidfuzz dups" and p["note"] and '"extrapolated": true' in p["note"]:
                    text += " (extrapolated)"
                cells.append(text)
            lines.append(f"| {peer} vs {ours} | " + " | ".join(cells) + " |")
        for r in results:
            for name in ("networkx locks", "rapidfuzz dups"):
                if r["peers"].get(name, {}).get("note"):
                    lines.append(f"- {r['size']:,} {name}: `{r['peers'][name]['note']}`")
    small = next((r for r in results if r["size"] == 27000), results[0])
    large = results[-1]
    if large["size"] > small["size"]:
        factor = large["size"] / small["size"]
        lines += ["", f"## growth from {small['size']:,} to {large['size']:,} services ({factor:.1f}× the services)", "",
                  "| | time ratio | exponent | memory ratio |", "|---|---|---|---|"]
        for name in names:
            a, b = small["rows"].get(name), large["rows"].get(name)
            if a and b and a["seconds"] and b["seconds"]:
                ratio = b["seconds"] / a["seconds"]
                lines.append(f"| {name} | {ratio:.1f}× | {math.log(ratio) / math.log(factor):.2f} | "
                             f"{b['peak_mib'] / a['peak_mib']:.1f}× |")
    lines += ["", "## not per size", ""] + [f"- {k}: {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


def main():
    estates = sys.argv[1:]
    have = {"dups": works("dups"), "export": works("export")}
    extra = {}
    if not have["dups"]:
        extra["dups"] = "skipped: `svcreg help dups` fails (not in this build)"
    if not have["export"]:
        extra["export dot"] = "skipped: `svcreg help export` fails (not in this build); sccmap reads DOT written by the tomllib peer"
    version = Row()
    repeat(version, 5, lambda: run([SVCREG, "--version"]))
    extra["svcreg --version"] = f"{seconds_text(version.seconds)} · {mib_text(version.rss)}"
    bundled = os.path.join(TOP, "registry")
    if os.path.isdir(bundled):
        say("start-up on the bundled registry")
        run(svcreg(bundled, "stats"))
        warm = repeat(Row(), 5, lambda: startup(bundled))
        services = len(re.findall(r"\.toml$", "\n".join(
            f for _, _, files in os.walk(os.path.join(bundled, "services")) for f in files), re.M))
        extra[f"start-up to prompt on the bundled registry ({services:,} services), warm"] = \
            f"{seconds_text(warm.seconds)} · {mib_text(warm.rss)} (runs: " + \
            ", ".join(seconds_text(r.seconds) for r in warm.results) + ")"
        one_shot = repeat(Row(), 5, lambda: run(svcreg(bundled, "stats")))
        extra["`svcreg stats` on the bundled registry"] = f"{seconds_text(one_shot.seconds)} · {mib_text(one_shot.rss)}"
    results = []
    for estate in estates:
        results.append(measure(estate, have))
    head = subprocess.run(["git", "-C", TOP, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", TOP, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    extra["binary"] = f"{SVCREG} (HEAD {head}{' with uncommitted changes' if dirty else ''})"
    extra["load average at the end"] = " ".join(open("/proc/loadavg").read().split()[:3])
    text = report(results, extra)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = os.path.join(TOP, ".build-bench", "results", f"bench-{stamp}")
    with open(path + ".json", "w") as handle:
        json.dump({"results": results, "extra": extra}, handle, indent=1)
    with open(path + ".md", "w") as handle:
        handle.write(text)
    print(text)
    say(f"saved {path}.md and .json")



if __name__ == "__main__":
    main()
