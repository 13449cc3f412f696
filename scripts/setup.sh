#!/usr/bin/env bash
# Create the project's virtual environment (.venv) and install respgraph into it.
# Usage: bash scripts/setup.sh [dev]   ("dev" adds the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "${1:-}" = "dev" ]; then
  .venv/bin/python -m pip install --quiet -e '.[dev]'
else
  .venv/bin/python -m pip install --quiet -e .
fi
echo "respgraph installed in $(pwd)/.venv" >&2
