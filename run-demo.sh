#!/usr/bin/env bash
# Start the app on the demo workshop (created in the user's data folder if missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
source "$ROOT/scripts/ensure-env.sh"
exec "$ROOT/.venv/bin/fh-desktop" --demo "$@"
