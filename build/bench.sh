#!/usr/bin/env bash
# Benchmarks, run as separate commands (never as timed tests).
#   build/bench.sh parse    parse the 100 real Dockerfiles with our parser and with dockerfile-ast, side by side
#   build/bench.sh lint     lint them with our rules and with dockerfile-utils, side by side
#   build/bench.sh analyzer the analyzer's cost in real dotnet builds of the web sample (ReportAnalyzer)
#   build/bench.sh analyzer-cold  the same first run alone in a fresh process (steadier; for comparing changes)
#   build/bench.sh images   the web sample three ways: ours, a VS-style Dockerfile, dotnet PublishContainer
#   build/bench.sh publish  image build through the Engine API vs the docker CLI; 200 MB context streaming
#   build/bench.sh inner-loop  code change → image: ours vs PublishContainer vs plain publish; a dependency change
# Env: BENCH_SECONDS (default 3) per measurement, BENCH_WARMUP_SECONDS (default 3) before the lint one; CONTAINERIZE_CORPUS (default ../shared/corpus).
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
print(f"lint: {ours['files']} real Dockerfiles; BENCH_SECONDS (default 3) of half-second slices after warm-up, median slice")
print(f"  {'linter':24} {'files/s':>10} {'ms/file':>9} {'slices (files/s)':>18} {'findings':>9}")
for r in (ours, theirs):
    spread = f"{r['slowestSlice']:.0f}-{r['fastestSlice']:.0f}"
    print(f"  {r['linter']:24} {r['filesPerSecond']:10.0f} {1000/r['filesPerSecond']:9.3f} {spread:>18} {r['findings']:9d}")
print(f"  speed ratio (ours / dockerfile-utils): {ours['filesPerSecond']/theirs['filesPerSecond']:.1f}x")
PY
    ;;
  analyzer)
    # The analyzer's share of real dotnet builds of the web sample (-p:ReportAnalyzer=true): each build touches
    # Program.cs and compiles again, so every compile loads the analyzer cold (no compiler server runs when
    # UseSharedCompilation=false, as on CI machines). BENCH_BUILDS builds (default 7); median, min and max.
    bash "$root/build/pack.sh" >/dev/null
    work="${TMPDIR:-/tmp}/containerize-bench-analyzer"
    bash "$root/build/prepare-sample.sh" webapi "$work" >/dev/null
    dotnet build "$work/src/WebApi/WebApi.csproj" -nologo -v:q >/dev/null   # restore and warm up
    for i in $(seq "${BENCH_BUILDS:-7}"); do
      touch "$work/src/WebApi/Program.cs"
      dotnet build "$work/src/WebApi/WebApi.csproj" -nologo -v:diag -p:ReportAnalyzer=true > "$work/build-$i.log"
    done
    python3 - "$work" "${BENCH_BUILDS:-7}" <<'PY'
import re, statistics, sys
work, builds = sys.argv[1], int(sys.argv[2])
ours, totals, shared = [], [], None
for i in range(1, builds + 1):
    text = open(f"{work}/build-{i}.log", encoding="utf-8", errors="replace").read()
    total = re.search(r"Total analyzer execution time: ([0-9.]+) seconds", text)
    line = re.search(r"^\s*([<0-9.]+)\s+[<0-9]+\s+Containerize\.Analyzers, Version", text, re.M)
    shared = shared or re.search(r"UseSharedCompilation' with value '(\w+)'", text)
    if total and line:
        totals.append(float(total.group(1)) * 1000)
        ours.append(0.0 if line.group(1).startswith("<") else float(line.group(1)) * 1000)
if not ours:
    sys.exit("no ReportAnalyzer output found in the build logs")
print(f"analyzer cost in 'dotnet build' of samples/webapi (-p:ReportAnalyzer=true), {len(ours)} builds"
      + (f", UseSharedCompilation={shared.group(1)}" if shared else ""))
print(f"  Containerize.Analyzers: median {statistics.median(ours):.0f} ms (min {min(ours):.0f}, max {max(ours):.0f}); target < 20 ms")
print(f"  all analyzers together: median {statistics.median(totals):.0f} ms")
print("  per build (ms): " + " ".join(f"{v:.0f}" for v in ours))
PY
    ;;
  analyzer-cold)
    # The same cost without the noise of a real build: a fresh process hosts Roslyn's analyzer driver, warms it
    # with an analyzer of the same shape, then runs ours (the packed ReadyToRun image) alone over the web sample.
    bash "$root/build/pack.sh" >/dev/null
    work="${TMPDIR:-/tmp}/containerize-bench-analyzer"
    bash "$root/build/prepare-sample.sh" webapi "$work" >/dev/null
    dotnet build "$work/src/WebApi/WebApi.csproj" -nologo -v:q >/dev/null   # writes the context manifest
    dotnet build "$root/build/bench/Containerize.AnalyzerCold" -c Release -nologo -v:q >/dev/null
    manifest=$(ls "$work"/src/WebApi/obj/Debug/*/WebApi.containerize-context)
    for i in $(seq "${BENCH_BUILDS:-7}"); do
      dotnet "$root/artifacts/bin/Containerize.AnalyzerCold/release/Containerize.AnalyzerCold.dll" "$root/artifacts/r2r" \
        "$work/src/WebApi/Dockerfile" "$manifest" TargetFramework=net10.0 AssemblyName=WebApi OutputType=Exe UsingMicrosoftNETSdkWeb=true
    done | python3 -c '
import re, statistics, sys
times = [float(m.group(1)) for m in (re.search(r"execution time ([0-9.]+) ms", l) for l in sys.stdin) if m]
print(f"analyzer alone in a fresh process (Roslyn driver warmed), {len(times)} runs:")
print(f"  median {statistics.median(times):.1f} ms (min {min(times):.1f}, max {max(times):.1f})")'
    ;;
  images)
    bash "$root/build/bench/images.sh" ;;
  publish)
    bash "$root/build/bench/publish.sh" ;;
  inner-loop)
    bash "$root/build/bench/inner-loop.sh" ;;
  *)
    echo "usage: build/bench.sh parse|lint|analyzer|analyzer-cold|images|publish|inner-loop" >&2; exit 2 ;;
esac
