"""The window in a real process: SIGTERM and SIGHUP close the workshop file properly,
Ctrl+C (SIGINT) quits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fh_desktop.domain import model
from fh_desktop.store.workshop_file import WorkshopFile


def _holds(pid: int, path: Path) -> bool:
    """The process has ``path`` open (Linux: its /proc fd table), without touching the file."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    target = str(path.resolve())
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                return True
        except OSError:
            continue
    return False


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")) if p.exists()]


def _wait(condition, seconds: float = 60.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_closes_the_window_and_the_file(tmp_path: Path, signum: int):
    path = tmp_path / "signal.fhw"
    wf = WorkshopFile.create(path)
    wf.board.add_card(model.Card(title="Jugendamt"))
    wf.close()
    assert _sidecars(path) == []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FH_DESKTOP_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "fh_desktop", str(path)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait(lambda: _holds(proc.pid, path)), "the window never opened the workshop"
        time.sleep(0.5)
        proc.send_signal(signum)
        assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert _sidecars(path) == []  # closed properly: everything is in the .fhw itself
    again = WorkshopFile.open(path)  # not "bereits geöffnet"
    try:
        assert [c.title for c in again.board.cards()] == ["Jugendamt"]
    finally:
        again.close()
