#!/usr/bin/env bash
# Collect every translatable string of the Python sources into the English .ts file
# (German is the source language), then compile the shipped .qm from it.
#
#   scripts/update-translations.sh          update .ts, then compile .qm
#   scripts/update-translations.sh --qm     only compile .qm (after editing the .ts in Qt Linguist)
#
# Translate new or changed entries (type="unfinished") in Qt Linguist
# (.venv/bin/pyside6-linguist resources/translations/fh_desktop_en.ts) and run this again.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.venv/bin"
TS_DIR="$ROOT/resources/translations"
cd "$ROOT"
mkdir -p "$TS_DIR"
if [[ "${1:-}" != "--qm" ]]; then
    # Sorted file list and no source locations: the .ts changes only when strings change.
    mapfile -t SOURCES < <(find fh_desktop -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -source-language de -target-language en \
        -locations none -no-obsolete -ts "$TS_DIR/fh_desktop_en.ts"
    # German is the source, but "%n Person(en)" needs its singular and plural forms: the
    # German file holds only the messages with a number in them.
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -source-language de -target-language de -pluralonly \
        -locations none -no-obsolete -ts "$TS_DIR/fh_desktop_de.ts"
fi
for lang in en de; do
    "$BIN/pyside6-lrelease" -silent "$TS_DIR/fh_desktop_$lang.ts" -qm "$TS_DIR/fh_desktop_$lang.qm"
done
