#!/usr/bin/env python3
"""Prints a Markdown table (medians over runs) from the JSON lines written by wrk/tierdesk.lua."""
import json, statistics, sys
from collections import OrderedDict

rows = OrderedDict()
for path in sys.argv[1:]:
    for line in open(path):
        line = line.strip()
        if line.startswith("{"):
            r = json.loads(line)
            rows.setdefault(r["label"], []).append(r)
print("| scenario | runs | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | non-2xx | errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for label, rs in rows.items():
    med = lambda k: statistics.median(r[k] for r in rs)
    print(f"| {label} | {len(rs)} | {med('rps'):.0f} | {med('p50_ms'):.1f} | {med('p90_ms'):.1f} | "
          f"{med('p95_ms'):.1f} | {med('p99_ms'):.1f} | {med('max_ms'):.0f} | "
          f"{sum(r['non2xx'] for r in rs)} | {sum(r['socket_errors'] for r in rs)} |")
