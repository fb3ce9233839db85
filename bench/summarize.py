#!/usr/bin/env python3
"""Prints a Markdown table (medians over runs) from the JSON lines written by bench/load.sh."""
import json, statistics, sys
from collections import OrderedDict

rows, cpu = OrderedDict(), {}
for path in sys.argv[1:]:
    for line in open(path):
        line = line.strip()
        if line.startswith("{"):
            r = json.loads(line)
            if r.get("cpu"):
                cpu.setdefault(r["label"], []).append(r)
            else:
                rows.setdefault(r["label"], []).append(r)
print("| scenario | runs | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | non-2xx | errors "
      "| app CPU ms/req | PG CPU ms/req | load avg |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for label, rs in rows.items():
    med = lambda k: statistics.median(r[k] for r in rs)
    c = cpu.get(label, [])
    per = lambda k: (f"{statistics.median(x[k] / max(r['requests'], 1) for x, r in zip(c, rs)):.2f}"
                     if c and len(c) == len(rs) else "")
    load = f"{statistics.median(x['loadavg'] for x in c):.1f}" if c else ""
    print(f"| {label} | {len(rs)} | {med('rps'):.0f} | {med('p50_ms'):.1f} | {med('p90_ms'):.1f} | "
          f"{med('p95_ms'):.1f} | {med('p99_ms'):.1f} | {med('max_ms'):.0f} | "
          f"{sum(r['non2xx'] for r in rs)} | {sum(r['socket_errors'] for r in rs)} | {per('app_cpu_ms')} | "
          f"{per('pg_cpu_ms')} | {load} |")
