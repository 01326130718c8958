#!/usr/bin/env bash
# Run the whole test suite offscreen, then the layering contracts.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
source "$ROOT/scripts/ensure-env.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$ROOT/.venv/bin/lint-imports"
exec "$ROOT/.venv/bin/python" -m pytest "$@"
