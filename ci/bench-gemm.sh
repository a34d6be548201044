#!/usr/bin/env bash
# SGEMM GFLOP/s of zen-core (JMH, SgemmBenchmark.singleThread) beside single-threaded OpenBLAS
# (cblas_sgemm from Debian's libopenblas-dev, installed if missing) on the same shapes, in one run.
# Ours twice: the Vector API kernel (./jmh adds --add-modules jdk.incubator.vector) and the SuperWord
# kernel that runs where the JVM lacks that module. C narrower than 8 columns (256x2x32) runs Sgemm's
# narrow kernels instead, dot products along A's rows: the Vector API one in the first column, the
# plain-loop one in the second.
#
# Both sides are summarized the same way: OpenBLAS's 16 timed repetitions (0.2 s each, 8 before and
# 8 after ours) and our 10 JMH iterations (1 s each, in 2 JVMs: one JVM's speed can differ from
# another's by half on a shared machine) give a median and a best each; the ratios compare median
# with median and best with best.
#
#   ci/bench-gemm.sh                      the default shapes
#   ci/bench-gemm.sh 512x512x512 ...      those shapes (MxNxK)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(64x64x64 256x256x256 512x512x512 1024x1024x1024 256x32x125 256x2x32 256x1024x1024)

"$root/ci/install-packages.sh" libopenblas-dev gcc libc6-dev >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench-gemm.XXXXXX")
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/openblas_sgemm" "$root/zen-benchmarks/src/test/resources/dev/zenneural/benchmarks/openblas_sgemm.c" \
  -I/usr/include/x86_64-linux-gnu/openblas-pthread -lopenblas
# This machine's environment may pin OPENBLAS_CORETYPE (and OPENBLAS_L2_SIZE) for older OpenBLAS
# builds; this command alone drops them. Debian 12's OpenBLAS does not recognise every AVX-512 CPU
# by itself (measured here: it fell back to its Prescott SSE3 kernel, 25 GFLOP/s at 512^2, against
# 120 with SkylakeX), so the kernel is named from the CPU's flags.
if grep -qw avx512f /proc/cpuinfo; then core=SkylakeX; elif grep -qw avx2 /proc/cpuinfo; then core=Haswell; else core=""; fi
blas_run() {
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE ${core:+OPENBLAS_CORETYPE=$core} OPENBLAS_NUM_THREADS=1 \
    "$work/openblas_sgemm" "${shapes[@]}"
}
load_before=$(cut -d' ' -f1 /proc/loadavg)
blas_run >"$work/blas.txt"

shape_list=$(IFS=,; echo "${shapes[*]}")
"$root/jmh" 'SgemmBenchmark.singleThread' -f 2 -wi 3 -i 5 -p "shape=$shape_list" -p kernel=vector,superword \
  >"$work/jmh.log" 2>&1 || { cat "$work/jmh.log" >&2; exit 1; }
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
  "average $load_before at the start"
printf '%-16s %15s %15s %15s %7s %7s %12s\n' shape vector superword OpenBLAS vector superword 'vector best'
for shape in "${shapes[@]}"; do
  v=vector_$shape s=superword_$shape
  for key in "$shape" "$v" "$s"; do
    [ -n "${med[$key]:-}" ] || { echo "no timing for $key (see $work)" >&2; exit 1; }
  done
  awk -v shape="$shape" -v vm="${med[$v]}" -v vb="${best[$v]}" -v sm="${med[$s]}" -v sb="${best[$s]}" \
    -v bm="${med[$shape]}" -v bb="${best[$shape]}" 'BEGIN {
    printf "%-16s %6.2f (%6.2f) %6.2f (%6.2f) %6.2f (%6.2f) %7.2f %7.2f %12.2f\n", shape, vm, vb, sm, sb, bm, bb,
      vm / bm, sm / bm, vb / bb }'
done
