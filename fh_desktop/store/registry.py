"""Which workshop files this process holds open, so a second open is refused in-process.

SQLite's locks are POSIX advisory locks on Unix: they keep *other* processes out, but
another connection (or any ``open()``/``close()`` of the file, e.g. a header check or a
copy) in the same process would silently drop them. So before this process touches a
file at all, it asks here whether it already holds it. Files are keyed by device and
inode, so two spellings of one path (symlinks, ``..``) are the same file.
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from fh_desktop.domain.errors import AlreadyOpenError

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

Key = tuple[int, int] | str
_open: dict[Key, weakref.ref[WorkshopFile]] = {}
_guard = threading.Lock()


def file_key(path: Path) -> Key | None:
    """(device, inode) of ``path``, its resolved name where inodes are not reliable."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    if st.st_ino:
        return (st.st_dev, st.st_ino)
    return os.path.normcase(str(Path(path).resolve()))


def holder(path: Path) -> WorkshopFile | None:
    key = file_key(path)
    if key is None:
        return None
    with _guard:
        ref = _open.get(key)
    wf = ref() if ref is not None else None
    return wf if wf is not None and not wf.closed else None


def ensure_free(path: Path) -> None:
    from fh_desktop.store.failures import MSG_LOCKED, short

    if holder(path) is not None:
        raise AlreadyOpenError(MSG_LOCKED, path=short(path))


def register(wf: WorkshopFile) -> Key | None:
    key = file_key(wf.path)
    if key is None:
        return None
    with _guard:
        _open[key] = weakref.ref(wf)
    weakref.finalize(wf, unregister, key)
    return key


def unregister(key: Key | None) -> None:
    if key is None:
        return
    with _guard:
        ref = _open.get(key)
        if ref is not None and (ref() is None or ref().closed):  # type: ignore[union-attr]
            del _open[key]


def open_files() -> list[WorkshopFile]:
    with _guard:
        refs = list(_open.values())
    return [wf for wf in (r() for r in refs) if wf is not None and not wf.closed]


def close_all() -> None:
    """Close every workshop this process holds (for a clean quit on SIGTERM/SIGHUP)."""
    for wf in open_files():
        wf.close()
