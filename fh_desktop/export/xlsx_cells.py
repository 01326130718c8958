"""Writing cells and sheets the way the administration expects them in Excel.

Every value goes through ``put``: text is written as text (formula-like text gets
the text type and Excel's quote prefix, so neither opening nor editing the cell
turns it into a formula), dates are real date cells in German format.
"""

from __future__ import annotations

import copy
import weakref

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from fh_desktop.export.text import excel_header_footer, excel_text
from fh_desktop.export.xlsx_layout import FONT_NAME, FONT_SIZE, fit_header

DATE_FORMAT = "DD.MM.YYYY"  # shown as TT.MM.JJJJ by a German Excel
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
# Every font is named: a style without a name is set in LibreOffice's default, a serif.
BASE_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
HEADER_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color="FFFFFF")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=13, color="1F4E79")
BOLD = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
ID_FILL = PatternFill("solid", fgColor="E7E6E6")
ID_FONT = Font(name=FONT_NAME, size=FONT_SIZE, color="595959")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# Per workbook, the style of a plain cell (Arial 10, top, wrapped or not), made once and
# copied: assigning font and alignment hashes both anew for every one of ~10,000 cells.
_PLAIN_STYLES: weakref.WeakKeyDictionary[Any, dict[bool, Any]] = weakref.WeakKeyDictionary()


def _plain_style(cell: Any, wrap: bool) -> None:
    styles = _PLAIN_STYLES.setdefault(cell.parent.parent, {})
    if wrap not in styles:
        cell.alignment = WRAP if wrap else TOP
        cell.font = BASE_FONT
        styles[wrap] = copy.copy(cell._style)
    cell._style = copy.copy(styles[wrap])


def put(ws: Worksheet, row: int, col: int, value: Any, *, wrap: bool = True) -> Any:
    cell = ws.cell(row=row, column=col)
    _plain_style(cell, wrap)
    if isinstance(value, str):
        text, guard = excel_text(value)
        cell.value = text
        if guard:
            cell.data_type = "s"  # openpyxl would have made "=..." a formula
            cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    elif isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATE_FORMAT + " hh:mm"
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value
    return cell


def header_row(ws: Worksheet, row: int, headers: Sequence[str], widths: Sequence[float] | None = None) -> None:
    for col, title in enumerate(headers, start=1):
        cell = put(ws, row, col, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, width in enumerate(widths or (), start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def add_table(ws: Worksheet, name: str, first_row: int, columns: int, rows: int) -> Table:
    """An Excel table (filter buttons, banded rows) over the header and ``rows`` data rows."""
    last = first_row + max(rows, 1)  # a table needs at least one data row
    ref = f"A{first_row}:{get_column_letter(columns)}{last}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)
    return table


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Table column names must be unique (case-insensitive) and single-line."""
    seen: set[str] = set()
    out = []
    for h in headers:
        base = " ".join((excel_text(h)[0] or "–").split())[:200] or "–"
        name, n = base, 2
        while name.casefold() in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name.casefold())
        out.append(name)
    return out


# Characters of Arial 10 that fit across a landscape A4 page at 100 %, within the margins.
CHARS_PER_PAGE = 150


def pages_wide(ws: Worksheet) -> int:
    """How many pages across a sheet needs so its text prints at about 90 % or more."""
    total = sum(d.width or 8.43 for d in ws.column_dimensions.values())
    return max(1, round(total / CHARS_PER_PAGE))


def print_setup(
    ws: Worksheet,
    title: str,
    footer: str,
    *,
    landscape: bool = True,
    title_rows: str | None = "1:1",
    title_cols: str | None = None,
) -> None:
    """A4, fitted to the page width — or, for a sheet too wide for one page (the action
    plan), to as many pages across as keep it readable, with ``title_cols`` (Nr., Maßnahme)
    repeated on each and the pages of one block of rows printed side by side."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    across = pages_wide(ws) if title_cols else 1
    ws.page_setup.fitToWidth = across
    if across > 1:
        ws.print_title_cols = title_cols
        ws.page_setup.pageOrder = "overThenDown"
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    left, right = fit_header(excel_header_footer(title), excel_header_footer(ws.title))
    ws.oddHeader.left.text, ws.oddHeader.right.text = left, right
    ws.oddFooter.left.text = fit_header(excel_header_footer(footer), "Seite &P von &N")[0]
    ws.oddFooter.right.text = "Seite &P von &N"
