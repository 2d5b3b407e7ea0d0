#!/usr/bin/env bash
# crossgen-tasks.sh OUT DLL...: ReadyToRun images (linux-x64, against this machine's .NET 10 runtime and SDK) of the
# task assemblies the package ships (Containerize.Sdk.csproj's _ContainerizePackTasks passes them), written to OUT.
# BouncyCastle (TLS client certificates only, 11 MB as R2R) is copied as it is. crossgen2 is the
# Microsoft.NETCore.App.Crossgen2.linux-x64 package that the analyzers' R2R publish (build/pack.sh) restores.
set -euo pipefail
out="$1"; shift
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
runtime="$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" && $2 ~ /^10\./ {print $2}' | sort -V | tail -1)"
framework="$dotnet_root/shared/Microsoft.NETCore.App/$runtime"
sdk="$dotnet_root/sdk/$(dotnet --version)"
crossgen="$packages/microsoft.netcore.app.crossgen2.linux-x64/$runtime/tools/crossgen2"
[ -x "$crossgen" ] || crossgen="$(ls -d "$packages"/microsoft.netcore.app.crossgen2.linux-x64/10.*/tools/crossgen2 2>/dev/null | sort -V | tail -1)"
[ -x "$crossgen" ] || { echo "crossgen-tasks: crossgen2 not found under $packages (publish build/r2r first)" >&2; exit 1; }

rm -rf "$out"; mkdir -p "$out"
for dll in "$@"; do
  name="$(basename "$dll")"
  case "$name" in BouncyCastle.*) cp "$dll" "$out/$name"; continue ;; esac
  "$crossgen" "$dll" -o "$out/$name" -r "$framework/*.dll" -r "$(dirname "$dll")/*.dll" -r "$sdk/Microsoft.Build*.dll" \
    --targetos:linux --targetarch:x64 -O >"$out/$name.log" 2>&1 || { echo "crossgen-tasks: $name failed:" >&2; cat "$out/$name.log" >&2; exit 1; }
  rm -f "$out/$name.log"
done
