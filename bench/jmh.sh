#!/usr/bin/env bash
# JMH benchmark of the render path (decide + render one answer), beside the HTTP benchmark.
#   bench/jmh.sh              all benchmarks of RenderBenchmark
#   bench/jmh.sh -f 1 -wi 2   extra JMH options
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main clinic.ivr.bench.RenderBenchmark "$@"
