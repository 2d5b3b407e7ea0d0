#!/usr/bin/env bash
# start-podman.sh - Podman's Docker-compatible API on a unix socket, rootful, with the local .NET base images in
# Podman's own storage (Podman cannot see the Docker engine's images: they are pulled from the loopback registry).
#
# Idempotent: installs Debian's podman if missing (apt), marks the loopback registry as plain HTTP in
# /etc/containers/registries.conf.d/, starts `podman system service` in the background unless the socket answers,
# then pulls every image it is asked for that Podman does not have yet.
#
# Usage: build/infra/start-podman.sh [IMAGE...]
#   IMAGE...   images to pull from the loopback registry (default: the runtime images the samples use and sdk:10.0)
# Env:
#   PODMAN_SOCKET        socket path (default /run/podman/podman.sock); use DOCKER_HOST=unix://$PODMAN_SOCKET
#   PODMAN_DIR           log and pid file (default ${TMPDIR:-/tmp}/podman-service)
#   REGISTRY_ADDR        the loopback registry (default 127.0.0.1:5000), reached as localhost:<port>
#   PODMAN_START_TIMEOUT seconds to wait for the socket (default 30)
# Stop it: kill "$(cat "$PODMAN_DIR/podman.pid")"
set -euo pipefail

socket="${PODMAN_SOCKET:-/run/podman/podman.sock}"
dir="${PODMAN_DIR:-${TMPDIR:-/tmp}/podman-service}"
addr="${REGISTRY_ADDR:-127.0.0.1:5000}"
port="${addr##*:}"
timeout_s="${PODMAN_START_TIMEOUT:-30}"

t0=$(date +%s.%N)
say() { printf '[start-podman %5.1fs] %s\n' "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$*" >&2; }
up() { curl -fsS -o /dev/null --max-time 2 --unix-socket "$socket" http://d/_ping 2>/dev/null; }

if ! command -v podman >/dev/null; then
  say "installing podman (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q podman >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q podman >/dev/null; }
fi

# The loopback registry speaks plain HTTP: tell containers/image (both names the images are addressed by).
conf=/etc/containers/registries.conf.d/50-containerize-loopback.conf
want=$(printf '[[registry]]\nlocation = "localhost:%s"\ninsecure = true\n\n[[registry]]\nlocation = "%s"\ninsecure = true\n' "$port" "$addr")
if [ "$(cat "$conf" 2>/dev/null)" != "$want" ]; then
  mkdir -p "$(dirname "$conf")"; printf '%s\n' "$want" > "$conf"
  say "wrote $conf (localhost:$port and $addr over plain HTTP)"
fi

if up; then
  say "podman service already answering on $socket"
else
  mkdir -p "$dir" "$(dirname "$socket")"
  rm -f "$socket"
  say "starting podman system service on unix://$socket (log $dir/podman.log)"
  # setsid: own session, so it outlives this script; --time=0: never exit on idle.
  setsid podman system service --time=0 "unix://$socket" </dev/null >>"$dir/podman.log" 2>&1 &
  echo $! > "$dir/podman.pid"
  deadline=$(( $(date +%s) + timeout_s ))
  until up; do
    if ! kill -0 "$(cat "$dir/podman.pid")" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      say "ERROR: podman not answering on $socket; log:"; tail -n 20 "$dir/podman.log" >&2; exit 1
    fi
    sleep 0.1
  done
  say "podman service up (pid $(cat "$dir/podman.pid"), $(podman version --format '{{.Server.Version}}' 2>/dev/null || echo '?'))"
fi

# Podman raises each container's open-files and process limits to its own defaults; where root may not raise limits
# (no CAP_SYS_RESOURCE, as in some VMs and CI sandboxes) runc then fails with "error setting rlimit". Ask for the hard
# limits the service itself runs with instead (the service reads containers.conf when it starts: restart it once).
limits=/etc/containers/containers.conf.d/50-containerize-ulimits.conf
pid=$(cat "$dir/podman.pid" 2>/dev/null || true)
if [ -n "$pid" ] && [ -r "/proc/$pid/limits" ]; then
  nofile=$(awk '/^Max open files/ {print $5}' "/proc/$pid/limits"); nproc=$(awk '/^Max processes/ {print $4}' "/proc/$pid/limits")
else
  nofile=$(ulimit -Hn); nproc=$(ulimit -Hu)
fi
want_limits=$(printf '[containers]\ndefault_ulimits = [\n  "nofile=%s:%s",\n  "nproc=%s:%s",\n]' "$nofile" "$nofile" "$nproc" "$nproc")
if [ "$(cat "$limits" 2>/dev/null)" != "$want_limits" ]; then
  mkdir -p "$(dirname "$limits")"; printf '%s\n' "$want_limits" > "$limits"
  say "wrote $limits (open files $nofile, processes $nproc)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; while up; do sleep 0.1; done
    setsid podman system service --time=0 "unix://$socket" </dev/null >>"$dir/podman.log" 2>&1 &
    echo $! > "$dir/podman.pid"
    until up; do sleep 0.1; done
    say "podman service restarted (pid $(cat "$dir/podman.pid"))"
  fi
fi

images=("$@")
if [ ${#images[@]} -eq 0 ]; then
  for repo in aspnet runtime runtime-deps; do
    for tag in 10.0-noble-chiseled 10.0-noble-chiseled-extra; do images+=("localhost:$port/dotnet/$repo:$tag"); done
  done
  images+=("localhost:$port/dotnet/sdk:10.0")
fi
for img in "${images[@]}"; do
  if podman image exists "$img"; then continue; fi
  s=$(date +%s.%N)
  podman pull -q "$img" >/dev/null
  say "pulled $img into podman in $(awk -v a="$s" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')s"
done
