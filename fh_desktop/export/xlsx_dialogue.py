"""The sheet "Gesprächsleitfaden" of the workbook: dialogue questions and their notes."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from fh_desktop.domain import model
from fh_desktop.export.dialogue import dialogue_questions, step_title
from fh_desktop.export.xlsx_cells import add_table, header_row, put

SHEET = "Gesprächsleitfaden"


def add_dialogue_sheet(wb, data: model.WorkshopData) -> Worksheet | None:  # noqa: ANN001 - openpyxl Workbook
    questions = dialogue_questions(data)
    if not questions:
        return None
    ws = wb.create_sheet(SHEET)
    header_row(ws, 1, ["Nr.", "Schritt", "Frage", "Notiz"], [6, 18, 70, 60])
    for r, q in enumerate(questions, start=2):
        for c, value in enumerate((r - 1, step_title(q.step), q.text, q.note), start=1):
            put(ws, r, c, value, wrap=c > 1)
    add_table(ws, "Gespraechsleitfaden", 1, 4, len(questions))
    ws.freeze_panes = "C2"
    return ws
