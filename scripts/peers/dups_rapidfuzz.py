#!/usr/bin/env python3
"""Peer for `svcreg dups`: fuzzy duplicate names with rapidfuzz, as an administrator would do
it. Names are normalised (lowercase, the registry's acronyms expanded, its stopwords dropped),
blocked by their first word, and every pair inside a block is scored with
rapidfuzz.fuzz.token_set_ratio through rapidfuzz.process.cdist on all cores; pairs scoring at
least --cutoff are duplicates.

A big estate has blocks of tens of thousands of names (every "sistem informasi ..."), so the
pairs grow with the square of the block. With --cap SECONDS the work (blocks cut into row
chunks, taken in a seeded random order) stops at the cap and the total is extrapolated from
the pairs scored so far: the output then says "extrapolated": true.

Usage: dups_rapidfuzz.py REGISTRY [--cap SECONDS] [--cutoff SCORE]
Prints one JSON line.
"""
import argparse
import json
import random
import re
import time

import numpy
import rapidfuzz
from rapidfuzz import fuzz, process

from load_tomllib import load

ROWS = 1024  # rows of a block scored at once: a chunk is ROWS x block size scores


def normalise(name, acronyms, stopwords):
    words = []
    for word in re.split(r"[^0-9a-z]+", name.lower()):
        if word and word not in stopwords:
            words.extend(acronyms.get(word, word).split())
    return " ".join(words)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("registry")
    parser.add_argument("--cap", type=float, default=0, help="stop after this many seconds")
    parser.add_argument("--cutoff", type=int, default=90)
    args = parser.parse_args()
    start = time.perf_counter()
    settings, _, services = load(args.registry)
    loaded = time.perf_counter()
    duplicates = settings.get("duplicates", {})
    acronyms = {k.lower(): v.lower() for k, v in duplicates.get("acronyms", {}).items()}
    stopwords = set(duplicates.get("stopwords", []))
    blocks = {}
    for sid, (_, data) in services.items():
        text = normalise(data["name"], acronyms, stopwords)
        blocks.setdefault(text.split(" ")[0] if text else "", []).append(text)
    work = []  # (block, first row): a chunk of rows scored against the whole block
    total_pairs = 0
    for names in blocks.values():
        if len(names) > 1:
            total_pairs += len(names) * (len(names) - 1) // 2
            work += [(names, row) for row in range(0, len(names), ROWS)]
    random.Random(1).shuffle(work)
    pairs = found = 0
    extrapolated = False
    match_start = time.perf_counter()
    for names, row in work:
        if args.cap and time.perf_counter() - match_start > args.cap:
            extrapolated = True
            break
        chunk = names[row:row + ROWS]
        scores = process.cdist(chunk, names, scorer=fuzz.token_set_ratio,
                               score_cutoff=args.cutoff, dtype=numpy.uint8, workers=-1)
        # count each unordered pair once: columns after the row's own index
        upper = numpy.triu(scores, k=row + 1)
        found += int(numpy.count_nonzero(upper))
        pairs += sum(len(names) - (row + i) - 1 for i in range(len(chunk)))
    matched = time.perf_counter() - match_start
    match_seconds = matched * total_pairs / pairs if extrapolated and pairs else matched
    print(json.dumps({
        "rapidfuzz": rapidfuzz.__version__, "services": len(services), "blocks": len(blocks),
        "largest_block": max(len(n) for n in blocks.values()), "pairs": total_pairs,
        "pairs_scored": pairs, "duplicate_pairs": found if not extrapolated else None,
        "duplicate_pairs_in_sample": found, "extrapolated": extrapolated,
        "load_seconds": round(loaded - start, 3), "match_seconds": round(match_seconds, 3),
        "seconds": round(loaded - start + match_seconds, 3)}))


if __name__ == "__main__":
    main()
