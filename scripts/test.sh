#!/usr/bin/env bash
# README command 2: install with the dev tools and run the whole test suite (unit + integration
# against a real Neo4j that the tests start on their own ports and stop afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
# The web-page test drives Debian's chromium (a CJK font keeps its screenshots readable); idempotent.
if ! command -v chromium >/dev/null || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-wqy-microhei) >&2 \
    || echo "test.sh: could not install chromium; the web-page test will skip" >&2
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
