"""The canvas and the PDF lay out card text with one engine: same lines, one ellipsis."""

from __future__ import annotations

from fh_desktop.domain import board_layout as bl
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_board import BoardDrawing
from fh_desktop.domain import model
from fh_desktop.ui.board.card_text import ELLIPSIS, layout_card, measure

CASES = [
    ("Jugendhilfeausschuss", "", 240, 140),
    ("Netzwerkkoordination Frühe Hilfen", "Netzwerkkonferenz 2× jährlich, Runder Tisch " * 6, 240, 140),
    ("Kinderschutzkoordinationsstellenbesetzungsverfahren", "kurz", 160, 140),
    ("Planung", "Bestandsaufnahme " * 40, 240, 140),
    ("A", "Wort " * 13 + "Sozialraumanalyseergebnisbericht " * 3, 200, 120),
]


def test_canvas_lines_are_the_shared_layout_measured_by_qt(qapp):
    for title, text, w, h in CASES:
        canvas = layout_card(title, text, w, h, influence=2, has_dots=True, header_band=False)
        shared = bl.text_layout(title, text, bl.Rect(0, 0, w, h), 2, True, False, measure)
        assert [ln.text.text() for ln in canvas.lines] == [ln.text for ln in shared.lines]
        assert [(ln.pos.x(), ln.pos.y()) for ln in canvas.lines] == [(ln.x, ln.y) for ln in shared.lines]
        assert canvas.truncated == shared.truncated


def test_never_a_double_ellipsis_on_screen_or_paper(qapp):
    picture_measure = BoardDrawing(model.Board(), pdf_fonts()).measure
    for title, text, w, h in CASES:
        for m in (measure, picture_measure):
            lines = [ln.text for ln in bl.text_layout(title, text, bl.Rect(0, 0, w, h), None, False, False, m).lines]
            assert not any(ELLIPSIS * 2 in line or line.endswith("-" + ELLIPSIS) for line in lines), lines
            for width in range(60, 260, 7):
                short = bl.text_layout(title, text, bl.Rect(0, 0, width, 80), None, False, False, m).lines
                assert not any(ELLIPSIS * 2 in ln.text for ln in short), (width, [ln.text for ln in short])
