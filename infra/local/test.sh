#!/usr/bin/env bash
# Every test: typecheck, lint, then unit, integration and e2e tests against the local stack.
# Brings the stack up first (and down again afterwards if it was not running before), and exports
# KAFKA_BROKERS / MONGO_URL so tests never probe for Docker. Ends with "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
bash "$ROOT/infra/local/bootstrap.sh"
if ! running "$KAFKA_PID" "$KAFKA_MAIN" && [ -z "${TIANFU_KEEP_UP:-}" ]; then
  trap 'bash "$ROOT/infra/local/down.sh"' EXIT
fi
bash "$ROOT/infra/local/up.sh"
cd "$ROOT"
pnpm run typecheck
pnpm run lint
report="$LOCAL/vitest-report.json"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report"
exit "$status"
