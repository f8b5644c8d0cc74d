#!/usr/bin/env bash
# Every phrase of the measured sets heard once per pass, timed, in a JVM set as the unit tests' (the quick compiler,
# the serial collector): what hearing costs the two phrase classes of the test suite.
#   bench/phrases.sh                      two passes
#   bench/phrases.sh 1 /tmp/heard.tsv     one pass, and what the line did with each phrase (to compare two versions)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  clinic.ivr.understanding.EveryPhraseBench "$@"
