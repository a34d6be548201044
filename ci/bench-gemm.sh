#!/usr/bin/env bash
# SGEMM GFLOP/s of zen-core (JMH, SgemmBenchmark.singleThread) beside single-threaded OpenBLAS
# (cblas_sgemm from Debian's libopenblas-dev, installed if missing) on the same shapes, in one run.
# Ours twice: the Vector API kernel (./jmh adds --add-modules jdk.incubator.vector) and the SuperWord
# kernel that runs where the JVM lacks that module. C narrower than 8 columns runs the vector
# kernel's narrow path with AVX-512, SuperWord in both with AVX2.
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
"$root/jmh" 'SgemmBenchmark.singleThread' -f 1 -wi 3 -i 5 -p "shape=$shape_list" -p kernel=vector,superword \
  -rf csv -rff "$work/jmh.csv" \
  >"$work/jmh.log" 2>&1 || { cat "$work/jmh.log" >&2; exit 1; }
# OpenBLAS once more after JMH: on a machine shared with other work the load changes during the
# run, and OpenBLAS keeps the better of its two runs, so a ratio is never flattered by a busy spell.
blas_run >>"$work/blas.txt"

echo "OpenBLAS single-threaded, kernel ${core:-auto}, best of a run before and after ours;" \
  "ours single-threaded (JMH -f 1 -wi 3 -i 5); $(nproc) CPUs, load average $load_before at the start"
printf '%-16s %14s %17s %16s %7s %7s\n' shape 'vector GFLOP/s' 'superword GFLOP/s' 'OpenBLAS GFLOP/s' vector superword
declare -A blas
while read -r shape gflops; do
  if [ -z "${blas[$shape]:-}" ] || awk -v a="$gflops" -v b="${blas[$shape]}" 'BEGIN { exit !(a > b) }'; then
    blas[$shape]=$gflops
  fi
done <"$work/blas.txt"
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: kernel","Param: shape"
declare -A ours
while IFS=, read -r _ _ _ _ score _ _ kernel shape; do
  ours[${kernel}_${shape%$'\r'}]=$score
done < <(tail -n +2 "$work/jmh.csv" | tr -d '"')
for shape in "${shapes[@]}"; do
  awk -v shape="$shape" -v v="${ours[vector_$shape]}" -v s="${ours[superword_$shape]}" -v blas="${blas[$shape]}" 'BEGIN {
    split(shape, d, "x"); flops = 2 * d[1] * d[2] * d[3] / 1e9; gv = flops * v; gs = flops * s
    printf "%-16s %14.2f %17.2f %16.2f %7.2f %7.2f\n", shape, gv, gs, blas, gv / blas, gs / blas }'
done
