#!/usr/bin/env bash
# Benchmarks, run as separate commands (never as timed tests).
#   build/bench.sh parse    parse the 100 real Dockerfiles with our parser and with dockerfile-ast, side by side
#   build/bench.sh lint     lint them with our rules and with dockerfile-utils, side by side
#   build/bench.sh analyzer the analyzer's cost in a real dotnet build of the web sample (ReportAnalyzer)
#   build/bench.sh images   the web sample three ways: ours, a VS-style Dockerfile, dotnet PublishContainer
#   build/bench.sh publish  image build through the Engine API vs the docker CLI; 200 MB context streaming
# Env: BENCH_SECONDS (default 3) per measurement; CONTAINERIZE_CORPUS (default ../shared/corpus).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CONTAINERIZE_CORPUS:-$root/../shared/corpus}"
what="${1:-parse}"

[ -d "$corpus/real-dockerfiles" ] || { echo "bench: corpus not found at $corpus (set CONTAINERIZE_CORPUS)" >&2; exit 2; }

node_peers() {
  if [ ! -d "$root/build/bench/node/node_modules/dockerfile-ast" ]; then
    (cd "$root/build/bench/node" && npm install --no-audit --no-fund --silent >/dev/null)
  fi
}

files() { find "$corpus/real-dockerfiles" -type f ! -name index.json | sort; }

case "$what" in
  parse)
    node_peers
    dotnet build "$root/build/bench/Containerize.Benchmarks" -c Release -nologo -v:q >/dev/null
    ours=$(files | dotnet "$root/artifacts/bin/Containerize.Benchmarks/release/Containerize.Benchmarks.dll" parse)
    theirs=$(files | node --expose-gc "$root/build/bench/node/parse.mjs")
    python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"parse: {ours['files']} real Dockerfiles, {ours['bytes']/1024:.1f} KiB, each measured for BENCH_SECONDS (default 3) after warm-up")
print(f"  {'parser':28} {'MB/s':>9} {'passes':>7} {'bytes/file':>22}")
print(f"  {ours['parser']:28} {ours['mbPerSecond']:9.2f} {ours['iterations']:7d} {ours['allocatedBytesPerFile']:>12} allocated")
ret = theirs.get('retainedBytesPerFile')
print(f"  {theirs['parser']:28} {theirs['mbPerSecond']:9.2f} {theirs['iterations']:7d} {(str(ret) if ret is not None else 'n/a'):>12} retained (V8 heap)")
print(f"  throughput ratio (ours / dockerfile-ast): {ours['mbPerSecond']/theirs['mbPerSecond']:.1f}x")
PY
    ;;
  lint)
    node_peers
    dotnet build "$root/build/bench/Containerize.Benchmarks" -c Release -nologo -v:q >/dev/null
    ours=$(files | dotnet "$root/artifacts/bin/Containerize.Benchmarks/release/Containerize.Benchmarks.dll" lint)
    theirs=$(files | node "$root/build/bench/node/lint.mjs")
    python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"lint: {ours['files']} real Dockerfiles, each run measured for BENCH_SECONDS (default 3) after warm-up")
print(f"  {'linter':24} {'files/s':>10} {'ms/file':>9} {'findings':>9}")
for r in (ours, theirs):
    print(f"  {r['linter']:24} {r['filesPerSecond']:10.0f} {1000/r['filesPerSecond']:9.3f} {r['findings']:9d}")
print(f"  speed ratio (ours / dockerfile-utils): {ours['filesPerSecond']/theirs['filesPerSecond']:.1f}x")
PY
    ;;
  analyzer)
    # The analyzer's share of a real dotnet build of the web sample (-p:ReportAnalyzer=true, binary log).
    bash "$root/build/pack.sh" >/dev/null
    work="${TMPDIR:-/tmp}/containerize-bench-analyzer"
    bash "$root/build/prepare-sample.sh" webapi "$work" >/dev/null
    dotnet build "$work/src/WebApi/WebApi.csproj" -nologo -v:q >/dev/null   # restore and warm up
    touch "$work/src/WebApi/Program.cs"
    dotnet build "$work/src/WebApi/WebApi.csproj" -nologo -v:diag -p:ReportAnalyzer=true > "$work/build.log"
    python3 - "$work/build.log" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
total = re.search(r"Total analyzer execution time: ([0-9.]+) seconds", text)
ours = [l.strip() for l in text.splitlines() if "Containerize.Analyzers" in l and re.search(r"\d", l)]
print("analyzer cost in 'dotnet build' of samples/webapi (-p:ReportAnalyzer=true):")
print("  all analyzers:", (total.group(1) + " s") if total else "n/a")
for l in ours[:3]:
    print("  " + l)
PY
    ;;
  images)
    bash "$root/build/bench/images.sh" ;;
  publish)
    bash "$root/build/bench/publish.sh" ;;
  *)
    echo "usage: build/bench.sh parse|lint|analyzer|images|publish" >&2; exit 2 ;;
esac
