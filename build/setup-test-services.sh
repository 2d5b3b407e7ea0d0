#!/usr/bin/env bash
# Everything the test suite needs on this machine, idempotent and quick when already there: the Docker engine,
# the local .NET base images (the AOT SDK included), the loopback registry, and the tools some tests drive
# (socat for the mutual-TLS endpoint), Podman's API (build/infra/start-podman.sh), and Docker 26 beside the
# machine's engine (build/infra/start-docker26.sh). build/test.sh calls it first; add new services here, not in .ci/run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

apt_install() {   # apt_install PACKAGE... : installs what is missing, updating the lists once if needed
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 || { apt-get update -q >/dev/null; apt-get install -y -q "${missing[@]}" >/dev/null; }
}

BUILD_AOT_SDK=1 bash "$here/infra/setup-all.sh"
apt_install socat
bash "$here/infra/start-podman.sh"
# A current engine beside 20.10 (Debian 13's docker.io 26.1, own socket and bridge): the heredoc and COPY --link tests.
bash "$here/infra/start-docker26.sh"
# The authenticated NuGet feed of the private-feed tests (nginx with basic auth over a static v3 feed; the tests start it).
apt_install nginx-light openssl
