#!/usr/bin/env bash
# Runs every test of the solution (unit, corpus, fuzz, analyzer, end-to-end). It first sets up what the tests need
# (build/setup-test-services.sh: engine, base images, registry, tools; idempotent, quick when all is there); set
# CONTAINERIZE_SKIP_SETUP=1 to skip that. Under CI=true, tests fail when a service they need does not answer.
# Prints, last, one line: "tests: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
[ "${CONTAINERIZE_SKIP_SETUP:-}" = 1 ] || bash "$root/build/setup-test-services.sh"
status=0
dotnet test Containerize.Sdk.sln -c Release --nologo --logger "trx" --results-directory "$results" "$@" || status=$?
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
        # Tests that did not run are counted, never hidden: MSTest's inconclusive and not-executed outcomes.
        skipped += int(counters.get("inconclusive", 0)) + int(counters.get("notExecuted", 0)) + int(counters.get("pending", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
