#!/usr/bin/env bash
# Create or update .venv with everything the project needs, from pyproject.toml only.
# Sourced by run-demo.sh and run-tests.sh. Re-installs when pyproject.toml changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PY="$cand"; break
    fi
  done
fi
[ -n "$PY" ] || { echo "Python 3.11 oder neuer wird benötigt." >&2; exit 1; }

# Qt's xcb/offscreen platform plugins need a few system libraries on a bare Linux.
if [ "$(uname -s)" = "Linux" ]; then
  missing=()
  for lib in libEGL.so.1 libGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 libdbus-1.so.3 libxkbcommon-x11.so.0 libxcb-cursor.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    pkgs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0"
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installiere Qt-Systembibliotheken: $pkgs" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs) >&2 \
        || echo "Hinweis: apt-get fehlgeschlagen; fehlend: ${missing[*]}" >&2
    else
      echo "Hinweis: fehlende Systembibliotheken für Qt (${missing[*]}). Installieren mit:" >&2
      echo "  sudo apt-get install $pkgs" >&2
    fi
  fi
fi

# The export tests print the workbook with LibreOffice Calc and the short report with
# LibreOffice Writer, as the administration opens them.
if [ "$(uname -s)" = "Linux" ] && { ! command -v soffice >/dev/null 2>&1 || [ ! -e /usr/lib/libreoffice/program/libswlo.so ]; }; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installiere LibreOffice Calc und Writer (ohne Oberfläche) für die Tests der Exporte" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libreoffice-calc-nogui libreoffice-writer-nogui) >&2 \
      || echo "Hinweis: apt-get fehlgeschlagen; libreoffice-calc-nogui/libreoffice-writer-nogui fehlen" >&2
  else
    echo "Hinweis: LibreOffice fehlt (Tests der Exporte). Installieren mit:" >&2
    echo "  sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui" >&2
  fi
fi

# The phone page's browser test (tests/gui/checklist/test_devices_browser.py) drives Debian's
# chromium through chromium-driver with Selenium.
if [ "$(uname -s)" = "Linux" ] && { ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; }; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installiere chromium und chromium-driver (Browser-Test der Handy-Seite)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >&2 \
      || echo "Hinweis: apt-get fehlgeschlagen; chromium/chromium-driver fehlen" >&2
  else
    echo "Hinweis: für den Browser-Test: sudo apt-get install chromium chromium-driver" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.fh-installed"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[test]"
  touch "$STAMP"
fi
