"""A real, small file system for disk-full and read-only tests.

As root (CI and the development container) a tmpfs of the asked size is mounted on a
temporary folder. Where mounting is impossible the tests fall back to SQLite's own
page limit (``PRAGMA max_page_count``), which fails a commit with the same SQLITE_FULL
as a full disk: the test still runs, nothing is skipped. ``Volume.real`` says which.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Volume:
    folder: Path
    real: bool

    def fill(self, leave: int) -> Path:
        """Fill the volume up to ``leave`` free bytes with a filler file."""
        filler = self.folder / "filler.bin"
        free = shutil.disk_usage(self.folder).free
        with open(filler, "wb") as fh:
            fh.write(b"\0" * max(0, free - leave))
        return filler

    def remount_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)


def _can_mount() -> bool:
    return os.name == "posix" and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@contextlib.contextmanager
def small_volume(tmp_path: Path, size: str = "2m") -> Iterator[Volume]:
    folder = tmp_path / "klein"
    folder.mkdir()
    mounted = False
    if _can_mount():
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
        )
        mounted = done.returncode == 0
    try:
        yield Volume(folder, real=mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)
