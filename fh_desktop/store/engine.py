"""A SQLAlchemy engine over one already-open, locked sqlite3 connection.

The sqlite3 module's own transaction handling does not put DDL into transactions;
following SQLAlchemy's recipe we switch it off (``isolation_level=None``) and emit
``BEGIN`` ourselves, so every unit of work, migrations included, is atomic.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool


def engine_for(conn: sqlite3.Connection) -> Engine:
    conn.isolation_level = None
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
