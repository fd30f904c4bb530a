# The platform's services (every services/<name> with a src/main.ts), bundled into dist/main.js
# and run with node (bundle-services.ts); sourced by
# start.sh / test.sh / down.sh / status.sh. Each gets KAFKA_BROKERS and MONGO_URL from common.sh, and
# runs in a session of its own (setsid), so only start.sh decides when it stops.
SERVICES_DIR="$LOCAL/services${TIANFU_PLATFORM:+-$TIANFU_PLATFORM}"

service_names() {
  local d
  for d in "$ROOT"/services/*/; do [ -f "$d/src/main.ts" ] && basename "$d"; done
  return 0
}

# service_port <name>: the port its main.ts gives its config schema, plus SERVICE_PORT_OFFSET.
service_port() {
  local declared
  declared="$(sed -n 's/.*[cC]onfigSchema({.*port: \([0-9]*\).*/\1/p' "$ROOT/services/$1/src/main.ts")"
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
  local name
  mkdir -p "$SERVICES_DIR"
  [ -n "$(service_names)" ] || return 0
  export AUTH_JWT_SECRET="${AUTH_JWT_SECRET:-$(dev_jwt_secret)}"
  (cd "$ROOT" && pnpm exec tsx infra/local/bundle-services.ts) || { log "the services could not be bundled"; return 1; }
  (cd "$ROOT/services/console" && pnpm exec vite build --config web/vite.config.ts --logLevel warn) ||
    { log "the console's front end could not be built"; return 1; }
  # The console forwards to the services' URLs; certification's QR codes point at the console.
  services_export_urls
  platform_topics || return 1
  for name in $(service_names); do
    if service_running "$name"; then log "$name already running"; continue; fi
    service_start "$name" || return 1
  done
}

# service_start <name>: starts its bundle on its port and writes its pid file.
service_start() {
  local port
  port="$(service_port "$1")"
  port_open "$port" && { log "port $port ($1) is taken by another process"; return 1; }
  log "starting $1 on 127.0.0.1:$port"
  # Each start has a log of its own; the one before is kept as <name>.log.1.
  [ ! -f "$SERVICES_DIR/$1.log" ] || mv -f "$SERVICES_DIR/$1.log" "$SERVICES_DIR/$1.log.1"
  # Started from a subshell, so init and not this shell is its parent.
  (
    service_exec "$1" "$port" >"$SERVICES_DIR/$1.log" 2>&1 </dev/null &
    echo $! >"$SERVICES_DIR/$1.pid"
  )
}

# service_exec <name> <port>: the service's process itself, in a session of its own (setsid).
service_exec() {
  cd "$ROOT/services/$1"
  [ -z "$TIANFU_PLATFORM" ] || platform_env "$1"
  # PUBLIC_BASE_URL: where the links a service hands out point: certification's QR codes open the console.
  # shellcheck disable=SC2046 # the service's runtime flags, one word each
  PORT="$2" PUBLIC_BASE_URL="$TIANFU_CONSOLE_URL" exec setsid node $(service_node_options) --enable-source-maps "$ROOT/services/$1/dist/main.js"
}

# service_node_options: the runtime flags the service's package.json declares (`nodeOptions`), in the service's directory.
service_node_options() {
  node -p "(require('./package.json').nodeOptions ?? []).join(' ')"
}

# platform_env <name>: the topic prefix, database and name (hence consumer groups) of TIANFU_PLATFORM's copy.
platform_env() {
  local database
  database="$(sed -n "s/.*database: '\([a-z_]*\)'.*/\1/p" "$ROOT/services/$1/src/main.ts")"
  export KAFKA_TOPIC_PREFIX="$TIANFU_PLATFORM." SERVICE_NAME="$TIANFU_PLATFORM-$1"
  [ -z "$database" ] || export MONGO_DATABASE="${TIANFU_PLATFORM}_$database"
  export IDENTITY_DATABASE="${TIANFU_PLATFORM}_identity"
}

# platform_topics: a TIANFU_PLATFORM's copy of every topic (up.sh creates the platform's own).
platform_topics() {
  [ -n "$TIANFU_PLATFORM" ] || return 0
  (cd "$ROOT/packages/messaging" && KAFKA_TOPIC_PREFIX="$TIANFU_PLATFORM." pnpm exec tsx scripts/ensure-topics.ts)
}

# services_down_names: the services not running, whether they crashed or were never started.
services_down_names() {
  local name
  for name in $(service_names); do service_running "$name" || echo "$name"; done
  return 0
}

# service_crashed <name>: its pid file is there but its process is gone. services_down removes the
# pid file before it stops a service, so only an exit nobody asked for leaves one behind.
service_crashed() { [ -f "$SERVICES_DIR/$1.pid" ] && ! service_running "$1"; }

services_supervised() {
  local name
  for name in $(service_names); do [ -f "$SERVICES_DIR/$name.pid" ] && return 0; done
  return 1
}

# services_ready: every service answers GET /ready with 200 within 240 s (each consumer must have
# joined its group: on a busy machine a fresh broker's group coordinator takes a while to load), or
# this names the one that exited or did not, with its failing checks and the end of its log.
services_ready() {
  local name port deadline=$((SECONDS + 240))
  for name in $(service_names); do
    port="$(service_port "$name")"
    until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/ready"; do
      if ! service_running "$name"; then
        log "$name exited; last lines of $SERVICES_DIR/$name.log:"
      elif [ "$SECONDS" -ge "$deadline" ]; then
        log "$name did not answer /ready on port $port in 240 s: $(curl -s --max-time 5 "http://127.0.0.1:$port/ready")"
        log "last lines of $SERVICES_DIR/$name.log:"
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
  printf '\n%-16s %-6s %s\n' service port 'docs (the console: the web pages)'
  for name in $(service_names); do
    port="$(service_port "$name")"
    [ "$name" = console ] && printf '%-16s %-6s %s\n' "$name" "$port" "http://127.0.0.1:$port/" && continue
    printf '%-16s %-6s %s\n' "$name" "$port" "http://127.0.0.1:$port/docs"
  done
  printf '\ndev token: pnpm run token <role> [scope]   (pnpm run token alone lists the roles)\n'
  printf 'Kafka %s   MongoDB %s\n\n' "$KAFKA_BROKERS" "$MONGO_URL"
}

# services_follow: prints each service's new log lines as "[<service>] line" and restarts a service
# that crashed (services_supervise), until none is left to supervise.
services_follow() {
  local name
  for name in $(service_names); do
    # --pid: tail ends with this shell, so no follower outlives it; -F follows a restart's new log.
    tail -n 0 -F --pid=$$ "$SERVICES_DIR/$name.log" 2>/dev/null | sed -u "s/^/[$name] /" &
  done
  while services_supervised; do
    services_supervise
    # wait, unlike sleep, returns as soon as a trapped signal arrives.
    sleep 1 &
    wait $! || true
  done
}

# Restart backoff: 1 s after the first crash, doubling up to RESTART_MAX_DELAY; a service that ran
# RESTART_RESET_AFTER seconds since its last start begins again at 1 s.
RESTART_MAX_DELAY="${RESTART_MAX_DELAY:-30}"
RESTART_RESET_AFTER="${RESTART_RESET_AFTER:-60}"
declare -A RESTARTS=() RESTART_AT=() STARTED_AT=()

# services_supervise: one round of the foreground watch. A crashed service is restarted after its
# backoff; a failed restart counts as another crash.
services_supervise() {
  local name delay
  for name in $(service_names); do
    if service_running "$name"; then
      [ $((SECONDS - ${STARTED_AT[$name]:-0})) -lt "$RESTART_RESET_AFTER" ] || RESTARTS[$name]=0
      continue
    fi
    service_crashed "$name" || { unset "RESTART_AT[$name]"; continue; }
    if [ -z "${RESTART_AT[$name]:-}" ]; then
      delay=$((1 << ${RESTARTS[$name]:-0}))
      [ "$delay" -le "$RESTART_MAX_DELAY" ] || delay="$RESTART_MAX_DELAY"
      RESTARTS[$name]=$((${RESTARTS[$name]:-0} + 1))
      RESTART_AT[$name]=$((SECONDS + delay))
      log "$name exited unexpectedly; restart ${RESTARTS[$name]} in $delay s (its log: $SERVICES_DIR/$name.log.1)"
    elif [ "$SECONDS" -ge "${RESTART_AT[$name]}" ]; then
      unset "RESTART_AT[$name]"
      STARTED_AT[$name]=$SECONDS
      service_start "$name" || log "$name could not be restarted"
    fi
  done
}

# services_down: stops them all at once (each closes its consumers, relay and connections first).
# The pid file is moved aside first, so a watching start sees a stop, not a crash.
services_down() {
  local name pids=()
  for name in $(service_names); do
    [ ! -f "$SERVICES_DIR/$name.pid" ] || mv -f "$SERVICES_DIR/$name.pid" "$SERVICES_DIR/$name.stopping"
    stop_pid "$SERVICES_DIR/$name.stopping" "services/$name" "$name" &
    pids+=($!)
  done
  [ "${#pids[@]}" = 0 ] || wait "${pids[@]}"
}

services_status() {
  local name
  for name in $(service_names); do
    if service_running "$name"; then
      echo "$name: running (pid $(cat "$SERVICES_DIR/$name.pid")) on 127.0.0.1:$(service_port "$name")"
    elif service_crashed "$name"; then
      echo "$name: stopped (crashed; npm start restarts it)"
    else
      echo "$name: stopped"
    fi
  done
}
