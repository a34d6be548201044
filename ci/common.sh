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
