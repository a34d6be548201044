#!/usr/bin/env bash
# The build-time benchmark: how fast the developer loop is, ours against plain Maven.
#
#   ci/bench-build.sh [ROUNDS]      (default 3; needs a warm ~/.m2, e.g. after one ./mvnw verify)
#
# Scenarios, each `./mvnw -Pdevelopment verify` in a private copy of the tree:
#   (a) clean build (no target/, empty build cache)
#   (b) the same again, nothing changed
#   (c) one-line change in a zen-core leaf class (Tensor), then verify
#   (d) one-line change in a zen-tools class (ZenVersion), then verify
# under two set-ups: "ours" (.mvn extensions: build cache + smart builder, maven.config,
# jvm.config) and "plain" (the same POM with those three .mvn files removed). Rounds interleave the
# set-ups so background load hits both alike. Prints medians (min-max) and plain/ours, and appends
# the medians to ci/build-bench-history.tsv.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

rounds=${1:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/zen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset CI GITHUB_ACTIONS   # as a developer runs it: the build cache is read
scenarios=(a b c d)
declare -A label=(
  [a]="(a) clean -Pdevelopment verify"
  [b]="(b) no-change re-run"
  [c]="(c) one-line change, zen-core leaf"
  [d]="(d) one-line change, zen-tools"
)

for setup in ours plain; do
  copy_tree "$work/$setup"
done
rm -f "$work/plain/.mvn/extensions.xml" "$work/plain/.mvn/maven.config" "$work/plain/.mvn/jvm.config"

# build SETUP: one -Pdevelopment verify; prints its wall seconds.
build() {
  local dir="$work/$1" start=$EPOCHREALTIME
  (cd "$dir" && ./mvnw -B -o -Pdevelopment -Dmaven.build.cache.location="$dir/.build-cache" verify) \
    >"$work/$1.log" 2>&1 || { tail -30 "$work/$1.log" >&2; die "$1 build failed"; }
  # Only a cached no-change build may skip the tests; anything else that ran none is broken.
  grep -q "Tests run:" "$work/$1.log" || { [ "$1" = ours ] && [ "$2" = b ]; } \
    || die "$1 ($2) ran no tests"
  awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.2f", e - s }'
}

# A string literal in each class; no test reads either message.
core_leaf=zen-core/src/main/java/dev/zenneural/core/tensor/Tensor.java
core_text="a tensor needs at least one dimension"
tools_class=zen-tools/src/main/java/dev/zenneural/tools/cli/ZenVersion.java
tools_text="version.properties is missing from zen-tools"
for setup in ours plain; do
  grep -q "\"$core_text" "$work/$setup/$core_leaf" || die "'$core_text' is no longer in $core_leaf"
  grep -q "\"$tools_text" "$work/$setup/$tools_class" || die "'$tools_text' is no longer in $tools_class"
done

# edit SETUP FILE TEXT: a one-line change to the literal starting with TEXT, new every time so that
# no cache entry can match it.
edit() {
  sed -i -E "s/\"($3)[^\"]*\"/\"\1 (edit $RANDOM$RANDOM)\"/" "$work/$1/$2"
}

declare -A times
for ((r = 1; r <= rounds; r++)); do
  for setup in ours plain; do
    rm -rf "$work/$setup"/*/target "$work/$setup/.build-cache"
    t_a=$(build "$setup" a)
    t_b=$(build "$setup" b)
    edit "$setup" "$core_leaf" "$core_text"; t_c=$(build "$setup" c)
    edit "$setup" "$tools_class" "$tools_text"; t_d=$(build "$setup" d)
    times[$setup,a]+="$t_a "; times[$setup,b]+="$t_b "; times[$setup,c]+="$t_c "; times[$setup,d]+="$t_d "
    echo "round $r $setup: a=$t_a b=$t_b c=$t_c d=$t_d" >&2
  done
done

# stat "V1 V2 ...": "median min max"
stat() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END {
  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }'; }

rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
history="$ROOT/ci/build-bench-history.tsv"
[ -f "$history" ] || printf 'date\tcommit\tjava\tcpus\trounds\tscenario\tours_s\tplain_s\n' >"$history"
java_version=$(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/\1/')

printf '\nBuild-time benchmark, %s rounds, %s, %s CPUs, Java %s, commit %s\n\n' \
  "$rounds" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$java_version" "$rev"
printf '| scenario | ours: median s (min-max) | plain: median s (min-max) | plain/ours |\n|---|---|---|---|\n'
for s in "${scenarios[@]}"; do
  read -r om omin omax <<<"$(stat "${times[ours,$s]}")"
  read -r pm pmin pmax <<<"$(stat "${times[plain,$s]}")"
  ratio=$(awk -v p="$pm" -v o="$om" 'BEGIN { printf "%.2f", p / o }')
  printf '| %s | %s (%s-%s) | %s (%s-%s) | %sx |\n' "${label[$s]}" "$om" "$omin" "$omax" "$pm" "$pmin" "$pmax" "$ratio"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$rev" "$java_version" "$(nproc)" \
    "$rounds" "$s" "$om" "$pm" >>"$history"
done
printf '\nTargets: (a) < 30 s, (b) < 3 s, (c) < 10 s, (d) < 5 s and >= 3x faster than plain.\n'
printf 'History: %s\n' "${history#"$ROOT"/}"
