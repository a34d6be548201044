#!/usr/bin/env bash
# Issue 5's side-by-side benchmark, one command: SGEMM GFLOP/s (N = 256 ... 4096) and training steps/s
# of an MLP 1024-1024-1024-10 with batch 4096 (a FANN network, and zen-ml's forecasting MLP of those
# layers through NeuralForecast), on the CPU backend and on every OpenCL device found
# (the tuned xgemm.cl with the device's tuning set beside the simple sgemm.cl), printed as tables
# with the device names (dev.zenneural.gpu.bench.GpuBenchmark; its options follow).
#
#   ci/bench-gpu.sh --quick                 sizes for PoCL (OpenCL on the CPU): about a minute
#   ci/bench-gpu.sh                         the issue's sizes, for a GPU
#   ci/bench-gpu.sh --tunings               also every shipped tuning set that fits each device
#   ci/bench-gpu.sh --device=NVIDIA         one device only (an index or part of its name)
#   ci/bench-gpu.sh --bundle [DIR]          build DIR (default .gpu-bench/, git-ignored): a jlinked
#                                           Java runtime, the jars and DIR/run.sh, for a GPU machine
#                                           without a JDK (docs/OPENCL.md). There:
#                                             bash .gpu-bench/run.sh [options]
#
# run.sh registers NVIDIA's OpenCL driver (alone, where its library is installed) with the ocl-icd
# loader and gives JOCL the loader's unversioned libOpenCL.so, as ../shared/docs/OPENCL.md describes.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
main=dev.zenneural.gpu.bench.GpuBenchmark

build() {
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/zen-bench-gpu-build.XXXXXX.log")
  if ! (cd "$root" && ./mvnw -o -q -B -Pdevelopment,gpu -Dzen.launcher -DskipTests package -pl zen-gpu -am \
      >"$log" 2>&1); then
    echo "bench-gpu: the build failed; its log is $log" >&2
    exit 1
  fi
  rm -f "$log"
}

if [ "${1:-}" = "--bundle" ]; then
  dir=$(realpath -m "${2:-$root/.gpu-bench}")
  build
  rm -rf "$dir"
  mkdir -p "$dir/lib"
  # The modules jdeps lists for zen-gpu, zen-ml, zen-core and JOCL (jdk.incubator.vector: zen-core's fast
  # CPU kernel, so the CPU column is the CPU backend at its best).
  jlink --add-modules java.base,java.logging,jdk.incubator.vector,jdk.management --strip-debug \
    --no-header-files --no-man-pages --compress=2 --output "$dir/jre"
  cp "$root/zen-gpu/target/zen-gpu-0.1.0-SNAPSHOT.jar" "$dir/lib/"
  tr ':' '\n' <"$root/zen-gpu/target/classpath.txt" | xargs -I{} cp {} "$dir/lib/"
  cat >"$dir/run.sh" <<'RUN'
#!/usr/bin/env bash
# Runs GpuBenchmark with the runtime and jars beside this script (made by ci/bench-gpu.sh --bundle).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icd=$(mktemp -d)
trap 'rm -rf "$icd"' EXIT
mkdir -p "$icd/vendors"
# NVIDIA's driver is often installed without its ICD file; where its library is there, register it
# alone: on the H100 machine PoCL 2.12's ICD beside it made the JVM die of SIGSEGV (exit 139) once
# OpenCL was loaded. ZEN_OPENCL_ICDS=all keeps every ICD of /etc/OpenCL/vendors as well.
if ldconfig -p | grep -q 'libnvidia-opencl.so.1 '; then
  echo libnvidia-opencl.so.1 >"$icd/vendors/nvidia.icd"
  [ "${ZEN_OPENCL_ICDS:-}" = all ] && cp /etc/OpenCL/vendors/*.icd "$icd/vendors/" 2>/dev/null
else
  cp /etc/OpenCL/vendors/*.icd "$icd/vendors/" 2>/dev/null || true
fi
# The ocl-icd loader (the CUDA toolkit ships another libOpenCL.so.1 that ldconfig may list first).
loader=$(ldconfig -p | awk '/libOpenCL.so.1 .*x86_64-linux-gnu/{print $NF; exit}')
[ -n "$loader" ] || loader=$(ldconfig -p | awk '/libOpenCL.so.1 /{print $NF; exit}')
[ -n "$loader" ] && ln -sf "$loader" "$icd/libOpenCL.so"
export OCL_ICD_VENDORS=$icd/vendors LD_LIBRARY_PATH=$icd${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
echo "OpenCL ICDs: $(cat "$icd"/vendors/*.icd 2>/dev/null | tr '\n' ' '); loader ${loader:-none};" \
  "nvidia-smi: $(nvidia-smi -L 2>/dev/null | head -1 || echo none)"
# JAVA_OPTS, e.g. -Dzen.threads=2, reaches the JVM (zen.threads: the CPU backend's SGEMM threads).
"$here/jre/bin/java" ${JAVA_OPTS:-} --add-modules=jdk.incubator.vector -cp "$here/lib/*" dev.zenneural.gpu.bench.GpuBenchmark "$@" \
  2> >(grep -v 'Using incubator modules' >&2)
RUN
  chmod +x "$dir/run.sh"
  echo "bench-gpu: $dir ($(du -sh "$dir" | cut -f1)); on the GPU machine: bash $(realpath --relative-to="$root" "$dir")/run.sh [options]"
  exit 0
fi

build
echo "command: ci/bench-gpu.sh $*; $(nproc) CPUs, load average $(cut -d' ' -f1 /proc/loadavg) at the start"
exec java ${JAVA_OPTS:-} --add-modules=jdk.incubator.vector \
  -cp "$root/zen-gpu/target/zen-gpu-0.1.0-SNAPSHOT.jar:$(cat "$root/zen-gpu/target/classpath.txt")" "$main" "$@" \
  2> >(grep -v 'Using incubator modules' >&2)
