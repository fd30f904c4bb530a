# The platform's services (every services/<name> with a src/main.ts), bundled into dist/main.js
# and run with node (bundle-services.ts); sourced by
# start.sh / test.sh / down.sh / status.sh. Each gets KAFKA_BROKERS and MONGO_URL from common.sh, and
# runs in a session of its own (setsid), so only start.sh decides when it stops.
SERVICES_DIR="$LOCAL/services"

service_names() {
  local d
  for d in "$ROOT"/services/*/; do [ -f "$d/src/main.ts" ] && basename "$d"; done
  return 0
}

# service_port <name>: the port its main.ts gives serviceConfigSchema, plus SERVICE_PORT_OFFSET.
service_port() {
  local declared
  declared="$(sed -n 's/.*serviceConfigSchema({.*port: \([0-9]*\).*/\1/p' "$ROOT/services/$1/src/main.ts")"
  [ -n "$declared" ] || { log "no port in services/$1/src/main.ts"; return 1; }
  echo $((declared + SERVICE_PORT_OFFSET))
}

service_running() { running "$SERVICES_DIR/$1.pid" "services/$1"; }

services_any_running() {
  local name
  for name in $(service_names); do service_running "$name" && return 0; done
  return 1
}

# Locally, services and `pnpm run token` share service-kit's development secret unless one is set.
dev_jwt_secret() {
  (cd "$ROOT/packages/service-kit" && pnpm exec tsx -e \
    "import('@tianfu/service-kit').then((kit) => process.stdout.write(kit.DEV_JWT_SECRET))")
}

services_up() {
  local name port
  mkdir -p "$SERVICES_DIR"
  [ -n "$(service_names)" ] || return 0
  export AUTH_JWT_SECRET="${AUTH_JWT_SECRET:-$(dev_jwt_secret)}"
  (cd "$ROOT" && pnpm exec tsx infra/local/bundle-services.ts) || { log "the services could not be bundled"; return 1; }
  for name in $(service_names); do
    if service_running "$name"; then log "$name already running"; continue; fi
    port="$(service_port "$name")"
    port_open "$port" && { log "port $port ($name) is taken by another process"; return 1; }
    log "starting $name on 127.0.0.1:$port"
    # Each start has a log of its own; the one before is kept as <name>.log.1.
    [ ! -f "$SERVICES_DIR/$name.log" ] || mv -f "$SERVICES_DIR/$name.log" "$SERVICES_DIR/$name.log.1"
    (
      cd "$ROOT/services/$name"
      # PUBLIC_BASE_URL: where the links a service hands out point (certification's QR codes).
      PORT="$port" PUBLIC_BASE_URL="http://127.0.0.1:$port" setsid node --enable-source-maps "$ROOT/services/$name/dist/main.js" \
        >"$SERVICES_DIR/$name.log" 2>&1 </dev/null &
      echo $! >"$SERVICES_DIR/$name.pid"
    )
  done
}

# services_ready: every service answers GET /ready with 200 within 120 s, or this names the one that
# exited or did not, with the end of its log.
services_ready() {
  local name port deadline=$((SECONDS + 120))
  for name in $(service_names); do
    port="$(service_port "$name")"
    until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/ready"; do
      if ! service_running "$name"; then
        log "$name exited; last lines of $SERVICES_DIR/$name.log:"
      elif [ "$SECONDS" -ge "$deadline" ]; then
        log "$name did not answer /ready on port $port in 120 s; last lines of $SERVICES_DIR/$name.log:"
      else
        sleep 0.5
        continue
      fi
      tail -n 20 "$SERVICES_DIR/$name.log" >&2
      return 1
    done
  done
  log "every service is ready"
}

# services_export_urls: TIANFU_<SERVICE>_URL (e.g. TIANFU_TALENT_REGISTRY_URL) for the e2e tests and the seed.
services_export_urls() {
  local name
  for name in $(service_names); do
    export "TIANFU_$(tr 'a-z-' 'A-Z_' <<<"$name")_URL=http://127.0.0.1:$(service_port "$name")"
  done
}

services_table() {
  local name port
  printf '\n%-16s %-6s %s\n' service port docs
  for name in $(service_names); do
    port="$(service_port "$name")"
    printf '%-16s %-6s %s\n' "$name" "$port" "http://127.0.0.1:$port/docs"
  done
  printf '\ndev token: pnpm run token <role> [scope]   (pnpm run token alone lists the roles)\n'
  printf 'Kafka %s   MongoDB %s\n\n' "$KAFKA_BROKERS" "$MONGO_URL"
}

# services_follow: prints each service's new log lines as "[<service>] line" while any service runs.
services_follow() {
  local name
  for name in $(service_names); do
    # --pid: tail ends with this shell, so no follower outlives it.
    tail -n 0 -F --pid=$$ "$SERVICES_DIR/$name.log" 2>/dev/null | sed -u "s/^/[$name] /" &
  done
  # wait, unlike sleep, returns as soon as a trapped signal arrives.
  while services_any_running; do
    sleep 1 &
    wait $! || true
  done
}

# services_down: stops them all at once (each closes its consumers, relay and connections first).
services_down() {
  local name pids=()
  for name in $(service_names); do
    stop_pid "$SERVICES_DIR/$name.pid" "services/$name" "$name" &
    pids+=($!)
  done
  [ "${#pids[@]}" = 0 ] || wait "${pids[@]}"
}

services_status() {
  local name
  for name in $(service_names); do
    service_running "$name" && echo "$name: running (pid $(cat "$SERVICES_DIR/$name.pid")) on 127.0.0.1:$(service_port "$name")" || echo "$name: stopped"
  done
}
