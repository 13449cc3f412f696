#!/usr/bin/env bash
# README command 1: install, start the local Neo4j, load both seed documents, serve the API.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/respgraph up "$@"
