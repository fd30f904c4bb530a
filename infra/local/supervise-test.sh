#!/usr/bin/env bash
# The restart behaviour of `npm start` (services.sh) on a stand-in service, an idle node process in
# a scratch directory, in a few seconds: a killed service comes back after its backoff, which grows
# with each crash, with a log line each time; one stopped by services_down stays down. Run by test.sh.
TIANFU_LOCAL_DIR="$(mktemp -d)"
export TIANFU_LOCAL_DIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/services.sh"
service_names() { echo stand-in; }
service_port() { echo 1; }
service_exec() { exec setsid node -e 'setInterval(() => {}, 1000)' "services/$1"; }
supervisor_log="$LOCAL/supervisor.log"
trap 'services_down 2>/dev/null; rm -rf "$TIANFU_LOCAL_DIR"' EXIT

fail() {
  echo "supervise-test: FAIL: $*" >&2
  exit 1
}
pid() { cat "$SERVICES_DIR/stand-in.pid"; }

# kill_and_supervise <expected delay>: SIGKILL, then supervise until the service runs again.
kill_and_supervise() {
  local before started=$SECONDS
  before="$(pid)"
  kill -KILL "$before"
  while kill -0 "$before" 2>/dev/null; do sleep 0.1; done
  service_crashed stand-in || fail "a killed service does not count as crashed"
  [ "$(services_down_names)" = stand-in ] || fail "services_down_names does not name the killed service"
  until service_running stand-in; do
    [ $((SECONDS - started)) -le $(($1 + 3)) ] || fail "not restarted within $(($1 + 3)) s"
    services_supervise 2>>"$supervisor_log"
    sleep 0.2
  done
  [ "$(pid)" != "$before" ] || fail "the restarted service kept the old pid"
  grep -q "stand-in exited unexpectedly; restart [0-9]* in $1 s" "$supervisor_log" || fail "no log line for a restart in $1 s"
}

mkdir -p "$SERVICES_DIR"
service_start stand-in 2>/dev/null
service_running stand-in || fail "the stand-in did not start"
kill_and_supervise 1
kill_and_supervise 2
kill_and_supervise 4
services_down 2>/dev/null
services_supervise 2>>"$supervisor_log"
sleep 0.5
services_supervise 2>>"$supervisor_log"
! service_running stand-in || fail "a service stopped by services_down was restarted"
! services_supervised || fail "a stopped platform is still supervised"
echo "supervise-test: a killed service restarts after 1, 2, 4 s; a stopped one stays down"
