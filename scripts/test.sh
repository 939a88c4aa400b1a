#!/usr/bin/env bash
# Install everything the tests need, then run the whole suite.  "No tests ran" is a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit 1

# The browser the dashboard tests drive: Debian's chromium (Playwright's own download cannot work offline).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -q || exit 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium || exit 1
  else
    echo "test: the browser tests need Debian's chromium at /usr/bin/chromium; install it once with" >&2
    echo "      sudo apt-get install -y chromium   (then run this command again)" >&2
    exit 1
  fi
fi

.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
