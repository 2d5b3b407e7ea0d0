#!/usr/bin/env bash
# start-docker26.sh - a second, current Docker Engine beside Debian 12's docker.io 20.10: Debian 13 (trixie)'s
# docker.io 26.1, whose built-in Dockerfile frontend builds what 20.10's refuses (heredocs, COPY --link, COPY --chmod
# with BuildKit). The tests of user-owned Dockerfiles that need that syntax build on it; everything else stays on the
# machine's engine.
#
# Idempotent:
#   1. fetches trixie's docker.io package with apt (its own lists under $dir/apt, signed by Debian's archive keyring;
#      nothing is installed into the system) and unpacks dockerd and docker-proxy into $dir/bin, dockerd renamed
#      dockerd26 so that start-docker.sh's `pgrep -x dockerd` never takes it for the main engine;
#   2. gives it a bridge of its own (ctz26, 172.31.0.1/24) and the three iptables rules its containers need to reach
#      the network (the daemon runs with --iptables=false, so it never rewrites the main engine's DOCKER chains);
#   3. starts it on unix://$socket with its own data root, exec root and managed containerd, unless it answers.
# Base images come from the loopback registry (localhost:5000), pulled by the builds themselves.
#
# Env:
#   DOCKER26_SOCKET  socket (default /run/containerize-docker26/docker.sock); use DOCKER_HOST=unix://$DOCKER26_SOCKET
#   DOCKER26_DIR     binaries and apt state (default /opt/containerize/docker26)
#   DOCKER26_LOG     daemon log (default ${TMPDIR:-/tmp}/dockerd26.log)
# Stop it: kill "$(cat /run/containerize-docker26/docker.pid)"
set -euo pipefail

socket="${DOCKER26_SOCKET:-/run/containerize-docker26/docker.sock}"
dir="${DOCKER26_DIR:-/opt/containerize/docker26}"
log="${DOCKER26_LOG:-${TMPDIR:-/tmp}/dockerd26.log}"
run_dir="$(dirname "$socket")"
bridge=ctz26 subnet=172.31.0.0/24 gateway=172.31.0.1/24

t0=$(date +%s.%N)
say() { printf '[start-docker26 %5.1fs] %s\n' "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')" "$*" >&2; }
up() { curl -fsS -o /dev/null --max-time 2 --unix-socket "$socket" http://d/_ping 2>/dev/null; }

# 1. The binaries, from Debian's own archive.
if [ ! -x "$dir/bin/dockerd26" ]; then
  say "fetching docker.io from Debian trixie (apt download, nothing installed)"
  apt_dir="$dir/apt"
  mkdir -p "$apt_dir/sources" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$dir/bin"
  cat > "$apt_dir/sources/trixie.sources" <<'EOF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  apt_opts=(-q -o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/sources" -o "Dir::State::Lists=$apt_dir/lists"
            -o "Dir::Cache=$apt_dir/cache" -o APT::Architecture=amd64 -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update >/dev/null
  (cd "$apt_dir" && rm -f docker.io_*.deb && apt-get "${apt_opts[@]}" download docker.io >/dev/null)
  unpacked="$apt_dir/unpacked"; rm -rf "$unpacked"
  dpkg-deb -x "$apt_dir"/docker.io_*.deb "$unpacked"
  install -m 0755 "$unpacked/usr/sbin/docker-proxy" "$dir/bin/docker-proxy"
  install -m 0755 "$unpacked/usr/sbin/dockerd" "$dir/bin/dockerd26"
  rm -rf "$unpacked"
  say "unpacked $("$dir/bin/dockerd26" --version) into $dir/bin"
fi

# 2. Its network: a bridge of its own, NAT and forwarding for it (each rule added once).
if ! ip link show "$bridge" >/dev/null 2>&1; then
  ip link add "$bridge" type bridge
  ip addr add "$gateway" dev "$bridge"
fi
ip link set "$bridge" up
sysctl -qw net.ipv4.ip_forward=1
rule() { local table="$1"; shift; iptables -t "$table" -C "$@" 2>/dev/null || iptables -t "$table" -I "$@"; }
rule nat POSTROUTING -s "$subnet" ! -o "$bridge" -j MASQUERADE
rule filter FORWARD -i "$bridge" -j ACCEPT
rule filter FORWARD -o "$bridge" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT

# 3. The daemon.
if up; then
  say "docker 26 already answering on $socket"
else
  mkdir -p "$run_dir" /var/lib/containerize-docker26
  pid_file="$run_dir/docker.pid"
  if [ -f "$pid_file" ] && ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then rm -f "$pid_file"; fi
  say "starting dockerd26 on unix://$socket (log $log)"
  PATH="$dir/bin:$PATH" setsid -f "$dir/bin/dockerd26" \
    --host "unix://$socket" --pidfile "$pid_file" \
    --data-root /var/lib/containerize-docker26 --exec-root "$run_dir/exec" \
    --bridge "$bridge" --iptables=false --ip6tables=false \
    --userland-proxy-path "$dir/bin/docker-proxy" \
    </dev/null >>"$log" 2>&1
  deadline=$(( $(date +%s) + 60 ))
  until up; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      say "ERROR: dockerd26 not answering on $socket after 60 s; log:"; tail -n 20 "$log" >&2; exit 1
    fi
    sleep 0.2
  done
  say "docker 26 up: $(DOCKER_HOST="unix://$socket" docker version --format 'Engine {{.Server.Version}} (API {{.Server.APIVersion}})')"
fi
