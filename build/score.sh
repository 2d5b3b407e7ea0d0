#!/usr/bin/env bash
# Scores the linter on the graded .NET corpus (../shared/corpus/dotnet-dockerfiles, strict scoring) and prints the totals.
#   build/score.sh                 build the CLI into artifacts/cli, run score.py with our concepts map
#   build/score.sh --markdown x.md also write the full per-concept report
# Env: CONTAINERIZE_CORPUS (default ../shared/corpus). The corpus was graded as of August 2026, so the lint date is
# pinned to 2026-08-15 here (CONTAINERIZE_LINT_DATE); without it, rules that depend on the date use today's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CONTAINERIZE_CORPUS:-$root/../shared/corpus}"
graded="$corpus/dotnet-dockerfiles"
[ -f "$graded/score.py" ] || { echo "score: graded corpus not found at $graded (set CONTAINERIZE_CORPUS)" >&2; exit 2; }
dotnet build "$root/src/Containerize.Cli" -c Release -nologo -v:q -o "$root/artifacts/cli" >/dev/null
CONTAINERIZE_LINT_DATE="${CONTAINERIZE_LINT_DATE:-2026-08-15}" CONTAINERIZE_CLI="$root/artifacts/cli/containerize.dll" \
  python3 "$graded/score.py" --concepts "$root/tests/Containerize.Linting.Tests/testdata/concepts.tsv" "$@"
