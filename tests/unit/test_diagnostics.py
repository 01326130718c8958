"""Diagnostics: a log file in the user folder, native crashes traced, no tracebacks on screen."""

from __future__ import annotations

import faulthandler
import logging
import subprocess
import sys

from fh_desktop import diagnostics


def test_log_goes_to_the_user_folder_and_faulthandler_is_on(_isolated_home):
    try:
        path = diagnostics.setup()
        assert path == diagnostics.log_path()
        assert str(path).startswith(str(_isolated_home))
        assert faulthandler.is_enabled()
        logging.getLogger("fh_desktop.test").warning("ein Eintrag")
        for handler in logging.getLogger("fh_desktop").handlers:
            handler.flush()
        assert "ein Eintrag" in path.read_text(encoding="utf-8")
        assert diagnostics.setup() == path  # idempotent: one handler
        assert len(logging.getLogger("fh_desktop").handlers) == 1
    finally:
        diagnostics.teardown()


def test_an_unexpected_cli_error_is_one_line_and_its_traceback_is_logged(demo_file, _isolated_home):
    import sqlite3

    conn = sqlite3.connect(demo_file)  # a date the conversion cannot read: not an FhError
    conn.execute("UPDATE action SET start = 'kein Datum'")
    conn.commit()
    conn.close()
    out = subprocess.run([sys.executable, "-m", "fh_desktop", "dump", str(demo_file)], capture_output=True, text=True)
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Einzelheiten stehen in" in lines[0]
    log = diagnostics.log_path()
    assert str(log) in lines[0]
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_a_native_crash_leaves_its_stack_in_the_crash_log(_isolated_home):
    code = "from fh_desktop import diagnostics; diagnostics.setup(); import faulthandler; faulthandler._sigsegv()"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode != 0
    assert "Fatal Python error" in diagnostics.crash_log_path().read_text(encoding="utf-8")


def test_the_window_finds_the_log_under_both_names():
    assert diagnostics.log_file() == diagnostics.log_path()
