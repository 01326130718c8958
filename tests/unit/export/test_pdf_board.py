"""The board in the PDF is drawn from ``board_layout``: same places, same texts as the canvas."""

from __future__ import annotations

import dataclasses
import math

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.export.fonts import pdf_fonts
from fh_desktop.export.pdf import write_pdf
from fh_desktop.export.pdf_board import BoardDrawing
from fh_desktop.export.pdf_board_section import SIDE, SIDE_GAP

SCALE = 0.5


@pytest.fixture
def board(rich) -> model.Board:
    return rich.board


@pytest.fixture
def picture(board) -> BoardDrawing:
    return BoardDrawing(board, pdf_fonts())


def shapes(drawing) -> list:
    """Every shape of a drawing, groups flattened."""
    out, todo = [], list(drawing.contents)
    while todo:
        item = todo.pop(0)
        if isinstance(item, Group):
            todo[:0] = item.contents
        else:
            out.append(item)
    return out


def close(a: tuple[float, float], b: tuple[float, float], tol: float = 0.01) -> bool:
    return math.isclose(a[0], b[0], abs_tol=tol) and math.isclose(a[1], b[1], abs_tol=tol)


def flip(picture: BoardDrawing, p: bl.Point) -> tuple[float, float]:
    """A board point in the drawing's own units (before its one scale)."""
    return picture.to_page(p, 1.0)


def test_lines_and_arrow_heads_sit_where_board_layout_puts_them(picture, board):
    drawn = shapes(picture.drawing(SCALE))
    lines = [s for s in drawn if isinstance(s, Line)]
    heads = [s for s in drawn if isinstance(s, Polygon)]
    geos = bl.link_geometries(board, picture.label_sizes)
    assert len(lines) == len(geos) == len(board.links)
    for line, geo, link in zip(lines, geos, board.links, strict=True):
        (x1, y1), (x2, y2) = geo.start, geo.end
        # a line stops short of an arrow's tip, exactly as on the canvas
        inset = st.ARROW_LENGTH * 0.8 / math.hypot(x2 - x1, y2 - y1)
        start = (x1 + (x2 - x1) * inset, y1 + (y2 - y1) * inset) if geo.arrow_start else geo.start
        end = (x2 - (x2 - x1) * inset, y2 - (y2 - y1) * inset) if geo.arrow_end else geo.end
        assert close((line.x1, line.y1), flip(picture, start)) and close((line.x2, line.y2), flip(picture, end))
        style = st.LINK_STYLES[link.kind]
        assert line.strokeWidth == style.width
        assert (line.strokeDashArray or []) == [v * style.width for v in style.dash]
    expected = [bl.arrow_head(g.end, g.start) for g in geos if g.arrow_end] + [
        bl.arrow_head(g.start, g.end) for g in geos if g.arrow_start
    ]
    got = [[(p.points[i], p.points[i + 1]) for i in range(0, 6, 2)] for p in heads]
    for head in expected:
        want = [flip(picture, p) for p in head]
        assert any(all(close(a, b) for a, b in zip(want, g, strict=True)) for g in got)
    assert len(heads) == len(expected)


def test_labels_cards_marks_and_dots_match_the_layout(picture, board):
    drawn = shapes(picture.drawing(SCALE))
    texts = {s.text: s for s in drawn if isinstance(s, String)}
    sizes = picture.label_sizes
    for geo, link in zip(bl.link_geometries(board, sizes), board.links, strict=True):
        if not link.label:
            continue
        label = texts[bl.link_label_text(link.label)]
        w, h = sizes[link.id]
        top_left = (geo.label_pos[0] - w / 2 + st.LINK_LABEL_PADDING, geo.label_pos[1] - h / 2 + st.LINK_LABEL_PADDING)
        baseline = (top_left[0], top_left[1] + bl.LINE_ASCENT * st.LINK_LABEL_FONT_SIZE)
        assert close((label.x, label.y), flip(picture, baseline))
        assert label.fontSize == st.LINK_LABEL_FONT_SIZE
    card = next(c for c in board.cards if c.title == "Gesundheitsamt")
    layout = bl.card_text_layout(card, False, picture.measure)
    first = layout.lines[0]
    assert texts["Gesundheitsamt"].fontSize == st.TITLE_FONT_SIZE == first.size
    assert close((texts["Gesundheitsamt"].x, texts["Gesundheitsamt"].y),
                 flip(picture, (first.x, first.y + bl.LINE_ASCENT * first.size)))  # fmt: skip
    rated = [c for c in board.cards if c.influence is not None]
    marks = [s for s in drawn if isinstance(s, Rect) and (s.width, s.height) == st.INFLUENCE_MARK_SIZE]
    assert len(marks) == st.INFLUENCE_MAX * len(rated)
    want = {flip(picture, (m.x, m.bottom)) for c in rated for m, _filled in bl.influence_marks(bl.card_rect(c), c.influence)}
    assert {(round(r.x, 6), round(r.y, 6)) for r in marks} == {(round(x, 6), round(y, 6)) for x, y in want}
    badges = [s for s in drawn if isinstance(s, Circle)]
    colors = {}
    for dot in board.dots:
        colors.setdefault(dot.card_id, []).append(dot.color)
    expected = [b for c in board.cards for b in bl.dot_badges(bl.card_rect(c), colors.get(c.id, []))]
    assert sorted((round(c.cx, 6), round(c.cy, 6)) for c in badges) == sorted(
        (round(x, 6), round(y, 6)) for x, y in (flip(picture, (b.cx, b.cy)) for b in expected)
    )
    assert texts["2"].fontName == pdf_fonts().bold  # two red dots on one card: the badge counts them


def test_drawing_is_the_board_scaled_as_a_whole(picture):
    d = picture.drawing(SCALE)
    w, h = picture.size()
    assert (d.width, d.height) == (w * SCALE, h * SCALE)
    assert picture.bounds == bl.board_bounds(picture.board)


def test_committee_has_its_header_band_and_notes_their_dashes(picture, board):
    drawn = shapes(picture.drawing(SCALE))
    band = st.header_band_color("politik")
    assert any(isinstance(s, Rect) and s.fillColor is not None and s.fillColor.hexval().lower() == "0x" + band[1:]
               for s in drawn)  # fmt: skip
    note = next(c for c in board.cards if c.kind == enums.CardKind.NOTE)
    rect = bl.card_rect(note)
    outline = next(s for s in drawn if isinstance(s, Rect) and (s.width, s.height) == (rect.w, rect.h)
                   and close((s.x, s.y), flip(picture, (rect.x, rect.bottom))))  # fmt: skip
    style = st.CARD_KIND_STYLES[enums.CardKind.NOTE]
    assert outline.strokeDashArray == [v * style.border_width for v in style.border_dash]


def page_strings(path, page: int) -> list[tuple[str, float, float]]:
    """Text pieces of one page with their position on it (points from the bottom left)."""
    out: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x, y = tm[4], tm[5]
            out.append((text, x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return out


def test_pdf_page_shows_every_title_and_label_where_the_layout_says(tmp_path, rich):
    path = tmp_path / "bericht.pdf"
    write_pdf(rich, path)
    strings = page_strings(path, 1)
    flat = "".join("".join(t.split()) for t, _x, _y in strings)
    for card in rich.board.cards:
        assert "".join(card.title.split()).replace("😀", "") in flat.replace("\ufffd", ""), card.title
    for link in rich.board.links:
        if link.label:
            assert "".join(link.label.split()) in flat, link.label
    for words in ("Planungsbereiche", "Kartenarten", "Verbindungen", "Richtung", "Markierungen", "Beschluss/Auftrag"):
        assert words in flat  # the legend is on the board's page
    # Two titles fix the placement on the page; every other title and label must follow it.
    picture = BoardDrawing(rich.board, pdf_fonts())
    where = {t.strip(): (x, y) for t, x, y in strings}

    def layout_point(card: model.Card) -> tuple[float, float]:
        dots = any(d.card_id == card.id for d in rich.board.dots)
        line = bl.card_text_layout(card, dots, picture.measure).lines[0]
        return picture.to_page((line.x, line.y + bl.LINE_ASCENT * line.size), 1.0)

    a, b = (next(c for c in rich.board.cards if c.title == t) for t in ("Gesundheitsamt", "Kreistag"))
    (ax, ay), (bx, by) = layout_point(a), layout_point(b)
    (pax, pay), (pbx, pby) = where["Gesundheitsamt"], where["Kreistag"]
    scale = (pby - pay) / (by - ay)
    assert scale > 0 and math.isclose((pbx - pax), (bx - ax) * scale, abs_tol=0.5)
    for title in ("Sozialplanung", "Jugendhilfeausschuss"):
        card = next(c for c in rich.board.cards if c.title == title)
        x, y = layout_point(card)
        assert close(where[title], (pax + (x - ax) * scale, pay + (y - ay) * scale), tol=0.5), title
    geo = next(g for g in bl.link_geometries(rich.board, picture.label_sizes) if g.link_id == 4)
    w, h = picture.label_sizes[4]
    x, y = picture.to_page((geo.label_pos[0] - w / 2 + st.LINK_LABEL_PADDING,
                            geo.label_pos[1] - h / 2 + st.LINK_LABEL_PADDING + bl.LINE_ASCENT * st.LINK_LABEL_FONT_SIZE), 1.0)  # fmt: skip
    assert close(where["Schuleingangsdaten"], (pax + (x - ax) * scale, pay + (y - ay) * scale), tol=0.5)
    # The wide demo board goes onto a landscape page, right of the legend's column.
    page = PdfReader(str(path)).pages[1]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert min(x for t, x, _y in strings if t.strip() == "Gesundheitsamt") > SIDE + SIDE_GAP


def test_a_tall_board_gets_a_portrait_page_with_the_legend_below(tmp_path, rich):
    cards = [dataclasses.replace(c, x=(c.id % 2) * 300.0, y=c.id * 180.0) for c in rich.board.cards]
    data = dataclasses.replace(rich, board=dataclasses.replace(rich.board, cards=cards, zones=[]))
    path = tmp_path / "hoch.pdf"
    write_pdf(data, path)
    page = PdfReader(str(path)).pages[1]
    assert float(page.mediabox.width) < float(page.mediabox.height)
    strings = page_strings(path, 1)
    legend_y = next(y for t, _x, y in strings if t.strip() == "Planungsbereiche")
    assert all(y > legend_y for t, _x, y in strings if t.strip() in ("Gesundheitsamt", "Kreistag"))


def test_a_big_board_fits_one_page_and_is_listed_in_full(tmp_path):
    """(The time a 1,000-card board takes is measured by ``bench/export.py --cards 1000``.)"""
    cards = [
        model.Card(i, enums.CardKind.ACTOR, f"Akteur {i}", "Text", enums.PlanningArea.ALL[i % 6],
                   (i % 20) * 280.0, (i // 20) * 180.0, 240, 140, i, i % 4)
        for i in range(1, 301)
    ]  # fmt: skip
    links = [model.Link(i, i, i % 300 + 1, enums.LinkKind.ALL[i % 5], enums.LinkDirection.FORWARD, f"L{i}")
             for i in range(1, 301)]  # fmt: skip
    data = model.WorkshopData(board=model.Board(cards, links, [], []))
    path = tmp_path / "gross.pdf"
    write_pdf(data, path)
    reader = PdfReader(str(path))
    board_page = reader.pages[1].extract_text()
    assert "Akteur 300" in "".join(board_page.split("\n")) and "Planungsbereiche" in board_page
    tables = " ".join(p.extract_text() for p in reader.pages[2:])
    assert all(f"Akteur {i}" in tables for i in (1, 150, 299, 300))
