"""scripts/bench --report: the report of saved runs, combined."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the report is drawn by the same code as a measuring run's)

by_size, extra, sources = {}, {}, []
for path in sys.argv[1:]:
    saved = json.load(open(path))
    sizes = []
    for result in saved["results"]:
        by_size[result["size"]] = result
        sizes.append(f"{result['size']:,}")
    extra.update(saved["extra"])
    sources.append(f"{path.rsplit('/', 1)[-1]} ({', '.join(sizes)}; {saved['extra'].get('binary', '?')})")
extra.pop("binary", None)
extra["runs combined"] = "; ".join(sources) + " — each size from the last file that has it"
print(bench.report([by_size[size] for size in sorted(by_size)], extra))
