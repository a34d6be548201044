#!/usr/bin/env bash
# Forecast accuracy and speed on a competition's files: fits each model on TRAIN, forecasts H steps of
# every series, scores against TEST and prints per model sMAPE, MASE, OWA (against Naive2), fit
# seconds, predict seconds and forecast windows per second, then the models' median ensemble.
#
#   ci/bench-forecast.sh TRAIN TEST H SEASON MODELS...
#   ci/bench-forecast.sh m3-monthly-train.csv m3-monthly-test.csv 18 12 mlp naive2 snaive
#
# TRAIN and TEST are long-format CSV files (unique_id,ds,y): a path, or a name in
# ../shared/datasets/forecast beside the repository. Models: naive snaive naive2 rwd mlp nhits nbeats
# nlinear dlinear (settings in zen-benchmarks' ForecastBench; JAVA_OPTS=-Dzen.bench.steps=2000 and
# the like change them).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ $# -lt 5 ]; then
  sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi

data_file() {
  if [ -f "$1" ]; then
    realpath "$1"
  elif [ -f "$root/../shared/datasets/forecast/$1" ]; then
    realpath "$root/../shared/datasets/forecast/$1"
  else
    echo "bench-forecast: no data file $1 (neither a path nor in $root/../shared/datasets/forecast)" >&2
    exit 2
  fi
}
train=$(data_file "$1")
test=$(data_file "$2")
shift 2

target="$root/zen-benchmarks/target"
log=$(mktemp "${TMPDIR:-/tmp}/zen-bench-forecast.XXXXXX.log")
trap 'rm -f "$log"' EXIT
if ! (cd "$root" && ./mvnw -q -B -Pdevelopment -Dzen.launcher -DskipTests package -pl zen-benchmarks -am \
    >"$log" 2>&1); then
  cat "$log" >&2
  echo "bench-forecast: the build failed" >&2
  exit 1
fi
java ${JAVA_OPTS:-} -cp "$target/zen-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$target/classpath.txt")" \
  dev.zenneural.benchmarks.forecast.ForecastBench "$train" "$test" "$@"
