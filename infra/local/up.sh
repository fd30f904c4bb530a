#!/usr/bin/env bash
# Starts Kafka and FerretDB on 127.0.0.1 and creates the topics. A second run is a no-op.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/ferretdb.sh"
bootstrap
mkdir -p "$LOCAL"
ferret_up
kafka_up
(cd "$ROOT/packages/messaging" && KAFKA_BROKERS="127.0.0.1:$KAFKA_PORT" pnpm exec tsx scripts/ensure-topics.ts)
log "ready: KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT MONGO_URL=mongodb://127.0.0.1:$MONGO_PORT/?directConnection=true"
