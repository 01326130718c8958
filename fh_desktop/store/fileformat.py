"""Recognising a workshop file before SQLite touches it.

All checks here read bytes only, so a foreign, empty or damaged file is refused
without being modified (SQLite would happily turn an empty file into a database).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from fh_desktop.domain.errors import (
    MSG_FILE_MISSING,
    CorruptFileError,
    FileAccessError,
    NotAWorkshopError,
)
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

SUFFIX = ".fhw"
# PRAGMA application_id written into every workshop file: ASCII "FHW1".
APPLICATION_ID = 0x46485731
SQLITE_MAGIC = b"SQLite format 3\x00"

MSG_IS_DIR = QT_TRANSLATE_NOOP("errors", "„{path}“ ist ein Ordner, keine Workshop-Datei.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("errors", "Die Datei „{path}“ kann nicht gelesen werden: {detail}")
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "Die Datei „{path}“ ist leer und keine Workshop-Datei.")
MSG_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ ist keine Workshop-Datei (kein Format der Frühe-Hilfen-Werkstatt)."
)
MSG_FOREIGN_DB = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ ist eine Datenbank eines anderen Programms, keine Workshop-Datei.",
)
MSG_TRUNCATED = QT_TRANSLATE_NOOP(
    "errors", "Die Workshop-Datei „{path}“ ist unvollständig oder beschädigt ({detail})."
)


def check_header(path: Path) -> None:
    """Raise a user-facing error unless ``path`` starts like one of our files."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise FileAccessError(MSG_FILE_MISSING, path=path) from None
    except OSError as exc:
        raise FileAccessError(MSG_UNREADABLE, path=path, detail=exc.strerror) from None
    if path.is_dir():
        raise FileAccessError(MSG_IS_DIR, path=path)
    if st.st_size == 0:
        raise NotAWorkshopError(MSG_EMPTY, path=path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise FileAccessError(MSG_UNREADABLE, path=path, detail=exc.strerror) from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotAWorkshopError(MSG_NOT_SQLITE, path=path)
    if len(header) < 100:
        raise CorruptFileError(MSG_TRUNCATED, path=path, detail="Kopf fehlt")
    (app_id,) = struct.unpack(">I", header[68:72])
    if app_id != APPLICATION_ID:
        raise NotAWorkshopError(MSG_FOREIGN_DB, path=path)
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter, page_count) = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    from fh_desktop.store.sidecars import pending

    # The in-header page count is only trustworthy when no journal waits beside the file.
    if valid_for == change_counter and not pending(path) and st.st_size < page_size * page_count:
        raise CorruptFileError(
            MSG_TRUNCATED,
            path=path,
            detail=f"{st.st_size} statt {page_size * page_count} Bytes",
        )


def writable_dir(path: Path) -> bool:
    return os.access(path.parent if path.parent != Path("") else Path("."), os.W_OK)
