#!/usr/bin/env bash
# Every test: typecheck, lint, the API breaking-change check (oasdiff.sh), then unit, integration
# and e2e tests against the local stack, with the platform's services running for the e2e tests
# (TIANFU_<SERVICE>_URL). Brings the stack and
# the services up first, and stops afterwards what was not running before (TIANFU_KEEP_UP=1 keeps
# it all). Exports KAFKA_BROKERS / MONGO_URL so tests never probe for Docker. After the tests, a
# bounded `pnpm fuzz --short` (schemathesis on every route; skipped when test files are named),
# then `pnpm pii-scan`, which searches every topic, collection and log for raw ID numbers and the
# names the e2e journey wrote (TIANFU_PII_NAMES_FILE): a failure of either fails the run. Ends
# with each failure on one line, the services' warnings, the slowest files and "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/services.sh"
source "$ROOT/infra/local/schemathesis.sh"
bootstrap
log "node $(node --version)"
schemathesis_install
# The console's browser tests drive Debian's Chromium (this network cannot download browser builds),
# with CJK fonts so its screenshots show the Chinese a user sees.
[ -x /usr/bin/chromium ] && fc-list :lang=zh | grep -q . || debian_install chromium fonts-noto-cjk
if [ -z "${TIANFU_KEEP_UP:-}" ]; then
  if ! running "$KAFKA_PID" "$KAFKA_MAIN"; then
    trap 'bash "$ROOT/infra/local/down.sh"' EXIT
  elif ! services_any_running; then
    trap services_down EXIT
  fi
fi
cd "$ROOT"
pnpm run typecheck
pnpm run lint
bash "$ROOT/infra/local/oasdiff.sh"
bash "$ROOT/infra/local/supervise-test.sh"
bash "$ROOT/infra/local/start.sh" --detach
services_export_urls
report="$LOCAL/vitest-report.json"
export TIANFU_PII_NAMES_FILE="$LOCAL/pii-names.txt"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# A run narrowed to some test files skips the fuzz (minutes); the scan is quick.
if [ "$#" = 0 ]; then TIANFU_LOCAL_DIR="$LOCAL" pnpm exec tsx packages/fuzz/scripts/fuzz.ts --short || status=1; fi
pnpm pii-scan --logs "$LOCAL" || status=1
pnpm exec tsx infra/local/vitest-summary.ts "$report" "$LOCAL/services"
exit "$status"
