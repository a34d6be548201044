#!/usr/bin/env bash
# The measuring half of ci/bench-gemm.sh, shared with the bundle it makes for a machine without a JDK
# (ci/bench-gemm.sh --bundle): OpenBLAS's driver, zen's JMH SgemmBenchmark.singleThread, OpenBLAS
# again, then the table. Not meant to be run by hand.
#
#   JAVA=... CLASSPATH_JMH=... DRIVER=... ci/gemm-table.sh SHAPE...
#     JAVA           the java launcher (JMH forks the same runtime)
#     CLASSPATH_JMH  zen-benchmarks' jar and its dependencies
#     DRIVER         the compiled openblas_sgemm driver (its libraries found as the caller arranged)
set -euo pipefail

shapes=("$@")
work=$(mktemp -d "${TMPDIR:-/tmp}/zen-gemm-table.XXXXXX")
trap 'rm -rf "$work"' EXIT

# This machine's environment may pin OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) for older OpenBLAS
# builds; this command alone drops them. Debian 12's OpenBLAS does not recognise every AVX-512 CPU
# by itself (measured here: it fell back to its Prescott SSE3 kernel, 25 GFLOP/s at 512^2, against
# 120 with SkylakeX), so the kernel is named from the CPU's flags.
if grep -qw avx512f /proc/cpuinfo; then core=SkylakeX; elif grep -qw avx2 /proc/cpuinfo; then core=Haswell; else core=""; fi
blas_run() {
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE ${core:+OPENBLAS_CORETYPE=$core} OPENBLAS_NUM_THREADS=1 \
    "$DRIVER" "${shapes[@]}"
}
load_before=$(cut -d' ' -f1 /proc/loadavg)
blas_run >"$work/blas.txt"

shape_list=$(IFS=,; echo "${shapes[*]}")
# The Vector API module makes zen-core's fast SGEMM kernel available; JMH's forks inherit the flag.
"$JAVA" --add-modules=jdk.incubator.vector -cp "$CLASSPATH_JMH" org.openjdk.jmh.Main 'SgemmBenchmark.singleThread' \
  -f 2 -wi 3 -i 5 -p "shape=$shape_list" -p kernel=vector,superword >"$work/jmh.log" 2>&1 \
  || { cat "$work/jmh.log" >&2; exit 1; }
# OpenBLAS once more after JMH: on a machine shared with other work the load changes during the run.
blas_run >>"$work/blas.txt"

# One "key value" line per timed repetition: OpenBLAS's as the driver prints them (GFLOP/s), ours
# from JMH's measurement iterations (products/s, turned into GFLOP/s below).
awk '/^# Parameters: / { kernel = $0; sub(/.*kernel = /, "", kernel); sub(/,.*/, "", kernel)
       shape = $0; sub(/.*shape = /, "", shape); sub(/\).*/, "", shape) }
     /^Iteration +[0-9]+: / { sub(/.*: +/, ""); split(shape, d, "x")
       print kernel "_" shape, $1 * 2 * d[1] * d[2] * d[3] / 1e9 }' "$work/jmh.log" >"$work/ours.txt"
# Median and best of each key's values: "key median best".
summarize() {
  sort -k1,1 -k2,2g "$1" | awk '
    function flush() { if (n) printf "%s %s %s\n", key, (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2), v[n] }
    $1 != key { flush(); key = $1; n = 0 }
    { v[++n] = $2 }
    END { flush() }'
}
declare -A med best
while read -r key m b; do med[$key]=$m; best[$key]=$b; done < <(summarize "$work/blas.txt"; summarize "$work/ours.txt")

echo "GFLOP/s, single-threaded: median (and best) of OpenBLAS's 16 repetitions, kernel ${core:-auto}, 8 before" \
  "and 8 after ours, and of ours' 10 JMH iterations in 2 JVMs (-f 2 -wi 3 -i 5); $(nproc) CPUs, load" \
  "average $load_before at the start; CPU: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
printf '%-16s %15s %15s %15s %7s %7s %12s\n' shape vector superword OpenBLAS vector superword 'vector best'
for shape in "${shapes[@]}"; do
  v=vector_$shape s=superword_$shape
  for key in "$shape" "$v" "$s"; do
    [ -n "${med[$key]:-}" ] || { echo "no timing for $key" >&2; cat "$work/jmh.log" >&2; exit 1; }
  done
  awk -v shape="$shape" -v vm="${med[$v]}" -v vb="${best[$v]}" -v sm="${med[$s]}" -v sb="${best[$s]}" \
    -v bm="${med[$shape]}" -v bb="${best[$shape]}" 'BEGIN {
    printf "%-16s %6.2f (%6.2f) %6.2f (%6.2f) %6.2f (%6.2f) %7.2f %7.2f %12.2f\n", shape, vm, vb, sm, sb, bm, bb,
      vm / bm, sm / bm, vb / bb }'
done
