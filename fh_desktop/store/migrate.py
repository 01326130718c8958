"""Schema migrations (Alembic scripts in ``db/``), run on open.

Opening a file at the current schema only needs the revision identifiers, which
``_revisions`` reads from the scripts' source without importing Alembic (~0.1 s at
start-up, ``bench/startup.py``); Alembic itself is imported only to upgrade.
"""

from __future__ import annotations

import ast
import sqlite3
from functools import lru_cache

from fh_desktop import resources


@lru_cache(maxsize=1)
def _revisions() -> dict[str, str | None]:
    """``revision -> down_revision`` of every script in ``db/versions``."""
    found: dict[str, str | None] = {}
    for script in sorted((resources.migrations_dir() / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value:
                        values[target.id] = ast.literal_eval(node.value)
        assert isinstance(values.get("revision"), str), f"{script.name} names no revision"
        down = values.get("down_revision")
        assert down is None or isinstance(down, str), f"{script.name}: merge revisions are not supported"
        found[values["revision"]] = down  # type: ignore[index]
    return found


def head() -> str:
    revisions = _revisions()
    heads = sorted(set(revisions) - {down for down in revisions.values() if down})
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


def is_known(revision: str) -> bool:
    return revision in _revisions()


def upgrade(conn: sqlite3.Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    from fh_desktop.store.engine import engine_for

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    engine = engine_for(conn)
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
        connection.commit()
