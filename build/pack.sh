#!/usr/bin/env bash
# Packs the SDK (and the containerize tool) into artifacts/packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/packages"
mkdir -p "$out"
# One package only: prepare-sample.sh takes the newest by version, and versions differ by commit hash, not by age.
rm -f "$out"/Containerize.Sdk.*.nupkg
# ReadyToRun images of the analyzer assemblies (cold start in every build without a compiler server).
rm -rf "$root/artifacts/r2r"
dotnet publish "$root/build/r2r/Containerize.Analyzers.R2R.csproj" -c Release -o "$root/artifacts/r2r" --nologo -v:q
# Only this build's package stays: versions differ by commit hash, which `sort -V` (prepare-sample.sh) does not order by time.
rm -f "$out"/Containerize.Sdk.*.nupkg
# The BuildKit session host, shipped beside the tasks (tasks/netstandard2.0/session).
rm -rf "$root/artifacts/session"
dotnet publish "$root/src/Containerize.Session/Containerize.Session.csproj" -c Release -o "$root/artifacts/session" -p:UseAppHost=false --nologo -v:q
dotnet pack "$root/sdk/Containerize.Sdk/Containerize.Sdk.csproj" -c Release -o "$out" --nologo -v:q
# NuGet caches a package by id and version: drop the cached copy so the next restore takes this build.
version=$(ls -t "$out"/Containerize.Sdk.*.nupkg | head -1 | sed -E 's#.*/Containerize\.Sdk\.(.*)\.nupkg#\1#')
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/containerize.sdk/$version"
echo "$out/Containerize.Sdk.$version.nupkg"
