#!/usr/bin/env bash
# Where a request's time goes: the line under wrk load (CONNECTIONS, 16 by default) with Java Flight Recorder,
# then the samples summed by part of the request (bench/jfr_top.py).
#   bench/profile.sh            (after bench/run.sh, which builds and writes bench/out/requests.lua)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
PORT=${LINE_PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:-}
# the Procfile's JVM flags, then JAVA_OPTS, as the host starts the line
JVM_FLAGS=$(eval "echo $(sed -n 's/^web: *//p' Procfile)" | sed -e 's/^java //' -e 's/ -jar .*//')
[ -f "$OUT/requests.lua" ] || { echo "run bench/run.sh first" >&2; exit 1; }
rm -f "$OUT/line.jfr"
# shellcheck disable=SC2086
env TWILIO_AUTH_TOKEN=bench-auth-token PORT=$PORT IVR_NOW=2026-03-04T15:00:00Z DATA_DIR=$OUT/data java $JVM_FLAGS \
  -XX:StartFlightRecording=filename=$OUT/line.jfr,settings=profile,dumponexit=true \
  -jar target/clinic-ivr.jar >"$OUT/profile.stdout" 2>"$OUT/profile.stderr" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -s -o /dev/null http://127.0.0.1:$PORT/health; do sleep 0.05; done
wrk -t2 -c${CONNECTIONS:-16} -d10s -s bench/call.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c${CONNECTIONS:-16} -d${DURATION:-30s} -s bench/call.lua "http://127.0.0.1:$PORT" | tail -1
kill "$PID"; wait "$PID" 2>/dev/null || true
jfr print --json --events jdk.ExecutionSample --stack-depth 96 "$OUT/line.jfr" >"$OUT/samples.json"
python3 bench/jfr_top.py "$OUT/samples.json"
