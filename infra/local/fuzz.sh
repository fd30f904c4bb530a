#!/usr/bin/env bash
# `pnpm fuzz [--short] [--all-checks] [--service NAME] [--max-examples N] [--seed N]`: schemathesis
# against the running platform's services (TIANFU_<SERVICE>_URL, else the standard ports), after
# installing it once. Writes data through the services' APIs; point it at a development platform.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/schemathesis.sh"
schemathesis_install
cd "$ROOT"
exec pnpm exec tsx packages/fuzz/scripts/fuzz.ts "$@"
