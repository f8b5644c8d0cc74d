#!/usr/bin/env bash
# The line under load, beside its floors (a bare Jetty servlet answering the same bytes, and the
# same servlet also checking the signature with the Twilio SDK).
#
#   bench/run.sh
#
# Builds the jar, measures start-up (process start to the first signed POST /voice answered),
# then drives the real jar, started exactly as the Procfile starts it, with wrk (a separate process)
# through a whole signed call path at rising concurrency, in turns with the two floors under the
# same load and the same JVM flags, and prints one table (medians of the rounds).
# Knobs (environment): CONNECTIONS ("16 200"), DURATION (15s), ROUNDS (3), WARMUP (10s), STARTS (5),
# JAVA_OPTS (appended to the Procfile's flags, as on a host: "-XX:TieredStopAtLevel=4" for full JIT),
# PER_REQUEST (4s: each request of the path alone on each server, for the server's CPU per request; 0 skips it),
# LINE_PORT (18080), FLOOR_PORT (18081), SIGNED_FLOOR_PORT (18082).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=bench/out
REQ=$OUT/req
TOKEN=bench-auth-token
LINE_PORT=${LINE_PORT:-18080}
FLOOR_PORT=${FLOOR_PORT:-18081}
SIGNED_FLOOR_PORT=${SIGNED_FLOOR_PORT:-18082}
CONNECTIONS=${CONNECTIONS:-"16 200"}
DURATION=${DURATION:-15s}
PER_REQUEST=${PER_REQUEST:-4s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10s}
STARTS=${STARTS:-5}
JAVA_OPTS=${JAVA_OPTS:-}
# The Procfile's command as the host runs it, $JAVA_OPTS expanded; its JVM flags serve the floors too.
PROCFILE=$(sed -n 's/^web: *//p' Procfile)
PROCFILE=$(eval "echo $PROCFILE")
JVM_FLAGS=$(echo "$PROCFILE" | sed -e 's/^java //' -e 's/ -jar .*//')

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$REQ" "$OUT/answers"

echo "== build" >&2
./mvnw -B -q -Pbench -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
python3 bench/gen_requests.py "http://127.0.0.1:$LINE_PORT" "$TOKEN" "$OUT/requests.lua" "$REQ"
N=$(ls "$REQ"/*.path | wc -l)

PID=""
cleanup() { if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

post() { # post I PORT [curl options...]: request I of the call path
  local i=$1 port=$2; shift 2
  curl -s -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Twilio-Signature: $(cat "$REQ/$i.sig")" -H "X-Bench-Answer: $i" \
    --data-binary @"$REQ/$i.body" "http://127.0.0.1:$port$(cat "$REQ/$i.path")" "$@"
}

await_answer() { # await_answer PORT: until request 0 is answered 200, polled from one process
  python3 bench/await-answer.py "$1" "$REQ" "$PID" || exit 1
}

start_line() { # start_line COMMAND: starts the jar; STARTUP_MS = process start to first answer
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  env TWILIO_AUTH_TOKEN=$TOKEN PORT=$LINE_PORT IVR_NOW=2026-03-04T15:00:00Z DATA_DIR="$OUT/data" \
    $1 >"$OUT/line.stdout" 2>"$OUT/line.stderr" &
  PID=$!
  await_answer "$LINE_PORT"
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

memory() { # memory NAME PID: VmRSS and VmHWM of a server now, in MB
  awk -v n="$1" '/VmRSS|VmHWM/ {v[$1]=$2} END {printf "%s rss_mb=%.0f hwm_mb=%.0f\n", n, v["VmRSS:"]/1024, v["VmHWM:"]/1024}' "/proc/$2/status"
}

measure() { # measure NAME PID PORT CONNECTIONS ROUND: one wrk run; a JSON line into $OUT/load.jsonl
  local name=$1 pid=$2 port=$3 c=$4 round=$5
  ( sleep 5; memory "$name-c$c-during" "$pid" >>"$OUT/memory.txt" ) &
  local sampler=$!
  REQUESTS="$PWD/$OUT/requests.lua" wrk -t2 -c"$c" -d"$DURATION" --timeout 10s -s bench/call.lua \
    "http://127.0.0.1:$port" >"$OUT/$name-c$c-r$round.txt"
  wait "$sampler"
  echo "{\"server\":\"$name\",\"connections\":$c,\"round\":$round,$(tail -1 "$OUT/$name-c$c-r$round.txt" | cut -c2-)" >>"$OUT/load.jsonl"
}

echo "== start-up ($STARTS starts each)" >&2
for flags in "default|java -jar target/clinic-ivr.jar" "procfile|$PROCFILE"; do
  label=${flags%%|*}; command=${flags#*|}
  for i in $(seq "$STARTS"); do
    start_line "$command"
    jvm=$(grep -o '([0-9]* ms after start)' "$OUT/line.stderr" | grep -o '[0-9]*' || echo "?")
    echo "$label $STARTUP_MS $jvm" >>"$OUT/startup.txt"
    memory "$label-idle" "$PID" >>"$OUT/memory.txt"
    cleanup
  done
done

echo "== the line and the floors under the same load, in turns ($ROUNDS rounds)" >&2
start_line "$PROCFILE"
LINE_PID=$PID
for i in $(seq 0 $((N - 1))); do post "$i" "$LINE_PORT" -o "$OUT/answers/$i.xml"; done
start_floor() { # start_floor PORT [AUTH_TOKEN SIGNED_FOR]: a floor server with the Procfile's JVM flags
  # target/classes for the line's own logging set-up, which Logback finds as a service (without it,
  # Logback's default logs every request at DEBUG); the floor uses none of the line's other classes
  # shellcheck disable=SC2086
  java $JVM_FLAGS \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" clinic.ivr.bench.FloorServer \
    "$1" "$OUT/answers" ${2:-} ${3:-} >"$OUT/floor-$1.stdout" 2>"$OUT/floor-$1.stderr" &
  PID=$!
  await_answer "$1"
}
start_floor "$FLOOR_PORT"
FLOOR_PID=$PID
start_floor "$SIGNED_FLOOR_PORT" "$TOKEN" "http://127.0.0.1:$LINE_PORT"
SIGNED_FLOOR_PID=$PID
stop_all() { for p in $LINE_PID $FLOOR_PID $SIGNED_FLOOR_PID; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap stop_all EXIT
for port in "$LINE_PORT" "$FLOOR_PORT" "$SIGNED_FLOOR_PORT"; do
  wrk -t2 -c16 -d"$WARMUP" --timeout 10s -s bench/call.lua "http://127.0.0.1:$port" >/dev/null
done
# Turns, so that whatever else the machine does weighs on all alike.
for round in $(seq "$ROUNDS"); do
  for c in $CONNECTIONS; do
    measure line "$LINE_PID" "$LINE_PORT" "$c" "$round"
    measure floor "$FLOOR_PID" "$FLOOR_PORT" "$c" "$round"
    measure signed-floor "$SIGNED_FLOOR_PID" "$SIGNED_FLOOR_PORT" "$c" "$round"
  done
done
# Each request alone, 16 connections: the server's own CPU (its utime and stime) over the requests it answered.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
per_request() { # per_request NAME PID PORT
  local i before result
  for i in $(seq 0 $((N - 1))); do
    before=$(cpu_ticks "$2")
    result=$(ONLY=$i REQUESTS="$PWD/$OUT/requests.lua" wrk -t2 -c16 -d"$PER_REQUEST" --timeout 10s -s bench/call.lua \
      "http://127.0.0.1:$3" | tail -1)
    echo "{\"server\":\"$1\",\"request\":$i,\"path\":\"$(cat "$REQ/$i.path")\",\"cpu_ticks\":$(( $(cpu_ticks "$2") - before )),\"ticks_per_s\":$(getconf CLK_TCK),$(echo "$result" | cut -c2-)" >>"$OUT/per-request.jsonl"
  done
}
if [ "$PER_REQUEST" != 0 ]; then
  per_request line "$LINE_PID" "$LINE_PORT"
  per_request floor "$FLOOR_PID" "$FLOOR_PORT"
  per_request signed-floor "$SIGNED_FLOOR_PID" "$SIGNED_FLOOR_PORT"
fi
memory line-after "$LINE_PID" >>"$OUT/memory.txt"
memory floor-after "$FLOOR_PID" >>"$OUT/memory.txt"
memory signed-floor-after "$SIGNED_FLOOR_PID" >>"$OUT/memory.txt"
stop_all

python3 bench/report.py "$OUT" "$PROCFILE" | tee "$OUT/results.md"
