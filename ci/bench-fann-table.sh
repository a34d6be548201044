#!/usr/bin/env bash
# The zen-core/libfann table of issue 3: ci/bench-fann.sh on xor, mushroom, building, parity8,
# two-spiral and abelone with rprop, quickprop, incremental and batch, one after another, each
# pair of engines side by side in its own run. Prints every run's lines, then one summary row per
# run: zen/FANN connection updates per second and forward passes per second, both test errors,
# zen's 2-thread/1-thread connection updates per second, then the same three ratios as medians of
# the timed runs' ratios (the engines take turns, so each run's ratio compares close moments), and
# the host's steal during the timed runs (the CPU time a shared host gave to others). The
# test errors are means over SEEDS initial weight sets, the same for both engines (ZEN_BENCH_SEEDS,
# default 10): some of these trainings are chaotic under float rounding, and a single start says
# little about which engine learns better. Each run times 5 rounds per engine (ZEN_BENCH_REPEATS,
# ci/bench-fann.sh's own default is 3): this machine has slow spells of a second or more, and with
# 3 rounds one engine often had none outside them.
#
#   ci/bench-fann-table.sh [EPOCHS]      default 300 epochs per run
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
epochs=${1:-300}
seeds=${ZEN_BENCH_SEEDS:-10}
repeats=${ZEN_BENCH_REPEATS:-5}
# data set, test set, hidden layers: the sizes FANN's own benchmarks use for these problems.
runs=(
  "xor.data xor.data 3"
  "mushroom.train mushroom.test 32"
  "building.train building.test 16"
  "parity8.train parity8.test 16"
  "two-spiral.train two-spiral.test 20,20"
  "abelone.train abelone.test 16"
)
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
for run in "${runs[@]}"; do
  read -r train test hidden <<<"$run"
  for algorithm in rprop quickprop incremental batch; do
    echo "== ci/bench-fann.sh $train $test $hidden $algorithm $epochs"
    out=$(JAVA_OPTS="${JAVA_OPTS:-} -Dzen.bench.seeds=$seeds -Dzen.bench.repeats=$repeats" \
      "$root/ci/bench-fann.sh" "$train" "$test" "$hidden" "$algorithm" "$epochs" 2>/dev/null)
    echo "$out"
    echo "$out" | awk -v name="${train%.*} $hidden $algorithm" '
      $1 == "fann" && $2 != "seeds" { ftest = $6 } $1 == "zen" && $2 != "seeds" { ztest = $6 }
      $1 == "fann" && $2 == "seeds" { ftest = $4 } $1 == "zen" && $2 == "seeds" { ztest = $4 }
      $1 == "zen/fann" && $2 != "median" { upd = $3; fwd = $7 } $1 == "2t/1t" && $2 != "median" { two = $3 }
      $1 == "zen/fann" && $2 == "median" { mupd = $3; mfwd = $4 } $1 == "2t/1t" && $2 == "median" { mtwo = $3 }
      $1 == "steal" { steal = $2 }
      END { printf "%-28s %10s %10s %10s %10s %10s %10s %10s %10s %7s\n", name, upd, fwd, ftest, ztest,
        two == "" ? "-" : two, mupd, mfwd, mtwo == "" ? "-" : mtwo, steal }' \
      >>"$summary"
  done
done
echo
echo "(err%: test classification error, mean over $seeds initial weight sets; the first three ratios"
echo " set each engine's fastest run beside the other's, the med columns are medians of run-by-run ratios;"
echo " steal: the CPU time the host gave to others during the timed rounds)"
printf "%-28s %10s %10s %10s %10s %10s %10s %10s %10s %7s\n" "data hidden algorithm" "upd/s x" "fwd/s x" "fann err%" \
  "zen err%" "2t/1t upd" "med upd x" "med fwd x" "med 2t/1t" "steal"
cat "$summary"
