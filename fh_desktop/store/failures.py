"""Turning SQLite, SQLAlchemy and OS errors into the app's own errors, once.

Everything below the store boundary may raise ``sqlite3.Error``, SQLAlchemy's wrappers
or ``OSError``; ``WorkshopFile`` catches them in ``open``, ``create``, ``transaction``
and ``read`` and raises what ``translate`` returns instead, so the UI and the CLI only
ever ``except FhError``. Each message is one line, German source text marked for
translation, and never carries SQL, a traceback or the operating system's English
``strerror``: the cause is told by choosing the template, not by pasting a detail.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from fh_desktop.domain.errors import (
    AlreadyOpenError,
    ConflictError,
    CorruptFileError,
    DiskFullError,
    FhError,
    FileAccessError,
    PathTooLongError,
    ReadOnlyError,
    StorageError,
)
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "Auf dem Datenträger von „{path}“ ist kein Platz mehr frei; die letzte Änderung wurde "
    "nicht gespeichert. Bitte schaffen Sie Platz und versuchen Sie es erneut.",
)
MSG_READ_ONLY_MEDIUM = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ ist schreibgeschützt (Datei, Ordner oder Datenträger); die Änderung wurde "
    "nicht gespeichert.",
)
MSG_IO = QT_TRANSLATE_NOOP(
    "errors",
    "Lese- oder Schreibfehler bei „{path}“ (Datenträger entfernt oder defekt?); die letzte "
    "Änderung wurde nicht gespeichert.",
)
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "Die Workshop-Datei „{path}“ ist beschädigt ({detail}). Öffnen Sie eine Sicherungskopie "
    "oder retten Sie die lesbaren Daten mit „fh-desktop dump“.",
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Der Workshop „{path}“ ist bereits in einem anderen Fenster oder Programm geöffnet. "
    "Bitte schließen Sie ihn dort zuerst.",
)
MSG_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors", "Keine Berechtigung für „{path}“; bitte prüfen Sie die Zugriffsrechte."
)
MSG_MISSING = QT_TRANSLATE_NOOP("errors", "Die Datei oder der Ordner „{path}“ fehlt.")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors",
    "Der Name „{path}“ ist zu lang ({length} Bytes, höchstens {limit}). Bitte wählen Sie "
    "einen kürzeren Dateinamen.",
)
MSG_PATH_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors",
    "Der Pfad „{path}“ ist zu lang ({length} Bytes, höchstens {limit}). Bitte speichern Sie "
    "den Workshop in einem Ordner mit kürzerem Pfad.",
)
MSG_OS_OTHER = QT_TRANSLATE_NOOP(
    "errors", "Zugriff auf „{path}“ nicht möglich (Systemfehler {code})."
)
MSG_SQLITE_OTHER = QT_TRANSLATE_NOOP(
    "errors",
    "Die Workshop-Datei „{path}“ konnte nicht gelesen oder geschrieben werden "
    "(Fehler {code}); die letzte Änderung wurde nicht gespeichert.",
)
MSG_REFERENCE_GONE = QT_TRANSLATE_NOOP(
    "errors",
    "Die Änderung bezieht sich auf etwas, das es nicht mehr gibt; sie wurde nicht gespeichert.",
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "Die Änderung würde einen Eintrag doppelt anlegen; sie wurde nicht gespeichert."
)
MSG_INVALID_DATA = QT_TRANSLATE_NOOP(
    "errors", "Die Änderung passt nicht zu den gespeicherten Daten; sie wurde nicht gespeichert."
)

# SQLite's unix VFS refuses paths of 512 bytes and more (MAX_PATHNAME); the journal
# name adds "-journal". Windows' classic limit is 260 characters.
SQLITE_MAX_PATH = 512
SIDECAR_SUFFIX_LEN = len("-journal")
DAMAGE_DETAIL_FILE = QT_TRANSLATE_NOOP("errors", "Dateistruktur")


def short(path: Path | str, limit: int = 120) -> str:
    """``path`` for a one-line message: long ones keep their start and their name."""
    text = str(path)
    if len(text) <= limit:
        return text
    name = Path(text).name
    if len(name) > limit // 2:
        name = name[: limit // 4] + "…" + name[-(limit // 4) :]
    return text[: limit - len(name) - 2] + "…/" + name


def name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def check_path_length(path: Path) -> None:
    """Refuse names and paths that SQLite (or the file system) cannot hold with a journal."""
    absolute = Path(os.path.abspath(path))
    name_bytes = len(os.fsencode(absolute.name)) + SIDECAR_SUFFIX_LEN
    parent = absolute.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    limit = name_max(parent)
    if name_bytes > limit:
        raise PathTooLongError(
            MSG_NAME_TOO_LONG,
            path=short(absolute.name, 60),
            length=len(os.fsencode(absolute.name)),
            limit=limit - SIDECAR_SUFFIX_LEN,
        )
    path_bytes = len(os.fsencode(str(absolute))) + SIDECAR_SUFFIX_LEN
    path_limit = 260 if os.name == "nt" else SQLITE_MAX_PATH
    if path_bytes >= path_limit:
        raise PathTooLongError(
            MSG_PATH_TOO_LONG,
            path=short(absolute),
            length=len(os.fsencode(str(absolute))),
            limit=path_limit - SIDECAR_SUFFIX_LEN - 1,
        )


def translate_os(exc: OSError, path: Path) -> FhError:
    where = short(exc.filename or path) if isinstance(exc.filename, str) else short(path)
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1) or code == errno.EFBIG:
        return DiskFullError(MSG_DISK_FULL, path=short(path))
    if code == errno.EROFS:
        return ReadOnlyError(MSG_READ_ONLY_MEDIUM, path=where)
    if code in (errno.EACCES, errno.EPERM):
        return FileAccessError(MSG_NO_PERMISSION, path=where)
    if code == errno.ENAMETOOLONG:
        return PathTooLongError(
            MSG_PATH_TOO_LONG, path=short(path), length=len(os.fsencode(str(path))), limit="?"
        )
    if code == errno.ENOENT:
        return FileAccessError(MSG_MISSING, path=where)
    if code == errno.EIO:
        return StorageError(MSG_IO, path=short(path))
    name = errno.errorcode.get(code or 0, str(code))
    return StorageError(MSG_OS_OTHER, path=where, code=name)


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The ``sqlite3`` error behind ``exc`` (SQLAlchemy wraps it as ``.orig``)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def translate(exc: BaseException, path: Path) -> FhError:
    """The user-facing error for a storage failure ``exc`` on workshop ``path``."""
    if isinstance(exc, FhError):
        return exc
    if isinstance(exc, OSError):
        return translate_os(exc, path)
    err = _sqlite_error(exc)
    if err is None:
        log.error("unexpected store error on %s", path, exc_info=exc)
        return StorageError(MSG_SQLITE_OTHER, path=short(path), code=type(exc).__name__)
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err).lower()
    where = short(path)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return DiskFullError(MSG_DISK_FULL, path=where)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return AlreadyOpenError(MSG_LOCKED, path=where)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return ReadOnlyError(MSG_READ_ONLY_MEDIUM, path=where)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return CorruptFileError(MSG_DAMAGED, path=where, detail=DAMAGE_DETAIL_FILE)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return StorageError(MSG_IO, path=where)
    if name.startswith("SQLITE_PERM") or name.startswith("SQLITE_AUTH"):
        return FileAccessError(MSG_NO_PERMISSION, path=where)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return FileAccessError(MSG_NO_PERMISSION, path=where)
    if name.startswith("SQLITE_CONSTRAINT") or isinstance(err, sqlite3.IntegrityError):
        if "foreign key" in text:
            return ConflictError(MSG_REFERENCE_GONE)
        if "unique" in text or "primary key" in text:
            return ConflictError(MSG_DUPLICATE)
        return ConflictError(MSG_INVALID_DATA)
    log.error("unclassified SQLite error on %s", path, exc_info=exc)
    return StorageError(MSG_SQLITE_OTHER, path=where, code=name or type(err).__name__)


# What the boundary catches: storage errors only. Programming errors (TypeError,
# AttributeError ...) stay what they are so they are found, not disguised.
def _storage_errors() -> tuple[type[BaseException], ...]:
    from sqlalchemy.exc import SQLAlchemyError

    return (sqlite3.Error, SQLAlchemyError, OSError)


@contextlib.contextmanager
def boundary(path: Path) -> Iterator[None]:
    """Re-raise storage errors raised inside as the matching ``FhError``."""
    try:
        yield
    except FhError:
        raise
    except _storage_errors() as exc:
        raise translate(exc, path) from None
