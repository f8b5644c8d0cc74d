#!/usr/bin/env python3
"""The CPU (user and system) a command and every process it starts spend, by kind, with Chromium split by
process type. /proc is read every 0.1 s; a process counts once it is seen as a descendant of the command,
and stays counted after it is given to another parent (Chromium's processes are: `time -v` of Maven does not
count them, as no process of Maven's waits for them). A process that ends between two reads loses its last
0.1 s. Processes of other builds on the machine are not counted.

    bench/tree-cpu.py OUT.json ./mvnw -B -o surefire:test -Dtest='*BrowserTest'
"""
import collections
import json
import os
import subprocess
import sys
import time

HZ = os.sysconf('SC_CLK_TCK')


def read(pid):
    stat = open(f'/proc/{pid}/stat').read()
    fields = stat[stat.rindex(')') + 2:].split()
    return stat[stat.index('(') + 1:stat.rindex(')')], int(fields[1]), fields[19], (int(fields[11]) + int(fields[12])) / HZ


def kind(comm, cmdline):
    if comm.startswith('chromedriver'):
        return 'chromedriver'
    if comm.startswith('chrom') or 'chrom' in cmdline[:80]:
        args = cmdline.split()
        kinds = [a[len('--type='):] for a in args if a.startswith('--type=')]
        return 'chromium ' + (kinds[0] if kinds else 'browser')
    if 'surefire' in cmdline or 'failsafe' in cmdline:
        return 'test JVMs and Maven'
    if 'clinic-ivr.jar' in cmdline:
        return 'packaged jars'
    return 'other: ' + comm


def main():
    out, command = sys.argv[1], sys.argv[2:]
    started = time.time()
    child = subprocess.Popen(command)
    seen = {}  # (pid, start time) -> [kind, cpu]
    known = {child.pid}
    while True:
        running = child.poll() is None
        procs = {}
        for pid in filter(str.isdigit, os.listdir('/proc')):
            try:
                procs[int(pid)] = read(pid)
            except (OSError, ValueError, IndexError):
                pass  # gone between the listing and the read
        grew = True
        while grew:
            grew = False
            for pid, (_, ppid, _, _) in procs.items():
                if pid not in known and ppid in known:
                    known.add(pid)
                    grew = True
        for pid, (comm, _, start, cpu) in procs.items():
            if pid in known:
                if (pid, start) not in seen:
                    try:
                        cmdline = open(f'/proc/{pid}/cmdline').read().replace('\0', ' ')
                    except OSError:
                        cmdline = ''
                    seen[(pid, start)] = [kind(comm, cmdline), cpu]
                seen[(pid, start)][1] = cpu
        if not running:
            break
        time.sleep(0.1)
    spent = collections.Counter()
    for what, cpu in seen.values():
        spent[what] += cpu
    result = {'exit': child.returncode, 'wall': round(time.time() - started, 1),
              'chromium and chromedriver': round(sum(v for k, v in spent.items() if k.startswith('chrom')), 1),
              'all': round(sum(spent.values()), 1), 'by kind': {k: round(v, 1) for k, v in spent.most_common()}}
    json.dump(result, open(out, 'w'), indent=1)
    print(json.dumps(result))
    sys.exit(child.returncode)


if __name__ == '__main__':
    main()
