"""The .fhw alone is always current: copy it while the app runs, or after a kill."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time

from fh_desktop.store.workshop_file import WorkshopFile

CHILD = textwrap.dedent(
    """
    import sys, time
    from fh_desktop.domain import model
    from fh_desktop.store.workshop_file import WorkshopFile

    wf = WorkshopFile.open(sys.argv[1])
    for i in range(50):
        wf.board.add_card(model.Card(title=f"Karte {i}", x=i, y=i))
    print("done", flush=True)
    time.sleep(120)
    """
)


def cards_in_copy(source, target) -> list[str]:
    shutil.copyfile(source, target)  # the .fhw alone, as a mail program or backup takes it
    with WorkshopFile.open(target) as wf:
        return [c.title for c in wf.board.cards()]


def test_a_copy_of_the_file_alone_holds_all_50_edits_while_open_and_after_kill(tmp_path):
    path = tmp_path / "laufend.fhw"
    WorkshopFile.create(path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "done", proc.stderr.read() if proc.stderr else ""
        time.sleep(2)
        expected = [f"Karte {i}" for i in range(50)]
        assert cards_in_copy(path, tmp_path / "kaffeepause.fhw") == expected
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert cards_in_copy(path, tmp_path / "nach-kill.fhw") == expected
    finally:
        proc.kill()
        proc.wait(30)
    with WorkshopFile.open(path) as wf:
        assert len(wf.board.cards()) == 50


def test_sigterm_closes_a_cli_command_cleanly(tmp_path):
    """``demo`` killed with SIGTERM while building leaves no half-built hidden copy."""
    target = tmp_path / "demo.fhw"
    proc = subprocess.Popen(
        [sys.executable, "-m", "fh_desktop", "demo", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        time.sleep(0.005)
    proc.send_signal(signal.SIGTERM)
    proc.wait(60)
    assert proc.returncode in (0, 128 + signal.SIGTERM)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []
