"""Re-import: a cleared or mistyped Nr. is named as such, a spreadsheet in another format by its format."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from fh_desktop.domain.errors import ValidationError
from fh_desktop.export.xlsx_import import read_action_sheet
from tests.unit.export.test_action_import import COL, export, filled, rows_by_id  # noqa: F401 - fixture


def test_a_cleared_nr_is_a_problem_not_a_second_action(filled, tmp_path):  # noqa: F811 - fixture
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    row = rows_by_id(ws)[1]
    row[COL["id"] - 1].value = None  # the clerk cleared the Nr. and edited the goal
    row[COL["goal"] - 1].value = "Ziel neu gefasst"
    wb.save(path)
    plan = filled.action_import.preview(read_action_sheet(path))
    text = "\n".join(str(p) for p in plan.problems)
    assert f"Zeile {row[0].row}: Die Nr. fehlt, die Zeile gehört aber offenbar zu Nr. 1 („Planungsbericht“)" in text
    assert not plan.added and not plan.ok
    assert not any("fehlt in der Tabelle" in str(w) for w in plan.warnings)
    before = filled.actions.actions()
    with pytest.raises(ValidationError):
        filled.action_import.apply(read_action_sheet(path))
    assert filled.actions.actions() == before  # no duplicate "Planungsbericht"


def test_a_mistyped_nr_is_reported_once_and_not_as_missing(filled, tmp_path):  # noqa: F811 - fixture
    path = export(filled, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    row = rows_by_id(ws)[2]
    row[COL["id"] - 1].value = "zwei"
    wb.save(path)
    plan = filled.action_import.preview(read_action_sheet(path))
    assert [str(p) for p in plan.problems] == [f"Zeile {row[0].row}: „Nr.“ muss eine Zahl sein, nicht „zwei“."]
    assert not any("Nr. 2" in str(w) and "fehlt" in str(w) for w in plan.warnings)


@pytest.mark.parametrize(("suffix", "name"), [(".ods", "OpenDocument"), (".xls", "Excel 97–2003")])
def test_other_spreadsheet_formats_are_asked_to_be_saved_as_xlsx(tmp_path, suffix, name):
    path = tmp_path / f"plan{suffix}"
    path.write_bytes(b"PK\x03\x04 not what openpyxl reads")
    with pytest.raises(ValidationError) as info:
        read_action_sheet(path)
    message = str(info.value)
    assert name in message and "als Excel-Arbeitsmappe (.xlsx) speichern" in message
    assert "beschädigt" not in message
