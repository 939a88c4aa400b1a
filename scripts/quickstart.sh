#!/usr/bin/env bash
# Install eventwire, then code the bundled example article into ./eventwire.duckdb and print its events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/eventwire ingest examples/kirkuk-2024-03-14.txt --db eventwire.duckdb
