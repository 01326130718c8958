"""PySide6's per-import source scan is skipped for Qt-free modules, with the same verdict.

Each check runs in a fresh interpreter: the verdicts are made once per module and process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json, sys
import PySide6.QtCore, PySide6.QtWidgets
from fh_desktop.ui.common import import_speed
feature = sys.modules["shibokensupport.feature"]
scanned = []  # the modules PySide reads the source of
check = feature._mod_uses_pyside
def reading(module, check=check):
    scanned.append(module.__name__)
    return check(module)
feature._mod_uses_pyside = reading
installed = import_speed.install() if sys.argv[1] == "on" else None
import fh_desktop.store.workshop_file, openpyxl, fh_desktop.ui.shell.workshop_view
verdicts = {k: v for k, v in feature.pyside_feature_dict.items()
            if k.split(".")[0] in ("sqlalchemy", "openpyxl", "fh_desktop", "json", "sqlite3")}
print(json.dumps({"installed": installed, "verdicts": verdicts, "scanned": scanned}))
"""


def _run(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_qt_free_modules_get_the_verdict_of_the_scan_without_being_read():
    with_shortcut, without = _run("on"), _run("off")
    assert with_shortcut["installed"] is True
    # The same verdict for every module PySide has recorded: -1 (ignore) for SQLAlchemy,
    # openpyxl, the store; 0 for our modules that use Qt.
    assert with_shortcut["verdicts"] == without["verdicts"]
    assert with_shortcut["verdicts"]["sqlalchemy.orm"] == -1
    assert with_shortcut["verdicts"]["fh_desktop.store.workshop_file"] == -1
    assert with_shortcut["verdicts"]["fh_desktop.ui.shell.agenda_panel"] == 0
    # Without the shortcut PySide reads hundreds of library modules; with it, none of them,
    # only the modules that may use Qt (ours under fh_desktop.ui).
    assert sum(n.startswith("sqlalchemy") for n in without["scanned"]) > 100
    read = [n for n in with_shortcut["scanned"] if not n.startswith("fh_desktop.ui")]
    assert not any(n.split(".")[0] in ("sqlalchemy", "openpyxl", "json") for n in read), read
    assert not any(n.startswith(("fh_desktop.store", "fh_desktop.domain")) for n in read), read
