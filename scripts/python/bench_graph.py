"""scripts/bench-graph: the networkx side of the graph benchmark."""
import statistics
import sys
import time

import networkx

path, ours = sys.argv[1], float(sys.argv[2])
graph = networkx.DiGraph()
with open(path) as lines:
    for line in lines:
        words = line.split()
        if len(words) == 2:
            graph.add_edge(words[0], words[1])
        elif len(words) == 1:
            graph.add_node(words[0])
times = []
for _ in range(3):
    start = time.perf_counter()
    count = sum(1 for _ in networkx.strongly_connected_components(graph))
    times.append((time.perf_counter() - start) * 1000)
theirs = statistics.median(times)
print(f"networkx {networkx.__version__} strongly_connected_components: {theirs:.1f} ms "
      f"(median of 3, {count} components, {graph.number_of_nodes()} nodes, "
      f"{graph.number_of_edges()} edges)")
print(f"svcreg components: {ours:.2f} ms; networkx takes {theirs / ours:.0f} times as long")
