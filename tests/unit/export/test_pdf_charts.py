"""Checklist charts that read on a grey printer and for colour-blind readers."""

from __future__ import annotations

import itertools

from reportlab.graphics.shapes import Rect, String

from fh_desktop.domain import enums
from fh_desktop.export.checklist_summary import RoundResult
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_charts import PRINT_COLORS, answer_legend, distribution_bars

A = enums.Answer
SCALE = list(A.ALL)


def _grey(hex_color: str) -> float:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_answer_colours_differ_in_grey():
    greys = [_grey(PRINT_COLORS[v]) for v in SCALE]
    for a, b in itertools.combinations(greys, 2):
        assert abs(a - b) >= 40, greys


def _strings(drawing) -> list[String]:
    return [s for s in drawing.contents if isinstance(s, String)]


def test_every_answer_keeps_its_place_and_its_count_even_at_zero():
    fonts = pdf_fonts()
    many = distribution_bars([RoundResult(1, {A.YES: 9, A.PARTLY: 1, A.NO: 0, A.UNKNOWN: 1})], SCALE, 300, fonts)
    none_yes = distribution_bars([RoundResult(1, {A.NO: 5})], SCALE, 300, fonts)
    marks = {"✓": A.YES, "◐": A.PARTLY, "✗": A.NO, "?": A.UNKNOWN}
    places = []
    for drawing, counts in ((many, {"✓": "9", "◐": "1", "✗": "0", "?": "1"}), (none_yes, {"✓": "0", "◐": "0", "✗": "5", "?": "0"})):
        labels = {s.text.split()[0]: s for s in _strings(drawing) if s.text.split()[0] in marks}
        assert set(labels) == set(marks)  # all four, also the empty ones
        assert {m: s.text.split()[1] for m, s in labels.items()} == counts  # no count disappears
        places.append({m: s.x for m, s in labels.items()})
    assert places[0] == places[1]  # position tells the answer, whatever the counts
    assert places[0]["✓"] < places[0]["◐"] < places[0]["✗"] < places[0]["?"]
    # A narrow share still has its bar, with an outline that shows on white paper.
    bars = [r for r in many.contents if isinstance(r, Rect) and r.fillColor is not None and r.strokeWidth == 0.5]
    assert len(bars) == 3 and min(r.width for r in bars) > 0


def test_legend_names_symbol_and_answer():
    legend = answer_legend(SCALE, 400, pdf_fonts())
    texts = [s.text for s in _strings(legend)]
    assert texts == ["✓ trifft zu", "◐ teilweise", "✗ trifft nicht zu", "? kann ich nicht beurteilen"]
