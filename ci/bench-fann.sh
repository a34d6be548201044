#!/usr/bin/env bash
# zen-core beside libfann (Debian's libfann-dev, installed if missing): the same network, the same
# initial weights and the same data, trained in file order by both in one run, single-threaded.
# Prints seconds per epoch, connection updates per second, train and test MSE, test classification
# error and forward passes per second for each engine (zen-2t: zen's trainer on 2 threads), then
# zen/FANN and 2t/1t. The engines take turns: 3 rounds (JAVA_OPTS=-Dzen.bench.repeats=N) of one
# timed run each (FANN, then zen on 1 and 2 threads back to back, then zen's forward passes, then
# P-1 more pairs of zen on 1 and 2 threads that count for zen-2t and 2t/1t only, where
# -Dzen.bench.threadPairs=P, default 3), zen's after its kernels' warm-up and 3 s of untimed
# training (-Dzen.bench.warmupSeconds=S). Each engine's fastest training and forward passes
# count; the "median" lines give the same ratios run by run (pair by pair for 2t/1t), the median
# over them; "steal" is the share of the CPUs' time the host gave to other guests during the timed
# rounds (/proc/stat).
# JAVA_OPTS=-Dzen.bench.seeds=N also trains both from N-1 more initial weight sets (untimed) and
# prints both test errors averaged over all N.
#
#   ci/bench-fann.sh TRAIN TEST HIDDEN ALGORITHM EPOCHS
#   ci/bench-fann.sh mushroom.train mushroom.test 32 rprop 300
#
# TRAIN and TEST are FANN data files: a path, or a name in ../shared/datasets/fann beside the
# repository. HIDDEN is a comma list of hidden layer sizes; ALGORITHM is rprop, quickprop,
# incremental or batch.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ $# -ne 5 ]; then
  sed -n '2,23s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi
train=$(dataset_file fann "$1")
test=$(dataset_file fann "$2")

"$ROOT/ci/install-packages.sh" libfann-dev gcc libc6-dev >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench-fann.XXXXXX")
trap 'rm -rf "$work"' EXIT
# floatfann: single-precision floats, as zen-core computes.
fann_driver fann_side_by_side "$work"

classpath=$(benchmarks_classpath)

java "${JAVA_FLAGS[@]}" -Dzen.threads=1 ${JAVA_OPTS:-} -cp "$classpath" \
  dev.zenneural.benchmarks.fann.FannSideBySide "$train" "$test" "$3" "$4" "$5" "$work/initial.net" \
  "$work/fann_side_by_side"
