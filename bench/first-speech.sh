#!/usr/bin/env bash
# How long the first caller who speaks waits after a start: the packaged jar started as the Procfile
# starts it, /health awaited, WAIT seconds more (a caller rarely speaks in the first second), then one
# phrase in English and one in Spanish, timed by curl. RUNS starts in all.
#   bench/first-speech.sh                 # RUNS=3 WAIT=3 PORT=18090; builds the jar when it is missing
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
WAIT=${WAIT:-3}
PORT=${PORT:-18090}
[ -f target/clinic-ivr.jar ] || ./mvnw -B -q -DskipTests package
web="$(sed -n 's/^web: //p' Procfile)"
say() { # path, phrase: the milliseconds until the answer
  curl -s -o /dev/null -w '%{time_total}' -X POST "http://127.0.0.1:$PORT$1" --data-urlencode CallSid=CA1 \
    --data-urlencode "SpeechResult=$2" --data-urlencode Confidence=0.9 | awk '{printf "%.0f", $1 * 1000}'
}
for run in $(seq 1 "$RUNS"); do
  data="$(mktemp -d)"
  PORT=$PORT DATA_DIR="$data" JAVA_OPTS= sh -c "exec $web" > "$data.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do sleep 0.05; done
  sleep "$WAIT"
  en="$(say '/voice/menu?node=main&lang=en' 'my neck is stiff could this help')"
  es="$(say '/voice/menu?node=main&lang=es' 'me duele la espalda me puede ayudar')"
  echo "run $run, ${WAIT}s after the line answers: the first spoken answer in English ${en} ms, in Spanish ${es} ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$data.log"
done
