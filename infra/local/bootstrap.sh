#!/usr/bin/env bash
# Brings the tools the local stack runs on (Java for Kafka, Maven to fetch its jars once, curl),
# pnpm (pinned by package.json "packageManager") and the locked dependencies. Idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
missing=()
command -v java >/dev/null || missing+=(default-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v curl >/dev/null || missing+=(curl)
[ "${#missing[@]}" = 0 ] || debian_install "${missing[@]}"
want="$(sed -n 's/.*"packageManager": "pnpm@\([^"]*\)".*/\1/p' "$ROOT/package.json")"
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  log "installing pnpm $want"
  npm install -g --silent "pnpm@$want" >/dev/null
fi
stamp="$ROOT/node_modules/.tianfu-lock"
lock_hash="$(sha256sum "$ROOT/pnpm-lock.yaml" | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_hash" ]; then
  log "installing dependencies"
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=silent)
  echo "$lock_hash" >"$stamp"
fi
