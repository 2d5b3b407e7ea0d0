#!/usr/bin/env bash
# dotnet publish -p:ContainerizeImage=true (Engine API + layer report) against 'docker build' with the CLI, on the
# same Dockerfile and context: cold (no layer cache) and warm (nothing changed); then the cost of streaming a
# 200 MB context and of the layer report.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${TMPDIR:-/tmp}/containerize-bench-publish"
export ContainerizeImageRegistry=localhost:5000/dotnet DOCKER_BUILDKIT=0
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.2f", b-a}'; }
bash "$root/build/pack.sh" >/dev/null
rm -rf "$work"; bash "$root/build/prepare-sample.sh" webapi "$work/webapi" >/dev/null
p="$work/webapi/src/WebApi/WebApi.csproj"
dotnet build "$p" -nologo -v:q >/dev/null                          # generate the Dockerfile, warm the build

t=$(now); dotnet build "$p" -nologo -v:q -t:ContainerizeImage -p:ContainerizeNoCache=true -p:ContainerRepository=bench-ours >/dev/null; ours_cold=$(secs "$t")
t=$(now); dotnet build "$p" -nologo -v:q -t:ContainerizeImage -p:ContainerRepository=bench-ours >/dev/null; ours_warm=$(secs "$t")
t=$(now); docker build -q --no-cache -f "$work/webapi/src/WebApi/Dockerfile" -t bench-cli "$work/webapi" >/dev/null 2>&1; cli_cold=$(secs "$t")
t=$(now); docker build -q -f "$work/webapi/src/WebApi/Dockerfile" -t bench-cli "$work/webapi" >/dev/null 2>&1; cli_warm=$(secs "$t")

# 200 MB context: a console project whose Dockerfile copies a 200 MB data folder into the image.
bash "$root/build/prepare-sample.sh" wasteful "$work/big" >/dev/null
mkdir -p "$work/big/data"; head -c 200000000 /dev/urandom > "$work/big/data/blob.bin"
printf 'FROM localhost:5000/dotnet/runtime-deps:10.0-noble-chiseled\nCOPY data/ /data/\nUSER 1654\n' > "$work/big/src/Wasteful/Dockerfile"
b="$work/big/src/Wasteful/Wasteful.csproj"
dotnet build "$b" -nologo -v:q >/dev/null
t=$(now); out=$(dotnet build "$b" -nologo -v:n -t:ContainerizeImage -p:ContainerRepository=bench-big -p:ContainerizeNoCache=true); big_ours=$(secs "$t")
timing=$(echo "$out" | grep -o "context .* streamed; build .*s; layer report .*s" | head -1)
t=$(now); docker build -q --no-cache -f "$work/big/src/Wasteful/Dockerfile" -t bench-big-cli "$work/big" >/dev/null 2>&1; big_cli=$(secs "$t")

python3 - "$ours_cold" "$ours_warm" "$cli_cold" "$cli_warm" "$big_ours" "$big_cli" "$timing" <<'PY'
import sys
oc, ow, cc, cw, bo, bc = (float(x) for x in sys.argv[1:7])
print("web API sample, same Dockerfile and context (seconds; ours includes MSBuild start-up and the layer report)")
print(f"  {'':36} {'cold':>7} {'warm':>7}")
print(f"  {'dotnet build -t:ContainerizeImage':36} {oc:7.2f} {ow:7.2f}")
print(f"  {'docker build (CLI, classic builder)':36} {cc:7.2f} {cw:7.2f}")
print(f"  ratio ours/CLI: cold {oc/cc:.2f}x, warm {ow/cw:.2f}x")
print(f"200 MB context, COPY into the image, no cache: ours {bo:.2f}s, CLI {bc:.2f}s, ratio {bo/bc:.2f}x")
print(f"  ours: {sys.argv[7]}")
PY
