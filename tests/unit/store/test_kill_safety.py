"""A process killed with SIGKILL mid-edit loses nothing it reported as saved.

The child makes edits through the services and prints the number of each edit after
its commit returned. The parent kills it after a random number of reports, i.e. while
the next edit is in flight, then proves the file opens intact with every reported edit.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap

import pytest

from fh_desktop.store.workshop_file import WorkshopFile

CHILD = textwrap.dedent(
    """
    import sys
    from fh_desktop.domain import model
    from fh_desktop.store.workshop_file import WorkshopFile

    wf = WorkshopFile.open(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        kind = i % 4
        if kind == 0:
            wf.meta.add_participant(f"P{i}", "Rolle")
        elif kind == 1:
            wf.board.add_card(model.Card(title=f"K{i}", x=i, y=-i))
        elif kind == 2:
            wf.actions.add_action(model.Action(title=f"M{i}"))
        else:
            wf.meta.update_workshop(notes=f"N{i}")
        print(i, flush=True)
        i += 1
    """
)



def present(wf: WorkshopFile, i: int) -> bool:
    kind = i % 4
    if kind == 0:
        return any(p.name == f"P{i}" for p in wf.meta.participants())
    if kind == 1:
        return any(c.title == f"K{i}" and c.x == i for c in wf.board.cards())
    if kind == 2:
        return any(a.title == f"M{i}" for a in wf.actions.actions())
    notes = wf.meta.workshop().notes
    return int(notes[1:]) >= i  # later note edits overwrite earlier ones


@pytest.mark.slow
def test_sigkill_during_edits_keeps_every_reported_edit(tmp_path):
    path = tmp_path / "kill.fhw"
    WorkshopFile.create(path).close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    rng = random.Random(20261123)
    total_reported = 0
    for _round in range(6):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        kill_after = rng.randint(1, 120)
        reported = []
        for _ in range(kill_after):
            reported.append(int(proc.stdout.readline()))
        # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up code of the child runs.
        proc.kill()
        proc.wait(timeout=30)
        assert proc.returncode == (-signal.SIGKILL if hasattr(signal, "SIGKILL") else 1)
        total_reported += len(reported)
        with WorkshopFile.open(path) as wf:
            assert wf.integrity_check() == []
            missing = [i for i in reported if not present(wf, i)]
            assert missing == [], f"edits reported as saved but lost: {missing}"
            # Renumber for the next round: start the child's counter fresh on new names.
            wf.meta.update_workshop(notes="N0")
            for p in wf.meta.participants():
                wf.meta.update_participant(p.id, name=f"alt-{_round}-{p.id}")
            for c in wf.board.cards():
                wf.board.update_card(c.id, title=f"alt-{c.id}")
            for a in wf.actions.actions():
                wf.actions.update_action(a.id, title=f"alt-{a.id}")
    assert total_reported > 6
