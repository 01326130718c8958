"""The worksheet's action fields in Excel: Qualitätsdimension, Kleingruppe, Ebene, Befassung im Gremium.

Exported as four columns after the older ones, with drop-downs for Ebene and ja/nein;
read back with the window's rules; a workbook from before they existed still imports.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from fh_desktop.domain import action_import as ai
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.export.xlsx_import import read_action_sheet
from tests.unit.export.test_action_import import COL, export, rows_by_id

NEW = ("dimension", "working_group", "level", "needs_committee")
HEADERS = ("Qualitätsdimension/Entwicklungsziel", "Kleingruppe/Fachbereiche", "Ebene", "Befassung im Gremium nötig")


@pytest.fixture
def planned(wf):
    wf.meta.update_workshop(title="Verankerung", kommune="Lindenau")
    wf.actions.add_action(model.Action(title="Planungskonzeption erarbeiten", goal="Konzept liegt vor",
                                       dimension="QD 4 · 1.5", working_group="Jugendhilfe- und Gesundheitsplanung",
                                       level="strategisch", needs_committee=True))  # fmt: skip
    wf.actions.add_action(model.Action(title="Runder Tisch Familienhebammen", start=dt.date(2027, 2, 1)))
    wf.actions.add_action(model.Action(title="Bericht an den JHA", level="operativ"))
    return wf


def test_the_four_fields_are_columns_after_the_older_ones_with_their_drop_downs(planned, tmp_path):
    path = export(planned, tmp_path / "plan.xlsx")
    ws = load_workbook(path)["Maßnahmenplan"]
    headers = [c.value for c in ws[1]]
    assert tuple(headers[-4:]) == HEADERS
    assert headers[: -4] == [c.header for c in ai.ACTION_COLUMNS if c.field not in NEW]  # the older ones keep their place
    for name in NEW:
        letter = ws.cell(1, COL[name]).column_letter
        assert ws.column_dimensions[letter].width == ai.COLUMNS_BY_FIELD[name].width >= 12
    rows = rows_by_id(ws)
    values = {i: tuple(rows[i][COL[n] - 1].value for n in NEW) for i in rows}
    assert values == {
        1: ("QD 4 · 1.5", "Jugendhilfe- und Gesundheitsplanung", "strategisch", "ja"),
        2: (None, None, None, "nein"),
        3: (None, None, "operativ", "nein"),
    }
    lists = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list":
            for rng in dv.sqref.ranges:
                lists[rng.min_col] = (dv.formula1, dv.allow_blank, rng.max_row)
    level, committee = lists[COL["level"]], lists[COL["needs_committee"]]
    assert level[0] == '"strategisch,operativ"' and level[1]  # "nicht festgelegt" = an empty cell
    assert committee[0] == '"ja,nein"' and not committee[1]
    assert level[2] == committee[2] > 400  # also for rows added below the plan


def test_editing_the_four_cells_imports_exactly_those_changes(planned, tmp_path):
    path = export(planned, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    rows = rows_by_id(ws)
    rows[1][COL["level"] - 1].value = None  # back to "nicht festgelegt"
    rows[1][COL["needs_committee"] - 1].value = "nein"
    rows[2][COL["dimension"] - 1].value = "Prüfkriterium 4.1.2"
    rows[2][COL["working_group"] - 1].value = "Kleingruppe Gesundheit"
    rows[2][COL["level"] - 1].value = "Operativ"  # the case does not matter
    rows[2][COL["needs_committee"] - 1].value = "JA"
    rows[3][COL["level"] - 1].value = "strategisch-politische Ebene"  # the window's label is understood too
    ws.cell(5, COL["title"]).value = "Neue Maßnahme aus der Verwaltung"
    ws.cell(5, COL["level"]).value = "strategisch"
    ws.cell(5, COL["needs_committee"]).value = "ja"
    ws.cell(6, COL["title"]).value = "Noch eine, ohne Angaben"
    wb.save(path)

    sheet = read_action_sheet(path)
    plan = planned.action_import.preview(sheet)
    assert plan.ok, [str(p) for p in plan.problems]
    changed = {c.action_id: {(f.field, f.old, f.new) for f in c.changes} for c in plan.updated}
    assert changed == {
        1: {("level", "strategisch", ""), ("needs_committee", True, False)},
        2: {("dimension", "", "Prüfkriterium 4.1.2"), ("working_group", "", "Kleingruppe Gesundheit"),
            ("level", "", "operativ"), ("needs_committee", False, True)},
        3: {("level", "operativ", "strategisch")},
    }  # fmt: skip
    assert [ai.describe(c) for c in plan.updated][0].endswith(
        "Ebene: strategisch-politische Ebene → –; Befassung im Gremium nötig: ja → nein"
    )
    planned.action_import.apply(sheet, expected=plan)

    stored = {a.title: a for a in planned.actions.actions()}
    first = stored["Planungskonzeption erarbeiten"]
    assert (first.dimension, first.working_group, first.level, first.needs_committee) == (
        "QD 4 · 1.5", "Jugendhilfe- und Gesundheitsplanung", "", False)  # fmt: skip
    second = stored["Runder Tisch Familienhebammen"]
    assert (second.dimension, second.working_group, second.level, second.needs_committee) == (
        "Prüfkriterium 4.1.2", "Kleingruppe Gesundheit", "operativ", True)  # fmt: skip
    assert second.start == dt.date(2027, 2, 1)  # the columns not touched stay as they were
    assert stored["Bericht an den JHA"].level == "strategisch"
    new = stored["Neue Maßnahme aus der Verwaltung"]
    assert (new.level, new.needs_committee, new.status) == ("strategisch", True, enums.Status.OPEN)
    bare = stored["Noch eine, ohne Angaben"]
    assert (bare.level, bare.needs_committee) == ("", False)  # an empty ja/nein in a new row: nein
    # Exported again, nothing is left to take over.
    again = planned.action_import.preview(read_action_sheet(export(planned, tmp_path / "again.xlsx")))
    assert again.ok and again.changes == []


def test_a_workbook_from_before_the_four_columns_still_imports_and_keeps_the_values(planned, tmp_path):
    path = export(planned, tmp_path / "alt.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    for name in sorted(NEW, key=COL.get, reverse=True):
        ws.delete_cols(COL[name])
    marker = wb[ai.MARKER_SHEET]
    fields = [c.value for c in marker[3]]
    for name in sorted(NEW, key=fields.index, reverse=True):  # the older export record has no such fields
        marker.delete_cols(fields.index(name) + 1)
    rows_by_id(ws)[1][COL["status"] - 1].value = "in Arbeit"
    wb.save(path)
    headers = [c.value for c in load_workbook(path)["Maßnahmenplan"][1]]
    assert not set(HEADERS) & set(headers)

    plan = planned.action_import.preview(read_action_sheet(path))
    assert plan.ok and [(c.action_id, [f.field for f in c.changes]) for c in plan.changes] == [(1, ["status"])]
    planned.action_import.apply(read_action_sheet(path))
    first = planned.actions.actions()[0]
    assert first.status == enums.Status.IN_PROGRESS
    assert (first.dimension, first.working_group, first.level, first.needs_committee) == (
        "QD 4 · 1.5", "Jugendhilfe- und Gesundheitsplanung", "strategisch", True)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "value", "line"),
    [
        ("level", "global", "„Ebene“: „global“ ist unbekannt; erlaubt sind „strategisch“, „operativ“ oder eine leere Zelle."),
        ("needs_committee", "vielleicht",
         "„Befassung im Gremium nötig“: „vielleicht“ ist unbekannt; erlaubt sind „ja“, „nein“."),
        ("needs_committee", None, "„Befassung im Gremium nötig“ darf nicht leer sein."),
        ("level", "=A1", "„Ebene“ enthält eine Formel; bitte den Wert selbst eintragen."),
        ("needs_committee", "=TRUE()", "„Befassung im Gremium nötig“ enthält eine Formel; bitte den Wert selbst eintragen."),
    ],
)  # fmt: skip
def test_a_bad_value_is_one_problem_naming_its_column(planned, tmp_path, name, value, line):
    path = export(planned, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    cell = rows_by_id(wb["Maßnahmenplan"])[2][COL[name] - 1]
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "f"  # typed as a formula
    wb.save(path)
    sheet = read_action_sheet(path)
    plan = planned.action_import.preview(sheet)
    assert [str(p) for p in plan.problems] == [f"Zeile {cell.row}: {line}"]
    before = planned.actions.actions()
    with pytest.raises(ValidationError):
        planned.action_import.apply(sheet)
    assert planned.actions.actions() == before

