"""Journals beside a workshop file: see the file as SQLite will, and never merge a stranger.

SQLite keeps changes it has not finished in a file next to the database (``-journal``
in rollback mode, ``-wal`` in WAL mode) and applies it the next time the database is
read. That journal carries no name of the file it belongs to: copy another workshop
over a crashed one and SQLite would apply the crashed workshop's journal to it.

So before opening, ``examine`` looks at two private copies in a temporary folder: the
file alone, and the file with its journal (where SQLite applies the journal, to the
copy). Every workshop knows its identity and a generation counter that each
transaction increases (migration 0002), so the journal belongs to the file when both
copies have the same identity and generations that fit (a rollback journal restores
the state before the interrupted transaction: the same or one less). A journal that
does not belong is moved aside as ``<name>-journal.verwaist-<time>`` under the file's
lock and reported; the original is never written before the lock is held.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from fh_desktop.domain.errors import FhError, StoreWarning
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

JOURNAL, WAL, SHM = "-journal", "-wal", "-shm"
SUFFIXES = (JOURNAL, WAL, SHM)

MSG_SET_ASIDE = QT_TRANSLATE_NOOP(
    "errors",
    "Neben „{path}“ lag eine Zwischendatei, die nicht zu diesem Workshop gehört (etwa nach "
    "einem Absturz und anschließendem Überschreiben). Sie wurde nicht übernommen, sondern als "
    "„{moved}“ beiseitegelegt.",
)


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def pending(path: Path) -> list[Path]:
    """Sidecars SQLite would apply when it reads ``path`` (a hot journal, a WAL with frames)."""
    found = []
    journal = sidecar(path, JOURNAL)
    with contextlib.suppress(OSError):
        with open(journal, "rb") as fh:
            # SQLite treats a journal as hot unless it is empty or starts with a zero byte.
            if fh.read(1) not in (b"", b"\x00"):
                found.append(journal)
    wal = sidecar(path, WAL)
    with contextlib.suppress(OSError):
        if wal.stat().st_size >= 32:  # a WAL header; SQLite checks its checksums itself
            found.append(wal)
    return found


@dataclass
class View:
    """What one copy looks like to SQLite."""

    ok: bool = False
    problem: str = ""  # quick_check's first complaint, or the SQLite error
    tables: set[str] = field(default_factory=set)
    revision: str | None = None
    identity: str | None = None
    generation: int | None = None


def look(path: Path, *, immutable: bool, read_only: bool = False) -> View:
    """Open ``path`` (``immutable``: no locks, no journal; ``read_only``: shared lock)."""
    view = View()
    query = "?mode=ro&immutable=1" if immutable else "?mode=ro" if read_only else ""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + query, uri=True, isolation_level=None, timeout=0.2)
    except sqlite3.Error as exc:
        view.problem = str(exc)
        return view
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        if rows != ["ok"]:
            view.problem = "; ".join(rows)
        view.tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in view.tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            view.revision = row[0] if row else None
        if "file_identity" in view.tables:
            row = conn.execute("SELECT uuid, generation FROM file_identity WHERE id = 1").fetchone()
            if row:
                view.identity, view.generation = str(row[0]), int(row[1])
        view.ok = not view.problem
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            from fh_desktop.store.failures import translate

            raise translate(exc, path) from None
        view.problem = view.problem or str(exc)
        view.ok = False
    finally:
        conn.close()
    return view


@dataclass
class Examination:
    view: View  # the file as it will be used
    orphans: list[Path] = field(default_factory=list)  # sidecars that do not belong


def examine(path: Path) -> Examination:
    """Look at ``path`` as SQLite will, without writing a byte next to it."""
    from fh_desktop.store import filelock

    # Held by another process: say so, rather than read a file mid-write and call it damaged.
    filelock.probe(path)
    hot = pending(path)
    if not hot:
        # Nothing waits beside the file: the file alone is what SQLite will read.
        return Examination(look(path, immutable=True))
    with tempfile.TemporaryDirectory(prefix="fh-pruefung-") as tmp:
        alone = Path(tmp) / "allein.fhw"
        both = Path(tmp) / "mit-journal.fhw"
        shutil.copyfile(path, alone)
        shutil.copyfile(path, both)
        for extra in hot:
            shutil.copyfile(extra, sidecar(both, extra.name[len(path.name) :]))
        view_alone = look(alone, immutable=True)
        view_both = look(both, immutable=False)
    if belongs(view_alone, view_both, wal=any(p.name.endswith(WAL) for p in hot)):
        return Examination(view_both)
    return Examination(view_alone, orphans=hot)


def belongs(alone: View, both: View, *, wal: bool) -> bool:
    if not both.ok:
        # Applying the journal damages the file: it is someone else's, unless the file
        # alone is damaged too (then the damage is reported, nothing is moved).
        return not alone.ok
    if not alone.ok:
        return True  # torn by the interrupted write the journal repairs
    if alone.identity != both.identity:
        return False
    if alone.identity is None:
        return True  # a file from before identities (0001): nothing more to compare
    assert alone.generation is not None and both.generation is not None
    if wal:
        return both.generation >= alone.generation
    return alone.generation - both.generation in (0, 1)


def set_aside(path: Path, orphans: list[Path]) -> list[FhError]:
    """Move ``orphans`` away from ``path`` while holding its lock; one warning each."""
    from fh_desktop.store import filelock

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    warnings: list[FhError] = []
    with filelock.held(path):
        for orphan in orphans:
            moved = orphan.with_name(f"{orphan.name}.verwaist-{stamp}")
            if len(os.fsencode(moved.name)) > 255:
                moved = orphan.with_name(f"verwaist-{stamp}{orphan.name[len(path.name):]}")
            os.replace(orphan, moved)
            warnings.append(StoreWarning(MSG_SET_ASIDE, path=path.name, moved=moved.name))
        if any(o.name.endswith(WAL) for o in orphans):
            # The WAL index describes the WAL just moved away.
            with contextlib.suppress(FileNotFoundError):
                sidecar(path, SHM).unlink()
    return warnings


def remove_for_replace(path: Path) -> list[FhError]:
    """Before a new file takes ``path``'s place: no old journal may meet it.

    Called with ``path``'s lock held. Journals with content are set aside (they may be
    the only trace of a crashed workshop's last minutes); empty ones are removed.
    """
    warnings: list[FhError] = []
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in SUFFIXES:
        extra = sidecar(path, suffix)
        if not extra.exists():
            continue
        if extra in pending(path):
            moved = extra.with_name(f"{extra.name}.verwaist-{stamp}")
            os.replace(extra, moved)
            warnings.append(StoreWarning(MSG_SET_ASIDE, path=path.name, moved=moved.name))
        else:
            extra.unlink()
    return warnings


MSG_IGNORED = QT_TRANSLATE_NOOP(
    "errors",
    "Neben „{path}“ liegt eine Zwischendatei „{ignored}“, die nicht zu diesem Workshop gehört; "
    "sie wurde beim Ansehen nicht berücksichtigt.",
)
