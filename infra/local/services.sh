# The platform's services (every services/<name> with a src/main.ts), run with tsx; sourced by
# start.sh / down.sh / status.sh. Each gets KAFKA_BROKERS and MONGO_URL from common.sh.
SERVICES_DIR="$LOCAL/services"

service_names() {
  local d
  for d in "$ROOT"/services/*/; do [ -f "$d/src/main.ts" ] && basename "$d"; done
  return 0
}

# Locally, services and `pnpm run token` share service-kit's development secret unless one is set.
dev_jwt_secret() {
  (cd "$ROOT/packages/service-kit" && pnpm exec tsx -e \
    "import('@tianfu/service-kit').then((kit) => process.stdout.write(kit.DEV_JWT_SECRET))")
}

services_up() {
  local name pid
  mkdir -p "$SERVICES_DIR"
  [ -n "$(service_names)" ] || return 0
  export AUTH_JWT_SECRET="${AUTH_JWT_SECRET:-$(dev_jwt_secret)}"
  for name in $(service_names); do
    pid="$SERVICES_DIR/$name.pid"
    if running "$pid" "services/$name"; then log "$name already running"; continue; fi
    log "starting $name"
    (
      cd "$ROOT/services/$name"
      nohup node --import tsx "$ROOT/services/$name/src/main.ts" >>"$SERVICES_DIR/$name.log" 2>&1 </dev/null &
      echo $! >"$pid"
    )
  done
}

# services_wait: each started service logs that it listens, or the wait names the one that died.
services_wait() {
  local name i
  for name in $(service_names); do
    for i in $(seq 1 60); do
      grep -q 'Server listening' "$SERVICES_DIR/$name.log" 2>/dev/null && break
      running "$SERVICES_DIR/$name.pid" "services/$name" || { log "$name exited; see $SERVICES_DIR/$name.log"; tail -n 5 "$SERVICES_DIR/$name.log" >&2; return 1; }
      sleep 0.5
    done
  done
}

services_down() {
  local name
  for name in $(service_names); do stop_pid "$SERVICES_DIR/$name.pid" "services/$name" "$name"; done
}

services_status() {
  local name
  for name in $(service_names); do
    running "$SERVICES_DIR/$name.pid" "services/$name" && echo "$name: running (pid $(cat "$SERVICES_DIR/$name.pid"))" || echo "$name: stopped"
  done
}
