#!/usr/bin/env bash
# Create .venv and install eventwire with every dependency from the package registries.
# Idempotent: a second run only checks what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.eventwire-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  touch "$stamp"
fi

# Dashboard assets (Leaflet, world-atlas outlines, topojson-client, swagger-ui) from the npm registry
# into ./node_modules, exactly as package-lock.json pins them; no install scripts run.
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: npm is missing; install Node.js 20+ with npm (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# The browser the dashboard tests drive: Debian's chromium (Playwright's own download cannot work offline).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
  else
    echo "setup: Debian's chromium is missing; run: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
