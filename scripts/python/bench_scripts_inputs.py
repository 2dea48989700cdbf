"""scripts/bench-scripts: writes the scripts the batch benchmark runs."""
import sys
work = sys.argv[1]
units = [f"ptkn/campus-{u:02d}" for u in range(58)]
with open(f"{work}/units.svc", "w") as f:
    for u in units:
        f.write(f"add-unit {u} --name 'Campus {u}' --level university\n")
with open(f"{work}/big.svc", "w") as f:
    n = 50_000
    for i in range(n):
        f.write(f"register svc-{i} --name 'Sistem Informasi {i}' --unit {units[i % 58]} --tag akademik\n")
    for i in range(n):
        f.write(f"link svc-{i} svc-{(i * 7 + 1) % n} --range '^1' --kind data\n")
with open(f"{work}/batch.svc", "w") as f:
    for i in range(20_000):
        f.write(f"register new-{i} --name 'New {i}' --unit {units[i % 58]}\n")
