#!/usr/bin/env bash
# Lint (ruff), type-check (mypy) and the layering contracts (import-linter), then the
# whole test suite offscreen. Arguments go to pytest.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
FH_ENV_FOR=tests source "$ROOT/scripts/ensure-env.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$ROOT/.venv/bin/ruff" check --quiet .
"$ROOT/.venv/bin/mypy"
"$ROOT/.venv/bin/lint-imports"
exec "$ROOT/.venv/bin/python" -m pytest "$@"
