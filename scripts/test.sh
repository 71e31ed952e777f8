#!/usr/bin/env bash
# The project's test command (README, CI): browser for the web tests, then the whole suite.
# Slow tests (real models, dev-set slices) and browser tests are included on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
python=python3
[ -x .venv/bin/python ] && python=.venv/bin/python
sh .ci/browser.sh
exec "$python" -m pytest -q "$@"
