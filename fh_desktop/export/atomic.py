"""Writing an export so that it is either complete or not there at all.

The exporter writes a temporary file beside the target; only when that succeeded
is it moved over the target with ``os.replace`` (atomic on one file system). A
failure on the way (read-only folder, full disk, target open in Excel, a bug in
an exporter) removes the temporary file and leaves an older target untouched.
Operating-system errors become ``FileAccessError`` with a sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from fh_desktop.domain.errors import FileAccessError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

MSG_NO_DIR = QT_TRANSLATE_NOOP("errors", "Der Ordner „{path}“ existiert nicht.")
MSG_IS_DIR = QT_TRANSLATE_NOOP("errors", "„{path}“ ist ein Ordner; bitte einen Dateinamen angeben.")
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "In den Ordner „{path}“ kann nicht geschrieben werden (keine Schreibrechte)."
)
MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ konnte nicht geschrieben werden: Der Datenträger ist voll. "
    "Eine vorhandene Datei ist unverändert.",
)
MSG_IN_USE = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ kann nicht ersetzt werden, weil die Datei in einem anderen Programm geöffnet ist "
    "(z. B. Excel). Bitte dort schließen und erneut exportieren.",
)
MSG_FAILED = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ konnte nicht geschrieben werden: {detail}. Eine vorhandene Datei ist unverändert."
)

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` for a temporary path beside ``path``, then move it into place."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise FileAccessError(MSG_IS_DIR, path=target)
    if not folder.is_dir():
        raise FileAccessError(MSG_NO_DIR, path=folder)
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        # O_EXCL: never write through a file or link someone else put there; mode 0o666
        # lets the umask decide, like any file the user saves.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise _error(exc, target, folder) from None
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError:
            # Windows refuses to replace a file another program holds open.
            if target.exists() and os.access(folder, os.W_OK):
                raise FileAccessError(MSG_IN_USE, path=target) from None
            raise
    except OSError as exc:
        raise _error(exc, target, folder) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def _error(exc: OSError, target: Path, folder: Path) -> FileAccessError:
    if exc.errno in _FULL:
        return FileAccessError(MSG_DISK_FULL, path=target)
    if exc.errno in _DENIED:
        return FileAccessError(MSG_READ_ONLY, path=folder)
    if exc.errno == errno.ENOENT:
        return FileAccessError(MSG_NO_DIR, path=folder)
    return FileAccessError(MSG_FAILED, path=target, detail=exc.strerror or exc)
