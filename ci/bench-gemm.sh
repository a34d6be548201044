#!/usr/bin/env bash
# SGEMM GFLOP/s of zen-core (JMH, SgemmBenchmark.singleThread) beside single-threaded OpenBLAS
# (cblas_sgemm from Debian's libopenblas-dev, installed if missing) on the same shapes, in one run.
# Ours twice: the Vector API kernel (the JVM gets --add-modules jdk.incubator.vector) and the SuperWord
# kernel that runs where the JVM lacks that module. C narrower than 8 columns (256x2x32) runs Sgemm's
# narrow kernels instead, dot products along A's rows: the Vector API one in the first column, the
# plain-loop one in the second. OpenBLAS runs its AVX-512 kernel where the CPU has AVX-512.
#
# Both sides are summarized the same way: OpenBLAS's 16 timed repetitions (0.2 s each, 8 before and
# 8 after ours) and our 10 JMH iterations (1 s each, in 2 JVMs: one JVM's speed can differ from
# another's by half on a shared machine) give a median and a best each; the ratios compare median
# with median and best with best.
#
#   ci/bench-gemm.sh                      the default shapes
#   ci/bench-gemm.sh 512x512x512 ...      those shapes (MxNxK)
#   ci/bench-gemm.sh --bundle [DIR]       build DIR (default .gemm-bench/, git-ignored) for a machine
#                                         without a JDK or OpenBLAS (the lent device's host, whose CPU
#                                         has AVX-512): a jlinked Java runtime, the benchmark jars, the
#                                         driver with OpenBLAS's libraries, and DIR/run.sh. There:
#                                           bash .gemm-bench/run.sh [SHAPE...]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

default_shapes=(64x64x64 256x256x256 512x512x512 1024x1024x1024 256x32x125 256x2x32 256x1024x1024)
driver_source="$ROOT/zen-benchmarks/src/test/resources/dev/zenneural/benchmarks/openblas_sgemm.c"

"$ROOT/ci/install-packages.sh" libopenblas-dev gcc libc6-dev >&2
classpath=$(benchmarks_classpath)

if [ "${1:-}" = "--bundle" ]; then
  dir=$(realpath -m "${2:-$ROOT/.gemm-bench}")
  rm -rf "$dir"
  mkdir -p "$dir/lib" "$dir/native"
  # What JMH and zen-core need (JMH's forks run on the same runtime): jdeps of the jars, plus the
  # Vector API module for zen-core's fast kernel.
  jlink --add-modules java.base,java.logging,java.management,jdk.management,jdk.unsupported,jdk.incubator.vector \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$dir/jre"
  tr ':' '\n' <<<"$classpath" | xargs -I{} cp {} "$dir/lib/"
  gcc -O2 -o "$dir/native/openblas_sgemm" "$driver_source" -I/usr/include/x86_64-linux-gnu/openblas-pthread \
    -lopenblas -Wl,--disable-new-dtags,-rpath,'$ORIGIN'
  # OpenBLAS and the Fortran runtime it links, found through the driver's RPATH (inherited by its
  # libraries, unlike a RUNPATH); the C library and libgcc_s are the machine's own.
  for lib in libopenblas.so.0 libgfortran.so.5 libquadmath.so.0; do
    cp -L "$(ldd "$dir/native/openblas_sgemm" | awk -v l="$lib" '$1 == l { print $3 }')" "$dir/native/$lib"
  done
  # Packed: OpenBLAS's library holds every CPU's kernels (35 MB), and the device's carry takes 64 MiB in all.
  tar -C "$dir" -czf "$dir/native.tar.gz" native
  rm -rf "$dir/native"
  cp "$ROOT/ci/gemm-table.sh" "$dir/"
  default=$(IFS=' '; echo "${default_shapes[*]}")
  cat >"$dir/run.sh" <<RUN
#!/usr/bin/env bash
# ci/bench-gemm.sh's table with the runtime, jars and driver beside this script (made by
# ci/bench-gemm.sh --bundle). Arguments: shapes (MxNxK); default: ${default}.
set -euo pipefail
here=\$(cd "\$(dirname "\${BASH_SOURCE[0]}")" && pwd)
[ \$# -gt 0 ] || set -- ${default}
native=\$(mktemp -d)
trap 'rm -rf "\$native"' EXIT
tar -C "\$native" -xzf "\$here/native.tar.gz"
JAVA="\$here/jre/bin/java" CLASSPATH_JMH="\$here/lib/*" DRIVER="\$native/native/openblas_sgemm" \\
  bash "\$here/gemm-table.sh" "\$@"
RUN
  chmod +x "$dir/run.sh"
  echo "bench-gemm: $dir ($(du -sh "$dir" | cut -f1)); on the other machine: bash $(realpath --relative-to="$ROOT" "$dir")/run.sh [SHAPE...]"
  exit 0
fi

shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=("${default_shapes[@]}")
work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench-gemm.XXXXXX")
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/openblas_sgemm" "$driver_source" -I/usr/include/x86_64-linux-gnu/openblas-pthread -lopenblas
JAVA=java CLASSPATH_JMH="$classpath" DRIVER="$work/openblas_sgemm" "$ROOT/ci/gemm-table.sh" "${shapes[@]}"
