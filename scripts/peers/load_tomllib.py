#!/usr/bin/env python3
"""Peer for opening a registry: what an administrator would write instead of svcreg, reading
every file of the registry with Python's standard tomllib (no cache, no validation).

Usage: load_tomllib.py REGISTRY [--dot FILE]
Prints one JSON line: services, links, units and the seconds spent; with --dot, also writes
the dependency graph as Graphviz DOT (for sccmap when `svcreg export dot` is not there).
"""
import json
import os
import sys
import time
import tomllib


def load(root):
    """(settings, units, services): services maps id -> (unit path, the parsed file)."""
    with open(os.path.join(root, "registry.toml"), "rb") as handle:
        settings = tomllib.load(handle)
    with open(os.path.join(root, "units.toml"), "rb") as handle:
        units = tomllib.load(handle).get("units", [])
    services = {}
    top = os.path.join(root, "services")
    for folder, subfolders, files in os.walk(top):
        subfolders.sort()
        unit = os.path.relpath(folder, top)
        for name in sorted(files):
            if name.endswith(".toml"):
                with open(os.path.join(folder, name), "rb") as handle:
                    services[name[:-5]] = (unit, tomllib.load(handle))
    return settings, units, services


def write_dot(services, path):
    with open(path, "w") as out:
        out.write("digraph registry {\n")
        for sid, (_, data) in services.items():
            out.write(f'  "{sid}";\n')
            for link in data.get("links", []):
                out.write(f'  "{sid}" -> "{link["to"]}";\n')
        out.write("}\n")


def main():
    start = time.perf_counter()
    settings, units, services = load(sys.argv[1])
    seconds = time.perf_counter() - start
    links = sum(len(data.get("links", [])) for _, data in services.values())
    if "--dot" in sys.argv:
        write_dot(services, sys.argv[sys.argv.index("--dot") + 1])
    print(json.dumps({"services": len(services), "links": links, "units": len(units),
                      "load_seconds": round(seconds, 3)}))


if __name__ == "__main__":
    main()
