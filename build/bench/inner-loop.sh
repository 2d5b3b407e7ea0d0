#!/usr/bin/env bash
# The inner loop: a one-line code change, then an image, on samples/webapi and samples/solution. Five rounds each
# (BENCH_ROUNDS), median seconds of:
#   ours     dotnet publish -p:ContainerizeImage=true                        (Containerize.Sdk)
#   sdk      dotnet publish -t:PublishContainer, same base image as ours      (the .NET SDK's container support)
#   floor    dotnet publish                                                   (no image at all)
# The two others run on a copy of the sample without Containerize.Sdk. Then a dependency change (one package
# added to samples/webapi): the full Dockerfile build (ContainerizeInnerLoop=false) with the generated
# Dockerfile's BuildKit form (NuGet cache mount) and with its classic form, when the packed SDK has the former.
# Every image and container is named inner-loop-bench-*.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
reg=localhost:5000/dotnet
work="${TMPDIR:-/tmp}/inner-loop-bench"
rounds="${BENCH_ROUNDS:-5}"
export ContainerizeImageRegistry=$reg DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }
# A real code change (new IL each round): a constant at the end of Program.cs.
code_change() { sed -i '/^static class BenchMarker/d' "$1"; echo "static class BenchMarker { public const string Value = \"$(date +%s%N)\"; }" >> "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
run() { local log="$1"; shift; "$@" > "$log" 2>&1 || { echo "bench: failed: $* (log: $log)" >&2; tail -30 "$log" >&2; exit 1; }; }

bash "$root/build/pack.sh" >/dev/null
rm -rf "$work"; mkdir -p "$work"
results="$work/results.tsv"; : > "$results"

bench_sample() {   # bench_sample SAMPLE PROJECT(relative) PROGRAM(relative)
  local sample="$1" project="$2" program="$3" s="$work/$1"
  bash "$root/build/prepare-sample.sh" "$sample" "$s/ours" >/dev/null
  bash "$root/build/prepare-sample.sh" "$sample" "$s/sdk" >/dev/null
  sed -i '/Containerize.Sdk/d' "$s/sdk/$project"
  cp -r "$s/sdk" "$s/floor"
  local tag="inner-loop-bench-$sample"
  # The timed commands all run at the CLI's default verbosity; the image step's own split (engine build, layer
  # report, printed by BuildContainerImage at -v:n) comes from untimed rounds after them (ours_split).
  ours() { run "$s/ours.log" dotnet publish "$s/ours/$project" -nologo -p:ContainerizeImage=true -p:ContainerRepository="$tag-ours" -p:ContainerImageTags=latest "$@"; }
  # The generated Dockerfile names the base image; PublishContainer gets the same one.
  dotnet build "$s/ours/$project" -nologo -v:q >/dev/null
  # (its FROM names the registry through the ContainerizeImageRegistry build argument, set here to $reg).
  local base; base=$(grep '^FROM ' "$(dirname "$s/ours/$project")/Dockerfile" | tail -1 | awk '{print $2}' | sed "s#\${ContainerizeImageRegistry}#$reg#")
  sdk() { run "$s/sdk.log" dotnet publish "$s/sdk/$project" -nologo -t:PublishContainer -p:ContainerRepository="$tag-sdk" -p:ContainerImageTag=latest "-p:ContainerBaseImage=$base"; }
  floor() { run "$s/floor.log" dotnet publish "$s/floor/$project" -nologo; }
  ours; ours; sdk; floor                     # warm: restore, first image, base image pulled
  local o=() k=() f=() b=() r=() t step
  for i in $(seq "$rounds"); do
    code_change "$s/ours/$program"; t=$(now); ours; o+=("$(since "$t")")
    code_change "$s/sdk/$program"; t=$(now); sdk; k+=("$(since "$t")")
    code_change "$s/floor/$program"; t=$(now); floor; f+=("$(since "$t")")
  done
  for i in 1 2 3; do
    code_change "$s/ours/$program"; ours -v:n
    step=$(grep -o 'streamed; build [0-9.]*s; layer report [0-9.]*s' "$s/ours.log" | head -1 | sed -E 's/streamed; build ([0-9.]*)s; layer report ([0-9.]*)s/\1 \2/')
    b+=("${step% *}"); r+=("${step#* }")
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$sample" "$(median "${o[@]}")" "$(median "${k[@]}")" "$(median "${f[@]}")" "${o[*]}" "${k[*]}" "${f[*]}" "$base" "$(median "${b[@]}")" "$(median "${r[@]}")" >> "$results"
}

bench_sample webapi src/WebApi/WebApi.csproj src/WebApi/Program.cs
bench_sample solution src/Api/Api.csproj src/Api/Program.cs

# Dependency change: one package added, then the full Dockerfile build, BuildKit form (cache mount) vs classic form.
deps="$work/deps"
dep_round() {   # dep_round NAME PROPERTIES... : prints seconds of the image build after adding a package
  local name="$1"; shift
  bash "$root/build/prepare-sample.sh" webapi "$deps/$name" >/dev/null
  local p="$deps/$name/src/WebApi/WebApi.csproj"
  run "$deps/$name.log" dotnet publish "$p" -nologo -p:ContainerizeImage=true -p:ContainerizeInnerLoop=false -p:ContainerRepository="inner-loop-bench-deps-$name" "$@"
  sed -i "s#</Project>#  <ItemGroup><PackageReference Include=\"Humanizer.Core\" Version=\"2.14.1\" /></ItemGroup>\n</Project>#" "$p"
  local t; t=$(now)
  run "$deps/$name.log" dotnet publish "$p" -nologo -p:ContainerizeImage=true -p:ContainerizeInnerLoop=false -p:ContainerRepository="inner-loop-bench-deps-$name" "$@"
  since "$t"
}
dep_bk=n/a dep_classic=n/a
if unzip -p "$(ls "$root"/artifacts/packages/Containerize.Sdk.*.nupkg | sort -V | tail -1)" 'build/Containerize.Sdk.targets' | grep -q 'ContainerizeBuilder'; then
  dep_classic=$(dep_round classic -p:ContainerizeBuildKit=false -p:ContainerizeBuilder=classic)
  dep_bk=$(dep_round buildkit -p:ContainerizeBuildKit=true -p:ContainerizeBuilder=buildkit)
fi

python3 - "$results" "$rounds" "$dep_bk" "$dep_classic" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
load = open("/proc/loadavg").read().split()[:3]
print(f"inner loop: one-line code change, then the command; median of {sys.argv[2]} rounds (seconds); load average now {' '.join(load)}")
print(f"  {'sample':10} {'ours':>7} {'PublishContainer':>17} {'floor':>7} {'ours/PC':>8} {'ours/floor':>11}  base image")
for sample, o, k, f, ro, rk, rf, base, build, report in rows:
    o, k, f = float(o), float(k), float(f)
    print(f"  {sample:10} {o:7.2f} {k:17.2f} {f:7.2f} {o/k:8.2f} {o/f:11.2f}  {base}")
    print(f"    rounds: ours {ro} | PublishContainer {rk} | floor {rf}")
    print(f"    ours' image step (median of 3 more rounds at -v:n, untimed): engine build {build}s, layer report {report}s")
print("  targets: ours/PC <= 0.90, ours/floor <= 1.30")
bk, classic = sys.argv[3], sys.argv[4]
if bk == "n/a":
    print("dependency change: n/a (the packed SDK has no BuildKit builder: ContainerizeBuilder unknown)")
else:
    print(f"dependency change (Humanizer.Core added to webapi), full Dockerfile build: BuildKit + NuGet cache mount {float(bk):.2f}s, classic {float(classic):.2f}s")
PY
