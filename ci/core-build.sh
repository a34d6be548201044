#!/usr/bin/env bash
# CI tier 2 (budget 5 min): the default gates (zen-core, zen-ml, zen-tools) and their fast tests.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

say "core-build: default gates, fast tests"
timed ./mvnw "${MVN_BATCH[@]}" -Dzen.launcher clean verify

# The default build must not even resolve the gated dependencies.
say "core-build: the default class path has no OpenCL or Arrow"
if grep -Eo '[^:]*(jocl|arrow)[^:]*' zen-tools/target/classpath.txt; then
  die "the default build resolved a gated dependency (above)"
fi
echo "ok: $(tr ':' '\n' <zen-tools/target/classpath.txt | wc -l) entries, none gated"
