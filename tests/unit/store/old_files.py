"""Building workshop files at older schema revisions, with content, for migration tests.

``at_revision`` takes a current file (e.g. the demo, full of cards, answers and
actions) and runs Alembic's downgrade scripts on it, so the result is exactly what the
older version of the app wrote, content included. No file is committed: the
generator is the fixture.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from fh_desktop import resources
from fh_desktop.store.engine import engine_for


def at_revision(path: Path, revision: str) -> Path:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    engine = engine_for(conn)
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)
        connection.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path
