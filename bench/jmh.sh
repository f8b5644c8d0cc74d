#!/usr/bin/env bash
# JMH benchmarks beside the HTTP benchmark: the render path (decide + render one answer),
# understanding one spoken phrase, and a check of the shipped prompts (what staff wait for after Check).
#   bench/jmh.sh                          every benchmark in bench/java
#   bench/jmh.sh MatchBenchmark -f 1      one of them, with extra JMH options
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.openjdk.jmh.Main "${@:-clinic.ivr.bench}"
