"""Export → the administration edits the sheet → import: changes, new rows, bad files, all or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from openpyxl import Workbook, load_workbook

from fh_desktop.domain import action_import as ai
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import FhError, ValidationError
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.export.xlsx_import import read_action_sheet
from tests.unit.export.conftest import HOSTILE_TITLES

COL = {c.field: i for i, c in enumerate(ai.ACTION_COLUMNS, start=1)}


@pytest.fixture
def filled(wf):
    """A workshop file with a few actions, hostile titles included."""
    wf.meta.update_workshop(title="Verankerung", kommune="Lindenau")
    for i, title in enumerate(["Planungsbericht", "=SUM(A1)", "<b>Runder Tisch</b> & mehr", "-", "@x"], start=1):
        wf.actions.add_action(
            model.Action(title=title, goal=f"Ziel {i}", responsible="Selin Yıldız", start=dt.date(2027, 1, i),
                         due=dt.date(2027, 6, i), priority=enums.Priority.MEDIUM, status=enums.Status.OPEN)
        )  # fmt: skip
    return wf


def export(wf, path):
    write_xlsx(wf.snapshots.snapshot(), path)
    return path


def rows_by_id(ws):
    return {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value is not None}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_unchanged_export_changes_nothing(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    plan = filled.action_import.preview(read_action_sheet(path))
    assert plan.ok and plan.changes == [] and not plan.foreign and plan.warnings == []


def test_edits_sorting_and_new_rows_round_trip(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    # The administration sorts the table (here: reversed) before editing.
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=6)]
    for r, row in enumerate(reversed(values), start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c).value = value
    ids = {row[0].value: row for row in ws.iter_rows(min_row=2, max_row=6)}
    ids[1][COL["status"] - 1].value = "erledigt"
    ids[1][COL["due"] - 1].value = dt.datetime(2027, 9, 30)
    ids[2][COL["title"] - 1].value = "Formel? Nein: =SUM(A1) als Text"
    ids[3][COL["start"] - 1].value = "15.02.2027"  # typed as text, German style
    ids[4][COL["priority"] - 1].value = "HOCH"
    ws.cell(7, COL["title"]).value = "Neue Maßnahme aus der Verwaltung – „Elterncafé“"
    ws.cell(7, COL["responsible"]).value = "Олег Петренко"
    ws.cell(7, COL["due"]).value = dt.datetime(2027, 12, 31)
    wb.save(path)

    sheet = read_action_sheet(path)
    plan = filled.action_import.preview(sheet)
    assert plan.ok, [str(p) for p in plan.problems]
    assert len(plan.updated) == 4 and len(plan.added) == 1
    applied = filled.action_import.apply(sheet, expected=plan)
    assert len(applied.changes) == 5

    stored = {a.id: a for a in filled.actions.actions()}
    assert stored[1].status == enums.Status.DONE and stored[1].due == dt.date(2027, 9, 30)
    assert stored[2].title == "Formel? Nein: =SUM(A1) als Text"
    assert stored[3].start == dt.date(2027, 2, 15) and stored[3].title == "<b>Runder Tisch</b> & mehr"
    assert stored[4].priority == enums.Priority.HIGH
    assert stored[5].title == "@x" and stored[5].goal == "Ziel 5"  # untouched row stays as it was
    new = stored[6]
    assert new.title == "Neue Maßnahme aus der Verwaltung – „Elterncafé“"
    assert new.responsible == "Олег Петренко" and new.due == dt.date(2027, 12, 31)
    assert new.status == enums.Status.OPEN and new.priority == enums.Priority.MEDIUM
    assert new.position == max(a.position for a in stored.values())
    # A second import of the same file finds nothing left to do and does not duplicate the new row.
    again = filled.action_import.preview(read_action_sheet(path))
    assert again.changes == [] and any("vermutlich bereits übernommen" in str(w) for w in again.warnings)


def test_edits_made_in_the_workshop_after_the_export_survive(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    filled.actions.update_action(1, title="Im Workshop umbenannt", goal="Neues Ziel")
    wb = load_workbook(path)
    row = rows_by_id(wb["Maßnahmenplan"])[1]
    row[COL["status"] - 1].value = "in Arbeit"
    row[COL["goal"] - 1].value = "Ziel aus Excel"
    wb.save(path)
    plan = filled.action_import.preview(read_action_sheet(path))
    (change,) = plan.changes
    assert {c.field for c in change.changes} == {"status", "goal"}
    assert next(c for c in change.changes if c.field == "goal").conflict
    filled.action_import.apply(read_action_sheet(path))
    action = filled.actions.actions()[0]
    assert action.title == "Im Workshop umbenannt"  # not reset to the exported title
    assert action.goal == "Ziel aus Excel" and action.status == enums.Status.IN_PROGRESS


def test_bad_rows_are_reported_and_nothing_is_applied(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    before = filled.actions.actions()
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    rows = rows_by_id(ws)
    rows[1][COL["status"] - 1].value = "in Arbeit"  # a good change ...
    rows[2][COL["due"] - 1].value = "31.02.2027"  # ... and bad ones
    rows[3][COL["status"] - 1].value = "fertig"
    rows[4][COL["start"] - 1].value = dt.datetime(2027, 8, 1)  # after the due date
    rows[5][COL["title"] - 1].value = "=1+1"
    rows[5][COL["title"] - 1].data_type = "f"  # someone typed a formula
    ws.cell(7, COL["id"]).value = 99
    ws.cell(7, COL["title"]).value = "Gibt es nicht"
    ws.cell(8, COL["id"]).value = "abc"
    ws.cell(9, COL["id"]).value = 1
    ws.cell(9, COL["title"]).value = "Doppelt"
    ws.cell(10, COL["title"]).value = ""
    ws.cell(10, COL["goal"]).value = "Neue Zeile ohne Titel"
    wb.save(path)
    sheet = read_action_sheet(path)
    plan = filled.action_import.preview(sheet)
    text = "\n".join(str(p) for p in plan.problems)
    row_of = {ident: row[0].row for ident, row in rows.items()}
    assert f"Zeile {row_of[2]}: „Zeitrahmen bis“: „31.02.2027“ ist kein gültiges Datum" in text
    assert f"Zeile {row_of[3]}: „Status“: „fertig“ ist unbekannt" in text
    assert f"Zeile {row_of[4]}: „Zeitrahmen bis“ (04.06.2027) liegt vor dem „Beginn“ (01.08.2027)" in text
    assert f"Zeile {row_of[5]}: „Maßnahme“ enthält eine Formel" in text
    assert "Zeile 7: Nr. 99 gibt es in diesem Workshop nicht" in text
    assert "Zeile 8: „Nr.“ muss eine Zahl sein, nicht „abc“" in text
    assert f"Zeile 9: Nr. 1 steht mehrfach in der Tabelle (auch in Zeile {row_of[1]})" in text
    assert "Zeile 10: „Maßnahme“ (der Titel) darf nicht leer sein" in text
    with pytest.raises(ValidationError, match="nichts geändert"):
        filled.action_import.apply(sheet)
    assert filled.actions.actions() == before


@pytest.mark.parametrize(
    ("make", "words"),
    [
        ("not_xlsx", "keine Excel-Arbeitsmappe"),
        ("foreign", "fehlt das Tabellenblatt „Maßnahmenplan“"),
        ("no_header", "fehlt die Kopfzeile"),
        ("missing_column", "fehlen die Spalten „Status“"),
        ("missing_file", "gibt es nicht"),
    ],
)
def test_unusable_files_give_a_clear_message_and_stay_untouched(filled, tmp_path, make, words):
    path = tmp_path / "in.xlsx"
    if make == "not_xlsx":
        path.write_bytes(b"PK\x03\x04 kaputt")
    elif make == "foreign":
        wb = Workbook()
        wb.active.title = "Haushalt 2027"
        wb.active["A1"] = "=SUM(B1:B9)"
        wb.save(path)
    elif make == "no_header":
        wb = Workbook()
        wb.active.title = "Maßnahmenplan"
        wb.active["A1"] = "irgendwas"
        wb.save(path)
    elif make == "missing_column":
        export(filled, path)
        wb = load_workbook(path)
        wb["Maßnahmenplan"].delete_cols(COL["status"])
        wb.save(path)
    before = digest(path) if path.exists() else None
    actions = filled.actions.actions()
    with pytest.raises(FhError, match=words):
        read_action_sheet(path)
    assert (digest(path) if path.exists() else None) == before
    assert filled.actions.actions() == actions


def test_file_from_another_workshop_is_flagged(filled, tmp_path, rich):
    path = tmp_path / "fremd.xlsx"
    write_xlsx(rich, path)  # ids 1..13 exist there too, with other titles
    plan = filled.action_import.preview(read_action_sheet(path))
    assert plan.foreign
    assert "Landkreis Lindenau" in str(plan.warnings[0])


def test_sheet_without_export_record_compares_with_the_workshop(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    del wb[ai.MARKER_SHEET]  # e.g. copied into a new workbook by the administration
    rows_by_id(wb["Maßnahmenplan"])[2][COL["status"] - 1].value = "verworfen"
    wb.save(path)
    plan = filled.action_import.preview(read_action_sheet(path))
    assert [c.action_id for c in plan.changes] == [2]
    assert any("keine Angaben zum Export-Stand" in str(w) for w in plan.warnings)


def test_deleted_rows_are_warned_about_not_deleted(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    ws.delete_rows(rows_by_id(ws)[3][0].row)
    wb.save(path)
    plan = filled.action_import.preview(read_action_sheet(path))
    assert plan.ok and plan.changes == []
    assert any("Nr. 3" in str(w) and "bleibt unverändert" in str(w) for w in plan.warnings)
    filled.action_import.apply(read_action_sheet(path))
    assert len(filled.actions.actions()) == 5


def test_apply_refuses_when_the_workshop_changed_since_the_preview(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    rows_by_id(wb["Maßnahmenplan"])[1][COL["status"] - 1].value = "erledigt"
    wb.save(path)
    sheet = read_action_sheet(path)
    plan = filled.action_import.preview(sheet)
    filled.actions.update_action(1, status=enums.Status.DONE)
    with pytest.raises(ValidationError, match="seit der Vorschau geändert"):
        filled.action_import.apply(sheet, expected=plan)


def test_apply_emits_events_after_commit(filled, tmp_path):
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    rows_by_id(ws)[1][COL["status"] - 1].value = "erledigt"
    ws.cell(7, COL["title"]).value = "Neu"
    wb.save(path)
    events = []
    filled.events.subscribe(events.append)
    filled.action_import.apply(read_action_sheet(path))
    assert ("action", "changed", 1) in events and ("action", "added", 6) in events


def test_hostile_titles_survive_an_unchanged_round_trip(wf, tmp_path):
    for title in HOSTILE_TITLES:
        wf.actions.add_action(model.Action(title=title))
    path = export(wf, tmp_path / "plan.xlsx")
    plan = wf.action_import.preview(read_action_sheet(path))
    assert plan.ok and plan.changes == []
