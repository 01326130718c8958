"""Writing an export so that it is either complete or not there at all.

The exporter writes a temporary file beside the target; only when that succeeded
is it moved over the target with ``os.replace`` (atomic on one file system). Several
files of one export (Excel, PDF, report) are written as one unit (``write_all``). A
failure on the way (read-only folder, full disk, target open in Excel, a bug in
an exporter) removes the temporary file and leaves an older target untouched.
Operating-system errors become ``FileAccessError`` with a sentence a person can act on.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import secrets
import stat
from collections.abc import Callable, Sequence
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

MSG_SAME_TARGET = QT_TRANSLATE_NOOP("errors", "Zwei Ausgabedateien haben dasselbe Ziel „{path}“.")
MSG_BAD_LINK = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ ist eine Verknüpfung auf „{dest}“, deren Ordner es nicht gibt; nichts wurde geschrieben."
)
TMP_SUFFIX = ".tmp"

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` for a temporary path beside ``path``, then move it into place."""
    return write_all([(path, write)])[0]


def write_all(jobs: Sequence[tuple[str | os.PathLike[str], Callable[[Path], None]]]) -> list[Path]:
    """Write several files as one unit: every target is checked first, every file is
    written to a temporary file beside its target, and only when all succeeded are they
    moved into place, one right after the other. On any failure no target is touched
    and no temporary file stays behind.

    A target that is a symbolic link is followed: the file it points to is replaced,
    the link stays. A file that is replaced keeps its permissions."""
    targets = [_target(Path(path)) for path, _write in jobs]
    if len({os.path.normcase(str(t)) for t in targets}) < len(targets):
        raise FileAccessError(MSG_SAME_TARGET, path=targets[0].name)
    temps: list[Path] = []
    try:
        for target in targets:
            _remove_stale(target)
            tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}{TMP_SUFFIX}"
            # O_EXCL: never write through a file or link someone else put there; mode 0o666
            # lets the umask decide, like any file the user saves.
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            temps.append(tmp)
        for (target, tmp), (_path, write) in zip(zip(targets, temps, strict=False), jobs, strict=False):
            try:
                write(tmp)
                with open(tmp, "rb+") as fh:
                    os.fsync(fh.fileno())
                _keep_mode(target, tmp)
            except OSError as exc:
                raise _error(exc, target, target.parent) from None
        for target, tmp in zip(targets, temps, strict=False):
            try:
                os.replace(tmp, target)
            except PermissionError:
                # Windows refuses to replace a file another program holds open.
                if target.exists() and os.access(target.parent, os.W_OK):
                    raise FileAccessError(MSG_IN_USE, path=target) from None
                raise
            except OSError as exc:
                raise _error(exc, target, target.parent) from None
    except OSError as exc:
        target = targets[len(temps)] if len(temps) < len(targets) else targets[-1]
        raise _error(exc, target, target.parent) from None
    finally:
        for tmp in temps:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return targets


def _target(target: Path) -> Path:
    """The file that will be written for ``target`` (a link's destination), checked."""
    if target.is_symlink():
        resolved = Path(os.path.realpath(target))
        if resolved.is_dir():
            raise FileAccessError(MSG_IS_DIR, path=target)
        if not resolved.parent.is_dir():
            raise FileAccessError(MSG_BAD_LINK, path=target, dest=resolved)
        target = resolved
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise FileAccessError(MSG_IS_DIR, path=target)
    if not folder.is_dir():
        raise FileAccessError(MSG_NO_DIR, path=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileAccessError(MSG_READ_ONLY, path=folder)
    return folder / target.name


def _remove_stale(target: Path) -> None:
    """Temporary files of an earlier export of ``target`` that was killed on the way."""
    for old in target.parent.glob(f".{glob.escape(target.name)}.*{TMP_SUFFIX}"):
        middle = old.name[len(target.name) + 2 : -len(TMP_SUFFIX)]
        if len(middle) == 8 and all(c in "0123456789abcdef" for c in middle):
            with contextlib.suppress(OSError):
                old.unlink()


def _keep_mode(target: Path, tmp: Path) -> None:
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(tmp, mode)


def _error(exc: OSError, target: Path, folder: Path) -> FileAccessError:
    if exc.errno in _FULL:
        return FileAccessError(MSG_DISK_FULL, path=target)
    if exc.errno in _DENIED:
        return FileAccessError(MSG_READ_ONLY, path=folder)
    if exc.errno == errno.ENOENT:
        return FileAccessError(MSG_NO_DIR, path=folder)
    return FileAccessError(MSG_FAILED, path=target, detail=exc.strerror or exc)
