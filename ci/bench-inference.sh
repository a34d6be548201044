#!/usr/bin/env bash
# Batched inference, zen-core beside libfann (Debian's libfann-dev, installed if missing): the same
# network file and the same random input rows; libfann runs fann_run row by row, zen all rows in one
# Network.run call, single-threaded, then on every processor. Outputs are compared (1e-5) first.
#
#   ci/bench-inference.sh [LAYERS [ROWS]]     default: 784-256-128-10 with 2000 rows
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

layers=${1:-784-256-128-10}
rows=${2:-2000}
"$ROOT/ci/install-packages.sh" libfann-dev gcc libc6-dev >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench-inference.XXXXXX")
trap 'rm -rf "$work"' EXIT
fann_driver fann_batched_inference "$work"

classpath=$(benchmarks_classpath)
main=dev.zenneural.benchmarks.fann.BatchedInferenceSideBySide
java "${JAVA_FLAGS[@]}" -Dzen.threads=1 -cp "$classpath" "$main" "$layers" "$rows" "$work" "$work/fann_batched_inference"
java "${JAVA_FLAGS[@]}" -cp "$classpath" "$main" "$layers" "$rows" "$work"
