"""``export`` and ``import-actions`` run as separate processes, as a script would run them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fh_desktop.domain import serialize
from tests.unit.cli.test_cli import assert_one_line_error, digest, run
from tests.unit.export.conftest import rich_workshop


@pytest.fixture
def rich_file(tmp_path):
    source = tmp_path / "rich.json"
    source.write_text(json.dumps(serialize.to_dict(rich_workshop())), encoding="utf-8")
    path = tmp_path / "rich.fhw"
    result = run("restore", path, source)
    assert result.returncode == 0, result.stderr
    return path


def test_export_writes_both_and_leaves_the_workshop_untouched(rich_file, tmp_path):
    before = digest(rich_file)
    result = run("export", rich_file, "--xlsx", tmp_path / "plan.xlsx", "--pdf", tmp_path / "bericht.pdf", "--anonymous")
    assert result.returncode == 0, result.stderr
    assert "Excel-Datei geschrieben" in result.stdout and "PDF-Datei geschrieben" in result.stdout
    assert digest(rich_file) == before
    wb = load_workbook(tmp_path / "plan.xlsx")
    header = [c.value for c in wb["Checkliste"][1]]
    assert "Person 1 (R1)" in header  # --anonymous includes the individual answers, without names
    assert len(PdfReader(str(tmp_path / "bericht.pdf")).pages) > 5


def test_export_needs_a_target_and_refuses_to_overwrite_its_input(rich_file, tmp_path):
    result = run("export", rich_file)
    assert result.returncode == 2 and "--xlsx" in result.stderr
    before = digest(rich_file)
    result = run("export", rich_file, "--pdf", rich_file)
    assert_one_line_error(result)
    assert digest(rich_file) == before


def test_export_into_a_missing_folder_is_one_line(rich_file, tmp_path):
    result = run("export", rich_file, "--xlsx", tmp_path / "fehlt" / "plan.xlsx")
    assert_one_line_error(result)
    assert "existiert nicht" in result.stderr
    assert not (tmp_path / "fehlt").exists()


def _edited_export(rich_file, tmp_path):
    path = tmp_path / "plan.xlsx"
    assert run("export", rich_file, "--xlsx", path).returncode == 0
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value is not None}
    rows[13][9].value = "erledigt"
    rows[13][7].value = dt.datetime(2027, 10, 31)
    ws.cell(ws.max_row + 1, 2).value = "Elternbefragung vorbereiten"
    wb.save(path)
    return path


def test_import_dry_run_then_apply(rich_file, tmp_path):
    path = _edited_export(rich_file, tmp_path)
    before = digest(rich_file)
    dry = run("import-actions", rich_file, path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Nr. 13 „Gemeinsamen Planungsbericht erstellen“: Zeitrahmen bis: 31.12.2027 → 31.10.2027; Status: in Arbeit → erledigt" in dry.stdout
    assert "neue Maßnahme „Elternbefragung vorbereiten“" in dry.stdout
    assert "Probelauf: 1 Maßnahme(n) geändert, 1 neu; nichts wurde geändert." in dry.stdout
    assert digest(rich_file) == before
    applied = run("import-actions", rich_file, path)
    assert applied.returncode == 0, applied.stderr
    assert "Übernommen: 1 Maßnahme(n) geändert, 1 neu." in applied.stdout
    actions = {a["id"]: a for a in json.loads(run("dump", rich_file).stdout)["actions"]}
    assert actions[13]["status"] == "erledigt" and actions[13]["due"] == "2027-10-31"
    assert any(a["title"] == "Elternbefragung vorbereiten" for a in actions.values())


def test_import_with_bad_rows_changes_nothing(rich_file, tmp_path):
    path = _edited_export(rich_file, tmp_path)
    wb = load_workbook(path)
    ws = wb["Maßnahmenplan"]
    ws.cell(3, 10).value = "fertig"
    ws.cell(4, 7).value = "morgen"
    wb.save(path)
    before = digest(rich_file)
    result = run("import-actions", rich_file, path)
    assert_one_line_error(result)
    assert "2 Zeile(n)" in result.stderr and "nichts wurde geändert" in result.stderr
    assert "Zeile 3: „Status“: „fertig“ ist unbekannt" in result.stdout
    assert "Zeile 4: „Beginn“: „morgen“ ist kein gültiges Datum" in result.stdout
    assert digest(rich_file) == before


def test_import_from_another_workshop_needs_force(rich_file, tmp_path, demo_file):
    path = _edited_export(rich_file, tmp_path)
    before = digest(demo_file)
    result = run("import-actions", demo_file, path)
    assert_one_line_error(result)
    assert "anderen Workshop" in result.stderr and "--force" in result.stderr
    assert digest(demo_file) == before


def test_import_of_a_foreign_file_is_one_line(rich_file, tmp_path):
    other = tmp_path / "notiz.xlsx"
    other.write_text("kein Excel", encoding="utf-8")
    before = digest(rich_file)
    result = run("import-actions", rich_file, other)
    assert_one_line_error(result)
    assert "keine Excel-Arbeitsmappe" in result.stderr
    assert digest(rich_file) == before
