#!/usr/bin/env bash
# The main job, on a fresh machine: start a Docker engine and make the local .NET base images (if needed),
# pack the SDK, containerize the web API sample (dotnet build writes the Dockerfile, dotnet publish builds the
# image through the Engine API and reports its layers), run it, show it answering.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Docker engine, local .NET base images, registry (build/infra/setup-all.sh)"
bash build/infra/setup-all.sh

say "Pack Containerize.Sdk (build/pack.sh)"
bash build/pack.sh

work="${CONTAINERIZE_DEMO_DIR:-${TMPDIR:-/tmp}/containerize-demo}/webapi"   # outside this repository, as a user's checkout is
say "The web API sample as a user's checkout: $work"
bash build/prepare-sample.sh webapi "$work" >/dev/null
grep -n "Containerize.Sdk" "$work/src/WebApi/WebApi.csproj" "$work/global.json"

say "dotnet build  ->  Dockerfile"
# The local stand-ins of mcr.microsoft.com/dotnet live under localhost:5000/dotnet (no public registry here).
ContainerizeImageRegistry=localhost:5000/dotnet dotnet build "$work/src/WebApi/WebApi.csproj" -nologo -v:m
cat "$work/src/WebApi/Dockerfile"

say "dotnet publish -p:ContainerizeImage=true  ->  image, through the Docker Engine API, with its layer report"
ContainerizeImageRegistry=localhost:5000/dotnet dotnet publish "$work/src/WebApi/WebApi.csproj" -nologo -v:m \
  -p:ContainerizeImage=true -p:ContainerRepository=containerize-demo/webapi -p:ContainerImageTags=latest

say "docker run, then ask it over HTTP"
docker rm -f containerize-demo >/dev/null 2>&1 || true
docker run -d --name containerize-demo -p 127.0.0.1::8080 containerize-demo/webapi:latest >/dev/null
port=$(docker port containerize-demo 8080/tcp | head -1 | sed 's/.*://')
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.5; done
echo "GET http://127.0.0.1:$port/"
curl -sS -w '  [HTTP %{http_code}]\n' "http://127.0.0.1:$port/"
echo "GET http://127.0.0.1:$port/weatherforecast"
curl -sS -w '  [HTTP %{http_code}]\n' "http://127.0.0.1:$port/weatherforecast"
echo "user: $(docker inspect -f '{{.Config.User}}' containerize-demo)   size: $(docker image inspect -f '{{.Size}}' containerize-demo/webapi:latest | awk '{printf "%.1f MB", $1/1e6}')"
if docker exec containerize-demo sh -c true >/dev/null 2>&1; then echo "a shell exists in the image (unexpected)"; exit 1; else echo "no shell in the image: docker exec sh fails, as it should"; fi
docker rm -f containerize-demo >/dev/null
