#!/usr/bin/env bash
# Runs every test of the solution (unit, corpus, fuzz, analyzer, end-to-end). Tests that need Docker expect an
# engine (build/infra/setup-all.sh starts one); under CI=true they fail when none answers.
# Prints, last, one line: "tests: N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test Containerize.Sdk.sln -c Release --nologo --logger "trx" --results-directory "$results" "$@" || status=$?
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
print(f"tests: {passed} passed, {failed} failed")
PY
exit $status
