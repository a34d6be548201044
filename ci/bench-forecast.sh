#!/usr/bin/env bash
# Forecast accuracy and speed on a competition's files: fits each model on TRAIN, forecasts H steps of
# every series, scores against TEST and prints per model sMAPE, MASE, OWA (against Naive2), fit
# seconds, predict seconds and forecast windows per second, then the models' median ensemble.
#
#   ci/bench-forecast.sh TRAIN TEST H SEASON MODELS...
#   ci/bench-forecast.sh --validate TRAIN H SEASON MODELS...
#   ci/bench-forecast.sh m3-monthly-train.csv m3-monthly-test.csv 18 12 mlp naive2 snaive
#
# TRAIN and TEST are long-format CSV files (unique_id,ds,y): a path, or a name in
# ../shared/datasets/forecast beside the repository. Models: naive snaive naive2 rwd theta mlp nhits nbeats
# nlinear dlinear, each as NAME[@MULTIPLIER][:SEED][/LOSS] (nhits@3: inputSize 3h; nbeats@4:2: 4h,
# seed 2; nbeats@4:2/smape: trained on sMAPE; losses mae (default) mse huber smape mape, and mase
# with seasonality SEASON).
# --validate never reads a test file: it holds out the last H values of every TRAIN series, fits
# on the rest, scores on them, and picks a median ensemble of the listed models greedily
# (JAVA_OPTS=-Dzen.bench.select=smape|mase|owa, default owa) - choose settings there, then run
# them once on TEST. Settings are in zen-benchmarks' ForecastBench; JAVA_OPTS=-Dzen.bench.steps=2000
# and the like change them. JAVA_OPTS=-Dzen.bench.cache=DIR keeps each neural model's forecasts in DIR
# and reuses them when the same model runs again on the same files and settings, so a candidate pool
# can be fitted over several runs and selected from in one.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

validate=()
if [ "${1:-}" = --validate ]; then
  validate=(--validate)
  shift
  [ $# -ge 4 ] || { sed -n '2,25s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
  files=("$(dataset_file forecast "$1")")
  shift
elif [ $# -ge 5 ]; then
  files=("$(dataset_file forecast "$1")" "$(dataset_file forecast "$2")")
  shift 2
else
  sed -n '2,25s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi

classpath=$(benchmarks_classpath)
java "${JAVA_FLAGS[@]}" ${JAVA_OPTS:-} -cp "$classpath" \
  dev.zenneural.benchmarks.forecast.ForecastBench "${validate[@]}" "${files[@]}" "$@"
