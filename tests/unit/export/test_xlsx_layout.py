"""The workbook as LibreOffice and Excel show and print it: row heights, fonts, headers."""

from __future__ import annotations

import dataclasses
import datetime as dt

from openpyxl import load_workbook

from fh_desktop.domain import action_import as ai
from fh_desktop.domain import model
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.export.xlsx_layout import column_points, text_lines

URL = "https://www.fruehehilfen.de/grundlagen-und-fachthemen/kommunale-netzwerke/planung-und-steuerung/" * 2
LINES = ["Erste Zeile: Bestandsaufnahme", "Zweite Zeile: Netzwerkkoordination", "Dritte Zeile: Bericht an den Ausschuss"]


def _workbook(tmp_path, data: model.WorkshopData):
    path = tmp_path / "plan.xlsx"
    write_xlsx(data, path, options=ExportOptions(created=dt.date(2026, 12, 1)))
    return load_workbook(path), path


def test_every_wrapped_row_has_a_height_for_all_its_lines(tmp_path, rich):
    action = dataclasses.replace(rich.actions[0], description="\n".join(LINES), resources=URL)
    wb, _ = _workbook(tmp_path, dataclasses.replace(rich, actions=[action, *rich.actions[1:]]))
    ws = wb[ai.SHEET_TITLE]
    for sheet in wb.worksheets[:-1]:
        for r in range(1, sheet.max_row + 1):
            if any(c.value not in (None, "") for c in sheet[r]):
                assert sheet.row_dimensions[r].height, (sheet.title, r)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=4).value == "\n".join(LINES))
    assert ws.row_dimensions[row].height >= 3 * 12.5
    # The URL sits in its own column: it makes the row tall, it takes no width from others.
    width = ws.column_dimensions["K"].width
    assert width == next(c.width for c in ai.ACTION_COLUMNS if c.field == "resources")
    assert ws.row_dimensions[row].height >= text_lines(URL, column_points(width)) * 12.5
    assert ws.row_dimensions[1].height >= 12.5  # the header row, wrapped too


def test_line_count_follows_the_words(tmp_path):
    width = column_points(22)
    assert text_lines("Netzwerkkoordination", width) == 1
    assert text_lines("\n".join(LINES), column_points(80)) == 3
    assert text_lines("Netzwerkkoordination " * 6, width) >= 5


def test_fonts_are_named_and_new_rows_are_ready_for_dates(tmp_path, rich):
    wb, path = _workbook(tmp_path, rich)
    for ws in wb.worksheets[:-1]:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Arial", (ws.title, cell.coordinate)
    ws = wb[ai.SHEET_TITLE]
    below = len(rich.actions) + 5
    start = next(i for i, c in enumerate(ai.ACTION_COLUMNS, 1) if c.field == "start")
    desc = next(i for i, c in enumerate(ai.ACTION_COLUMNS, 1) if c.field == "description")
    assert ws.cell(row=below, column=start).number_format == "DD.MM.YYYY"
    assert ws.cell(row=below, column=desc).alignment.wrap_text
    assert ws.cell(row=below, column=desc).font.name == "Arial"
    styles = __import__("zipfile").ZipFile(path).read("xl/styles.xml").decode()
    assert "Calibri" not in styles


def test_page_headers_stay_within_255_characters(tmp_path, rich):
    title = "Kommunale Verankerung & Planung " * 20
    data = dataclasses.replace(rich, workshop=dataclasses.replace(rich.workshop, title=title, kommune="Landkreis " * 30))
    wb, _ = _workbook(tmp_path, data)
    for ws in wb.worksheets[:-1]:
        header = "&L" + ws.oddHeader.left.text + "&R" + (ws.oddHeader.right.text or "")
        footer = "&L" + ws.oddFooter.left.text + "&R" + (ws.oddFooter.right.text or "")
        assert len(header) <= 255 and len(footer) <= 255
        assert ws.oddHeader.left.text.startswith("Kommunale Verankerung &&")
        assert ws.print_title_rows == "$1:$1" or ws.title == "Workshop"


def test_links_have_their_own_sheet_widths_and_print_titles(tmp_path, rich):
    wb, _ = _workbook(tmp_path, rich)
    ws = wb["Verbindungen"]
    assert [c.value for c in ws[1]] == ["Von", "Richtung", "Nach", "Art der Verbindung", "Beschriftung"]
    assert ws.column_dimensions["A"].width >= 30 and ws.column_dimensions["C"].width >= 30
    assert ws.print_title_rows == "$1:$1"
    assert ws.max_row == len(rich.board.links) + 1
