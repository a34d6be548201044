#!/usr/bin/env bash
# CI tier 3 (budget 15 min): -Pfull (all modules, all test tags, javadoc lint) with the gpu tests on
# PoCL, on JDK 17 and on Temurin 25, then the checks that the build itself is strict and honest.
# Javadoc is linted once, on JDK 17 (the release baseline): on 25 it added about 20 s to CI's
# critical path, which waits for each module's javadoc before building the modules that depend on it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

"$ROOT/ci/install-packages.sh"

say "full-build: -Pfull on $(java -version 2>&1 | head -1)"
timed ./mvnw "${MVN_BATCH[@]}" -Pfull clean verify

if [ -x "$JAVA25_HOME/bin/java" ]; then
  say "full-build: -Pfull (no javadoc lint) on $("$JAVA25_HOME/bin/java" -version 2>&1 | head -1)"
  JAVA_HOME="$JAVA25_HOME" timed ./mvnw "${MVN_BATCH[@]}" -Pfull -Dmaven.javadoc.skip=true clean verify
else
  die "no JDK 25 at $JAVA25_HOME (set JAVA25_HOME)"
fi

"$ROOT/ci/build-checks.sh"
