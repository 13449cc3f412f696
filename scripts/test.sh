#!/usr/bin/env bash
# README command 2: install with the dev tools and run the whole test suite (unit + integration
# against a real Neo4j that the tests start on their own ports and stop afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
