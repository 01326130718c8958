"""Schema migrations (Alembic scripts in ``db/``), run on open."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from fh_desktop import resources
from fh_desktop.store.engine import engine_for


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    heads = _script().get_heads()
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


def is_known(revision: str) -> bool:
    return any(rev.revision == revision for rev in _script().walk_revisions())


def upgrade(conn: sqlite3.Connection, target: str = "head") -> None:
    engine = engine_for(conn)
    cfg = _config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
        connection.commit()
