#!/usr/bin/env python3
"""Turns bench/out (start-up times, memory samples, wrk JSON lines) into the results table."""
import json
import statistics
import sys
import urllib.parse

out, flags = sys.argv[1], sys.argv[2]

starts = {}
for line in open(f"{out}/startup.txt"):
    label, ms, jvm = line.split()
    starts.setdefault(label, []).append((int(ms), jvm))
memory = {}
for line in open(f"{out}/memory.txt"):
    name, rss, hwm = line.split()
    memory.setdefault(name, []).append((int(rss.split("=")[1]), int(hwm.split("=")[1])))
runs = [json.loads(l) for l in open(f"{out}/load.jsonl")]
load = []
for key in dict.fromkeys((r["server"], r["connections"]) for r in runs):
    rounds = [r for r in runs if (r["server"], r["connections"]) == key]
    med = lambda k: statistics.median(r[k] for r in rounds)
    merged = {"server": key[0], "connections": key[1], "rounds": len(rounds), "requests": sum(r["requests"] for r in rounds),
              "max_ms": max(r["max_ms"] for r in rounds)}
    for k in ("rps", "p50_ms", "p90_ms", "p99_ms"):
        merged[k] = med(k)
    for k in ("non2xx", "connect_errors", "read_errors", "write_errors", "timeouts"):
        merged[k] = sum(r[k] for r in rounds)
    load.append(merged)
load.sort(key=lambda r: (["line", "floor", "signed-floor"].index(r["server"]), r["connections"]))
by = {(r["server"], r["connections"]): r for r in load}

print(f"Started as the Procfile starts it: `{flags}`\n")
print("| start-up (process start to first answer) | median | min | max | JVM's own count (median) |")
print("| --- | --- | --- | --- | --- |")
for label, values in starts.items():
    ms = [m for m, _ in values]
    jvm = [int(j) for _, j in values if j.isdigit()]
    name = {"default": "no flags (JVM defaults)", "procfile-no-cds": "Procfile flags without the CDS archive",
            "procfile": "as the Procfile starts it"}.get(label, label)
    print(f"| {name} | {statistics.median(ms)} ms | {min(ms)} ms | {max(ms)} ms | "
          f"{statistics.median(jvm) if jvm else '?'} ms |")
print()
print(f"Medians of {load[0]['rounds']} rounds, line and floors in turns; max, requests and errors over all rounds.\n")
print("| server | connections | requests/s | p50 | p90 | p99 | max | requests | non-2xx | socket errors | RSS during "
      "| throughput / floor | throughput / signed floor | p99 / floor |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for r in load:
    floor = by.get(("floor", r["connections"]))
    signed = by.get(("signed-floor", r["connections"]))
    socket = r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"]
    ratio = signed_ratio = p99 = ""
    if r["server"] == "line" and floor:
        ratio = f"**{r['rps'] / floor['rps']:.2f}**"
        p99 = f"**{r['p99_ms'] / floor['p99_ms']:.2f}**"
    if r["server"] == "line" and signed:
        signed_ratio = f"**{r['rps'] / signed['rps']:.2f}**"
    during = max(m[0] for m in memory.get(f"{r['server']}-c{r['connections']}-during", [(0, 0)]))
    print(f"| {r['server']} | {r['connections']} | {r['rps']:.0f} | {r['p50_ms']:.2f} ms | {r['p90_ms']:.2f} ms | "
          f"{r['p99_ms']:.2f} ms | {r['max_ms']:.1f} ms | {r['requests']:,} | {r['non2xx']} | {socket} | {during} MB | {ratio} | {signed_ratio} | {p99} |")
print()
for name in ("line-after", "floor-after", "signed-floor-after"):
    if name in memory:
        rss, hwm = memory[name][0]
        print(f"- {name.rsplit('-', 1)[0]} after the load: RSS {rss} MB, peak (VmHWM) {hwm} MB")
for label in starts:
    idle = memory.get(f"{label}-idle")
    if idle:
        print(f"- the line idle after start ({label} flags): RSS {statistics.median([r for r, _ in idle]):.0f} MB")
line = [r for r in load if r["server"] == "line"]
if line:
    print()
    for r in line:
        print(f"- at {r['connections']} connections the line answers {r['rps']:.0f} requests/s: with one request per "
              f"caller every 10 to 20 s, that is {r['rps'] * 10:,.0f} to {r['rps'] * 20:,.0f} simultaneous calls "
              f"(p99 {r['p99_ms']:.1f} ms)")

try:
    alone = [json.loads(l) for l in open(f"{out}/per-request.jsonl")]
except FileNotFoundError:
    alone = []
if alone:
    cpu = {(r["server"], r["request"]): r["cpu_ticks"] / r["ticks_per_s"] * 1e6 / r["requests"] for r in alone}
    print("\nEach request of the path alone at 16 connections: the server's own CPU per request (its user and system "
          "time over the requests it answered; wrk's not counted).\n")
    print("| request | line | floor | signed floor | line / signed floor | line's requests/s alone |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in [r for r in alone if r["server"] == "line"]:
        i = r["request"]
        form = dict(urllib.parse.parse_qsl(open(f"{out}/req/{i}.body").read()))
        said = (f"key {form['Digits']}" if "Digits" in form else f"says \"{form['SpeechResult']}\""
                if "SpeechResult" in form else "the call starts")
        floor, signed = cpu.get(("floor", i)), cpu.get(("signed-floor", i))
        print(f"| {i}: `{r['path']}`, {said} | {cpu[('line', i)]:.0f} µs | {floor or 0:.0f} µs | {signed or 0:.0f} µs | "
              f"{cpu[('line', i)] / signed if signed else 0:.1f} | {r['rps']:,.0f} |")
