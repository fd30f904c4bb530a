#!/usr/bin/env bash
# Every test: typecheck, lint, then unit, integration and e2e tests against the local stack, with
# the platform's services running for the e2e tests (TIANFU_<SERVICE>_URL). Brings the stack and
# the services up first, and stops afterwards what was not running before (TIANFU_KEEP_UP=1 keeps
# it all). Exports KAFKA_BROKERS / MONGO_URL so tests never probe for Docker. Ends with
# "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/services.sh"
bash "$ROOT/infra/local/bootstrap.sh"
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
bash "$ROOT/infra/local/supervise-test.sh"
bash "$ROOT/infra/local/start.sh" --detach
services_export_urls
report="$LOCAL/vitest-report.json"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report"
exit "$status"
