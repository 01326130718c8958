"""Excel sheets of the planning cycle: "Vergleich" in a follow-up's workbook, and the
workbook of ``fh-desktop compare`` (items × workshops). Plain data in, no names:
only joint assessments, counts per answer and action counts.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from fh_desktop import __version__
from fh_desktop.domain import compare, enums, model, scales
from fh_desktop.domain.compare import Direction
from fh_desktop.export.atomic import write_atomically
from fh_desktop.export.text import german_date
from fh_desktop.export.xlsx_cells import BOLD, TITLE_FONT, add_table, header_row, print_setup, put, unique_headers

APP = enums.APP_TITLE
OVER_TIME_SHEET = "Vergleich"


def _label(value: str | None) -> str:
    return scales.LABELS.get(value, "") if value else ""


def _heat(cell: object, value: str | None) -> None:
    if value in compare.HEAT:
        fill, text = compare.HEAT[value]
        cell.fill = PatternFill("solid", fgColor=fill.lstrip("#").upper())  # type: ignore[attr-defined]
        cell.font = Font(color=text.lstrip("#").upper(), bold=text == "#ffffff")  # type: ignore[attr-defined]


def dist_text(dist: dict[str, int]) -> str:
    """„weitgehend 3 · teilweise 1 · ansatzweise 0 · gar nicht 0 · kann ich nicht beurteilen 1“:
    every value of the item's scale with its label, so no column header has to name the scale."""
    return " · ".join(f"{_label(v) or v} {n}" for v, n in dist.items())


# --- the follow-up's own workbook -----------------------------------------------


def add_over_time_sheet(wb: Workbook, data: model.WorkshopData) -> Worksheet | None:
    """The sheet "Vergleich": each item now and in the workshop this one was built from."""
    if not data.earlier:
        return None
    result = compare.over_time(data)
    earlier = result.earlier
    assert earlier is not None
    ws = wb.create_sheet(OVER_TIME_SHEET)
    then = german_date(earlier.date) or "früher"
    now = german_date(data.workshop.date) or "jetzt"
    headers = unique_headers([
        "Code", "Aussage", f"Einschätzung {then}", f"Einschätzung {now}", "Veränderung",
        f"Verteilung {then}", f"Verteilung {now}", f"Notiz {then}", f"Notiz {now}", "Skala",
    ])  # fmt: skip
    header_row(ws, 1, headers, [8, 60, 16, 16, 16, 30, 30, 36, 36, 12])
    if result.other_catalog:
        put(ws, 2, 1, f"Der Workshop vom {then} nutzte eine andere Checkliste („{earlier.catalog_title}“); "
                      "die Aussagen werden nicht verglichen.", wrap=False)  # fmt: skip
    for r, change in enumerate(result.changes, start=2 + result.other_catalog):
        item, prev = change.item, change.previous
        row = [
            item.code,
            item.statement,
            _label(prev.joint_value) if prev else "",
            _label(item.joint_value),
            f"{Direction.ARROWS[change.direction]} {Direction.LABELS[change.direction]}",
            dist_text(compare.counts(prev)) if prev else "",
            dist_text(compare.counts(item)),
            prev.note if prev else "",
            item.note,
            scales.TYPE_LABELS.get(item.scale, item.scale),
        ]
        for c, value in enumerate(row, start=1):
            cell = put(ws, r, c, value, wrap=c in (2, 6, 7, 8, 9))
            if c == 3 and prev:
                _heat(cell, prev.joint_value)
            if c == 4:
                _heat(cell, item.joint_value)
    add_table(ws, "Vergleich", 1 + result.other_catalog, len(headers), len(result.changes))
    ws.freeze_panes = "C2"
    _history_block(ws, data, len(result.changes) + 4 + result.other_catalog)
    return ws


def _history_block(ws: Worksheet, data: model.WorkshopData, row: int) -> None:
    """Every earlier workshop of the chain, so the workbook says where the file came from."""
    put(ws, row, 1, "Frühere Workshops dieser Planung", wrap=False).font = TITLE_FONT
    for e in data.earlier:
        row += 1
        put(ws, row, 1, german_date(e.date) or "–", wrap=False)
        put(ws, row, 2, " – ".join(t for t in (e.title, e.kommune) if t), wrap=False)
        put(ws, row, 3, e.catalog_title, wrap=False)


# --- fh-desktop compare -------------------------------------------------------------


def write_compare_xlsx(matrix: compare.Matrix, path: str | os.PathLike[str]) -> Path:
    return write_atomically(path, build_compare_workbook(matrix).save)


def build_compare_workbook(matrix: compare.Matrix) -> Workbook:
    wb = Workbook()
    wb.properties.title = f"Vergleich: {matrix.catalog_title}"
    wb.properties.creator = f"{APP} {__version__}"
    ws = wb.active
    ws.title = "Matrix"
    _matrix_sheet(ws, matrix)
    _distribution_sheet(wb.create_sheet("Verteilungen"), matrix)
    _progress_sheet(wb.create_sheet("Maßnahmen"), matrix)
    _notes_sheet(wb.create_sheet("Hinweise"), matrix)
    footer = f"{APP} {__version__}"
    for sheet in wb.worksheets:
        print_setup(sheet, f"Vergleich: {matrix.catalog_title}", footer)
    return wb


def _matrix_sheet(ws: Worksheet, m: compare.Matrix) -> None:
    headers = unique_headers(["Code", "Aussage", *m.columns])
    header_row(ws, 1, headers, [8, 50] + [16] * len(m.columns))
    for r, row in enumerate(m.rows, start=2):
        put(ws, r, 1, row.code, wrap=False).font = BOLD
        put(ws, r, 2, row.statement)
        for c, cell in enumerate(row.cells, start=3):
            if cell is None:
                put(ws, r, c, "nicht erhoben", wrap=False)
                continue
            text = _label(cell.joint) or "–"
            if cell.needs_action:
                text += " (Handlungsbedarf)"
            target = put(ws, r, c, text)
            target.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
            _heat(target, cell.joint)
    add_table(ws, "Matrix", 1, len(headers), len(m.rows))
    ws.freeze_panes = "C2"
    legend = len(m.rows) + 3
    put(ws, legend, 1, "Legende", wrap=False).font = BOLD
    used = [v for v in scales.ALL_VALUES if v != scales.UNKNOWN and any(v in row.values for row in m.rows)]
    for n, value in enumerate([*(used or scales.TICK_LEVELS), scales.UNKNOWN], start=1):
        cell = put(ws, legend + n, 2, _label(value), wrap=False)
        _heat(cell, value)


def _distribution_sheet(ws: Worksheet, m: compare.Matrix) -> None:
    """One column per workshop and answer value of any item's scale; a row fills those of its own.

    Values an item does not offer stay empty (not 0), so a graded item's row shows its four
    levels and a ticked one its ticks, side by side in one sheet.
    """
    values = _used_values(m)
    names = {v: _value_header(v, values) for v in values}
    headers = ["Code", "Skala"]
    for label in m.columns:
        headers += [f"{label}: {names[v]}" for v in values]
        headers.append(f"{label}: Anteil „kann ich nicht beurteilen“")
    headers = unique_headers(headers)
    header_row(ws, 1, headers, [8, 12] + [13] * (len(headers) - 2))
    for r, row in enumerate(m.rows, start=2):
        put(ws, r, 1, row.code, wrap=False)
        put(ws, r, 2, scales.TYPE_LABELS.get(row.scale, row.scale), wrap=False)
        c = 3
        for cell in row.cells:
            for v in values:
                count = cell.distribution.get(v) if cell else None
                put(ws, r, c, count, wrap=False)
                c += 1
            share = put(ws, r, c, cell.unknown_share if cell else None, wrap=False)
            share.number_format = "0 %"
            c += 1
    add_table(ws, "Verteilungen", 1, len(headers), len(m.rows))
    ws.freeze_panes = "C2"


def _used_values(m: compare.Matrix) -> list[str]:
    """The answer values of every row's scale, in scale order, „kann ich nicht beurteilen“ last."""
    found: list[str] = []
    for row in m.rows:
        found += [v for v in row.distribution_values() if v not in found]
    if not found:
        found = list(enums.Answer.ALL)
    ordered = [v for v in scales.ALL_VALUES if v in found and v != scales.UNKNOWN]
    ordered += [v for v in found if v not in ordered and v != scales.UNKNOWN]
    return ordered + ([scales.UNKNOWN] if scales.UNKNOWN in found else [])


def _value_header(value: str, values: list[str]) -> str:
    """The value's label, with its scale where another used scale has the same label („teilweise“)."""
    label = _label(value) or value
    if sum(_label(v) == label for v in values) > 1:
        return f"{label} ({scales.TYPE_LABELS[scales.type_of(value)]})"
    return label


def _progress_sheet(ws: Worksheet, m: compare.Matrix) -> None:
    headers = unique_headers(["Workshop", *[enums.Status.LABELS[s] for s in enums.Status.ALL], "überfällig", "Maßnahmen gesamt"])
    header_row(ws, 1, headers, [28] + [13] * (len(headers) - 1))
    for r, (label, p) in enumerate(zip(m.columns, m.progress, strict=True), start=2):
        if p is None:  # known only from a follow-up's record: its plan then is not at hand
            values: list[object] = [label, *(["–"] * (len(enums.Status.ALL) + 2))]
        else:
            values = [label, *[p.by_status.get(s, 0) for s in enums.Status.ALL], p.overdue, p.total]
        for c, value in enumerate(values, start=1):
            put(ws, r, c, value, wrap=False)
    add_table(ws, "Massnahmen", 1, len(headers), len(m.columns))


def _notes_sheet(ws: Worksheet, m: compare.Matrix) -> None:
    ws.column_dimensions["A"].width = 100
    put(ws, 1, 1, f"Vergleich: {m.catalog_title}", wrap=False).font = TITLE_FONT
    put(ws, 2, 1, "Verglichen werden gemeinsame Einschätzungen und Verteilungen je Aussage; Einzelantworten "
                  "und Namen sind nicht enthalten. Aussagen werden über Checkliste und Code zugeordnet.")  # fmt: skip
    lines = [str(n) for n in m.excluded + m.notes] or ["Alle Workshops nutzen dieselbe Checkliste mit unverändertem Wortlaut."]
    for r, line in enumerate(lines, start=4):
        put(ws, r, 1, line)
