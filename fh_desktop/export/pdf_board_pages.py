"""The Pinnwand in readable size: one page per zone (or per tile of a large zone).

A board that shows whole on a page is too small to read once it has more than a
handful of cards (the 60-card board: titles under 4 pt). After the overview come
pages at ``DETAIL_SCALE``, where the smallest card title prints at ``READABLE_PT``;
each shows one zone, a large zone in tiles, the cards outside the zones last. A small
locator beside the heading shows where the page sits on the board.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Table, TableStyle

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.export.pdf_board import BoardDrawing, color
from fh_desktop.export.pdf_sections import Context, heading

READABLE_PT = 8.0  # the smallest card title on a detail page
DETAIL_SCALE = READABLE_PT / st.TITLE_MIN_FONT_SIZE * 1.005
REGION_MARGIN = 16.0  # board units around a zone on its page
LOCATOR_W, LOCATOR_H = 120.0, 56.0
HEAD_ROOM = LOCATOR_H + 8.0  # the row with heading and locator above the drawing
SLACK = 6.0
WINDOW = HexColor("#c0392b")
GAP_CUT = 4.0  # a cut this far beside a card's edge
MAX_DETAIL_SCALE = 0.9  # a small zone is shown larger, up to this
STACK_GAP = 14.0  # between two windows on one page


@dataclass(frozen=True)
class Region:
    title: str
    rect: bl.Rect


def regions(picture: BoardDrawing) -> list[Region]:
    """Zone by zone (top to bottom, left to right), then the cards outside every zone."""
    board = picture.board
    zones = sorted(board.zones, key=lambda z: (round(z.y / 50), z.x))
    out = [Region(" ".join(picture.text(z.label).split()) or "Zone ohne Namen", bl.zone_rect(z).adjusted(REGION_MARGIN))
           for z in zones]  # fmt: skip
    loose = [c for c in board.cards if not any(bl.zone_rect(z).contains(c.x + c.w / 2, c.y + c.h / 2) for z in zones)]
    if loose:
        box = bl.card_rect(loose[0])
        for card in loose[1:]:
            box = box.united(bl.card_rect(card))
        out.append(Region("außerhalb der Zonen" if zones else "Pinnwand", box.adjusted(REGION_MARGIN)))
    return out


def tiles(rect: bl.Rect, win_w: float, win_h: float, cards: list[bl.Rect] = ()) -> list[bl.Rect]:  # type: ignore[assignment]
    """``rect`` cut into windows no larger than ``win_w`` x ``win_h``, the cuts laid into
    the gaps between ``cards`` where there is one (a card is not cut in half)."""
    inside = [c for c in cards if c.x < rect.right and rect.x < c.right and c.y < rect.bottom and rect.y < c.bottom]
    xs = _cuts(rect.x, rect.right, win_w, [(c.x, c.right) for c in inside])
    ys = _cuts(rect.y, rect.bottom, win_h, [(c.y, c.bottom) for c in inside])
    return [bl.Rect(x0, y0, x1 - x0, y1 - y0) for y0, y1 in ys for x0, x1 in xs]


def _cuts(lo: float, hi: float, size: float, spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Pieces of [lo, hi] no longer than ``size``, as few as possible and about equally long
    (a zone a little too wide for a page makes two halves, not a full page and a sliver).
    Each cut lies at the free place (not inside any span) nearest to the even share, in
    the second half of its piece; without one there, at the full length."""
    if hi - lo <= size + 1e-6:
        return [(lo, hi)]
    free = sorted({b + GAP_CUT for _a, b in spans} | {a - GAP_CUT for a, _b in spans})
    out, pos = [], lo
    while hi - pos > size + 1e-6:
        pieces = math.ceil((hi - pos) / size - 1e-6)
        even = pos + (hi - pos) / pieces
        # A cut the remaining pieces can still follow: no later than ``size`` ahead, and
        # no earlier than leaves them more than they can cover.
        earliest = max(pos + size / 2, hi - (pieces - 1) * size)
        fits = [c for c in free if earliest <= c <= pos + size and not any(a < c < b for a, b in spans)]
        cut = min(fits, key=lambda c: abs(c - even)) if fits else min(pos + size, max(even, earliest))
        out.append((pos, cut))
        pos = cut
    out.append((pos, hi))
    return out


def _part_scale(parts: list[bl.Rect], fw: float, fh: float) -> tuple[float, int]:
    """The one scale for all parts of a zone (its proportions hold across its pages) and
    the pages they take: one, when they fit on it one below the other at a readable size
    (the two halves of a wide, low zone), else one each."""
    scale = max(DETAIL_SCALE, min(min(fw / p.w, (fh - HEAD_ROOM - SLACK) / p.h) for p in parts))
    scale = min(scale, MAX_DETAIL_SCALE)
    if len(parts) > 1:
        stacked = (fh - len(parts) * (HEAD_ROOM + STACK_GAP) - SLACK) / sum(p.h for p in parts)
        if stacked >= DETAIL_SCALE:
            return min(scale, stacked), 1
    return scale, len(parts)


class BoardWindow(Flowable):
    """A part of the board drawing, cut at the window's edges."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        path = canv.beginPath()
        path.rect(0, 0, self.width, self.height)
        canv.clipPath(path, stroke=0, fill=0)
        renderPDF.draw(self.drawing, canv, 0, 0)
        canv.restoreState()


def locator(picture: BoardDrawing, window: bl.Rect) -> Drawing:
    """The board's zones in miniature with the page's window marked."""
    b = picture.bounds
    scale = min(LOCATOR_W / b.w, LOCATOR_H / b.h)
    d = Drawing(b.w * scale, b.h * scale)

    def box(r: bl.Rect, **kw: object) -> Rect:
        return Rect((r.x - b.x) * scale, (b.bottom - r.bottom) * scale, r.w * scale, r.h * scale, **kw)

    d.add(box(b, fillColor=color(st.BOARD_BACKGROUND), strokeColor=HexColor("#888888"), strokeWidth=0.5))
    for zone in picture.board.zones:
        d.add(box(bl.zone_rect(zone), fillColor=color(zone.color), strokeColor=HexColor("#999999"), strokeWidth=0.3))
    if len(picture.board.cards) <= 300:
        for card in picture.board.cards:
            d.add(box(bl.card_rect(card), fillColor=HexColor("#9aa5b1"), strokeColor=None))
    d.add(box(window, fillColor=None, strokeColor=WINDOW, strokeWidth=1.4))
    return d


def detail_pages(ctx: Context, picture: BoardDrawing) -> list:
    """The pages after the overview; none when the overview itself is readable."""
    frames = ctx.board_frames
    story: list = []
    pages: list[tuple[str, bl.Rect, str, float]] = []  # (template, window, title, scale)
    cards = [bl.card_rect(c) for c in picture.board.cards]
    for region in regions(picture):
        options = []
        for template, (fw, fh) in frames.items():
            win_w, win_h = fw / DETAIL_SCALE, (fh - HEAD_ROOM - SLACK) / DETAIL_SCALE
            parts = tiles(region.rect, win_w, win_h, cards)
            scale, pages_needed = _part_scale(parts, fw, fh)
            options.append((pages_needed, template != "board_landscape", template, parts, scale))
        wide = region.rect.w >= region.rect.h
        _n, _p, template, parts, scale = min(options, key=lambda o: (o[0], o[1] if wide else not o[1]))
        for i, part in enumerate(parts, start=1):
            suffix = f" · Teil {i} von {len(parts)}" if len(parts) > 1 else ""
            pages.append((template, part, f"{region.title}{suffix}", scale))
    previous = None
    for n, (template, window, title, scale) in enumerate(pages, start=1):
        fw, fh = frames[template]
        head = heading(ctx, f"Ausschnitt {n} von {len(pages)}: {title}", 1, in_contents=False)
        row = Table([[head, locator(picture, window)]], colWidths=[fw - LOCATOR_W - 8, LOCATOR_W + 8], hAlign="LEFT")
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
        if template == previous:
            # Two low windows (a wide zone's halves, say) share a page where both fit; the
            # gap above the second is dropped at the top of a page.
            row.spaceBefore = STACK_GAP
            story.append(CondPageBreak(row.wrap(fw, fh)[1] + window.h * scale + STACK_GAP + SLACK))
        else:
            story += [NextPageTemplate(template), PageBreak()]
        story += [row, BoardWindow(picture.drawing(scale, window=window))]
        previous = template
    return story
