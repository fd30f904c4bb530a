# The platform's services (every services/<name> with a src/main.ts), run with tsx; sourced by
# start.sh / down.sh / status.sh. Each gets KAFKA_BROKERS and MONGO_URL from common.sh.
SERVICES_DIR="$LOCAL/services"

service_names() {
  local d
  for d in "$ROOT"/services/*/; do [ -f "$d/src/main.ts" ] && basename "$d"; done
  return 0
}

services_up() {
  local name pid
  mkdir -p "$SERVICES_DIR"
  for name in $(service_names); do
    pid="$SERVICES_DIR/$name.pid"
    if running "$pid" "services/$name"; then log "$name already running"; continue; fi
    log "starting $name"
    (cd "$ROOT/services/$name" && nohup node --import tsx "$ROOT/services/$name/src/main.ts" \
      >>"$SERVICES_DIR/$name.log" 2>&1 </dev/null & echo $! >"$pid")
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
