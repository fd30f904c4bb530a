#!/usr/bin/env bash
# The whole platform: dependencies, Kafka, FerretDB, topics, then every service. Idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/services.sh"
bash "$ROOT/infra/local/up.sh"
services_up
services_wait
bash "$ROOT/infra/local/status.sh"
