"""Per-edit persistence latency: one service call = one committed, fsynced transaction.

Goal: median <= 5 ms per edit. Every edit in the app goes straight to disk through a
service (no "Save" button), so this is the delay a moderator could feel per keystroke
burst or drag. The baseline is a bare ``sqlite3`` single-row UPDATE + COMMIT on a file
set up the same way (WAL, ``synchronous=FULL``, exclusive lock) in the same folder, i.e.
the cost of the fsync alone; the ratio says what SQLAlchemy, validation, conversion
and event emission add on top.

Run:  .venv/bin/python bench/persistence.py [--count 300] [--dir FOLDER]
``--dir`` picks the file system to measure (default: a temporary folder under the
system temp dir, which on many Linux machines is a real disk, on some a tmpfs: say which).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from pathlib import Path

from _common import median, print_header, print_row, time_calls, verdict

GOAL_MS = 5.0


def bare_sqlite(folder: Path, count: int) -> list[float]:
    conn = sqlite3.connect(str(folder / "bare.sqlite"), isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE card (id INTEGER PRIMARY KEY, x REAL NOT NULL, title TEXT NOT NULL)")
    conn.executemany("INSERT INTO card VALUES (?, ?, ?)", [(i, 0.0, f"Karte {i}") for i in range(1, 201)])

    def edit(i: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE card SET x = ? WHERE id = 7", (float(i),))
        conn.execute("COMMIT")

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
        results["wf.board.update_card (x, y)"] = time_calls(
            lambda i: wf.board.update_card(card.id, x=card.x + i, y=card.y - i), count
        )
        results["wf.board.update_card (text)"] = time_calls(
            lambda i: wf.board.update_card(card.id, text=f"{card.text} {i}"), count
        )
        results["wf.meta.update_workshop (title)"] = time_calls(
            lambda i: wf.meta.update_workshop(title=f"Werkstatt {i}"), count
        )
        results["wf.actions.update_action (title)"] = time_calls(
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
        print_header("persistence: one edit = one committed transaction (WAL, synchronous=FULL)",
                     Folder=f"{folder} ({_fs_type(folder)})")
        baseline = bare_sqlite(folder, args.count)
        demo = service_edits(write_demo(folder / "demo.fhw"), args.count)
        big = write_demo(folder / "big.fhw")
        grow(big, args.grow_cards, args.grow_actions)
        grown = service_edits(big, args.count)
    print_row("bare sqlite3 UPDATE+COMMIT", baseline)
    print("-- demo workshop")
    for name, samples in demo.items():
        print_row(name, samples, baseline)
    print(f"-- grown workshop (demo + {args.grow_cards} cards + {args.grow_actions} actions)")
    for name, samples in grown.items():
        print_row(name, samples, baseline)
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
