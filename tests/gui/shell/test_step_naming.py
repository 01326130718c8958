"""One naming of the three steps: the window's step bar, the PDF headings, the workbook's
sheets and its Ablauf, and the Word report say the same."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from fh_desktop.export.docx_report import write_report
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.xlsx import write_xlsx
from fh_desktop.ui.shell.main_window import MainWindow
from fh_desktop.ui.shell.step_navigation import StepNavigation
from tests.unit.export.conftest import rich_workshop

OPTIONS = ExportOptions(created=dt.date(2026, 12, 1))


def _surfaces(qtbot, tmp_path, data):
    bar = StepNavigation()
    qtbot.addWidget(bar)
    labels = {step: " ".join(button.text().split()) for step, button in bar.buttons.items()}
    window = MainWindow()
    qtbot.addWidget(window)
    menu = {step: act.text() for step, act in enumerate(window.step_actions, start=1)}
    assert menu == labels  # the menu "Schritte" and the step bar

    outline = [o.title for o in PdfReader(str(write_pdf(data, tmp_path / "doku.pdf", options=OPTIONS))).outline
               if not isinstance(o, list)]  # fmt: skip
    pdf = {step: next(t for t in outline if t.startswith(f"{step} ")) for step in labels}

    book = load_workbook(write_xlsx(data, tmp_path / "plan.xlsx", options=OPTIONS))
    workshop = book["Workshop"]
    rows = [r[0] for r in workshop.iter_rows(values_only=True)]
    first = rows.index("Schritt") + 1
    agenda = {int(str(text).split()[0]): text for text in rows[first : first + 3]}

    report = " ".join(p.text for p in Document(str(write_report(data, tmp_path / "bericht.docx", options=OPTIONS))).paragraphs)
    word = {int(m.group(1)): m.group(0)[1:] for m in re.finditer(r"„(\d) [^“]+", report)}
    return labels, pdf, book.sheetnames, agenda, word


def test_the_step_bar_the_pdf_the_workbook_and_the_report_name_the_steps_alike(qtbot, tmp_path):
    labels, pdf, sheets, agenda, word = _surfaces(qtbot, tmp_path, rich_workshop())
    assert labels == {1: "1 Pinnwand", 2: "2 Checkliste", 3: "3 Maßnahmenplan"}
    for step, label in labels.items():
        title = label.split(" ", 1)[1]
        assert title in sheets, (title, sheets)  # each step has its sheet, named as in the step bar
        assert pdf[step].startswith(f"{label}: "), pdf[step]  # the PDF heading begins with the step bar's words
        assert agenda[step] == pdf[step]  # the workbook's Ablauf says exactly what the PDF says
        assert word[step] == pdf[step]  # and so does the Word report
    assert pdf[1] == "1 Pinnwand: Überblick über kommunale Planungsakteure und -aufgaben"
    assert pdf[2] == "2 Checkliste: Planungskonzeption"  # the catalog worked on
    assert pdf[3] == "3 Maßnahmenplan: Maßnahmenplanung"


def test_step_two_names_the_catalog_alike_everywhere(qtbot, tmp_path):
    rich = rich_workshop()
    catalog = dataclasses.replace(rich.checklist.catalog, key="qd5-verankerung",
                                  title="Politisch-strukturelle Verankerung (QD 5)")  # fmt: skip
    data = dataclasses.replace(rich, checklist=dataclasses.replace(rich.checklist, catalog=catalog))
    _labels, pdf, _sheets, agenda, word = _surfaces(qtbot, tmp_path, data)
    assert pdf[2] == agenda[2] == word[2] == "2 Checkliste: Politisch-strukturelle Verankerung"
