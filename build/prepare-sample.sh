#!/usr/bin/env bash
# Copies a sample into a work folder as a user's checkout would look, with the freshly packed SDK as a local
# package source inside it (so the container's own restore finds it too).
# Usage: build/prepare-sample.sh SAMPLE_NAME DEST_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$1" dest="$2"
[ -d "$root/samples/$sample" ] || { echo "prepare-sample: no sample '$sample' under samples/" >&2; exit 2; }
nupkg=$(ls -t "$root"/artifacts/packages/Containerize.Sdk.*.nupkg 2>/dev/null | head -1)   # the newest pack (hash versions do not sort by age)
[ -n "$nupkg" ] || { echo "prepare-sample: no Containerize.Sdk package: run build/pack.sh first" >&2; exit 2; }
version=$(basename "$nupkg" | sed -E 's/^Containerize\.Sdk\.(.*)\.nupkg$/\1/')
rm -rf "$dest"; mkdir -p "$dest"
cp -r "$root/samples/$sample/." "$dest/"
mkdir -p "$dest/packages"; cp "$nupkg" "$dest/packages/"
# NuGet.config: add the local feed after <clear/>; global.json: pin the packed version.
sed -i 's#<clear />#<clear />\n    <add key="containerize-local" value="packages" />#' "$dest/NuGet.config"
sed -i -E "s#(\"Containerize.Sdk\": *\")[^\"]*\"#\\1$version\"#" "$dest/global.json"
echo "$dest"
