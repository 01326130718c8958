"""Opening, creating and locking one workshop file (``*.fhw``).

Safety decisions, in the order they act (docs/store.md says what they guarantee):
- ``registry``: a file this process already holds is refused before it is touched
  (any ``close()`` of it in this process would drop SQLite's POSIX locks).
- ``fileformat.check_header`` reads raw bytes first: empty, foreign or truncated
  files are refused before SQLite could write anything into them.
- ``sidecars.examine`` looks at the file as SQLite will, with any journal left beside
  it, on private copies; a journal of another workshop is set aside, never merged.
- One SQLite connection per open file, rollback journal (``journal_mode=DELETE``) with
  ``synchronous=FULL``: every commit is in the ``.fhw`` itself before the service call
  returns, so a copy of the file alone, taken any time between edits, is complete
  (chosen by measurement over WAL plus a checkpoint per commit: docs/performance.md).
- ``locking_mode=EXCLUSIVE`` plus an immediate write lock: a second instance gets
  "already open". The OS drops the lock when the process dies.
- Every transaction increases the file's generation (``file_identity``, migration 0002).
- Before a migration the file is copied (SQLite backup API), the copy verified.
- Storage errors of every kind leave as ``FhError`` (``failures``), the connection is
  closed on every failed open.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from fh_desktop.domain.errors import (
    AlreadyOpenError,
    CorruptFileError,
    FhError,
    NewerVersionError,
    NotAWorkshopError,
    ReadOnlyError,
)
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import failures, fileformat, migrate, registry, sidecars
from fh_desktop.store.engine import engine_for
from fh_desktop.store.events import EventHub
from fh_desktop.store.replace import building  # also part of this module's API

if TYPE_CHECKING:
    from fh_desktop.store.services.action_import import ActionImportService
    from fh_desktop.store.services.actions import ActionService
    from fh_desktop.store.services.board import BoardService
    from fh_desktop.store.services.checklist import ChecklistService
    from fh_desktop.store.services.cycle import CycleService
    from fh_desktop.store.services.meta import MetaService
    from fh_desktop.store.services.snapshot import SnapshotService

log = logging.getLogger(__name__)

MSG_LOCKED = failures.MSG_LOCKED
MSG_CORRUPT = failures.MSG_DAMAGED
MSG_CORRUPT_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "errors",
    "Die Workshop-Datei „{path}“ ist beschädigt ({detail}). Öffnen Sie die Sicherungskopie "
    "„{backup}“ daneben oder retten Sie die lesbaren Daten mit „fh-desktop dump“.",
)
MSG_NEWER = QT_TRANSLATE_NOOP(
    "errors",
    "Die Workshop-Datei „{path}“ stammt aus einer neueren Version der Frühe-Hilfen-Werkstatt "
    "(Schema {found}). Bitte aktualisieren Sie das Programm.",
)
MSG_NO_SCHEMA = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ hat die Kennung einer Workshop-Datei, aber keine Tabellen."
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ ist nur zum Ansehen geöffnet (schreibgeschützt); Änderungen werden nicht gespeichert.",
)
MSG_OPENED_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ liegt an einem schreibgeschützten Ort und wurde nur zum Ansehen geöffnet. "
    "Zum Bearbeiten speichern Sie eine Kopie in einem eigenen Ordner.",
)
MSG_REPLACED_WHILE_OPENING = MSG_LOCKED
BUMP_SQL = "UPDATE file_identity SET generation = generation + 1 WHERE id = 1"


def _connect(path: Path | str, *, timeout: float = 0.2, uri: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN ourselves (see store.engine).
    conn = sqlite3.connect(
        str(path), timeout=timeout, check_same_thread=False, isolation_level=None, uri=uri
    )
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _lock_and_configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    conn.execute("PRAGMA synchronous=FULL")
    # Take and keep the write lock now, so a second instance is refused at once.
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")


class WorkshopFile:
    """An open workshop: the locked connection plus the services that edit it."""

    meta: MetaService
    board: BoardService
    checklist: ChecklistService
    actions: ActionService
    snapshots: SnapshotService
    action_import: ActionImportService
    cycle: CycleService

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool = False,
        warnings: list[FhError] | None = None,
    ) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self.read_only = read_only
        # Things the store did on the user's behalf (e.g. a stray journal set aside):
        # the window and the CLI show them once after opening.
        self.warnings: list[FhError] = list(warnings or [])
        self.engine: Engine = engine_for(conn)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.events = EventHub()
        self._registry_key: registry.Key | None = None
        # Imported here: services import this module's type for annotations only.
        from fh_desktop.store.services import attach_services

        attach_services(self)

    # --- life cycle -------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, salvage: bool = False
    ) -> WorkshopFile:
        """Open ``path`` for editing (locked), or for viewing only.

        Falls back to viewing only, flagged ``read_only`` and with a warning, when the
        file or its folder cannot be written (a mail folder, a CD, a share).
        ``salvage`` (implies ``read_only``): open a damaged file anyway, to read what
        can still be read (``fh-desktop dump``).
        """
        read_only = read_only or salvage
        path = Path(path)
        with failures.boundary(path):
            failures.check_path_length(path)
            registry.ensure_free(path)
            fileformat.check_header(path)
            if read_only or not os.access(path, os.W_OK) or not fileformat.writable_dir(path):
                from fh_desktop.store import readonly

                conn, warnings = readonly.load(path, salvage=salvage)
                if not read_only:
                    warnings.insert(0, ReadOnlyError(MSG_OPENED_READ_ONLY, path=failures.short(path)))
                return cls(path, conn, read_only=True, warnings=warnings)
            exam = sidecars.examine(path)
            warnings = sidecars.set_aside(path, exam.orphans) if exam.orphans else []
            check_view(exam.view, path)
            wf = cls._open_locked(path)
            wf.warnings.extend(warnings)
            return wf

    @classmethod
    def _open_locked(cls, path: Path) -> WorkshopFile:
        before = registry.file_key(path)
        conn = _connect(path)
        try:
            _lock_and_configure(conn)
            if registry.file_key(path) != before:
                # Replaced while we waited for the lock: we would edit an unlinked file.
                raise AlreadyOpenError(MSG_REPLACED_WHILE_OPENING, path=failures.short(path))
            from fh_desktop.store import upgrade

            upgrade.check_and_migrate(conn, path)
            wf = cls(path, conn)
        except BaseException:
            conn.close()
            raise
        wf._registry_key = registry.register(wf)
        return wf

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, overwrite: bool = False) -> WorkshopFile:
        """Create an empty workshop at ``path`` (atomically) and open it.

        With ``overwrite`` an existing file is replaced, unless another window or
        process holds it (``AlreadyOpenError``); its journals never meet the new file.
        """
        path = Path(path)
        warnings: list[FhError] = []
        with building(path, overwrite=overwrite, warnings=warnings) as tmp:
            build_empty(tmp).close()
        wf = cls.open(path)
        wf.warnings[:0] = warnings
        return wf

    def close(self) -> None:
        """Close the file; everything committed is already in the ``.fhw``."""
        conn = self._conn
        if conn is None:
            return
        self._conn = None
        with contextlib.suppress(Exception):
            self.engine.dispose()
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        registry.unregister(self._registry_key)

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
        """One edit = one committed transaction; an exception rolls everything back.

        Storage failures (disk full, I/O, read-only medium ...) leave as ``FhError``.
        """
        if self.read_only:
            raise ReadOnlyError(MSG_READ_ONLY, path=failures.short(self.path))
        with failures.boundary(self.path), self._sessions.begin() as session:
            # First: then the identity page is the first in every transaction's journal
            # (how ``sidecars.belongs`` tells whose journal it is).
            session.connection()  # BEGIN IMMEDIATE (store.engine), then the bump in raw SQL:
            self.connection.execute(BUMP_SQL)  # no SQLAlchemy round trip on every edit
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with failures.boundary(self.path), self._sessions() as session:
            yield session

    @property
    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ValueError("workshop file is closed")
        return self._conn

    def schema_version(self) -> str:
        with failures.boundary(self.path):
            return self.connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    def generation(self) -> int:
        """How many transactions this file has seen since migration 0002."""
        with failures.boundary(self.path):
            row = self.connection.execute("SELECT generation FROM file_identity WHERE id = 1").fetchone()
        return int(row[0])

    def integrity_check(self) -> list[str]:
        with failures.boundary(self.path):
            rows = self.connection.execute("PRAGMA integrity_check").fetchall()
            problems = [r[0] for r in rows if r[0] != "ok"]
            problems += [
                f"{r[0]} {r[1]} -> {r[2]}"
                for r in self.connection.execute("PRAGMA foreign_key_check").fetchall()
            ]
        return problems

    def vacuum(self) -> None:
        """Rewrite the file so deleted data leaves no trace in free pages or the journal."""
        if self.read_only:
            raise ReadOnlyError(MSG_READ_ONLY, path=failures.short(self.path))
        with failures.boundary(self.path):
            self.connection.execute("PRAGMA secure_delete=ON")
            self.connection.execute("VACUUM")


def check_view(view: sidecars.View, path: Path, *, salvage: bool = False) -> None:
    """Refuse what ``sidecars.examine`` saw unless it is a workshop this version can open.

    ``salvage`` (``dump`` of a damaged file): damage alone is no reason to refuse.
    """
    if not view.ok and not (salvage and "alembic_version" in view.tables):
        detail = damage_detail(view.problem)
        backups = sorted(path.parent.glob(f"{path.stem}.vor-update-*{path.suffix}"))
        if backups:
            raise CorruptFileError(
                MSG_CORRUPT_WITH_BACKUP, path=failures.short(path), detail=detail, backup=backups[-1].name
            )
        raise CorruptFileError(MSG_CORRUPT, path=failures.short(path), detail=detail)
    if "alembic_version" not in view.tables:
        raise NotAWorkshopError(MSG_NO_SCHEMA, path=failures.short(path))
    if view.revision is not None and not migrate.is_known(view.revision):
        raise NewerVersionError(MSG_NEWER, path=failures.short(path), found=view.revision)


def damage_detail(problem: str) -> str:
    """What is damaged, in a few words and without SQL (quick_check names tables)."""
    import re

    found = re.findall(r"(?:table|index|Tree|tree) ([A-Za-z_][A-Za-z0-9_]*)", problem)
    names = sorted({n for n in found if not n.isdigit()})
    if names:
        return ", ".join(names[:3])
    return failures.DAMAGE_DETAIL_FILE


def build_empty(path: Path) -> WorkshopFile:
    """Create the schema in a new file at ``path`` and return it opened."""
    conn = _connect(path)
    try:
        conn.execute(f"PRAGMA application_id={fileformat.APPLICATION_ID}")
        _lock_and_configure(conn)
        migrate.upgrade(conn)
        wf = WorkshopFile(path, conn)
        wf.meta.initialise_defaults()
    except BaseException:
        conn.close()
        raise
    return wf


def close_all_open() -> None:
    """Close every workshop this process holds (SIGTERM/SIGHUP, logout)."""
    registry.close_all()
