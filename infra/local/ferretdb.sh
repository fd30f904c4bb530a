# FerretDB v1 (MongoDB wire protocol) on PostgreSQL (postgres.sh), embedded in infra/ferretdb/main.go;
# sourced by up.sh / down.sh / status.sh. The binary is cached per hash of its sources. It runs in a
# session of its own (setsid), so a Ctrl-C in the terminal reaches only start.sh, which stops it in order.
source "$ROOT/infra/local/postgres.sh"
FERRET_SRC="$ROOT/infra/ferretdb"
FERRET_DIR="$LOCAL/ferretdb"
FERRET_PID="$FERRET_DIR/ferretdb.pid"
FERRET_NAME="ferretdb-embed"

ferret_bin() {
  local hash
  hash="$(cat "$FERRET_SRC/go.mod" "$FERRET_SRC/go.sum" "$FERRET_SRC/main.go" | sha256sum | cut -c1-12)"
  echo "$CACHE/$FERRET_NAME-$hash"
}

ferret_build() {
  local bin; bin="$(ferret_bin)"
  [ -x "$bin" ] && return 0
  command -v go >/dev/null || { log "building FerretDB needs Go 1.24 or later on the PATH (once)"; return 1; }
  log "building FerretDB through Go (once; several minutes on 2 cores)"
  mkdir -p "$CACHE"
  (cd "$FERRET_SRC" && GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" CGO_ENABLED=0 \
    go build -trimpath -o "$bin.tmp" .) && mv "$bin.tmp" "$bin"
}

ferret_up() {
  pg_up
  if running "$FERRET_PID" "$FERRET_NAME"; then log "ferretdb already running (pid $(cat "$FERRET_PID"))"; return 0; fi
  port_open "$MONGO_PORT" && { log "port $MONGO_PORT is taken by another process"; return 1; }
  ferret_build
  mkdir -p "$FERRET_DIR"
  log "starting ferretdb on 127.0.0.1:$MONGO_PORT"
  setsid "$(ferret_bin)" --listen "127.0.0.1:$MONGO_PORT" --handler postgresql \
    --postgresql-url "postgres://postgres@127.0.0.1:$PG_PORT/$PG_DB" \
    >>"$FERRET_DIR/ferretdb.log" 2>&1 </dev/null &
  echo $! >"$FERRET_PID"
  wait_port "$MONGO_PORT" 60 ferretdb "$FERRET_DIR/ferretdb.log"
}

ferret_down() {
  stop_pid "$FERRET_PID" "$FERRET_NAME" ferretdb
  pg_down
}
ferret_status() {
  pg_status
  running "$FERRET_PID" "$FERRET_NAME" && echo "ferretdb: running (pid $(cat "$FERRET_PID")) on 127.0.0.1:$MONGO_PORT" || echo "ferretdb: stopped"
}
