#!/usr/bin/env bash
# Where the tests' time and CPU go, phase by phase, in this checkout (after a first build, offline):
# the wall time, the CPU of Maven and the JVMs it waits for, and the CPU of the whole machine, which also
# counts what Maven does not wait for (Chromium's renderer and GPU processes, PostgreSQL's backends).
# Run it with .ci/run's environment (TEST_DATABASE_URL, CHROMIUM_BINARY, CHROMEDRIVER_BINARY, CI=true)
# on a machine doing nothing else:
#   bench/suite-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out/suite-cpu
mkdir -p "$OUT"

busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; } # user, nice, system, irq, softirq: ticks
ticks=$(getconf CLK_TCK)

phase() { # phase NAME COMMAND...: one Maven run, its figures on one line
  local name=$1; shift
  local b0 t0 b1 t1 own
  b0=$(busy); t0=$(date +%s%N)
  own=$( { TIMEFORMAT='%U %S'; time "$@" >"$OUT/$name.log" 2>&1; } 2>&1 ) || { echo "$name failed: $OUT/$name.log" >&2; exit 1; }
  t1=$(date +%s%N); b1=$(busy)
  awk -v n="$name" -v w="$(( (t1 - t0) / 1000000 ))" -v own="$own" -v m="$(( b1 - b0 ))" -v hz="$ticks" 'BEGIN {
    split(own, o, " ");
    printf "%-8s wall %6.1f s   Maven and its JVMs %6.1f s CPU   whole machine %6.1f s CPU\n", n, w / 1000, o[1] + o[2], m / hz }'
}

phase compile ./mvnw -B -o test-compile
phase unit ./mvnw -B -o surefire:test
phase package ./mvnw -B -o -DskipTests package
phase it ./mvnw -B -o failsafe:integration-test failsafe:verify
