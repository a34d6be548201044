# Shared by the ci/ scripts: source it, don't run it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MVN_BATCH=(-B -ntp)
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

say() { printf '\n== %s\n' "$*"; }
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# Copies the working tree (sources, POMs, .mvn, wrapper; no build output, no .git) to $1.
copy_tree() {
  local dest=$1
  mkdir -p "$dest"
  (cd "$ROOT" && tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - .) | tar -xf - -C "$dest"
}

# Runs "$@" and prints how long it took, in seconds, on stderr.
timed() {
  local start=$EPOCHREALTIME status=0
  "$@" || status=$?
  awk -v s="$start" -v e="$EPOCHREALTIME" -v c="$*" 'BEGIN { printf "(%.1f s: %s)\n", e - s, c }' >&2
  return $status
}

# A data set file: the path $2, or the name $2 in ../shared/datasets/$1 beside the repository;
# exits 2 naming both when it is neither.
dataset_file() {
  local dir="$ROOT/../shared/datasets/$1"
  if [ -f "$2" ]; then
    realpath "$2"
  elif [ -f "$dir/$2" ]; then
    realpath "$dir/$2"
  else
    echo "$(basename "$0" .sh): no data file $2 (neither a path nor in $dir)" >&2
    exit 2
  fi
}

# Builds zen-benchmarks as ./jmh does (writing the class path of its dependencies) and prints the
# class path to run it with; on a failed build prints its log and exits 1.
# Compiles zen-benchmarks' C driver NAME.c against libfann's single-precision build into DIR/NAME.
fann_driver() {
  gcc -O2 -o "$2/$1" "$ROOT/zen-benchmarks/src/test/resources/dev/zenneural/benchmarks/fann/$1.c" -lfloatfann -lm
}

# JVM flags of the benchmark scripts: the Vector API module makes zen-core's fast SGEMM kernel
# available (the JVM prints one "Using incubator modules" warning for it).
JAVA_FLAGS=(--add-modules=jdk.incubator.vector)

benchmarks_classpath() {
  local target="$ROOT/zen-benchmarks/target" log
  log=$(mktemp "${TMPDIR:-/tmp}/zen-benchmarks-build.XXXXXX.log")
  if ! (cd "$ROOT" && ./mvnw -q -B -Pdevelopment -Dzen.launcher -DskipTests package -pl zen-benchmarks -am \
      >"$log" 2>&1); then
    cat "$log" >&2
    rm -f "$log"
    echo "$(basename "$0" .sh): the build failed" >&2
    exit 1
  fi
  rm -f "$log"
  echo "$target/zen-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$target/classpath.txt")"
}
