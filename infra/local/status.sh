#!/usr/bin/env bash
# Prints whether each local process is running; exits 1 when any is stopped.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/infra/local/kafka.sh"
source "$ROOT/infra/local/ferretdb.sh"
source "$ROOT/infra/local/services.sh"
out="$(ferret_status; kafka_status; services_status)"
echo "$out"
! grep -q stopped <<<"$out"
