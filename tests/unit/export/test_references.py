"""Every export names a checklist item with its catalog („QD 4 · 4.2“), never as a bare „4.2“,
and shows the action's Ebene and "Befassung im Gremium" where a clerk looks for them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from docx import Document
from openpyxl import load_workbook

from fh_desktop.domain import action_import as ai
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model
from fh_desktop.export.docx_report import write_report
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.export.xlsx_import import read_action_sheet
from tests.unit.export.helpers import pdf_text

OPTIONS = ExportOptions(created=dt.date(2026, 12, 1))


def _with_fields(rich: model.WorkshopData) -> model.WorkshopData:
    first = dataclasses.replace(rich.actions[0], level="strategisch", needs_committee=True,
                                dimension="Entwicklungsziel 4.1", working_group="Kleingruppe Gesundheit")  # fmt: skip
    second = dataclasses.replace(rich.actions[1], level="operativ")
    return dataclasses.replace(rich, actions=[first, second, *rich.actions[2:]])


def _plan_text(path) -> str:
    text = pdf_text(path)
    heading = enums.step_heading(3)
    start = text.index(heading, text.index(heading) + 1)  # the section, not the contents
    return " ".join(text[start:].split())


def test_the_pdf_action_table_names_the_catalog_and_shows_ebene_and_gremium(tmp_path, rich):
    path = write_pdf(_with_fields(rich), tmp_path / "doku.pdf", options=OPTIONS)
    plan = _plan_text(path)
    assert "Checkliste: QD 4 · 4.2, QD 4 · 4.3" in plan
    assert "Priorität, Status, Ebene" in plan
    first = plan[: plan.index("Ziel 2:")]  # the first action's row
    assert "strategisch-politische Ebene" in first and "Befassung im Gremium nötig" in first
    assert "Kleingruppe: Kleingruppe Gesundheit" in first and "Qualitätsdimension: Entwicklungsziel 4.1" in first
    second = plan[plan.index("Ziel 2:") : plan.index("Ziel 3:")]
    assert "operative, umsetzende Ebene" in second and "Gremium" not in second
    assert "Checkliste: 4." not in plan


def test_the_word_report_names_the_catalog_and_shows_ebene_and_gremium(tmp_path, rich):
    path = write_report(_with_fields(rich), tmp_path / "vorlage.docx", options=OPTIONS)
    doc = Document(str(path))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(b.startswith("QD 4 · ") for b in bullets), bullets  # disputed items and Handlungsbedarfe
    assert any(b.startswith("QD 4 · 4.2 ") for b in bullets) and any(b.startswith("QD 4 · 4.3 ") for b in bullets)
    plan = doc.tables[0]
    cells = {row.cells[0].paragraphs[0].text: row.cells[0].paragraphs[1:] for row in plan.rows[1:]}
    notes = {title: [p.text for p in rest] for title, rest in cells.items()}
    assert notes[rich.actions[0].title] == ["strategisch-politische Ebene · Befassung im Gremium nötig"]
    assert notes[rich.actions[1].title] == ["operative, umsetzende Ebene"]
    assert sum(1 for rest in notes.values() if rest) == 2  # the others carry no extra line
    intro = next(p.text for p in doc.paragraphs if p.text.startswith(f"{len(rich.actions)} Maßnahmen, davon"))
    assert "1 braucht eine Befassung im Gremium" in intro


def test_the_workbook_names_the_catalog_and_does_not_read_the_reference_back(tmp_path, rich, wf):
    wf.snapshots.load(rich)
    path = write_xlsx(wf.snapshots.snapshot(), tmp_path / "plan.xlsx", options=OPTIONS)
    wb = load_workbook(path)
    ws = wb[ai.SHEET_TITLE]
    column = [c.value for c in ws[1]].index("Bezug Checkliste") + 1
    refs = [ws.cell(r, column).value for r in range(2, ws.max_row + 1) if ws.cell(r, column).value]
    assert refs and set(refs) == {"QD 4 · 4.2, QD 4 · 4.3", "QD 4 · 4.2"}
    # The reference column stays informative only: a bare or a qualified code typed into it changes nothing.
    ws.cell(2, column).value = "4.5"
    ws.cell(3, column).value = "QD 4 · 4.1, QD 4 · 4.6"
    wb.save(path)
    plan = wf.action_import.preview(read_action_sheet(path))
    assert plan.ok and plan.changes == []


def test_a_catalog_of_ones_own_is_named_by_its_short_title(tmp_path, rich):
    own = model.Catalog("kreis-vernetzung", "Checkliste Vernetzung im Kreis (Entwurf 2026)", "", list(enums.Answer.ALL))
    data = dataclasses.replace(rich, checklist=dataclasses.replace(rich.checklist, catalog=own))
    assert catalog_format.item_refs(own, data.checklist.items)[2] == "Vernetzung im Kreis · 4.2"
    ws = load_workbook(write_xlsx(data, tmp_path / "plan.xlsx", options=OPTIONS))[ai.SHEET_TITLE]
    column = [c.value for c in ws[1]].index("Bezug Checkliste") + 1
    assert ws.cell(2, column).value == "Vernetzung im Kreis · 4.2, Vernetzung im Kreis · 4.3"
    doc = Document(str(write_report(data, tmp_path / "vorlage.docx", options=OPTIONS)))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(b.startswith("Vernetzung im Kreis · ") for b in bullets)
    plan = _plan_text(write_pdf(data, tmp_path / "doku.pdf", options=OPTIONS))
    assert "Checkliste: Vernetzung im Kreis · 4.2, Vernetzung im Kreis · 4.3" in plan
