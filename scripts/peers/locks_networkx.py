#!/usr/bin/env python3
"""Peer for `svcreg check`: the dependency-lock checks an administrator would script with
networkx over the tomllib-loaded files: loops (strongly connected components), links to
services that do not exist, live services depending on retired or deprecated ones, and caret
ranges (^N) that no version of the target satisfies. No other range forms, no duplicates.

Usage: locks_networkx.py REGISTRY
Prints one JSON line with the counts and the seconds spent loading, building the graph and
checking.
"""
import json
import sys
import time

import networkx

from load_tomllib import load


def caret_unsatisfied(range_text, versions):
    """True for a plain ^N range that none of the versions' majors matches."""
    if not range_text.startswith("^") or not range_text[1:].isdigit():
        return False
    major = int(range_text[1:])
    return all(int(v["version"].split(".")[0]) != major for v in versions)


def main():
    start = time.perf_counter()
    _, _, services = load(sys.argv[1])
    loaded = time.perf_counter()
    graph = networkx.DiGraph()
    graph.add_nodes_from(services)
    for sid, (_, data) in services.items():
        for link in data.get("links", []):
            graph.add_edge(sid, link["to"])
    built = time.perf_counter()
    loops = [c for c in networkx.strongly_connected_components(graph) if len(c) > 1]
    missing = retired = deprecated = unsatisfiable = 0
    for sid, (_, data) in services.items():
        live = data.get("lifecycle", "active") in ("active", "planned")
        for link in data.get("links", []):
            target = services.get(link["to"])
            if target is None:
                missing += 1
                continue
            state = target[1].get("lifecycle", "active")
            retired += live and state == "retired"
            deprecated += live and state == "deprecated"
            unsatisfiable += caret_unsatisfied(link.get("range", "*"), target[1].get("versions", []))
    done = time.perf_counter()
    print(json.dumps({
        "networkx": networkx.__version__, "loops": len(loops),
        "services_in_loops": sum(len(c) for c in loops), "missing": missing, "retired": retired,
        "deprecated": deprecated, "unsatisfiable": unsatisfiable,
        "load_seconds": round(loaded - start, 3), "graph_seconds": round(built - loaded, 3),
        "check_seconds": round(done - built, 3), "seconds": round(done - start, 3)}))


if __name__ == "__main__":
    main()
