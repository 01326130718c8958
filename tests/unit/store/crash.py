"""A workshop left by a process killed (SIGKILL) in the middle of a big transaction.

The child commits ``committed`` cards, then starts one more transaction big enough to
spill into the database file (a hot ``-journal`` beside a torn ``.fhw``) and is killed
there: exactly the state a crash or a power cut leaves.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import sys, time
    from fh_desktop.domain import model
    from fh_desktop.store.rows import CardRow
    from fh_desktop.store.workshop_file import WorkshopFile

    wf = WorkshopFile.open(sys.argv[1])
    for i in range(int(sys.argv[2])):
        wf.board.add_card(model.Card(title=f"bestätigt {i}"))
    wf.connection.execute("PRAGMA cache_size=10")
    with wf.transaction() as s:
        for i in range(3000):
            s.add(CardRow(kind="note", area="sonstige", title=f"halb {i}", text="x" * 500))
        s.flush()
        print("mid", flush=True)
        time.sleep(120)
    """
)


def crash_mid_transaction(path: Path, committed: int = 5) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(committed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    proc.kill()
    proc.wait(30)
    assert line == "mid", proc.stderr.read() if proc.stderr else ""
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.read_bytes()[:1] != b"\0", "the crash left a hot journal"
