#!/usr/bin/env bash
# The long fuzz run: mutates corpus Dockerfiles ITERATIONS times (default 1,000,000) and checks the parser never
# throws and stays coherent (spans inside the text, write/parse round trip), then runs ITERATIONS more through every
# rule, the pragmas and BuildKit's check directive (no exception, no rule failure). CI runs the same tests with 10,000.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
iterations="${1:-1000000}"
export CONTAINERIZE_FUZZ_ITERATIONS="$iterations"
start=$(date +%s)
dotnet test "$root/tests/Containerize.Dockerfiles.Tests" -c Release --nologo \
  --filter "FullyQualifiedName~FuzzTests.Parser_never_throws_on_mutated_corpus_files" \
  --logger "console;verbosity=detailed" | grep -E "fuzz:|Passed!|Failed!|CsCheck|Exception" || true
dotnet test "$root/tests/Containerize.Linting.Tests" -c Release --nologo \
  --filter "FullyQualifiedName~LintFuzzTests" \
  --logger "console;verbosity=detailed" | grep -E "fuzz|Passed!|Failed!|CsCheck|Exception" || true
echo "fuzz: $iterations iterations (parser) + $iterations (rules and directives) in $(( $(date +%s) - start )) s"
