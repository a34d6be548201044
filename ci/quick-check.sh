#!/usr/bin/env bash
# CI tier 1 (budget 2 min): every module of every gate, main and test code, compiled with
# -Xlint:all -Werror, and every enforcer rule. Runs no tests.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

say "quick-check: compile all gates with warnings as errors, enforcer, no tests"
timed ./mvnw "${MVN_BATCH[@]}" -Pgpu,dataframes -DskipTests clean verify
