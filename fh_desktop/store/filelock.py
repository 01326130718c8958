"""Holding a workshop file's lock without letting SQLite read it.

SQLite locks bytes 0x40000000 .. +512 of the database (pending, reserved, shared
range) with advisory locks. Taking a lock on that range ourselves conflicts with any
SQLite connection of another process that has the file open for writing, so while we
hold it nobody else can start using the file, and SQLite never gets the chance to
apply a leftover journal. Used to replace a file and to set aside a sidecar that
does not belong to its file. Must only be used on files this process does not hold
itself (``registry.ensure_free`` first): within one process, POSIX locks merge.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from fh_desktop.domain.errors import AlreadyOpenError

PENDING_BYTE = 0x40000000
LOCK_SPAN = 512  # pending byte, reserved byte, 510 shared bytes


@contextlib.contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold SQLite's lock range of ``path`` (if it exists); AlreadyOpenError if taken."""
    from fh_desktop.store.failures import MSG_LOCKED, short

    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        exclusive = True
    except FileNotFoundError:
        yield
        return
    except PermissionError:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        exclusive = False
    try:
        try:
            _lock(fd, exclusive)
        except OSError:
            raise AlreadyOpenError(MSG_LOCKED, path=short(path)) from None
        if os.name == "nt":
            # Windows cannot rename over a file we hold open: the check is all we get.
            _unlock(fd)
            os.close(fd)
            fd = -1
        yield
    finally:
        if fd >= 0:
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)


def _lock(fd: int, exclusive: bool) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, PENDING_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, LOCK_SPAN)
    else:
        import fcntl

        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        fcntl.lockf(fd, mode | fcntl.LOCK_NB, LOCK_SPAN, PENDING_BYTE, os.SEEK_SET)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, PENDING_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, LOCK_SPAN)
    else:
        import fcntl

        fcntl.lockf(fd, fcntl.LOCK_UN, LOCK_SPAN, PENDING_BYTE, os.SEEK_SET)


def probe(path: Path) -> None:
    """AlreadyOpenError if another process holds ``path``; takes nothing."""
    with held(path):
        pass
