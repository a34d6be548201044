#!/usr/bin/env bash
# Checks that the build is strict and honest, each in a throw-away copy of the tree:
#   1. a planted warning, in main and in test code, fails the build (-Xlint:all -Werror);
#   2. a gated dependency (JOCL, Arrow) planted in a default module is stopped by the enforcer;
#   3. with the build cache on (-Pdevelopment, as a developer runs it), a no-change build is served
#      from the cache, a launcher build (./zen, ./jmh) after a clean still writes its class path
#      file, a changed source re-runs its module's and its dependents' tests, and a planted compile
#      error after a cached build fails the build (no stale hit);
#   4. two clean builds give byte-identical jars (reproducible builds).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/zen-checks.XXXXXX")
trap 'rm -rf "$work"' EXIT
log="$work/build.log"

# The checks build as a developer does: no CI variable (so the cache is read and partial -pl
# builds are allowed), but with a private cache that dies with $work.
unset CI GITHUB_ACTIONS
store=scratch

# mvn_in DIR ARGS...: runs the wrapper in DIR with its log in $log; returns Maven's status.
mvn_in() {
  local dir=$1; shift
  (cd "$dir" && ./mvnw "${MVN_BATCH[@]}" -Dmaven.build.cache.location="$work/cache-$store" "$@") >"$log" 2>&1
}
expect_failure() {
  local what=$1 pattern=$2; shift 2
  if mvn_in "$@"; then die "$what: the build passed"; fi
  grep -q -- "$pattern" "$log" || { tail -40 "$log"; die "$what: failed, but not with '$pattern'"; }
  echo "ok: $what -> $(grep -m1 -- "$pattern" "$log" | sed 's/^\[[A-Z]*\] //')"
}

say "check 1: a planted warning fails the build"
tree="$work/warning"; copy_tree "$tree"
cat >"$tree/zen-ml/src/main/java/dev/zenneural/ml/PlantedWarning.java" <<'JAVA'
package dev.zenneural.ml;

final class PlantedWarning {
    @SuppressWarnings("unused")
    private final java.util.List raw = new java.util.ArrayList<String>();
}
JAVA
expect_failure "raw type in main code" "warnings found and -Werror specified" \
  "$tree" -o -Pdevelopment -DskipTests -pl zen-core,zen-ml verify
rm "$tree/zen-ml/src/main/java/dev/zenneural/ml/PlantedWarning.java"
mkdir -p "$tree/zen-core/src/test/java/dev/zenneural/core"
cat >"$tree/zen-core/src/test/java/dev/zenneural/core/PlantedWarningTest.java" <<'JAVA'
package dev.zenneural.core;

final class PlantedWarningTest {
    private static final class NoSerialVersion extends java.util.ArrayList<String> {
    }
}
JAVA
expect_failure "missing serialVersionUID in test code" "warnings found and -Werror specified" \
  "$tree" -o -Pdevelopment -DskipTests -pl zen-core verify

say "check 2: a gated dependency in a default module is stopped by the enforcer"
tree="$work/gate"; copy_tree "$tree"
sed -i 's|<artifactId>zen-core</artifactId>|&\n  <dependencies><dependency><groupId>org.jocl</groupId><artifactId>jocl</artifactId></dependency></dependencies>|' \
  "$tree/zen-core/pom.xml"
expect_failure "JOCL in zen-core" "JOCL belongs to the gpu gate" "$tree" -o -pl zen-core validate

say "check 3: the build cache never serves a stale result"
tree="$work/cache"; copy_tree "$tree"
store=check3   # empty: nothing seeded by the checks above
# One small test class per module, the same in every build of this check: the cache keys the
# selection (maven-build-cache-config.xml reconciles surefire's test property), so hits and misses
# behave as with every test, and the README command and the full tier run all the tests anyway.
# The whole suites cost these builds about 30 s of CI's 8 minutes (check 3: 84 s with them, 57
# without).
tests=(-Dtest=TensorTest,Naive2Test,QuartilesTest,YearAxisTest -Dsurefire.failIfNoSpecifiedTests=false)
mvn_in "$tree" -o -Pdevelopment "${tests[@]}" verify || { tail -40 "$log"; die "seeding build failed"; }
grep -q "Tests run:" "$log" || die "the seeding build ran no tests"
mvn_in "$tree" -o -Pdevelopment "${tests[@]}" verify || { tail -40 "$log"; die "no-change build failed"; }
hits=$(grep -c "Found cached build, restoring" "$log" || true)
[ "$hits" -ge 3 ] || die "no-change build: expected 3 modules from the cache, got $hits"
! grep -q "Tests run:" "$log" || die "no-change build re-ran tests although nothing changed"
echo "ok: no-change build restored $hits modules from the cache, ran no test"
# The launchers' build (./zen, ./jmh) run again after a clean, served from the cache, still writes
# the class path files they read, which are not cached outputs.
for round in seed again; do
  mvn_in "$tree" -o -Pdevelopment -Dzen.launcher -DskipTests clean package -pl zen-tools -am \
    || { tail -40 "$log"; die "launcher build ($round) failed"; }
done
grep -q "Found cached build, restoring" "$log" || die "launcher build after a clean: nothing came from the cache"
[ -s "$tree/zen-tools/target/classpath.txt" ] \
  || die "launcher build after a clean, from the cache: no zen-tools/target/classpath.txt (./zen would fail)"
echo "ok: a launcher build after a clean, from the cache, wrote zen-tools/target/classpath.txt"
tensor="$tree/zen-core/src/main/java/dev/zenneural/core/tensor/Tensor.java"
sed -i 's|"a tensor needs at least one dimension"|"a tensor needs one dimension or more"|' "$tensor"
mvn_in "$tree" -o -Pdevelopment "${tests[@]}" verify || { tail -40 "$log"; die "changed-source build failed"; }
for module in zen-core zen-ml zen-tools; do
  grep -q "Building $module" "$log" || die "changed zen-core source: $module was not built"
done
for package in core ml tools; do
  grep -q "Tests run:.* in dev\.zenneural\.$package\." "$log" || die "changed zen-core source: zen-$package's tests did not run"
done
echo "ok: a changed zen-core source rebuilt and re-tested zen-core and its dependents"
sed -i 's|return data;|return data  // planted: no semicolon|' "$tensor"
expect_failure "compile error after a cached build" "COMPILATION ERROR" "$tree" -o -Pdevelopment "${tests[@]}" verify

say "check 4: two clean builds give byte-identical jars"
for n in 1 2; do
  tree="$work/repro$n"; copy_tree "$tree"
  # CI set: no cache lookups, a real build each time.
  CI=true mvn_in "$tree" -o -Pgpu,dataframes -DskipTests verify || { tail -40 "$log"; die "build $n failed"; }
  (cd "$tree" && find . -path '*/target/*.jar' -print0 | sort -z | xargs -0 sha256sum) >"$work/jars$n.txt"
done
[ -s "$work/jars1.txt" ] || die "no jars were built"
diff "$work/jars1.txt" "$work/jars2.txt" || die "the two builds' jars differ (above)"
echo "ok: $(wc -l <"$work/jars1.txt") jars byte-identical across two clean builds"
