#!/usr/bin/env bash
# The dashboard's queries over many generated calls (100,000 unless CALLS says otherwise), on the
# embedded database and, when BENCH_DATABASE_URL is set, on PostgreSQL (a database the bench may empty).
#   bench/dashboard.sh
#   BENCH_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/bench CALLS=100000 bench/dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
calls="${CALLS:-100000}"
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
# the small-server flags the README recommends, as the line runs
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx64m)
mkdir -p bench/out
rm -rf bench/out/dashboard-h2
echo "== embedded database (H2, a file under bench/out/dashboard-h2)"
java "${flags[@]}" -cp "$cp" clinic.ivr.bench.DashboardBench "h2:bench/out/dashboard-h2" "$calls"
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  echo "== PostgreSQL"
  java "${flags[@]}" -cp "$cp" clinic.ivr.bench.DashboardBench "$BENCH_DATABASE_URL" "$calls"
fi
