#!/usr/bin/env bash
# `bash infra/local/run.sh <command…>`: runs a package.json script's command on the project's Node
# (.node-version), which bootstrap installs first where the machine's own is another version.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bootstrap
exec "$@"
