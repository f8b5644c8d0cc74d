#!/usr/bin/env bash
# How long the tests take as CI runs them: fresh clones of the given commits, each through .ci/run, in
# turns, so that a busy machine weighs on every commit alike.
#
#   bench/suite.sh [ROUNDS] [COMMIT...]        e.g. bench/suite.sh 2 5420ac8 HEAD   (defaults: 1 HEAD)
#
# Prints Maven's total and the wall time of each .ci/run, and the phases as the files each one writes date
# them: compiling and the unit tests (target/classes to surefire-reports), packaging with the check of the
# shipped prompts and the practice start (to clinic-ivr.jsa), the packaged-jar tests (to failsafe-reports).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-1}"
shift || true
[ $# -gt 0 ] || set -- HEAD

printf '%-9s %5s %10s %9s %14s %8s %10s\n' commit round "Maven" ".ci/run" "compile+unit" package "jar tests"
for round in $(seq 1 "$rounds"); do
  for rev in "$@"; do
    sha="$(git rev-parse --short "$rev")"
    dir="$(mktemp -d "/tmp/suite-$sha-XXXX")"
    git clone -q . "$dir"
    git -C "$dir" checkout -q "$sha"
    start="$(date +%s.%N)"
    if ! (cd "$dir" && bash .ci/run > "$dir.log" 2>&1); then
      echo "$sha: .ci/run failed; its output is in $dir.log" >&2
      exit 1
    fi
    end="$(date +%s.%N)"
    python3 - "$dir" "$start" "$end" "$sha" "$round" <<'EOF'
import os, re, sys
d, start, end, sha, rnd = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
at = lambda name: os.stat(os.path.join(d, 'target', name)).st_mtime
maven = re.search(r'Total time: +(.*)', open(d + '.log').read()).group(1).strip()
print('%-9s %5s %10s %8.1fs %13.0fs %7.0fs %9.0fs' % (sha, rnd, maven, end - start,
      at('surefire-reports') - at('classes'), at('clinic-ivr.jsa') - at('surefire-reports'),
      at('failsafe-reports') - at('clinic-ivr.jsa')))
EOF
    rm -rf "$dir" "$dir.log"
  done
done
