#!/usr/bin/env bash
# The benchmark suite (issue 7): parse, load, queries, API and memory over the whole corpus in
# ../shared/corpus; writes BENCHMARKS.md. Not part of the test command. Takes 20-40 minutes.
# Usage: bash benchmarks/run.sh [--seconds S] [--iterations N] [--naive-every K] [--work DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh dev
if ! command -v wrk >/dev/null; then
  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk) >&2
fi
exec .venv/bin/python -m benchmarks.run "$@"
