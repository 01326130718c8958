#!/usr/bin/env bash
# Create or update .venv with everything the project needs, and the system packages the
# window and the tests need. Sourced by run-demo.sh and run-tests.sh.
# Re-installs the Python packages when pyproject.toml changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# --- System packages the tests need (Debian/Ubuntu names) ----------------------------
# One package per line, each with the test that needs it. Installed with apt-get when
# running as root, otherwise the command to run is printed.
fh_test_system_packages() {
  cat <<'PKGS'
xvfb
chromium
chromium-driver
libreoffice-calc-nogui
libreoffice-writer-nogui
PKGS
}
# xvfb: screenshots and window checks on a real X server (scripts/screenshots.py).
# chromium, chromium-driver: the phone page's browser test (tests/gui/checklist/test_devices_browser.py)
#   drives Debian's chromium through chromium-driver with Selenium.
# libreoffice-calc-nogui, libreoffice-writer-nogui: the export tests print the workbook with
#   LibreOffice Calc and the short report with Writer, as the administration opens them.

# --- helpers ---------------------------------------------------------------------------
fh_have_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# Install the given Debian packages that are not installed yet (root + apt-get), or say how.
fh_apt_install() {
  local what="$1"; shift
  local need=() p
  command -v dpkg-query >/dev/null 2>&1 || return 0
  for p in "$@"; do fh_have_package "$p" || need+=("$p"); done
  [ ${#need[@]} -gt 0 ] || return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "$what: ${need[*]} (apt-get install)" >&2
    if [ -z "${FH_APT_UPDATED:-}" ]; then
      apt-get update -qq >&2 || true
      FH_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
      || echo "Hinweis: apt-get fehlgeschlagen / apt-get failed: ${need[*]}" >&2
  else
    echo "$what fehlen / missing. Installieren mit / install with:" >&2
    echo "  sudo apt-get install ${need[*]}" >&2
  fi
}

# --- Python ------------------------------------------------------------------------------
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PY="$cand"; break
    fi
  done
fi
[ -n "$PY" ] || { echo "Python 3.11 oder neuer wird benötigt. / Python 3.11 or newer is needed." >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.fh-installed"
# packaging/constraints.txt pins every dependency to the versions the tests pass with
# (scripts/update-constraints.sh renews it).
CONSTRAINTS="$ROOT/packaging/constraints.txt"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ] || [ "$CONSTRAINTS" -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -c "$CONSTRAINTS" -e "$ROOT[test]"
  touch "$STAMP"
fi

# What Qt's window (xcb) and offscreen plugins lack on this machine, asked of the plugins
# themselves (ldd; see fh_desktop/platform_libs.py), installed under their package names.
if [ "$(uname -s)" = "Linux" ]; then
  qt_pkgs=()
  for p in $("$VENV/bin/python" -m fh_desktop.platform_libs); do
    # Debian 13 / Ubuntu 24.04 renamed some libraries with a "t64" suffix.
    if command -v apt-cache >/dev/null 2>&1 && ! apt-cache show "$p" >/dev/null 2>&1 \
        && apt-cache show "${p}t64" >/dev/null 2>&1; then
      p="${p}t64"
    fi
    qt_pkgs+=("$p")
  done
  if [ ${#qt_pkgs[@]} -gt 0 ]; then
    fh_apt_install "Qt-Systembibliotheken / Qt system libraries" "${qt_pkgs[@]}"
  fi
fi

# Only the test runner needs the test system packages.
if [ "${FH_ENV_FOR:-}" = "tests" ] && [ "$(uname -s)" = "Linux" ]; then
  # shellcheck disable=SC2046
  fh_apt_install "Systempakete für die Tests / system packages for the tests" $(fh_test_system_packages)
fi
