"""Viewing a workshop without writing anything: a private copy in memory.

For a file from a mail folder, a CD or a share that is read-only: the file (with a
journal that belongs to it, see ``sidecars``) is copied into an in-memory database
with SQLite's backup API, migrated there if it is older, and served from memory. No
lock is taken, no journal, no temporary file is left; ``WorkshopFile.transaction``
refuses every write with ``ReadOnlyError``.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from fh_desktop.domain.errors import FhError, StoreWarning
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import migrate, sidecars


def load(path: Path, *, salvage: bool = False) -> tuple[sqlite3.Connection, list[FhError]]:
    from fh_desktop.store.workshop_file import check_view

    memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    warnings: list[FhError] = []
    try:
        hot = sidecars.pending(path)
        if hot:
            with tempfile.TemporaryDirectory(prefix="fh-ansicht-") as tmp:
                alone = Path(tmp) / "allein.fhw"
                both = Path(tmp) / "mit-journal.fhw"
                shutil.copyfile(path, alone)
                shutil.copyfile(path, both)
                for extra in hot:
                    shutil.copyfile(extra, sidecars.sidecar(both, extra.name[len(path.name) :]))
                view_alone = sidecars.look(alone, immutable=True)
                view_both = sidecars.look(both, immutable=False)
                wal = any(p.name.endswith(sidecars.WAL) for p in hot)
                if sidecars.belongs(view_alone, view_both, wal=wal):
                    chosen, view = both, view_both
                else:
                    chosen, view = alone, view_alone
                    warnings.append(
                        StoreWarning(sidecars.MSG_IGNORED, path=path.name, ignored=hot[0].name)
                    )
                check_view(view, path, salvage=salvage)
                _copy_into(chosen, memory, immutable=False)
        else:
            view = sidecars.look(path, immutable=_is_wal(path), read_only=True)
            check_view(view, path, salvage=salvage)
            _copy_into(path, memory, immutable=_is_wal(path))
        if not view.ok:
            warnings.append(StoreWarning(MSG_SALVAGE, path=path.name))
        memory.execute("PRAGMA foreign_keys=ON")
        row = memory.execute("SELECT version_num FROM alembic_version").fetchone()
        if (row[0] if row else None) != migrate.head():
            migrate.upgrade(memory)
    except BaseException:
        memory.close()
        raise
    return memory, warnings


MSG_SALVAGE = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ ist beschädigt; es folgt, was sich noch lesen lässt. Bitte prüfen Sie das Ergebnis."
)


def _is_wal(path: Path) -> bool:
    """Written in WAL mode (older versions): without a WAL beside it, read it as it is."""
    with open(path, "rb") as fh:
        header = fh.read(20)
    return len(header) >= 20 and header[18] == 2


def _copy_into(path: Path, memory: sqlite3.Connection, *, immutable: bool) -> None:
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    source = sqlite3.connect(uri, uri=True, timeout=0.2)
    try:
        source.backup(memory)
    finally:
        source.close()



