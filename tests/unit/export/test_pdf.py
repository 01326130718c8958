"""The PDF record, read back with pypdf: sections, every action, text printed literally."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from fh_desktop import __version__
from fh_desktop.domain import model
from fh_desktop.export.options import ExportOptions
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.text import PLACEHOLDER
from tests.unit.export.conftest import HOSTILE_TITLES, LONG_TEXT, NAMES
from tests.unit.export.helpers import pdf_flat


@pytest.fixture
def report(tmp_path, rich):
    path = tmp_path / "bericht.pdf"
    write_pdf(rich, path, options=ExportOptions(created=dt.date(2026, 12, 1)))
    return path


def test_cover_sections_and_page_numbers(report):
    reader = PdfReader(str(report))
    text = pdf_flat(report)
    total = len(reader.pages)
    for words in (
        "Dokumentation des Workshops",
        "Kommunale Verankerung der Frühen Hilfen – „Planung“ & Praxis",
        "Landkreis Lindenau",
        "26. November 2026",
        "Kreishaus Lindenau, Sitzungssaal 2",
        "1 Pinnwand: Überblick über kommunale Planungsakteure und -aufgaben",
        "2 Checkliste: Planungskonzeption",
        "3 Maßnahmenplan: Maßnahmenplanung",
        "Inhalt",
        f"Seite 1 von {total}",
        f"Seite {total} von {total}",
        f"Frühe-Hilfen-Werkstatt {__version__} · erstellt am 01.12.2026",
    ):
        assert words in text, words
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:3] == [
        "1 Pinnwand: Überblick über kommunale Planungsakteure und -aufgaben",
        "2 Checkliste: Planungskonzeption",
        "3 Maßnahmenplan: Maßnahmenplanung",
    ]
    assert reader.metadata.title.startswith("Kommunale Verankerung")


def test_landscape_pages_for_board_and_plan(report):
    reader = PdfReader(str(report))
    shapes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert shapes[0][0] < shapes[0][1]  # cover portrait
    assert shapes[1][0] > shapes[1][1]  # board landscape
    assert any(w < h for w, h in shapes[2:]) and sum(w > h for w, h in shapes) >= 3


def test_all_text_is_drawn_with_the_embedded_font(report):
    reader = PdfReader(str(report))
    for page in reader.pages:
        fonts = {name: font.get_object() for name, font in page["/Resources"]["/Font"].items()}
        embedded = {n for n, f in fonts.items() if "FHSans" in str(f["/BaseFont"]) or "DejaVu" in str(f["/BaseFont"])}
        assert embedded
        for name in embedded:
            descriptor = fonts[name]["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # the TrueType program is inside the PDF
        content = page.get_contents().get_data().decode("latin-1")
        # reportlab sets its default font as drawing state; no text may be shown in it.
        for match in re.finditer(r"(/\S+) [\d.]+ Tf(.*?)(?=/\S+ [\d.]+ Tf|\Z)", content, re.S):
            if match.group(1) not in embedded:
                assert "Tj" not in match.group(2) and "TJ" not in match.group(2)


def test_every_action_and_hostile_text_printed_literally(report, rich):
    text = pdf_flat(report)
    for title in HOSTILE_TITLES[:9]:
        visible = " ".join(title.split())
        assert visible in text, title
    assert f"Emoji {PLACEHOLDER} und Daumen {PLACEHOLDER} und {PLACEHOLDER}{PLACEHOLDER}" in text
    for action in rich.actions:
        assert str(action.id) in text
    assert "Gemeinsamen Planungsbericht erstellen" in text
    assert "(ohne Titel)" in text
    assert "Notiz mit <b>Markup</b> & Sonderzeichen: ß € — “quotes”" in text
    for name, role, _observer in NAMES:
        assert name in text and " ".join(role.split()) in text
    assert "Größe, Übergänge, Maßstäbe" in text


def test_long_text_is_complete_in_the_appendix(report):
    text = pdf_flat(report)
    assert "vollständig im Anhang, A1" in text
    assert "Anhang: vollständige Texte" in text
    phrase = "Sehr langer Text über Zuständigkeiten"
    assert text.count(phrase) > LONG_TEXT.count(phrase)  # the whole text, plus its start in the table


def test_checklist_results_and_charts(report):
    text = pdf_flat(report)
    for words in ("4.2", "<b>Bedarfe</b> werden regelmäßig erhoben.", "Handlungsbedarf",
                  "=HYPERLINK(\"http://x\")", "Größte Uneinigkeit", "Einzelrunde 2: 6 Personen, 2 Aussagen", "n = 7", "R2",
                  "Wie viele Häkchen haben Sie gesetzt?", "trifft nicht zu", "kann ich nicht beurteilen"):  # fmt: skip
        assert words in text, words
    assert "Einzelantworten" not in text  # only when asked for


def test_individual_answers_named_and_anonymised(tmp_path, rich):
    named = tmp_path / "named.pdf"
    write_pdf(rich, named, options=ExportOptions(individual=True))
    text = pdf_flat(named)
    assert "Einzelantworten" in text and "P1 = Dr. Katrin Albers" in text and "✓" in text
    anon = tmp_path / "anon.pdf"
    write_pdf(rich, anon, options=ExportOptions(individual=True, anonymous=True))
    text = pdf_flat(anon)
    start = text.index("Anzahl der Aussagen, die jede Person")
    answers = text[start : text.index("3 Maßnahmenplan: Maßnahmenplanung", start)]
    assert "anonymisiert" in answers
    for name, _role, _observer in NAMES:
        assert name not in answers


def test_empty_and_huge_workshops_do_not_break(tmp_path):
    path = tmp_path / "leer.pdf"
    write_pdf(model.WorkshopData(), path)
    text = pdf_flat(path)
    assert "Workshop ohne Titel" in text and "keine Maßnahmen" in text
    crowded = model.WorkshopData(
        actions=[
            model.Action(id=i, position=i, title="T" * 300, goal="Ziel " * 4000, description="B " * 10000,
                         responsible="V" * 300, involved="I " * 5000, resources="R " * 9000, indicator="E " * 9000)
            for i in range(1, 4)
        ]
    )  # fmt: skip
    write_pdf(crowded, tmp_path / "voll.pdf")
    assert "Seite 1 von" in pdf_flat(tmp_path / "voll.pdf")


def test_action_plan_speaks_the_words_of_the_ui(report):
    text = pdf_flat(report)
    for words in ("Beginn, Zeitrahmen bis", "Erfolgsindikator:", "Zielsetzung:", "Ressourcen:", "Bezüge",
                  "Verantwortlich, Beteiligte", "01.02.2027 – 31.12.2027"):  # fmt: skip
        assert words in text, words
    assert "Indikator:" not in text.replace("Erfolgsindikator:", "")


def test_cards_are_listed_zone_by_zone(report, rich):
    text = pdf_flat(report)
    table = text[text.index("Karten der Pinnwand", text.index("Inhalt") + 200) :]
    verwaltung, luecke, outside = (table.index(z) for z in ("Verwaltung", "Planungslücke", "außerhalb der Zonen"))
    assert verwaltung < table.index("Gesundheitsamt") < luecke < outside < table.index("Öffentlichkeitsarbeit")
    assert "3 – hoch" in table and "nicht bewertet" in table and "2× rot, 1× grün" in table


def test_pseudonyms_are_the_same_in_the_workbook_and_the_report(tmp_path, rich):
    from openpyxl import load_workbook

    from fh_desktop.export.xlsx import write_xlsx

    options = ExportOptions(individual=True, anonymous=True)
    write_pdf(rich, tmp_path / "b.pdf", options=options)
    write_xlsx(rich, tmp_path / "b.xlsx", options=options)
    text = pdf_flat(tmp_path / "b.pdf")
    chart = text[text.index("Wie viele Häkchen haben Sie gesetzt?", text.index("Inhalt") + 200) :]
    ws = load_workbook(tmp_path / "b.xlsx")["Checkliste"]
    start = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(row=r, column=1).value).startswith("Häkchen je Person"))
    ticks = [(ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value) for r in range(start + 1, ws.max_row + 1)]
    assert ticks and all(label.startswith("Person ") for label, _n in ticks)
    assert " ".join(f"{label} {n}" for label, n in ticks) in chart  # same people, same order, same counts
