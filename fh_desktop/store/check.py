"""``fh-desktop check``: does this file hold what the app needs, and nothing it cannot show?

Beyond SQLite's own integrity check: the schema has every table and column the
current version expects, JSON fields parse, text is valid UTF-8 (bit rot shows up
here first), references resolve, and every value passes the services' rules
(``validate``). Runs on a read-only, in-memory copy: checking never changes a file.
"""

from __future__ import annotations

import json
import sqlite3

from sqlalchemy import JSON, String, Text

from fh_desktop.domain.errors import FhError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.rows import Base

MSG_NO_TABLE = QT_TRANSLATE_NOOP("errors", "Die Tabelle „{table}“ fehlt.")
MSG_NO_COLUMN = QT_TRANSLATE_NOOP("errors", "In der Tabelle „{table}“ fehlt die Spalte „{column}“.")
MSG_BAD_JSON = QT_TRANSLATE_NOOP("errors", "Tabelle „{table}“, Zeile {row}: „{column}“ ist kein gültiges JSON.")
MSG_BAD_TEXT = QT_TRANSLATE_NOOP(
    "errors", "Tabelle „{table}“, Zeile {row}: „{column}“ ist kein lesbarer Text (UTF-8 beschädigt)."
)
MSG_NOT_TEXT = QT_TRANSLATE_NOOP("errors", "Tabelle „{table}“, Zeile {row}: „{column}“ hat den falschen Datentyp.")
MSG_SQLITE = QT_TRANSLATE_NOOP("errors", "SQLite-Prüfung: {detail}")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("errors", "Ein gespeicherter Wert kann nicht gelesen werden ({kind}).")
MSG_DANGLING_ROW = QT_TRANSLATE_NOOP("errors", "Tabelle „{table}“, Zeile {row}: verweist auf „{parent}“, das es nicht gibt.")


def structure_problems(conn: sqlite3.Connection) -> list[FhError]:
    """Integrity, schema shape, JSON and text encoding, straight from the tables."""
    problems: list[FhError] = []
    for (text,) in conn.execute("PRAGMA integrity_check(20)").fetchall():
        if text != "ok":
            problems.append(ValidationError(MSG_SQLITE, detail=text.splitlines()[0][:200]))
    for table, row, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(ValidationError(MSG_DANGLING_ROW, table=table, row=row, parent=parent))
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            problems.append(ValidationError(MSG_NO_TABLE, table=table.name))
            continue
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table.name}")')}
        missing = [c.name for c in table.columns if c.name not in columns]
        problems += [ValidationError(MSG_NO_COLUMN, table=table.name, column=c) for c in missing]
        for column in table.columns:
            if column.name in missing:
                continue
            if isinstance(column.type, JSON):
                problems += _json_problems(conn, table.name, column.name, column.nullable)
            elif isinstance(column.type, String | Text):
                problems += _text_problems(conn, table.name, column.name)
    return problems


def _json_problems(conn: sqlite3.Connection, table: str, column: str, nullable: bool | None) -> list[FhError]:
    found: list[FhError] = []
    rows = conn.execute(f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table}"')  # names from the schema
    for rowid, raw in rows:
        if raw is None and nullable:
            continue
        try:
            json.loads(bytes(raw).decode("utf-8"))
        except (TypeError, ValueError):
            found.append(ValidationError(MSG_BAD_JSON, table=table, row=rowid, column=column))
    return found


def _text_problems(conn: sqlite3.Connection, table: str, column: str) -> list[FhError]:
    found: list[FhError] = []
    rows = conn.execute(
        f'SELECT rowid, typeof("{column}"), CAST("{column}" AS BLOB) FROM "{table}"'
        f' WHERE typeof("{column}") NOT IN (\'null\', \'integer\', \'real\')'
    )
    for rowid, kind, raw in rows:
        if kind != "text":
            found.append(ValidationError(MSG_NOT_TEXT, table=table, row=rowid, column=column))
            continue
        try:
            bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            found.append(ValidationError(MSG_BAD_TEXT, table=table, row=rowid, column=column))
    return found


def file_problems(wf) -> list[FhError]:  # noqa: ANN001 - WorkshopFile (import cycle)
    """Everything ``check`` reports for an open workshop; empty when the app can use it."""
    from fh_desktop.store import validate

    problems = structure_problems(wf.connection)
    if problems:
        return problems  # the snapshot below would trip over the same damage
    try:
        data = wf.snapshots.snapshot()
    except FhError as exc:
        return [exc]
    except (ValueError, TypeError, KeyError) as exc:  # a value the conversion cannot read
        return [ValidationError(MSG_UNREADABLE, kind=type(exc).__name__)]
    return validate.workshop_problems(data)
