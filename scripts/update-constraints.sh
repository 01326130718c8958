#!/usr/bin/env bash
# Renew packaging/constraints.txt: the newest releases pyproject.toml allows, for the
# dependencies, the test tools and the bundle's PyInstaller. ensure-env.sh (tests, CI,
# run-demo.sh) and packaging/build-linux.sh install exactly these. Run the whole suite
# (./run-tests.sh, slow tests included) before committing the new file.
#
#   scripts/update-constraints.sh [--upgrade-package NAME ...]   (extra pip-compile options)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/ensure-env.sh"
cd "$ROOT"
"$VENV/bin/python" -m pip show pip-tools >/dev/null 2>&1 \
  || "$VENV/bin/python" -m pip install --quiet "pip-tools>=7.4,<8"
CUSTOM_COMPILE_COMMAND="scripts/update-constraints.sh" "$VENV/bin/pip-compile" --quiet --upgrade --extra test --extra package --strip-extras \
  --no-emit-index-url --no-emit-find-links --no-emit-trusted-host \
  --output-file packaging/constraints.txt "$@" pyproject.toml
