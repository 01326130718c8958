"""Writing a whole new workshop file under a temporary name and moving it into place.

``demo``, ``restore`` and *Neuer Workshop* build the new file beside the target as
``.<name>.<pid>.<token>.tmp``, then, holding the target's lock, set aside or remove
the target's journals and rename the new file over it. The target is refused while
another window or process holds it (``AlreadyOpenError``), so nobody keeps editing an
unlinked file. Temporary files of processes that died (kill -9, power cut) are
removed the next time a file is built in that folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

from fh_desktop.domain.errors import FhError, FileAccessError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import failures, filelock, registry, sidecars

MSG_EXISTS = QT_TRANSLATE_NOOP("errors", "Die Datei „{path}“ gibt es schon.")
TEMP_PATTERN = re.compile(r"^\..*\.(\d+)\.[A-Za-z0-9_-]{8,}\.tmp(-journal|-wal|-shm)?$")


def temp_name(path: Path) -> Path:
    stem = path.stem[:40]
    return path.with_name(f".{stem}.{os.getpid()}.{secrets.token_urlsafe(8)}.tmp")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # without a reliable probe, never remove another's file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove our temporary workshop copies left in ``folder`` by processes that died."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        match = TEMP_PATTERN.match(name)
        if not match or _alive(int(match.group(1))):
            continue
        stale = folder / name
        with contextlib.suppress(OSError):
            stale.unlink()
            removed.append(stale)
    return removed


def _name_the_target(exc: FhError, tmp: Path, path: Path) -> None:
    """An error about the hidden temporary file is told about the file the user named."""
    if tmp.name in exc.args_map.get("path", ""):
        exc.args_map["path"] = failures.short(path)
        exc.args = (exc.message(),)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no directory fsync)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_all(tmp: Path) -> None:
    for leftover in (tmp, *(sidecars.sidecar(tmp, s) for s in sidecars.SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


@contextlib.contextmanager
def building(path: Path, *, overwrite: bool = False, warnings: list[FhError] | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it into place only on success.

    ``warnings`` (if given) receives what was set aside on the way.
    """
    path = Path(path)
    with failures.boundary(path):
        failures.check_path_length(path)
        if (path.exists() and not overwrite) or path.is_dir():
            raise FileAccessError(MSG_EXISTS, path=failures.short(path))
        registry.ensure_free(path)
        remove_stale_temp_files(path.parent)
        tmp = temp_name(path)
        try:
            try:
                yield tmp
            except FhError as exc:
                _name_the_target(exc, tmp, path)
                raise
            registry.ensure_free(path)  # it may have been opened meanwhile
            with filelock.held(path):
                found = sidecars.remove_for_replace(path)
                os.replace(tmp, path)
            _fsync_dir(path.parent)
            if warnings is not None:
                warnings.extend(found)
        finally:
            _unlink_all(tmp)
