#!/usr/bin/env bash
# The breaking-change check of the API contracts: oasdiff (a Go tool, pinned) is built through the
# Go module proxy into the cache once, then infra/local/api-breaking.ts compares each committed
# docs/openapi/<service>.json with its base (API_BASE's merge base, else the version before its
# last change) and fails on a breaking change to an operation whose path version did not change.
# `--install` only installs it and prints its path. Part of npm test (test.sh).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
OASDIFF_VERSION=1.39.0
OASDIFF_BIN="$CACHE/oasdiff-$OASDIFF_VERSION/oasdiff"

oasdiff_install() {
  [ -x "$OASDIFF_BIN" ] && return 0
  command -v go >/dev/null || { log "oasdiff is built with Go: put Go 1.24 or later on the PATH (once)"; return 1; }
  log "installing oasdiff $OASDIFF_VERSION through Go (once; a few minutes on 2 cores)"
  GOBIN="$(dirname "$OASDIFF_BIN")" GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" CGO_ENABLED=0 \
    go install "github.com/oasdiff/oasdiff@v$OASDIFF_VERSION" >&2
}

oasdiff_install
export OASDIFF_BIN
if [ "${1:-}" = "--install" ]; then echo "$OASDIFF_BIN"; exit 0; fi
cd "$ROOT"
exec pnpm exec tsx infra/local/api-breaking.ts
