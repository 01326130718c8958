#!/usr/bin/env bash
# Build the one-folder Linux bundle: dist/fh-desktop/ (run dist/fh-desktop/fh-desktop).
#
# Uses its own venv (build/package-venv), made from pyproject.toml alone: the project is
# installed as a regular (not editable) package with the "package" extra (PyInstaller),
# so its metadata - and with it the version - lands in the bundle. Dependencies are
# reinstalled only when pyproject.toml changed; the project itself on every build.
#
#   packaging/build-linux.sh            build (about 1 minute with a warm pip cache, 2 cores)
#   packaging/build-linux.sh --archive  also pack dist/fh-desktop-VERSION-linux-ARCH.tar.gz
set -euo pipefail
ARCHIVE=0
for arg in "$@"; do
  case "$arg" in
    --archive) ARCHIVE=1 ;;
    *) echo "usage: $0 [--archive]" >&2; exit 2 ;;
  esac
done
# The project's own set-up finds a Python >= 3.11 ($PY) and the Qt system libraries, and
# makes .venv, which the smoke test uses to compare the bundle against the source tree.
# (It sets ROOT, VENV and STAMP for itself; ours are named apart.)
source "$(cd "$(dirname "$0")/.." && pwd)/scripts/ensure-env.sh"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/build"
PKG_VENV="$BUILD/package-venv"
DIST="$ROOT/dist"

mkdir -p "$BUILD"
[ -x "$PKG_VENV/bin/python" ] || "$PY" -m venv "$PKG_VENV"
PKG_STAMP="$PKG_VENV/.fh-deps-installed"
CONSTRAINTS="$ROOT/packaging/constraints.txt"  # the tested versions of every dependency
if [ ! -f "$PKG_STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$PKG_STAMP" ] || [ "$CONSTRAINTS" -nt "$PKG_STAMP" ]; then
  echo "== Build-Umgebung einrichten ($PKG_VENV)"
  "$PKG_VENV/bin/python" -m pip install --quiet --upgrade pip
  "$PKG_VENV/bin/python" -m pip install --quiet -c "$CONSTRAINTS" "$ROOT[package]"
  touch "$PKG_STAMP"
fi
echo "== Projekt installieren"
# A fresh copy of the source each build (not editable: PyInstaller must see real files).
# setuptools builds in build/lib and keeps files there that the source no longer has.
rm -rf "$BUILD/lib" "$BUILD/bdist."*
"$PKG_VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall "$ROOT"
rm -rf "$BUILD/lib" "$BUILD/bdist."*

echo "== PyInstaller"
rm -rf "$DIST/fh-desktop"
"$PKG_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
  "$ROOT/packaging/fh-desktop.spec"

# Desktop integration travels with the folder; install-desktop-entry.sh puts it in place.
cp "$ROOT/packaging/linux/fh-desktop.desktop" "$ROOT/packaging/linux/fh-desktop-mime.xml" \
   "$ROOT/packaging/linux/install-desktop-entry.sh" "$DIST/fh-desktop/"
mkdir -p "$DIST/fh-desktop/icons"
cp "$ROOT"/packaging/icons/fh-desktop-*.png "$DIST/fh-desktop/icons/"

VERSION="$("$PKG_VENV/bin/python" -c 'from importlib.metadata import version; print(version("fh-desktop"))')"
echo "== Fertig: $DIST/fh-desktop (Version $VERSION, $(du -sh "$DIST/fh-desktop" | cut -f1))"
if [ "$ARCHIVE" = 1 ]; then
  TARBALL="$DIST/fh-desktop-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$TARBALL" fh-desktop
  echo "== Archiv: $TARBALL"
fi
