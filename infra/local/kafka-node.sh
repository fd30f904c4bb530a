#!/usr/bin/env bash
# One Kafka broker on its own: `kafka-node.sh up|down|status`. Tests that must stop and start a
# broker use it with their own TIANFU_LOCAL_DIR, KAFKA_PORT and KAFKA_CONTROLLER_PORT, so the
# shared broker of the other suites stays up.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
case "${1:-}" in
  up) kafka_up ;;
  down) kafka_down ;;
  status) kafka_status ;;
  *) echo "usage: kafka-node.sh up|down|status" >&2; exit 2 ;;
esac
