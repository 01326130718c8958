"""Opening, creating and locking one workshop file (``*.fhw``).

Safety decisions, in the order they act:
- ``fileformat.check_header`` reads raw bytes first: empty, foreign or truncated
  files are refused before SQLite could write anything into them.
- One SQLite connection per open file, in WAL mode with ``synchronous=FULL`` so a
  commit reported to the user survives a killed process or a power cut.
- ``locking_mode=EXCLUSIVE`` plus an immediate write lock: a second instance gets
  "already open" instead of editing the same file behind our back. The OS drops the
  lock when the process dies, so a crash never leaves the file locked.
- Before a migration the file is copied (SQLite backup API, consistent even with a
  WAL) next to the original.
- New files are built under a temporary name and renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from fh_desktop.domain.errors import (
    AlreadyOpenError,
    CorruptFileError,
    FileAccessError,
    FhError,
    NewerVersionError,
    NotAWorkshopError,
)
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import fileformat, migrate
from fh_desktop.store.engine import engine_for
from fh_desktop.store.events import EventHub

if TYPE_CHECKING:
    from fh_desktop.store.services.action_import import ActionImportService
    from fh_desktop.store.services.actions import ActionService
    from fh_desktop.store.services.board import BoardService
    from fh_desktop.store.services.checklist import ChecklistService
    from fh_desktop.store.services.cycle import CycleService
    from fh_desktop.store.services.meta import MetaService
    from fh_desktop.store.services.snapshot import SnapshotService

MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Der Workshop „{path}“ ist bereits in einem anderen Fenster oder Programm geöffnet. "
    "Bitte schließen Sie ihn dort zuerst.",
)
MSG_CORRUPT = QT_TRANSLATE_NOOP("errors", "Die Workshop-Datei „{path}“ ist beschädigt: {detail}")
MSG_NEWER = QT_TRANSLATE_NOOP(
    "errors",
    "Die Workshop-Datei „{path}“ stammt aus einer neueren Version der Frühe Hilfen Werkstatt "
    "(Schema {found}). Bitte aktualisieren Sie das Programm.",
)
MSG_NO_SCHEMA = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ hat die Kennung einer Workshop-Datei, aber keine Tabellen."
)
MSG_EXISTS = QT_TRANSLATE_NOOP("errors", "Die Datei „{path}“ gibt es schon.")
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "errors", "In „{path}“ kann nicht geschrieben werden: {detail}"
)


def _connect(path: Path, *, timeout: float = 0.2) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN ourselves (see store.engine).
    conn = sqlite3.connect(
        str(path), timeout=timeout, check_same_thread=False, isolation_level=None
    )
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _lock_and_configure(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
        conn.execute("PRAGMA synchronous=FULL")
        # Take and keep the write lock now, so a second instance is refused at once.
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.close()
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise AlreadyOpenError(MSG_LOCKED, path=path) from None
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise FileAccessError(MSG_CANNOT_WRITE, path=path, detail=str(exc)) from None
        raise CorruptFileError(MSG_CORRUPT, path=path, detail=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise CorruptFileError(MSG_CORRUPT, path=path, detail=str(exc)) from None


class WorkshopFile:
    """An open workshop: the locked connection plus the services that edit it."""

    # Set by ``services.attach_services``.
    meta: MetaService
    board: BoardService
    checklist: ChecklistService
    actions: ActionService
    snapshots: SnapshotService
    action_import: ActionImportService
    cycle: CycleService

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self.engine: Engine = engine_for(conn)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.events = EventHub()
        # Imported here: services import this module's type for annotations only.
        from fh_desktop.store.services import attach_services

        attach_services(self)

    # --- life cycle -------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> WorkshopFile:
        path = Path(path)
        fileformat.check_header(path)
        if not os.access(path, os.W_OK) or not fileformat.writable_dir(path):
            raise FileAccessError(
                MSG_CANNOT_WRITE, path=path, detail="keine Schreibrechte für Datei oder Ordner"
            )
        _inspect_read_only(path)
        conn = _connect(path)
        _lock_and_configure(conn, path)
        try:
            _check_and_migrate(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise CorruptFileError(MSG_CORRUPT, path=path, detail=str(exc)) from None
        except FhError:
            conn.close()
            raise
        return cls(path, conn)

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, overwrite: bool = False) -> WorkshopFile:
        """Create an empty workshop at ``path`` (atomically) and open it."""
        path = Path(path)
        with building(path, overwrite=overwrite) as tmp:
            build_empty(tmp).close()
        return cls.open(path)

    def close(self) -> None:
        if self._conn is None:
            return
        self.engine.dispose()
        with contextlib.suppress(sqlite3.Error):
            # Fold the WAL back into the file so a copied .fhw is complete on its own.
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None  # type: ignore[assignment]

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> WorkshopFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions -----------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One edit = one committed transaction; an exception rolls everything back."""
        with self._sessions.begin() as session:
            yield session

    def read(self) -> Session:
        return self._sessions()

    def schema_version(self) -> str:
        return self._conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    def integrity_check(self) -> list[str]:
        rows = self._conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        problems += [
            f"Fremdschlüssel: {r[0]} Zeile {r[1]} -> {r[2]}"
            for r in self._conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return problems

    def vacuum(self) -> None:
        """Rewrite the file so deleted data leaves no trace in free pages or the WAL."""
        self._conn.execute("PRAGMA secure_delete=ON")
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _inspect_read_only(path: Path) -> None:
    """Check integrity and version without writing a byte (``immutable``: no locks, no -shm).

    Only after this passes do we switch the file to WAL and lock it, so a damaged or
    foreign file is refused exactly as it was found.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise CorruptFileError(MSG_CORRUPT, path=path, detail=str(exc)) from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise CorruptFileError(MSG_CORRUPT, path=path, detail=ok)
        _check_version(conn, path)
    except sqlite3.DatabaseError as exc:
        raise CorruptFileError(MSG_CORRUPT, path=path, detail=str(exc)) from None
    finally:
        conn.close()


def _check_version(conn: sqlite3.Connection, path: Path) -> str | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        raise NotAWorkshopError(MSG_NO_SCHEMA, path=path)
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    current = row[0] if row else None
    if current is not None and not migrate.is_known(current):
        raise NewerVersionError(MSG_NEWER, path=path, found=current)
    return current


def _check_and_migrate(conn: sqlite3.Connection, path: Path) -> None:
    current = _check_version(conn, path)
    if current != migrate.head():
        backup = backup_path(path, current or "leer")
        dest = sqlite3.connect(str(backup))
        with dest:
            conn.backup(dest)
        dest.close()
        migrate.upgrade(conn)


def backup_path(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.vor-update-{revision}-{stamp}{path.suffix}")


@contextlib.contextmanager
def building(path: Path, *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place only on success."""
    if path.exists() and not overwrite:
        raise FileAccessError(MSG_EXISTS, path=path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise FileAccessError(MSG_CANNOT_WRITE, path=path.parent, detail=exc.strerror) from None
    os.close(fd)
    os.unlink(name)  # SQLite must create it itself; an empty file would confuse the header check
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def build_empty(path: Path) -> WorkshopFile:
    """Create the schema in a new file at ``path`` and return it opened."""
    conn = _connect(path)
    conn.execute(f"PRAGMA application_id={fileformat.APPLICATION_ID}")
    _lock_and_configure(conn, path)
    migrate.upgrade(conn)
    wf = WorkshopFile(path, conn)
    wf.meta.initialise_defaults()
    return wf
