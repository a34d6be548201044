#!/usr/bin/env bash
# zen-core at a git revision beside the working tree's, timed by turns (zen-benchmarks'
# RevisionsByTurns), so that this shared machine's slow and fast moments fall on both builds: each
# round times both back to back, the order swapped every round, and the median of the rounds'
# new/base ratios is printed with its quartiles. Single-threaded unless JAVA_OPTS names -Dzen.threads.
#
#   ci/bench-revisions.sh [--same-jvm] BASE [TASK...]
#     BASE  a git revision (e.g. HEAD, main~3, a commit)
#     TASK  MxNxK or MxNxK:LDA:LDB:LDC (one SGEMM product), inference:LAYERS:ROWS (batched
#           Network.run, e.g. inference:784-256-128-10:2000), or train:DATA:HIDDEN:ALGORITHM:EPOCHS
#           (ci/bench-fann.sh's zen training, EPOCHS epochs a run, in connection updates per second;
#           DATA a path or a name in ../shared/datasets/fann, e.g. train:building.train:16:incremental:20);
#           default: ci/bench-gemm.sh's shapes, the first layer's product of that inference, and the
#           inference
#   By default a JVM per build and round (6 rounds, each task the mean of three 0.5 s windows after
#   two untimed; about 5 minutes for the default tasks). --same-jvm loads both builds into one JVM
#   and alternates 0.1 s slices (30 rounds after 10 untimed; about 1.5 minutes): tighter, but the
#   builds share one compiler, and code one of them gets compiled badly can slow the other.
#   JAVA_OPTS=-Dzen.bench.rounds=N -Dzen.bench.sliceMs=MS (-Dzen.bench.warmupRounds=N, --same-jvm)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mode=()
if [ "${1:-}" = --same-jvm ]; then
  mode=(--same-jvm)
  shift
fi
if [ $# -lt 1 ]; then
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
base=$1
shift
tasks=()
for task in "$@"; do
  if [[ $task == train:* ]]; then
    IFS=: read -r _ data rest <<<"$task"
    task="train:$(dataset_file fann "$data"):$rest"
  fi
  tasks+=("$task")
done
[ ${#tasks[@]} -gt 0 ] || tasks=(64x64x64 256x256x256 512x512x512 1024x1024x1024 256x32x125 256x2x32
  256x1024x1024 144x256x785:1181:256:1181 inference:784-256-128-10:2000)
commit=$(cd "$ROOT" && git rev-parse --verify --quiet "$base^{commit}") \
  || die "$base is not a revision of this repository"

work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench-revisions.XXXXXX")
cleanup() {
  (cd "$ROOT" && git worktree remove --force "$work/base" >/dev/null 2>&1) || true
  rm -rf "$work"
}
trap cleanup EXIT
(cd "$ROOT" && git worktree add --detach --quiet "$work/base" "$commit")
log="$work/base-build.log"
if ! (cd "$work/base" && ./mvnw -q "${MVN_BATCH[@]}" -Pdevelopment -Dmaven.build.cache.enabled=false -DskipTests \
    compile -pl zen-core >"$log" 2>&1); then
  cat "$log" >&2
  die "building zen-core at $base failed"
fi

classpath=$(benchmarks_classpath)
changed=$(cd "$ROOT" && if git diff --quiet HEAD -- zen-core; then echo "no uncommitted change to zen-core"; \
  else echo "with uncommitted changes to zen-core"; fi)
echo "base: $base ($(cd "$ROOT" && git log -1 --format='%h %s' "$commit" | cut -c1-90))"
echo "new: the working tree ($(cd "$ROOT" && git log -1 --format=%h HEAD), $changed)"
java "${JAVA_FLAGS[@]}" -Dzen.threads=1 ${JAVA_OPTS:-} -cp "$classpath" \
  dev.zenneural.benchmarks.revisions.RevisionsByTurns "${mode[@]}" "$work/base/zen-core/target/classes" \
  "$ROOT/zen-core/target/classes" "${tasks[@]}"
