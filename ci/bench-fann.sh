#!/usr/bin/env bash
# zen-core beside libfann (Debian's libfann-dev, installed if missing): the same network, the same
# initial weights and the same data, trained in file order by both in one run, single-threaded.
# Prints seconds per epoch, connection updates per second, train and test MSE, test classification
# error and forward passes per second for each engine, then zen/FANN.
#
#   ci/bench-fann.sh TRAIN TEST HIDDEN ALGORITHM EPOCHS
#   ci/bench-fann.sh mushroom.train mushroom.test 32 rprop 300
#
# TRAIN and TEST are FANN data files: a path, or a name in ../shared/datasets/fann beside the
# repository. HIDDEN is a comma list of hidden layer sizes; ALGORITHM is rprop, quickprop,
# incremental or batch.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ $# -ne 5 ]; then
  sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi

data_file() {
  if [ -f "$1" ]; then
    realpath "$1"
  elif [ -f "$root/../shared/datasets/fann/$1" ]; then
    realpath "$root/../shared/datasets/fann/$1"
  else
    echo "bench-fann: no data file $1 (neither a path nor in $root/../shared/datasets/fann)" >&2
    exit 2
  fi
}
train=$(data_file "$1")
test=$(data_file "$2")

"$root/ci/install-packages.sh" libfann-dev gcc libc6-dev >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench-fann.XXXXXX")
trap 'rm -rf "$work"' EXIT
# floatfann: single-precision floats, as zen-core computes.
gcc -O2 -o "$work/fann_side_by_side" \
  "$root/zen-benchmarks/src/test/resources/dev/zenneural/benchmarks/fann/fann_side_by_side.c" -lfloatfann -lm

# The same build as ./jmh's, which also writes the class path of zen-benchmarks' dependencies.
target="$root/zen-benchmarks/target"
log="$work/build.log"
if ! (cd "$root" && ./mvnw -q -B -Pdevelopment -Dzen.launcher -DskipTests package -pl zen-benchmarks -am \
    >"$log" 2>&1); then
  cat "$log" >&2
  echo "bench-fann: the build failed" >&2
  exit 1
fi

java -Dzen.threads=1 -cp "$target/zen-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$target/classpath.txt")" \
  dev.zenneural.benchmarks.fann.FannSideBySide "$train" "$test" "$3" "$4" "$5" "$work/initial.net" \
  "$work/fann_side_by_side"
