#!/usr/bin/env bash
# Stops what up.sh started (services first, then Kafka, then FerretDB). Leaves data in .local/.
# With TIANFU_PLATFORM, stops only that platform's services: the infrastructure is shared.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/ferretdb.sh"
source "$ROOT/infra/local/services.sh"
services_down
[ -z "$TIANFU_PLATFORM" ] || exit 0
kafka_down
ferret_down
