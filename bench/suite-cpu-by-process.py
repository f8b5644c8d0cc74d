#!/usr/bin/env python3
"""Whose CPU a command spends, process by process: every process on the machine is read from /proc every
0.2 s while the command runs, and its CPU (user and system) is summed by kind: the test JVMs, the packaged
jars the tests start, Chromium and its driver, Maven's own JVM, PostgreSQL, the rest. A process that ends
between two reads loses its last 0.2 s, so the sums are a little low.

    bench/suite-cpu-by-process.py ./mvnw -B -o verify      (with .ci/run's environment; the command's output
                                                             goes to bench/out/suite-cpu-by-process.log)
"""
import collections
import os
import subprocess
import sys
import time

HZ = os.sysconf('SC_CLK_TCK')


def busy():
    fields = open('/proc/stat').readline().split()
    return sum(int(fields[i]) for i in (1, 2, 3, 6, 7)) / HZ  # user, nice, system, irq, softirq


def kind(comm, cmdline):
    if comm.startswith('chrom'):
        return 'Chromium and ChromeDriver'
    if comm.startswith('postgres'):
        return 'PostgreSQL'
    if comm == 'java' or cmdline.startswith('java') or '/java ' in cmdline[:60]:
        if 'surefire' in cmdline or 'failsafe' in cmdline:
            return 'test JVMs'
        if 'clinic-ivr.jar' in cmdline:
            return 'packaged jars the tests start'
        return 'other JVMs'
    if comm in ('mvnw', 'mvn') or 'plexus-classworlds' in cmdline:
        return "Maven's JVM"
    return 'the rest'


def main():
    os.makedirs('bench/out', exist_ok=True)
    seen, before = {}, {}
    start, first = busy(), True
    t0 = time.time()
    with open('bench/out/suite-cpu-by-process.log', 'w') as log:
        command = subprocess.Popen(sys.argv[1:], stdout=log, stderr=subprocess.STDOUT)
        while command.poll() is None:
            for pid in filter(str.isdigit, os.listdir('/proc')):
                try:
                    stat = open(f'/proc/{pid}/stat').read()
                    fields = stat[stat.rindex(')') + 2:].split()
                    key = (pid, fields[19])  # the pid and its start time: a pid used again is another process
                    cpu = (int(fields[11]) + int(fields[12])) / HZ
                    if first:
                        before[key] = cpu
                    if key not in seen:
                        cmdline = open(f'/proc/{pid}/cmdline').read().replace('\0', ' ')
                        seen[key] = [kind(stat[stat.index('(') + 1:stat.rindex(')')], cmdline), cpu]
                    seen[key][1] = cpu
                except (OSError, ValueError):
                    pass  # gone between the listing and the read
            first = False
            time.sleep(0.2)
    spent = collections.Counter()
    for key, (what, cpu) in seen.items():
        spent[what] += cpu - before.get(key, 0)
    print(f'exit {command.returncode}, {time.time() - t0:.1f} s, the machine busy {busy() - start:.1f} s of CPU')
    for what, cpu in spent.most_common():
        print(f'{cpu:7.1f} s  {what}')


if __name__ == '__main__':
    main()
