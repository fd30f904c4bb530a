#!/usr/bin/env bash
# `npm start [-- --detach] [-- --seed]`: the whole platform. Installs what is missing, starts Kafka
# and FerretDB, then every service; waits until each answers /ready; prints where they listen.
# Then it follows their logs until Ctrl-C (or SIGTERM), and stops what it started.
#   --detach  return once ready, leaving everything running (`npm run down` stops it)
#   --seed    after ready, load the demo data (`pnpm run seed`)
# While the platform is up, another start only prints the table: the first one keeps it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/services.sh"
detach="" seed=""
for arg in "$@"; do
  case "$arg" in
    --detach) detach=1 ;;
    --seed) seed=1 ;;
    *) echo "usage: start.sh [--detach] [--seed]" >&2; exit 2 ;;
  esac
done

# The demo data goes in through the services' APIs; a failed seed leaves the platform up.
seed_if_asked() {
  [ -n "$seed" ] || return 0
  grep -q '"seed":' "$ROOT/package.json" || { log "seeding is unavailable: package.json has no seed script"; return 0; }
  (cd "$ROOT" && pnpm run seed) || { local status=$?; log "seeding failed (exit $status)"; return "$status"; }
}

if services_any_running; then
  log "the platform is already running; the start that brought it up keeps it"
  services_ready
  services_export_urls
  services_table
  seed_if_asked
  exit
fi

infra_was_up=""
running "$KAFKA_PID" "$KAFKA_MAIN" && infra_was_up=1
stop_platform() {
  trap '' INT TERM
  log "stopping the platform"
  services_down
  [ -n "$infra_was_up" ] || bash "$ROOT/infra/local/down.sh"
}
trap 'stop_platform; exit 0' INT TERM

bash "$ROOT/infra/local/up.sh" || { stop_platform; exit 1; }
services_up || { stop_platform; exit 1; }
services_ready || { stop_platform; exit 1; }
services_export_urls
services_table

seeded=0
seed_if_asked || seeded=$?
if [ -n "$detach" ]; then
  log "running in the background; npm run down stops it"
  exit "$seeded"
fi
log "following the services' logs; Ctrl-C stops the platform"
services_follow
log "every service has stopped"
stop_platform
