#!/usr/bin/env bash
# Stops what up.sh started (services first, then Kafka, then FerretDB). Leaves data in .local/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/ferretdb.sh"
source "$ROOT/infra/local/services.sh"
services_down
kafka_down
ferret_down
