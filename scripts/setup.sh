#!/usr/bin/env bash
# Create .venv and install eventwire with its dependencies from PyPI, with pip alone (no root, no npm:
# the dashboard's browser assets ship inside the package).  `setup.sh --test` adds what the tests use.
# Idempotent: a second run only checks what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
target=.
stamp=.venv/.eventwire-installed
if [ "${1:-}" = "--test" ]; then
  target=.[test]
  stamp=.venv/.eventwire-installed-test
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e "$target"
  touch "$stamp"
fi
