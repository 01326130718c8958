"""Reading an edited "Maßnahmenplan" sheet back as plain rows (no interpretation).

Columns are found by their header text, so the administration may reorder columns,
sort, filter and add rows. What this module refuses outright (``FhError``, nothing
read): a file that is not an xlsx workbook, a workbook without the sheet, a sheet
without one of the columns. Cell-level trouble (a formula) becomes a ``Problem``
with its row number; ``domain.action_import.plan_import`` judges the values.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from fh_desktop.domain import action_import as ai
from fh_desktop.domain.errors import MSG_FILE_MISSING, FileAccessError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

MSG_UNREADABLE = QT_TRANSLATE_NOOP("errors", "Die Datei „{path}“ kann nicht gelesen werden: {detail}")
MSG_NOT_XLSX = QT_TRANSLATE_NOOP(
    "errors", "„{path}“ ist keine Excel-Arbeitsmappe (.xlsx) oder ist beschädigt."
)
MSG_OTHER_FORMAT = QT_TRANSLATE_NOOP(
    "errors",
    "„{path}“ ist im Format {format} gespeichert. Bitte in LibreOffice oder Excel „Speichern unter …“ wählen, "
    "als Excel-Arbeitsmappe (.xlsx) speichern und diese Datei übernehmen.",
)
# Formats a spreadsheet program offers besides .xlsx; their files are refused by name, not as "beschädigt".
OTHER_FORMATS = {".ods": "OpenDocument (.ods)", ".xls": "Excel 97–2003 (.xls)", ".csv": "CSV (.csv)",
                 ".fods": "OpenDocument (.fods)", ".xlsb": "Excel-Binär (.xlsb)", ".numbers": "Numbers (.numbers)"}  # fmt: skip
MSG_NO_SHEET = QT_TRANSLATE_NOOP(
    "errors", "In „{path}“ fehlt das Tabellenblatt „{sheet}“. Vorhanden: {sheets}."
)
MSG_NO_HEADER = QT_TRANSLATE_NOOP(
    "errors", "Im Blatt „{sheet}“ fehlt die Kopfzeile mit den Spalten „Nr.“ und „Maßnahme“."
)
MSG_MISSING_COLUMNS = QT_TRANSLATE_NOOP("errors", "Im Blatt „{sheet}“ fehlen die Spalten {columns}.")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "errors", "Das Blatt „{sheet}“ hat mehr als {limit} Zeilen; so viele Maßnahmen werden nicht übernommen."
)

HEADER_SEARCH_ROWS = 10
MAX_ROWS = 5_000


def _key(text: Any) -> str:
    return " ".join(str(text).split()).casefold().rstrip(".") if text is not None else ""


def read_action_sheet(path: str | os.PathLike[str]) -> ai.ActionSheet:
    path = Path(path)
    if path.suffix.lower() in OTHER_FORMATS and path.exists():
        raise ValidationError(MSG_OTHER_FORMAT, path=path.name, format=OTHER_FORMATS[path.suffix.lower()])
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError:
        raise FileAccessError(MSG_FILE_MISSING, path=path) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError):
        raise ValidationError(MSG_NOT_XLSX, path=path) from None
    except OSError as exc:
        raise FileAccessError(MSG_UNREADABLE, path=path, detail=exc.strerror or exc) from None
    try:
        title = next((t for t in ai.SHEET_TITLES if t in wb.sheetnames), None)
        if title is None:
            visible = [n for n in wb.sheetnames if n != ai.MARKER_SHEET]
            raise ValidationError(
                MSG_NO_SHEET, path=path.name, sheet=ai.SHEET_TITLE, sheets=", ".join(f"„{n}“" for n in visible) or "–"
            )
        sheet = _read_rows(wb[title])
        if ai.MARKER_SHEET in wb.sheetnames:
            _read_marker(wb[ai.MARKER_SHEET], sheet)
        return sheet
    except (zipfile.BadZipFile, KeyError, EOFError):
        raise ValidationError(MSG_NOT_XLSX, path=path) from None
    finally:
        wb.close()


def _read_rows(ws: Any) -> ai.ActionSheet:
    rows = ws.iter_rows()
    header_at, columns = None, {}
    wanted = {_key(c.header): c.field for c in ai.ACTION_COLUMNS}
    wanted[_key("Nr")] = "id"
    for n, row in enumerate(rows, start=1):
        keys = {_key(cell.value): i for i, cell in enumerate(row)}
        if _key("Nr.") in keys and _key(ai.COLUMNS_BY_FIELD["title"].header) in keys:
            header_at = n
            columns = {wanted[k]: i for k, i in keys.items() if k in wanted}
            break
        if n >= HEADER_SEARCH_ROWS:
            break
    if header_at is None:
        raise ValidationError(MSG_NO_HEADER, sheet=ai.SHEET_TITLE)
    missing = [c.header for c in ai.ACTION_COLUMNS if c.imported and not c.optional and c.field not in columns]
    if missing:
        raise ValidationError(MSG_MISSING_COLUMNS, sheet=ai.SHEET_TITLE, columns=", ".join(f"„{m}“" for m in missing))
    sheet = ai.ActionSheet()
    for n, row in enumerate(rows, start=header_at + 1):
        if n - header_at > MAX_ROWS:
            raise ValidationError(MSG_TOO_MANY_ROWS, sheet=ai.SHEET_TITLE, limit=MAX_ROWS)
        cells: dict[str, Any] = {}
        for name, i in columns.items():
            cell = row[i] if i < len(row) else None
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "f" and ai.COLUMNS_BY_FIELD[name].imported:
                sheet.problems.append(
                    ai.Problem(ai.msg(ai.MSG_FORMULA, column=ai.COLUMNS_BY_FIELD[name].header), row=n)
                )
            cells[name] = value
        sheet.rows.append(ai.SheetRow(n, cells))
    return sheet


def _read_marker(ws: Any, sheet: ai.ActionSheet) -> None:
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    if len(rows) < 3 or not rows[0] or rows[0][0] != ai.MARKER:
        return  # not ours (or damaged): compare with the workshop instead
    meta = rows[1] + [None] * 4
    sheet.source_title = str(meta[1] or "")
    sheet.source_kommune = str(meta[2] or "")
    with contextlib.suppress(TypeError, ValueError):
        sheet.source_date = dt.date.fromisoformat(str(meta[3])) if meta[3] else None
    fields = [str(f) for f in rows[2]]
    originals: dict[int, dict[str, Any]] = {}
    for values in rows[3:]:
        record = dict(zip(fields, values, strict=False))
        try:
            ident = ai.parse_id(record.get("id"))
        except ai.CellError:
            continue
        if ident is not None:
            originals[ident] = record
    sheet.originals = originals
