"""The Gesprächsleitfaden with its notes, in the PDF and in the workbook."""

from __future__ import annotations

import dataclasses

from openpyxl import load_workbook
from pypdf import PdfReader

from fh_desktop.domain import model
from fh_desktop.domain.guiding_questions import QuestionGroup, position_in
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.xlsx import write_xlsx

QUESTIONS = [
    (2, "Existiert eine vom Kreistag abgestimmte Planungskonzeption für die Frühen Hilfen?",
     "Nein; Entwurf liegt seit 2025 im Jugendhilfeausschuss.\nNächster Termin: März."),
    (2, "Wo ist die Stelle der Netzwerkkoordination angesiedelt?", ""),
    (3, "Welche Ressourcen stehen für die Umsetzung bereit?", "0,5 VZÄ bis 2027 gesichert"),
]


def _with_questions(rich) -> model.WorkshopData:
    questions = [model.GuidingQuestion(1, 1, 0, "Eine Frage der Frageimpulse, nicht des Leitfadens")]
    for i, (step, text, note) in enumerate(QUESTIONS):
        q = model.GuidingQuestion(10 + i, step, position_in(QuestionGroup.DIALOGUE, i), text)
        q.note = note  # the note the store keeps per dialogue question
        questions.append(q)
    return dataclasses.replace(rich, questions=questions)


def test_pdf_has_the_guide_with_its_notes_after_the_plan(tmp_path, rich):
    path = tmp_path / "bericht.pdf"
    write_pdf(_with_questions(rich), path)
    reader = PdfReader(str(path))
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline[3] == "4 Gesprächsleitfaden: Dialog mit der strategisch-politischen Ebene"
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    guide = text[text.index("4 Gesprächsleitfaden: Dialog") :]
    for _step, question, note in QUESTIONS:
        assert question in guide
        for line in note.splitlines():
            assert line in guide
    assert "keine Notiz" in guide and "Frageimpulse, nicht des Leitfadens" not in guide
    assert "Schritt 2: Checkliste" in guide and "Schritt 3: Maßnahmenplan" in guide


def test_workbook_has_a_sheet_with_questions_and_notes(tmp_path, rich):
    path = tmp_path / "plan.xlsx"
    write_xlsx(_with_questions(rich), path)
    ws = load_workbook(path)["Gesprächsleitfaden"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=4)]
    assert rows[0] == ["Nr.", "Schritt", "Frage", "Notiz"]
    assert [r[2] for r in rows[1:]] == [q for _s, q, _n in QUESTIONS]
    assert rows[1][3] == QUESTIONS[0][2] and rows[2][3] is None
    assert ws.row_dimensions[2].height >= 2 * 12.5  # the two-line note shows whole


def test_no_guide_without_dialogue_questions(tmp_path, rich):
    path = tmp_path / "plan.xlsx"
    write_xlsx(rich, path)
    assert "Gesprächsleitfaden" not in load_workbook(path).sheetnames
