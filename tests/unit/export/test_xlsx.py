"""The Excel workbook, opened with openpyxl as the administration's Excel would read it."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from fh_desktop import __version__
from fh_desktop.domain import action_import as ai
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.xlsx import write_xlsx
from tests.unit.export.conftest import HOSTILE_TITLES, LONG_TEXT
from tests.unit.export.helpers import sheet_xml


@pytest.fixture
def book(tmp_path, rich):
    path = tmp_path / "plan.xlsx"
    write_xlsx(rich, path, options=ExportOptions(created=dt.date(2026, 12, 1)))
    return path


def test_sheets_in_order_with_a_very_hidden_export_record(book):
    wb = load_workbook(book)
    assert wb.sheetnames == ["Maßnahmenplan", "Checkliste", "Pinnwand", "Verbindungen", "Workshop", ai.MARKER_SHEET]
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible"] * 5 + ["veryHidden"]
    assert wb.active.title == "Maßnahmenplan"


def test_action_plan_is_a_real_table(book, rich):
    ws = load_workbook(book)["Maßnahmenplan"]
    table = ws.tables["Massnahmenplan"]
    assert table.ref == f"A1:{get_column_letter(len(ai.ACTION_COLUMNS))}{len(rich.actions) + 1}"
    assert table.tableStyleInfo.showRowStripes
    assert [c.value for c in ws[1]] == [c.header for c in ai.ACTION_COLUMNS]
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert ws.freeze_panes == "C2"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"  # pages across: see the next test
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["D"].width == ai.COLUMNS_BY_FIELD["description"].width
    assert ws["B2"].alignment.wrap_text
    assert "Seite &P von &N" in ws.oddFooter.right.text
    assert ws["A1"].comment is not None and "nicht ändern" in ws["A1"].comment.text


def test_every_action_with_real_german_dates(book, rich):
    ws = load_workbook(book)["Maßnahmenplan"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if any(c.value is not None for c in r)}
    assert set(rows) == {a.id for a in rich.actions}
    first = rows[1]
    assert first[6].value == dt.datetime(2027, 1, 1) and first[6].is_date
    assert first[6].number_format == "DD.MM.YYYY"
    assert first[7].value == dt.datetime(2027, 6, 11)
    assert first[8].value == "mittel" and first[9].value == "in Arbeit"
    assert first[12].value == "QD 4 · 4.2, QD 4 · 4.3"  # references name their catalog
    assert rows[13][13].value == "Gemeinsamer Planungsbericht; Jugendamt / Jugendhilfeplanung"
    assert rows[11][3].value == LONG_TEXT
    assert rows[11][6].value is None  # no date: an empty cell, not "None"
    assert rows[12][1].value is None


def test_formula_like_text_is_text_never_a_formula(book):
    ws = load_workbook(book)["Maßnahmenplan"]
    titles = {r[0].value: r[1] for r in ws.iter_rows(min_row=2)}
    for i, title in enumerate(HOSTILE_TITLES, start=1):
        cell = titles[i]
        # A lone CR: kept when the XML writer escapes it (lxml, python-docx brings it), else
        # read back as a line end; either way the text, never a formula.
        assert cell.value in (title, title.replace("\r", "\n"))
        assert cell.data_type == "s", title
        if title.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert cell.quotePrefix, title
    for index in range(1, 6):
        assert "<f>" not in sheet_xml(book, index)


def test_drop_downs_for_status_and_priority_and_date_checks(book, rich):
    ws = load_workbook(book)["Maßnahmenplan"]
    by_formula = {dv.formula1: dv for dv in ws.data_validations.dataValidation}
    status = by_formula['"offen,in Arbeit,erledigt,zurückgestellt,verworfen"']
    priority = by_formula['"hoch,mittel,niedrig"']
    assert status.type == priority.type == "list"
    assert "J2" in status.sqref and "J300" in status.sqref  # also for rows added later
    assert "I2" in priority.sqref
    dates = next(dv for dv in ws.data_validations.dataValidation if dv.type == "date")
    assert "G5" in dates.sqref and "H5" in dates.sqref
    ident = next(dv for dv in ws.data_validations.dataValidation if dv.type == "custom")
    assert ident.formula1 == "FALSE" and ident.allow_blank and "A3" in ident.sqref


def test_checklist_sheet_counts_and_joint_assessment(book):
    ws = load_workbook(book)["Checkliste"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Code", "Thema", "Aussage", "Verteilung aus Runde"]
    assert "Gemeinsame Einschätzung" in header and "Handlungsbedarf" in header
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=9)}
    item = dict(zip(header, rows["4.2"], strict=True))
    assert item["Verteilung aus Runde"] == 2  # the latest round that asked it
    assert (item["trifft zu"], item["teilweise"], item["trifft nicht zu"]) == (0, 3, 3)
    assert item["Antworten"] == 6
    assert item["Gemeinsame Einschätzung"] == "trifft nicht zu" and item["Handlungsbedarf"] == "ja"
    note = dict(zip(header, rows["4.3"], strict=True))["Notiz"]
    assert note.startswith("=HYPERLINK")
    assert ws.tables["Checkliste"].ref.startswith("A1:")
    assert not any(name in str(header) for name in ("Katrin", "Person 1"))  # no individual answers by default


def test_individual_answers_named_or_anonymised(tmp_path, rich):
    named = tmp_path / "named.xlsx"
    write_xlsx(rich, named, options=ExportOptions(individual=True))
    header = [c.value for c in load_workbook(named)["Checkliste"][1]]
    assert "Selin Yıldız (R1)" in header and "Олег Петренко (R2)" in header
    assert "=Heinz+Otto (R1)" in header
    anon = tmp_path / "anon.xlsx"
    write_xlsx(rich, anon, options=ExportOptions(individual=True, anonymous=True))
    ws = load_workbook(anon)["Checkliste"]
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "Person 1 (R1)" in text and "Person 7 (R1)" in text
    for name in ("Katrin", "Yıldız", "Петренко", "Heinz"):
        assert name not in text


def test_board_and_workshop_sheets(book):
    wb = load_workbook(book)
    board = wb["Pinnwand"]
    assert set(board.tables) == {"Karten"}
    assert set(wb["Verbindungen"].tables) == {"Verbindungen"}
    cards = {r[0].value: [c.value for c in r] for r in board.iter_rows(min_row=2, max_row=11)}
    assert cards[7][7] == "2× rot, 1× grün"
    assert cards[8][1] == "Planungslücke" and cards[7][1] is None  # the zone a card lies in
    assert cards[1][5] == "Jugendhilfeplanung" and cards[1][6] == 3
    header = [c.value for c in board[1]]
    assert header[:3] == ["Nr.", "Zone", "Titel"] and "Einfluss (0–3)" in header
    zones = [board.cell(row=r, column=2).value for r in range(2, 12)]
    assert zones.index(None) == len(zones) - zones.count(None)  # zone by zone, cards outside zones last
    texts = [c.value for row in wb["Verbindungen"].iter_rows() for c in row]
    assert "Beschluss & Auftrag" in texts and "<script>" in texts and "↔" in texts
    ws = wb["Workshop"]
    facts = {r[0].value: r[1].value for r in ws.iter_rows(min_row=3, max_row=13)}
    assert facts["Datum"] == dt.datetime(2026, 11, 26)
    assert facts["Erstellt mit"] == f"Frühe-Hilfen-Werkstatt {__version__}"
    assert facts["Erstellt am"] == dt.datetime(2026, 12, 1)
    assert facts["Einzelantworten"] == "nicht enthalten"
    names = [c.value for row in ws.iter_rows() for c in row]
    assert "Agnieszka Łukasiewicz" in names and "beobachtend (ohne Einschätzung)" in names
    assert __version__ in ws.oddFooter.left.text


def test_empty_workshop_still_gives_valid_tables(tmp_path):
    from fh_desktop.domain import model

    path = tmp_path / "leer.xlsx"
    write_xlsx(model.WorkshopData(), path)
    wb = load_workbook(path)
    assert wb["Maßnahmenplan"].tables["Massnahmenplan"].ref == f"A1:{get_column_letter(len(ai.ACTION_COLUMNS))}2"
    assert wb["Checkliste"].tables["Checkliste"].ref.endswith("2")


def test_the_wide_action_plan_prints_readably_across_pages(book):
    # Fitted to one page width the plan's 20-odd columns printed at ~30 %: unreadable.
    book = load_workbook(book)
    plan = book[ai.SHEET_TITLE]
    assert plan.page_setup.fitToWidth >= 3 and plan.page_setup.fitToHeight == 0
    assert plan.print_title_cols == "$A:$B"  # Nr. and Maßnahme on every page across
    assert plan.page_setup.pageOrder == "overThenDown"
    others = [ws for ws in book.worksheets if ws.title not in (ai.SHEET_TITLE, ai.MARKER_SHEET)]
    assert others and all(ws.page_setup.fitToWidth == 1 and not ws.print_title_cols for ws in others)


def test_a_card_is_filed_under_the_zone_that_holds_it_on_the_canvas(tmp_path, rich):
    # A zone laid over a card later (its label strip on the card) does not take it: dragging
    # that zone leaves the card behind, and the workbook names the zone below.
    import dataclasses

    from fh_desktop.domain import model

    below = model.Zone(id=901, label="Jugendamt", x=5000, y=0, w=1000, h=500, z=-100)
    laid_over = model.Zone(id=902, label="Neue Zone", x=5300, y=20, w=800, h=500, z=-90)
    inner = model.Zone(id=903, label="Lücke", x=5600, y=300, w=180, h=180, z=-80)
    held = model.Card(id=901, title="Kinderschutz", x=5320, y=10, w=200, h=100, z=1)
    gap = model.Card(id=902, title="Im Loch", x=5620, y=340, w=120, h=80, z=2)
    board = rich.board
    data = dataclasses.replace(rich, board=dataclasses.replace(
        board, zones=[*board.zones, below, laid_over, inner], cards=[*board.cards, held, gap]))
    path = write_xlsx(data, tmp_path / "z.xlsx", options=ExportOptions(created=dt.date(2026, 12, 1)))
    rows = {r[2].value: r[1].value for r in load_workbook(path)["Pinnwand"].iter_rows(min_row=2)}
    assert rows["Kinderschutz"] == "Jugendamt"
    assert rows["Im Loch"] == "Lücke, Neue Zone, Jugendamt"  # the gap, then the zones that carry it


def test_the_card_kind_column_holds_its_longest_label(book):
    # Not wrapped: LibreOffice cut "Planungsgrundlage" at the text beside it ("Planungsgrund").
    from fh_desktop.domain import enums

    ws = load_workbook(book)["Pinnwand"]
    assert ws.cell(row=1, column=4).value == "Art"
    assert ws.column_dimensions["D"].width >= max(len(k) for k in enums.CardKind.LABELS.values()) + 1
