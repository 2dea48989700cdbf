"""scripts/bench-dups: compares svcreg's duplicate search with a rapidfuzz baseline on the names it wrote."""
"""The rapidfuzz pipeline: what a careful engineer writes with string similarity alone.

Each name is lowercased and split into words; the words of its unit's name and aliases and a
list of generic words are dropped; equal keys are one entry. Keys sharing a word are compared
(a word shared by more than 5,000 keys is too common to block on) with rapidfuzz's
token_sort_ratio, all cores, and pairs scoring 90 or more are joined with union-find.
"""
import collections
import re
import sys
import time

import numpy as np
import rapidfuzz
from rapidfuzz import fuzz, process

path, ours, ours_cpu = sys.argv[1], float(sys.argv[2]) / 1000, float(sys.argv[3])
rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")]
labels = [int(row[0]) for row in rows]
start, start_cpu = time.perf_counter(), time.process_time()
stop = set("""sistem system informasi information manajemen management aplikasi application app
layanan pelayanan service services elektronik online daring digital terpadu terintegrasi web
website portal mobile android data pengelolaan administrasi resmi official versi v2 v3 2 0 3 1
kemenag kanwil kankemenag kantor wilayah kementerian agama provinsi kabupaten kab kota uin iain
stain dan of and the untuk""".split())
token = re.compile(r"[a-z0-9]+")
owners = {}


def key(row):
    owner = owners.get(row[1])
    if owner is None:
        owner = owners[row[1]] = set(token.findall((row[1] + " " + row[2]).lower()))
    words = [w for w in token.findall(row[3].lower()) if w not in stop and w not in owner]
    return " ".join(words) if words else row[3].lower()


index, unique, of_row = {}, [], []
for row in rows:
    k = key(row)
    number = index.get(k)
    if number is None:
        number = index[k] = len(unique)
        unique.append(k)
    of_row.append(number)
parent = list(range(len(unique)))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


blocks = collections.defaultdict(list)
for number, k in enumerate(unique):
    for word in set(k.split()):
        blocks[word].append(number)
for members in blocks.values():
    if len(members) < 2 or len(members) > 5000:
        continue
    choices = [unique[m] for m in members]
    scores = process.cdist(choices, choices, scorer=fuzz.token_sort_ratio, score_cutoff=90,
                           dtype=np.uint8, workers=-1)
    for i, j in zip(*np.nonzero(scores)):
        if i < j:
            a, b = find(members[i]), find(members[j])
            if a != b:
                parent[a] = b
theirs, theirs_cpu = time.perf_counter() - start, time.process_time() - start_cpu
cells, clusters, sizes = collections.Counter(), collections.Counter(), collections.Counter(labels)
for row, number in enumerate(of_row):
    root = find(number)
    clusters[root] += 1
    cells[(root, labels[row])] += 1
pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts.values())
right = pairs(cells)
print(f"rapidfuzz {rapidfuzz.__version__} token_sort_ratio >= 90 on {len(rows)} names "
      f"({len(unique)} distinct keys): {theirs:.1f} s ({theirs_cpu:.1f} s cpu), precision {right / pairs(clusters):.4f} "
      f"recall {right / pairs(sizes):.4f}")
# On a shared machine the wall-clock ratio moves with other people's load; the processor-time
# ratio (all threads of each process) moves much less.
print(f"svcreg dups: {ours:.2f} s ({ours_cpu:.2f} s cpu); rapidfuzz takes {theirs / ours:.1f} "
      f"times as long, and {theirs_cpu / ours_cpu:.1f} times the processor time")
