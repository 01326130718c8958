"""Row heights and page headers a spreadsheet program does not compute by itself.

Excel grows a row for wrapped text when it opens a file only sometimes, LibreOffice
never: a row without a stored height shows one line and prints wrapped texts over
each other. So every row gets its height here, from its text wrapped at its columns'
widths. The workbook is set in Arial (LibreOffice substitutes the metric-equal
Liberation Sans), whose widths are those of Helvetica, which reportlab knows without
any font file; a little slack per line keeps a row rather too tall than cut.
"""

from __future__ import annotations

from typing import Any

import math
from collections.abc import Iterable

from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.domain import board_layout as bl

FONT_NAME = "Arial"
FONT_SIZE = 10.0
LINE_FACTOR = 1.25  # line height as a multiple of the font size (Excel: 12.75 pt at 10 pt)
ROW_PAD = 2.5  # points above and below the text
MAX_ROW = 409.0  # Excel's largest row height
DEFAULT_WIDTH = 8.43  # Excel's column width when none is set
CHAR_PX = 7.0  # width of "0" in Arial 10 at 96 dpi: the unit of column widths
CELL_PAD_PX = 7.0  # Excel's and LibreOffice's inner cell margins, together
SLACK = 0.97  # wrap a little earlier than the program would
HEADER_LIMIT = 255  # characters of a page header or footer, codes included (Excel)


def _measure(text: str, size: float, bold: bool) -> float:
    return stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size)


def column_points(width: float | None) -> float:
    """The room for text in a column of ``width`` character units, in points."""
    px = math.trunc((width or DEFAULT_WIDTH) * CHAR_PX + 5)
    return max(4.0, (px - CELL_PAD_PX) * 0.75 * SLACK)


def text_lines(text: str, width_pt: float, size: float = FONT_SIZE, bold: bool = False) -> int:
    """How many lines ``text`` takes when wrapped at ``width_pt``."""
    lines = 0
    for paragraph in str(text).replace("\r\n", "\n").split("\n"):
        lines += max(1, sum(1 for _ in bl.wrap(paragraph, size, bold, width_pt, _measure)))
    return max(1, lines)


def fit_row_heights(ws: Worksheet, rows: Iterable[int] | None = None, *, minimum: float = 0.0) -> None:
    """Give each of ``rows`` (default: all) the height its wrapped text needs."""
    widths: dict[str, float] = {}
    # The sheet's cells grouped by row once: ``ws[r]`` scans every cell of the sheet for the
    # last column on each call, which made a 200-action plan take seconds.
    by_row: dict[int, list[Any]] = {}
    for (r, _c), cell in sorted(ws._cells.items()):
        by_row.setdefault(r, []).append(cell)
    for r in rows if rows is not None else range(1, ws.max_row + 1):
        height = 0.0
        for cell in by_row.get(r, ()):
            if cell.value is None or cell.value == "":
                continue
            size = float(cell.font.sz or FONT_SIZE) if cell.font else FONT_SIZE
            bold = bool(cell.font and cell.font.b)
            if cell.alignment is not None and cell.alignment.wrap_text:
                letter = cell.column_letter
                if letter not in widths:
                    widths[letter] = column_points(ws.column_dimensions[letter].width if letter in ws.column_dimensions else None)
                n = text_lines(str(cell.value) if not hasattr(cell.value, "year") else "00.00.0000", widths[letter], size, bold)
            else:
                n = 1
            height = max(height, n * size * LINE_FACTOR + 2 * ROW_PAD)
        if height:
            ws.row_dimensions[r].height = round(min(MAX_ROW, max(minimum, height)), 1)


def fit_header(left: str, right: str, limit: int = HEADER_LIMIT) -> tuple[str, str]:
    """Left and right part of a page header (already escaped, ``&&`` for a literal ``&``)
    so that together with the section codes Excel adds ("&L", "&R") they stay within
    ``limit`` characters; the left part is cut, with an ellipsis, never inside ``&&``."""
    room = limit - len("&L") - len("&R") - 12  # font codes some programs add when saving again
    right = _cut(right, room // 3)
    left = _cut(left, room - len(right))
    return left, right


def _cut(text: str, room: int) -> str:
    if len(text) <= room:
        return text
    out = text[: max(0, room - 1)]
    if out.endswith("&") and (len(out) - len(out.rstrip("&"))) % 2:
        out = out[:-1]
    return out.rstrip() + "…"
