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
#   ci/bench-gpu.sh --bundle-tests [DIR]    the same bundle, plus zen-gpu's JUnit tests and test.sh, which
#                                           runs them there with JUnit's console launcher, every tag (as
#                                           CI's -Pfull on PoCL):
#                                             ZEN_OPENCL_DEVICE=NVIDIA bash .gpu-bench/test.sh \
#                                               [--reports-dir=DIR] [launcher options, e.g. --select-class=C]
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

# zen-gpu's tests for the bundle: their classes and resources, zen-core's test-jar, JUnit's console
# launcher (the platform release of the pom's junit.version: Jupiter 5.x.y, platform 1.x.y), the shared
# dataset the device-training test reads (where ../shared has it; else that test is skipped), test.sh.
bundle_tests() {
  local dir=$1 jupiter platform
  mkdir -p "$dir/test/lib" "$dir/test/datasets/fann"
  cp -r "$root/zen-gpu/target/test-classes" "$dir/test/classes"
  cp "$root/zen-core/target/zen-core-0.1.0-SNAPSHOT-tests.jar" "$dir/test/lib/"
  jupiter=$(sed -n 's:.*<junit.version>\(.*\)</junit.version>.*:\1:p' "$root/pom.xml")
  platform=1.${jupiter#5.}
  local artifact=org.junit.platform:junit-platform-console-standalone:$platform
  if ! (cd "$root" && { ./mvnw -o -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$dir/test/lib" ||
      ./mvnw -q -B -ntp dependency:copy -Dartifact="$artifact" -DoutputDirectory="$dir/test/lib"; } >/dev/null 2>&1); then
    echo "bench-gpu: could not fetch $artifact" >&2
    exit 1
  fi
  local data=$root/../shared/datasets/fann/building.train
  if [ -f "$data" ]; then
    cp "$data" "$dir/test/datasets/fann/"
  else
    echo "bench-gpu: $data is missing: DeviceTrainingGpuTest's building test will be skipped there" >&2
  fi
  cat >"$dir/test.sh" <<'TEST'
#!/usr/bin/env bash
# Runs zen-gpu's JUnit tests with the runtime and jars beside this script (ci/bench-gpu.sh --bundle-tests),
# as CI's -Pfull runs them on PoCL: every tag, -XX:+UseSerialGC --add-modules=jdk.incubator.vector,
# one test class at a time. ZEN_OPENCL_DEVICE (an index or part of a name) picks the device; JAVA_OPTS
# reaches the JVM. Arguments go to JUnit's console launcher (e.g. --reports-dir=DIR, --select-class=C);
# without a --select or --scan option, every test class is run. Exit 1 where a test failed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/opencl-env.sh"
select=(--scan-classpath "$here/test/classes")
for arg in "$@"; do
  case "$arg" in --select*|--scan*) select=() ;; esac
done
"$here/jre/bin/java" -XX:+UseSerialGC --add-modules=jdk.incubator.vector ${JAVA_OPTS:-} \
  -Dzen.shared.datasets="$here/test/datasets" \
  -cp "$here/test/classes:$here/test/lib/*:$here/lib/*" org.junit.platform.console.ConsoleLauncher execute \
  --disable-banner --disable-ansi-colors --details=testfeed \
  --include-classname='^(Test.*|.+[.$]Test.*|.*Tests?|.*TestCase)$' \
  --config=junit.jupiter.execution.parallel.enabled=true \
  --config=junit.jupiter.execution.parallel.mode.default=same_thread \
  --config=junit.jupiter.execution.parallel.mode.classes.default=same_thread \
  "${select[@]}" "$@" 2> >(grep -v 'Using incubator modules' >&2)
TEST
  chmod +x "$dir/test.sh"
}

if [ "${1:-}" = "--bundle" ] || [ "${1:-}" = "--bundle-tests" ]; then
  dir=$(realpath -m "${2:-$root/.gpu-bench}")
  tests=false
  [ "$1" = "--bundle-tests" ] && tests=true
  build
  rm -rf "$dir"
  mkdir -p "$dir/lib"
  # The modules jdeps lists for zen-gpu, zen-ml, zen-core and JOCL (jdk.incubator.vector: zen-core's fast
  # CPU kernel, so the CPU column is the CPU backend at its best); the tests' launcher also wants
  # java.sql (and through it java.xml, for its XML reports).
  modules=java.base,java.logging,jdk.incubator.vector,jdk.management
  $tests && modules=$modules,java.sql
  jlink --add-modules "$modules" --strip-debug \
    --no-header-files --no-man-pages --compress=2 --output "$dir/jre"
  cp "$root/zen-gpu/target/zen-gpu-0.1.0-SNAPSHOT.jar" "$dir/lib/"
  tr ':' '\n' <"$root/zen-gpu/target/classpath.txt" | xargs -I{} cp {} "$dir/lib/"
  cat >"$dir/opencl-env.sh" <<'ENV'
# Sourced by run.sh and test.sh (made by ci/bench-gpu.sh --bundle): registers the OpenCL drivers.
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
ENV
  cat >"$dir/run.sh" <<'RUN'
#!/usr/bin/env bash
# Runs GpuBenchmark with the runtime and jars beside this script (made by ci/bench-gpu.sh --bundle).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/opencl-env.sh"
# JAVA_OPTS, e.g. -Dzen.threads=2, reaches the JVM (zen.threads: the CPU backend's SGEMM threads).
"$here/jre/bin/java" ${JAVA_OPTS:-} --add-modules=jdk.incubator.vector -cp "$here/lib/*" dev.zenneural.gpu.bench.GpuBenchmark "$@" \
  2> >(grep -v 'Using incubator modules' >&2)
RUN
  chmod +x "$dir/run.sh"
  if $tests; then
    bundle_tests "$dir"
  fi
  echo "bench-gpu: $dir ($(du -sh "$dir" | cut -f1)); on the GPU machine: bash $(realpath --relative-to="$root" "$dir")/run.sh [options]"
  $tests && echo "bench-gpu: and ZEN_OPENCL_DEVICE=NVIDIA bash $(realpath --relative-to="$root" "$dir")/test.sh [--reports-dir=DIR]"
  exit 0
fi

build
echo "command: ci/bench-gpu.sh $*; $(nproc) CPUs, load average $(cut -d' ' -f1 /proc/loadavg) at the start"
exec java ${JAVA_OPTS:-} --add-modules=jdk.incubator.vector \
  -cp "$root/zen-gpu/target/zen-gpu-0.1.0-SNAPSHOT.jar:$(cat "$root/zen-gpu/target/classpath.txt")" "$main" "$@" \
  2> >(grep -v 'Using incubator modules' >&2)
