#!/usr/bin/env bash
# Build the one-folder Linux bundle: dist/fh-desktop/ (run dist/fh-desktop/fh-desktop).
#
# Uses its own venv (build/package-venv), made from pyproject.toml alone: the project is
# installed as a regular (not editable) package with the "package" extra (PyInstaller),
# so its metadata - and with it the version - lands in the bundle. Dependencies are
# reinstalled only when pyproject.toml changed; the project itself on every build.
#
#   packaging/build-linux.sh            build (about 2-3 minutes on 2 cores)
#   packaging/build-linux.sh --archive  also pack dist/fh-desktop-VERSION-linux-ARCH.tar.gz
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/build"
VENV="$BUILD/package-venv"
DIST="$ROOT/dist"
ARCHIVE=0
for arg in "$@"; do
  case "$arg" in
    --archive) ARCHIVE=1 ;;
    *) echo "usage: $0 [--archive]" >&2; exit 2 ;;
  esac
done

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PY="$cand"; break
    fi
  done
fi
[ -n "$PY" ] || { echo "Python 3.11 oder neuer wird benötigt." >&2; exit 1; }

mkdir -p "$BUILD"
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
STAMP="$VENV/.fh-deps-installed"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
  echo "== Build-Umgebung einrichten ($VENV)"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet "$ROOT[package]"
  touch "$STAMP"
fi
echo "== Projekt installieren"
# A fresh copy of the source each build (not editable: PyInstaller must see real files).
# setuptools builds in build/lib and keeps files there that the source no longer has.
rm -rf "$BUILD/lib" "$BUILD/bdist."*
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall "$ROOT"
rm -rf "$BUILD/lib" "$BUILD/bdist."*

echo "== PyInstaller"
rm -rf "$DIST/fh-desktop"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
  "$ROOT/packaging/fh-desktop.spec"

# Desktop integration travels with the folder; install-desktop-entry.sh puts it in place.
cp "$ROOT/packaging/linux/fh-desktop.desktop" "$ROOT/packaging/linux/fh-desktop-mime.xml" \
   "$ROOT/packaging/linux/install-desktop-entry.sh" "$DIST/fh-desktop/"
mkdir -p "$DIST/fh-desktop/icons"
cp "$ROOT"/packaging/icons/fh-desktop-*.png "$DIST/fh-desktop/icons/"

VERSION="$("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("fh-desktop"))')"
echo "== Fertig: $DIST/fh-desktop (Version $VERSION, $(du -sh "$DIST/fh-desktop" | cut -f1))"
if [ "$ARCHIVE" = 1 ]; then
  TARBALL="$DIST/fh-desktop-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$TARBALL" fh-desktop
  echo "== Archiv: $TARBALL"
fi
