"""Bringing an older workshop file to the current schema, safely.

Called with the file locked. Before anything changes, a backup is written next to it
(``<name>.vor-update-<revision>-<time>.fhw``) and verified: it must open, pass
``quick_check``, be at the file's revision and hold the same content; a bad backup
(e.g. 0 bytes on a full disk) is removed and the update refused. A backup already
there from an earlier, failed attempt with the same content is reused, so failed
attempts do not pile up copies. All migrations then run in ONE transaction with
foreign keys checked at the end: a failing migration leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from fh_desktop.domain.errors import DiskFullError, FhError, StorageError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import failures, migrate

MSG_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "Vor dem Aktualisieren von „{path}“ konnte keine Sicherungskopie angelegt werden; die Datei "
    "bleibt unverändert. Bitte schaffen Sie Platz oder wählen Sie einen anderen Ordner.",
)
MSG_MIGRATION_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ konnte nicht auf die neue Version umgestellt werden und bleibt unverändert; "
    "eine Sicherungskopie liegt als „{backup}“ daneben.",
)


def check_and_migrate(conn: sqlite3.Connection, path: Path) -> None:
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    current = row[0] if row else None
    if current == migrate.head():
        return
    backup = make_backup(conn, path, current or "leer")
    try:
        migrate.upgrade(conn)
    except FhError:
        raise
    except Exception as exc:
        failures.log.error("migration of %s failed", path, exc_info=exc)
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        error = failures.translate(exc, path)
        if isinstance(error, DiskFullError):
            raise error from None
        raise StorageError(MSG_MIGRATION_FAILED, path=failures.short(path), backup=backup.name) from None


def content_digest(conn: sqlite3.Connection) -> str:
    """A digest of every row of every table: equal digests, equal workshops."""
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):  # names from the file
            digest.update(repr(row).encode())
    return digest.hexdigest()


def _verified(candidate: Path, revision: str | None, digest: str) -> bool:
    try:
        if candidate.stat().st_size == 0:
            return False
        conn = sqlite3.connect(f"{candidate.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return False
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if (row[0] if row else None) != revision:
            return False
        return content_digest(conn) == digest
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def make_backup(conn: sqlite3.Connection, path: Path, revision: str) -> Path:
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    current = row[0] if row else None
    digest = content_digest(conn)
    prefix = f"{path.stem}.vor-update-{revision}"
    for earlier in sorted(path.parent.glob(f"{prefix}*{path.suffix}")):
        if _verified(earlier, current, digest):
            return earlier
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{prefix}-{stamp}{path.suffix}")
    try:
        dest = sqlite3.connect(str(backup))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        ok = _verified(backup, current, digest)
    except (OSError, sqlite3.Error) as exc:
        failures.log.warning("backup of %s failed: %s", path, exc)
        ok = False
    if not ok:
        for leftover in (backup, backup.with_name(backup.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise StorageError(MSG_BACKUP_FAILED, path=failures.short(path))
    return backup
