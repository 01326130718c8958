"""A link bent around a card (issue #12) is a curve on the PDF board page too."""

from __future__ import annotations

import dataclasses
import io
import math

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import _CURVETO, _MOVETO, Group, Line, Path, Polygon

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf_board import BoardDrawing


def _board() -> model.Board:
    cards = [
        model.Card(1, enums.CardKind.ACTOR, "Jugendamt", "", enums.PlanningArea.YOUTH, 0, 0, 200, 100, 1),
        model.Card(2, enums.CardKind.ACTOR, "Kita", "Text, der frei bleiben soll", enums.PlanningArea.OTHER, 300, 0, 200, 100, 2),
        model.Card(3, enums.CardKind.ACTOR, "Gesundheitsamt", "", enums.PlanningArea.HEALTH, 600, 0, 200, 100, 3),
    ]  # fmt: skip
    link = model.Link(1, 1, 3, enums.LinkKind.DATA, enums.LinkDirection.FORWARD, "Daten")
    return model.Board(cards, [link], [], [])


def _shapes(drawing) -> list:
    out, todo = [], list(drawing.contents)
    while todo:
        item = todo.pop(0)
        if isinstance(item, Group):
            todo[:0] = item.contents
        else:
            out.append(item)
    return out


def test_the_bent_link_is_drawn_as_the_layouts_curve():
    picture = BoardDrawing(_board(), pdf_fonts())
    (geo,) = picture.geometries
    assert geo.control is not None
    drawn = _shapes(picture.drawing(1.0))
    assert not [s for s in drawn if isinstance(s, Line)]  # no straight line across the middle card
    (path,) = [s for s in drawn if isinstance(s, Path)]
    assert path.operators == [_MOVETO, _CURVETO]
    a, control, b = geo.stroke(0.0, st.ARROW_LENGTH * 0.8)
    assert control is not None
    c1, c2 = bl.quad_to_cubic(a, control, b)
    want = [c for p in (a, c1, c2, b) for c in picture.to_page(p, 1.0)]
    assert all(math.isclose(x, y, abs_tol=1e-6) for x, y in zip(path.points, want, strict=True))
    # The arrow head points along the curve's end tangent, not along the chord.
    (head,) = [s for s in drawn if isinstance(s, Polygon)]
    want_head = [c for p in bl.arrow_head(geo.end, geo.control) for c in picture.to_page(p, 1.0)]
    assert all(math.isclose(x, y, abs_tol=1e-6) for x, y in zip(head.points, want_head, strict=True))
    # In the PDF itself: one curve operator more than with the middle card out of the way
    # (rounded corners are curves too).
    aside = _board()
    aside.cards[1] = dataclasses.replace(aside.cards[1], y=300)
    straight = BoardDrawing(aside, pdf_fonts())
    assert straight.geometries[0].control is None
    assert _curves(picture) == _curves(straight) + 1


def _curves(picture: BoardDrawing) -> int:
    out = io.BytesIO()
    renderPDF.drawToFile(picture.drawing(0.5), out)
    content = PdfReader(io.BytesIO(out.getvalue())).pages[0].get_contents().get_data().decode("latin-1")
    return sum(1 for line in content.splitlines() if line.rstrip().endswith(" c"))
