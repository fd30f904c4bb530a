# Shared by the infra/local scripts: where things live, and process helpers.
# Data, logs and pid files go under .local/ in the repository (git-ignored); downloads and
# builds are cached under the user's cache directory, outside the repository.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="${TIANFU_LOCAL_DIR:-$ROOT/.local}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/tianfu"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:$MONGO_PORT/?directConnection=true}"
# The Node every script, service and test runs on (.node-version). Where the machine's own Node is
# another version, bootstrap.sh installs this one into the cache (node_install): it comes first on PATH.
NODE_VERSION="$(cat "$ROOT/.node-version")"
NODE_HOME="$CACHE/node-$NODE_VERSION"
export PATH="$NODE_HOME/bin:$PATH"
# Added to every service's own port, so a second platform can run beside the first.
SERVICE_PORT_OFFSET="${SERVICE_PORT_OFFSET:-0}"
# A name for a second set of services on the same Kafka and FerretDB (with SERVICE_PORT_OFFSET, and
# TIANFU_LOCAL_DIR naming the .local/ of the running infrastructure): its topics are `<name>.…`, its
# databases `<name>_…` (so the name is lower-case letters and digits), its consumer groups and pid files its own, so the two never meet.
TIANFU_PLATFORM="${TIANFU_PLATFORM:-}"
[[ "$TIANFU_PLATFORM" =~ ^[a-z0-9]*$ ]] || { echo "TIANFU_PLATFORM: lower-case letters and digits" >&2; exit 2; }

log() { printf '[local] %s\n' "$*" >&2; }

# bootstrap: the tools and dependencies (bootstrap.sh), then forgets where commands were found, so a
# Node it installed is the one run from here on.
bootstrap() {
  bash "$ROOT/infra/local/bootstrap.sh"
  hash -r
}

# debian_install <packages...>: installs them with apt-get (once; needs root).
debian_install() {
  log "installing $* from Debian (once)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# running <pidfile> <pattern>: the pid file names a live process whose command line matches.
running() {
  local pid
  [ -f "$1" ] || return 1
  pid="$(cat "$1")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -- "$2" >/dev/null
}

# stop_pid <pidfile> <pattern> <name>: SIGTERM, wait up to 30 s, then SIGKILL; removes the pid file.
stop_pid() {
  local pid i
  if running "$1" "$2"; then
    pid="$(cat "$1")"
    log "stopping $3 (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then log "$3 did not stop in 30 s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$1"
}

# port_open <port>: something accepts TCP connections on 127.0.0.1:<port>.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_port <port> <seconds> <name> <logfile>
wait_port() {
  local i
  for i in $(seq 1 $(($2 * 2))); do port_open "$1" && return 0; sleep 0.5; done
  log "$3 did not open port $1 in $2 s; last lines of $4:"; tail -n 30 "$4" >&2 || true
  return 1
}
