#!/usr/bin/env bash
# `npm start [-- --detach] [-- --seed]`: the whole platform. Installs what is missing, starts Kafka
# and FerretDB, then every service; waits until each answers /ready; prints where they listen.
# Then it follows their logs until Ctrl-C (or SIGTERM), and stops what it started.
#   --detach  return once ready, leaving everything running (`npm run down` stops it)
#   --seed    after ready, load the demo data (`pnpm run seed`)
# While the platform is up, another start starts whatever of it is down (a crashed service, Kafka or
# FerretDB), then prints the table: the first start keeps the platform. In the foreground, a service
# that crashes is restarted with backoff (services_supervise).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/ferretdb.sh"
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

# infra_down_names: the infrastructure processes up.sh starts that are not running.
infra_down_names() {
  running "$KAFKA_PID" "$KAFKA_MAIN" || echo kafka
  { pg_running && running "$FERRET_PID" "$FERRET_NAME"; } || echo ferretdb
}

if services_any_running; then
  infra_down="$(infra_down_names)" services_down="$(services_down_names)"
  if [ -z "$infra_down$services_down" ]; then
    log "the platform is already running; the start that brought it up keeps it"
  else
    log "the platform is running without $(echo $infra_down $services_down); starting what is down"
    [ -z "$infra_down" ] || bash "$ROOT/infra/local/up.sh"
    [ -z "$services_down" ] || services_up
  fi
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
