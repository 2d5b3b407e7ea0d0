#!/usr/bin/env bash
# Builds the web API sample three ways on the same local base images and compares image size and the warm
# rebuild time after a code-only change:
#   ours       Containerize.Sdk's generated Dockerfile (dotnet build, then docker build)
#   vs-style   a Visual-Studio-style Dockerfile on the full aspnet:10.0 image (docker build)
#   sdk        dotnet publish -t:PublishContainer (the .NET SDK's container support, its default full aspnet base)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
reg=localhost:5000/dotnet
work="${TMPDIR:-/tmp}/containerize-bench-images"
export ContainerizeImageRegistry=$reg DOCKER_BUILDKIT=0
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }
size() { docker image inspect -f '{{.Size}}' "$1"; }
code_change() { echo "// change $(date +%s%N)" >> "$1/src/WebApi/Program.cs"; }

bash "$root/build/pack.sh" >/dev/null
rm -rf "$work"; mkdir -p "$work"

# ours
bash "$root/build/prepare-sample.sh" webapi "$work/ours" >/dev/null
dotnet build "$work/ours/src/WebApi/WebApi.csproj" -nologo -v:q >/dev/null
docker build -q -f "$work/ours/src/WebApi/Dockerfile" -t bench/ours "$work/ours" >/dev/null 2>&1
code_change "$work/ours"; t=$(now)
dotnet build "$work/ours/src/WebApi/WebApi.csproj" -nologo -v:q >/dev/null
docker build -q -f "$work/ours/src/WebApi/Dockerfile" -t bench/ours "$work/ours" >/dev/null 2>&1
ours_rebuild=$(secs "$t")

# the same project without Containerize.Sdk, for the two others
plain() { bash "$root/build/prepare-sample.sh" webapi "$1" >/dev/null; sed -i '/Containerize.Sdk/d' "$1/src/WebApi/WebApi.csproj"; }
plain "$work/vs"
cp "$root/build/bench/images/vs-style.Dockerfile" "$work/vs/Dockerfile"
printf '**/bin\n**/obj\n' > "$work/vs/.dockerignore"
docker build -q -f "$work/vs/Dockerfile" -t bench/vs "$work/vs" >/dev/null 2>&1
code_change "$work/vs"; t=$(now)
docker build -q -f "$work/vs/Dockerfile" -t bench/vs "$work/vs" >/dev/null 2>&1
vs_rebuild=$(secs "$t")

plain "$work/sdk"
publish() { dotnet publish "$work/sdk/src/WebApi/WebApi.csproj" -nologo -v:q -t:PublishContainer -p:ContainerRepository=bench/sdk -p:ContainerImageTag=latest "-p:ContainerBaseImage=$reg/aspnet:10.0" >/dev/null; }
publish
code_change "$work/sdk"; t=$(now)
publish
sdk_rebuild=$(secs "$t")

python3 - "$(size bench/ours)" "$(size bench/vs)" "$(size bench/sdk)" "$ours_rebuild" "$vs_rebuild" "$sdk_rebuild" <<'PY'
import sys
so, sv, ss, ro, rv, rs = (float(x) for x in sys.argv[1:])
print("web API sample, same local base images; warm rebuild = after a code-only change")
print(f"  {'':28} {'image MB':>9} {'rebuild s':>10}")
print(f"  {'Containerize.Sdk':28} {so/1e6:9.1f} {ro:10.2f}")
print(f"  {'Visual-Studio-style':28} {sv/1e6:9.1f} {rv:10.2f}")
print(f"  {'dotnet PublishContainer':28} {ss/1e6:9.1f} {rs:10.2f}")
print(f"  size ratio: VS-style/ours {sv/so:.2f}x, PublishContainer/ours {ss/so:.2f}x")
print(f"  rebuild ratio: VS-style/ours {rv/ro:.2f}x, PublishContainer/ours {rs/ro:.2f}x")
PY
