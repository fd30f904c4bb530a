# PostgreSQL from Debian, the storage behind FerretDB; sourced by up.sh / down.sh / status.sh.
# Why not SQLite: FerretDB 1.24's SQLite backend scans the whole table for every query and update,
# `_id` included (its SQL path differs from its index), while on PostgreSQL an update by `_id`
# uses the primary index and scans run in C; the outbox relay is 100x faster there.
# PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user in a
# directory of its own under /tmp, made for this .local/ and linked from .local/postgres. Its name
# is random, never derived from the checkout's path: a fresh clone at a path used before (a CI
# workspace) must not find the last clone's databases beside a new, empty Kafka — the catalogue
# would answer that an import adds nothing and no service would ever hear of its occupations.
PG_PORT="${PG_PORT:-54329}"
PG_DB=ferretdb

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$dir" ]; then
    debian_install postgresql
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$dir"
}

# The cluster's directory: .local/postgres, or as root where its link points (nothing there before the first up).
pg_home() {
  if [ "$(id -u)" = 0 ] && [ -L "$LOCAL/postgres" ]; then readlink "$LOCAL/postgres"; else echo "$LOCAL/postgres"; fi
}

# As root, on the first up of a .local/: a new directory under /tmp, recorded with the .local/ it
# serves; those of .local/ directories gone or relinked (clones deleted) are removed if stopped.
pg_home_create() {
  local home old owner
  for old in /tmp/tianfu-postgres-*; do
    [ -f "$old/checkout" ] || continue
    owner="$(cat "$old/checkout")"
    [ "$(readlink "$owner/postgres" 2>/dev/null)" = "$old" ] && continue
    [ -f "$old/data/postmaster.pid" ] && continue
    rm -rf "$old"
  done
  home="$(mktemp -d /tmp/tianfu-postgres-XXXXXXXXXX)"
  echo "$LOCAL" >"$home/checkout"
  chown postgres "$home"
  ln -sfn "$home" "$LOCAL/postgres"
}

# From /, which the postgres user can enter whatever the caller's directory.
pg_as() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

pg_running() { [ -f "$(pg_home)/data/postmaster.pid" ] && pg_as "$(pg_bin)/pg_ctl" -D "$(pg_home)/data" status >/dev/null 2>&1; }

pg_up() {
  local bin home; bin="$(pg_bin)"
  if pg_running; then log "postgres already running"; pg_equality_indexes; return 0; fi
  mkdir -p "$LOCAL"
  if [ "$(id -u)" = 0 ] && [ ! -d "$(pg_home)" ]; then pg_home_create; fi
  home="$(pg_home)"
  mkdir -p "$home"
  if [ ! -f "$home/data/PG_VERSION" ]; then
    pg_as "$bin/initdb" -D "$home/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$home/initdb.log" 2>&1
  fi
  log "starting postgres on 127.0.0.1:$PG_PORT"
  # Durability settings are off: this cluster holds local development and test data only.
  pg_as "$bin/pg_ctl" -D "$home/data" -l "$home/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -k $home -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB" >/dev/null
  pg_as "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep 1 >/dev/null \
    || pg_as "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
  pg_equality_indexes
}

# Indexes FerretDB's equality filters can use; see the SQL file for why.
pg_equality_indexes() {
  pg_as env PGOPTIONS='-c client_min_messages=warning' "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DB" -q -v ON_ERROR_STOP=1 \
    <"$ROOT/infra/local/ferretdb-equality-indexes.sql" >/dev/null
}

pg_down() {
  if pg_running; then log "stopping postgres"; pg_as "$(pg_bin)/pg_ctl" -D "$(pg_home)/data" -m fast -w stop >/dev/null; fi
  return 0
}

pg_status() { pg_running && echo "postgres: running on 127.0.0.1:$PG_PORT" || echo "postgres: stopped"; }
