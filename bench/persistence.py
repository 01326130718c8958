"""Per-edit persistence latency: one service call = one committed, fsynced transaction.

Goal: median <= 5 ms per edit. Every edit in the app goes straight to disk through a
service (no "Save" button), so this is the delay a moderator could feel per keystroke
burst or drag. The baseline is a bare ``sqlite3`` single-row UPDATE + COMMIT on a file
set up the same way (rollback journal ``journal_mode=DELETE``, ``synchronous=FULL``,
exclusive lock) in the same folder, i.e. the cost of the fsyncs alone; the ratio says
what SQLAlchemy, validation, conversion and event emission add on top.

The journal mode was chosen with this script: the "bare" rows also time WAL (the
former setting, where the ``.fhw`` alone lacks every edit since opening until a
checkpoint) and WAL with a TRUNCATE checkpoint after every commit (the ``.fhw`` alone
complete, like the rollback journal). See docs/performance.md.

Run:  .venv/bin/python bench/persistence.py [--count 300] [--dir FOLDER]
``--dir`` picks the file system to measure (default: a temporary folder under the
system temp dir, which on many Linux machines is a real disk, on some a tmpfs: say which).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from _common import median, print_header, print_row, time_calls, verdict

GOAL_MS = 5.0
# CPU seconds per edit of this process (time.process_time), per operation: on a machine
# shared with other jobs the wall-clock median mostly measures waiting for a core; the
# CPU figure is what the edit itself costs (fsync waits are not in it: see the bare rows).
CPU: dict[str, float] = {}


def timed(name: str, fn, count: int) -> list[float]:
    start = time.process_time()
    samples = time_calls(fn, count)
    CPU[name] = CPU.get(name, 0.0) + (time.process_time() - start) / (count + 5)
    return samples


MODES = {
    "DELETE (chosen)": ("DELETE", False),
    "WAL, no checkpoint (before)": ("WAL", False),
    "WAL + checkpoint(TRUNCATE) per commit": ("WAL", True),
}


def bare_sqlite(folder: Path, count: int, mode: str = "DELETE", checkpoint: bool = False) -> list[float]:
    path = folder / f"bare-{mode}-{int(checkpoint)}.sqlite"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute(f"PRAGMA journal_mode={mode}")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE card (id INTEGER PRIMARY KEY, x REAL NOT NULL, title TEXT NOT NULL)")
    conn.executemany("INSERT INTO card VALUES (?, ?, ?)", [(i, 0.0, f"Karte {i}") for i in range(1, 201)])

    def edit(i: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE card SET x = ? WHERE id = 7", (float(i),))
        conn.execute("COMMIT")
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    try:
        return time_calls(edit, count)
    finally:
        conn.close()


def grow(path: Path, cards: int, actions: int) -> None:
    """Add ``cards`` cards and ``actions`` actions, as a long workshop day would."""
    from fh_desktop.domain import model
    from fh_desktop.store.workshop_file import WorkshopFile

    with WorkshopFile.open(path) as wf:
        for i in range(cards):
            wf.board.add_card(model.Card(title=f"Karte {i}", text="Text " * 20, x=(i % 40) * 240, y=(i // 40) * 140))
        for i in range(actions):
            wf.actions.add_action(model.Action(title=f"Maßnahme {i}", goal="Ziel " * 10, position=i))


def service_edits(path: Path, count: int) -> dict[str, list[float]]:
    from fh_desktop.domain import model
    from fh_desktop.store.workshop_file import WorkshopFile

    results: dict[str, list[float]] = {}
    with WorkshopFile.open(path) as wf:
        received = []
        wf.events.subscribe(received.append)
        # The demo fills in as the steps are built; make sure there is one of each.
        cards = wf.board.cards() or [wf.board.add_card(model.Card(title="Jugendamt", x=40, y=40))]
        actions = wf.actions.actions() or [wf.actions.add_action(model.Action(title="Maßnahme"))]
        card, action = cards[0], actions[0]
        results["wf.board.update_card (x, y)"] = timed(
            "wf.board.update_card (x, y)",
            lambda i: wf.board.update_card(card.id, x=card.x + i, y=card.y - i), count
        )
        results["wf.board.update_card (text)"] = timed(
            "wf.board.update_card (text)",
            lambda i: wf.board.update_card(card.id, text=f"{card.text} {i}"), count
        )
        results["wf.meta.update_workshop (title)"] = timed(
            "wf.meta.update_workshop (title)",
            lambda i: wf.meta.update_workshop(title=f"Werkstatt {i}"), count
        )
        results["wf.actions.update_action (title)"] = timed(
            "wf.actions.update_action (title)",
            lambda i: wf.actions.update_action(action.id, title=f"Maßnahme {i}"), count
        )
        assert len(received) >= 4 * count, "every edit must emit its event"
    # Read back after closing: the last edits are on disk.
    with WorkshopFile.open(path) as wf:
        assert wf.meta.workshop().title == f"Werkstatt {count - 1}"
        assert next(a for a in wf.actions.actions() if a.id == action.id).title == f"Maßnahme {count - 1}"
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="edits per operation (default 300)")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the files (default: temp dir)")
    parser.add_argument("--grow-cards", type=int, default=1000, help="cards added for the grown workshop")
    parser.add_argument("--grow-actions", type=int, default=200, help="actions added for the grown workshop")
    args = parser.parse_args()
    from fh_desktop.demo import write_demo

    with tempfile.TemporaryDirectory(prefix="fh-bench-", dir=args.dir) as tmp:
        folder = Path(tmp)
        print_header("persistence: one edit = one committed transaction (journal DELETE, synchronous=FULL)",
                     Folder=f"{folder} ({_fs_type(folder)})")
        bare = {name: bare_sqlite(folder, args.count, *config) for name, config in MODES.items()}
        baseline = bare["DELETE (chosen)"]
        demo = service_edits(write_demo(folder / "demo.fhw"), args.count)
        big = write_demo(folder / "big.fhw")
        grow(big, args.grow_cards, args.grow_actions)
        grown = service_edits(big, args.count)
    for name, samples in bare.items():
        print_row(f"bare sqlite3 UPDATE+COMMIT, {name}", samples, baseline)
    print("-- demo workshop")
    for name, samples in demo.items():
        print_row(name, samples, baseline)
    print(f"-- grown workshop (demo + {args.grow_cards} cards + {args.grow_actions} actions)")
    for name, samples in grown.items():
        print_row(name, samples, baseline)
    print("-- CPU per edit (process time, both workshops together)")
    for name, seconds in CPU.items():
        print(f"{name:<34} {seconds / 2 * 1000:8.2f} ms")
    print()
    worst = max(median(s) for s in (*demo.values(), *grown.values())) * 1000
    return 0 if verdict("slowest median per edit", worst, GOAL_MS, " ms") else 1


def _fs_type(folder: Path) -> str:
    """The file system type of ``folder`` (Linux only; 'unknown' elsewhere)."""
    try:
        best, kind = "", "unknown"
        for line in Path("/proc/mounts").read_text().splitlines():
            _dev, mount, fstype, *_ = line.split()
            if str(folder.resolve()).startswith(mount) and len(mount) > len(best):
                best, kind = mount, fstype
        return kind
    except OSError:
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
