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
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ $# -lt 5 ]; then
  sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi
train=$(dataset_file forecast "$1")
test=$(dataset_file forecast "$2")
shift 2

classpath=$(benchmarks_classpath)
java "${JAVA_FLAGS[@]}" ${JAVA_OPTS:-} -cp "$classpath" \
  dev.zenneural.benchmarks.forecast.ForecastBench "$train" "$test" "$@"
