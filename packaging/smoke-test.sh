#!/usr/bin/env bash
# Smoke test of the built bundle: run it headless, without any Python of ours, in a clean
# temporary folder, and check what it writes. A resource, migration, hidden import or Qt
# plugin missing from the bundle shows up here, not on a moderator's laptop.
#
#   packaging/smoke-test.sh [BUNDLE_DIR]     (default: dist/fh-desktop)
#
# Checks: --version is the project's version; demo, check, dump, restore, export and
# import-actions work and the dump equals the source tree's (when .venv exists); errors are one line, exit 1; the
# window starts offscreen and opens the demo workshop; the needed Qt plugins are in,
# Qt's network module is not; every bundled Qt library finds its dependencies; and, when
# strace is installed, no Internet socket is opened and nothing is read from the source tree.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/fh-desktop}" 2>/dev/null && pwd)" \
  || { echo "Kein Bundle gefunden; erst packaging/build-linux.sh ausführen." >&2; exit 1; }
APP="$BUNDLE/fh-desktop"
[ -x "$APP" ] || { echo "$APP fehlt" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fh-smoke.XXXXXX")"
GUI_PID=""
cleanup() {
  if [ -n "$GUI_PID" ]; then kill -- "-$GUI_PID" 2>/dev/null || true; wait "$GUI_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"
FAILED=0
pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; FAILED=1; }

# A bare environment: no virtualenv, PYTHONPATH or user profile can help the bundle.
run() {
  env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 \
    FH_DESKTOP_HOME="$WORK/fh-home" QT_QPA_PLATFORM=offscreen "$@"
}
STRACE=0
command -v strace >/dev/null 2>&1 && STRACE=1
traced() {  # run the bundle under strace (when installed), one trace file per call
  if [ "$STRACE" = 1 ]; then
    run strace -f -qq -e trace=socket,connect,bind,openat,open -o "$(mktemp "$WORK/trace.XXXXXX")" "$@"
  else
    run "$@"
  fi
}

# --- version -----------------------------------------------------------------------
want="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)"
got="$(traced "$APP" --version)"
[ "$got" = "fh-desktop $want" ] && pass "--version: $got" || fail "--version: '$got', erwartet 'fh-desktop $want'"

# --- headless commands ---------------------------------------------------------------
out="$(traced "$APP" demo Demo.fhw 2>&1)" && [ -s Demo.fhw ] \
  && pass "demo: $out" || fail "demo: $out"
out="$(traced "$APP" check Demo.fhw 2>&1)" && [[ "$out" == OK:* ]] \
  && pass "check: $out" || fail "check: $out"
if traced "$APP" dump Demo.fhw > dump.json 2> dump.err && grep -q '"format": "fh-workshop"' dump.json; then
  pass "dump: $(wc -c < dump.json) Bytes JSON"
else
  fail "dump: $(cat dump.err)"
fi
[ "$(grep -A6 '"questions": \[$' dump.json | grep -c '"text"')" -gt 0 ] \
  && pass "dump enthält Leitfragen (resources/ ist gebündelt)" || fail "dump ohne Leitfragen"
if traced "$APP" restore Copy.fhw dump.json > /dev/null 2>&1 && traced "$APP" dump Copy.fhw > copy.json \
   && cmp -s dump.json copy.json; then
  pass "restore + dump: identisch"
else
  fail "restore + dump weichen ab"
fi
if [ -x "$ROOT/.venv/bin/fh-desktop" ]; then
  # The same demo from the source tree: any difference is a file the bundle lacks.
  run "$ROOT/.venv/bin/fh-desktop" demo Source.fhw > /dev/null
  run "$ROOT/.venv/bin/fh-desktop" dump Source.fhw > source.json
  cmp -s dump.json source.json && pass "dump gleich dem aus dem Quellbaum" \
    || fail "dump weicht vom Quellbaum ab: $(diff source.json dump.json | head -5)"
fi
out="$(traced "$APP" export Demo.fhw --xlsx Demo.xlsx --pdf Demo.pdf 2>&1)" \
  && [ "$(head -c 5 Demo.pdf)" = "%PDF-" ] && [ "$(head -c 2 Demo.xlsx)" = "PK" ] \
  && pass "export: Excel und PDF geschrieben" || fail "export: $out"
# The PDF embeds the bundled DejaVu font (resources/fonts): without it, it would fall
# back to a standard font that lacks characters users can type.
grep -aq "DejaVuSans" Demo.pdf && pass "PDF bettet DejaVu ein (resources/fonts ist gebündelt)" \
  || fail "PDF ohne DejaVu-Schrift"
out="$(traced "$APP" import-actions Demo.fhw Demo.xlsx 2>&1)" \
  && pass "import-actions (unverändert): $out" || fail "import-actions: $out"
set +e
err="$(traced "$APP" check Fehlt.fhw 2>&1)"; code=$?
set -e
[ "$code" = 1 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] && [[ "$err" == *Fehler* ]] \
  && pass "Fehler: eine Zeile, Exit 1" || fail "Fehlerfall: Exit $code, '$err'"

# --- the window (offscreen): starts, opens the demo workshop, stays up --------------
# In its own process group (setsid), so stopping it also stops strace's tracee.
setsid bash -c "$(declare -f run traced); WORK='$WORK' STRACE=$STRACE traced '$APP' --demo" \
  > gui.log 2>&1 &
GUI_PID=$!
opened=0
for _ in $(seq 1 600); do  # up to 60 s; usually about 1 s
  if grep -qs "Demo-Workshop.fhw" "$WORK/fh-home/config/settings.ini"; then opened=1; break; fi
  kill -0 "$GUI_PID" 2>/dev/null || break
  sleep 0.1
done
if [ "$opened" = 1 ] && kill -0 "$GUI_PID" 2>/dev/null; then
  pass "Fenster: Demo-Workshop geöffnet, läuft"
else
  fail "Fenster: nicht geöffnet oder abgestürzt: $(head -c 600 gui.log)"
fi
kill -- "-$GUI_PID" 2>/dev/null || true
wait "$GUI_PID" 2>/dev/null || true
GUI_PID=""
if grep -v "propagateSizeHints" gui.log | grep -q .; then
  fail "Fenster schrieb Meldungen: $(grep -v propagateSizeHints gui.log | head -5)"
fi

# --- bundle contents -------------------------------------------------------------------
QT="$BUNDLE/_internal/PySide6/Qt"
plugins_ok=1
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqwayland.so \
              imageformats/libqsvg.so imageformats/libqjpeg.so iconengines/libqsvgicon.so \
              platformthemes/libqxdgdesktopportal.so xcbglintegrations/libqxcb-glx-integration.so \
              wayland-shell-integration/libxdg-shell.so; do
  [ -f "$QT/plugins/$plugin" ] || { fail "Qt-Plugin fehlt: $plugin"; plugins_ok=0; }
done
[ "$plugins_ok" = 1 ] && pass "Qt-Plugins vorhanden (xcb, wayland, offscreen, svg, jpeg, Icon-Engine, Portal)"
network="$(find "$BUNDLE" \( -iname '*Qt6Network*' -o -path '*/plugins/tls*' -o -path '*/plugins/networkinformation*' -o -iname 'libqvnc*' \) | head -3)"
[ -z "$network" ] && pass "kein Qt-Netzwerkmodul im Bundle" || fail "Netzwerkteile im Bundle: $network"
find "$BUNDLE" -xtype l | grep -q . && fail "tote Links: $(find "$BUNDLE" -xtype l | head -3)" || true

# Every library must find its dependencies. Missing system libraries (e.g. Wayland's on a
# build machine without it) are the target system's business; missing Qt/PySide/ICU
# libraries would mean the bundle was pruned too far.
missing="$(cd "$BUNDLE" && for f in fh-desktop $(find _internal -name '*.so*' -type f); do
  ldd "$f" 2>/dev/null | awk -v f="$f" '/not found/ {print f ": " $1}'; done | sort -u)"
own="$(printf '%s\n' "$missing" | grep -E ': lib(Qt6|pyside6|shiboken6|icu|python)' || true)"
[ -z "$own" ] && pass "alle gebündelten Bibliotheken vollständig" || fail "fehlende Bibliotheken: $own"
other="$(printf '%s\n' "$missing" | awk -F': ' 'NF == 2 {print $2}' | sort -u | tr '\n' ' ')"
[ -n "${other// /}" ] && echo "note  vom Zielsystem erwartet (hier nicht installiert): $other"

# --- what the traced runs did -----------------------------------------------------------
if [ "$STRACE" = 1 ]; then
  inet="$(grep -hE 'socket\(AF_INET6?,|connect\(.*sa_family=AF_INET' "$WORK"/trace.* | head -3 || true)"
  [ -z "$inet" ] && pass "keine Internet-Sockets (strace, $(ls "$WORK"/trace.* | wc -l) Läufe)" || fail "Netzwerkzugriff: $inet"
  # Opened successfully (no ENOENT): the bundle must not read the source tree or a venv.
  leaked="$(grep -hE "open(at)?\(.*\"$ROOT/" "$WORK"/trace.* | grep -v ENOENT \
            | grep -v "\"$BUNDLE/" | head -3 || true)"
  [ -z "$leaked" ] && pass "liest nichts aus dem Quellbaum" || fail "liest aus dem Quellbaum: $leaked"
else
  echo "note  strace nicht installiert: Socket-Prüfung nur über den Bundle-Inhalt"
fi

if [ "$FAILED" = 0 ]; then
  echo "Smoke-Test bestanden: $BUNDLE"
else
  echo "Smoke-Test FEHLGESCHLAGEN: $BUNDLE"
  exit 1
fi
