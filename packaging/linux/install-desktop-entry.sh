#!/usr/bin/env bash
# Add Frühe Hilfen Werkstatt to this user's application menu and let *.fhw files open
# with it. Run from the unpacked folder; needs no administrator rights. Undo with --remove.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$APPS/fh-desktop.desktop" "$DATA/mime/packages/fh-desktop-mime.xml"
  rm -f "$DATA"/icons/hicolor/*/apps/fh-desktop.png
else
  mkdir -p "$APPS" "$DATA/mime/packages"
  # The menu entry points at this folder's program by its absolute path.
  sed -e "s|^Exec=.*|Exec=\"$HERE/fh-desktop\" %f|" -e "s|^TryExec=.*|TryExec=$HERE/fh-desktop|" \
    "$HERE/fh-desktop.desktop" > "$APPS/fh-desktop.desktop"
  cp "$HERE/fh-desktop-mime.xml" "$DATA/mime/packages/"
  for png in "$HERE"/icons/fh-desktop-*.png; do
    size="$(basename "$png" .png)"; size="${size#fh-desktop-}"
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/fh-desktop.png"
  done
fi
command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qt "$DATA/icons/hicolor" || true
echo "Fertig."
