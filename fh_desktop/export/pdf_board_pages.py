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
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Table, TableStyle

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


def tiles(rect: bl.Rect, win_w: float, win_h: float) -> list[bl.Rect]:
    """``rect`` cut into the fewest equal windows no larger than ``win_w`` x ``win_h``."""
    nx, ny = max(1, math.ceil(rect.w / win_w - 1e-9)), max(1, math.ceil(rect.h / win_h - 1e-9))
    w, h = rect.w / nx, rect.h / ny
    return [bl.Rect(rect.x + i * w, rect.y + j * h, w, h) for j in range(ny) for i in range(nx)]


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
    pages: list[tuple[str, bl.Rect, str]] = []  # (template, window, title)
    for region in regions(picture):
        options = []
        for template, (fw, fh) in frames.items():
            win_w, win_h = fw / DETAIL_SCALE, (fh - HEAD_ROOM - SLACK) / DETAIL_SCALE
            parts = tiles(region.rect, win_w, win_h)
            options.append((len(parts), template != "board_landscape", template, parts))
        _n, _p, template, parts = min(options, key=lambda o: (o[0], o[1] if region.rect.w >= region.rect.h else not o[1]))
        for i, part in enumerate(parts, start=1):
            suffix = f" · Teil {i} von {len(parts)}" if len(parts) > 1 else ""
            pages.append((template, part, f"{region.title}{suffix}"))
    for n, (template, window, title) in enumerate(pages, start=1):
        fw, _fh = frames[template]
        head = heading(ctx, f"Ausschnitt {n} von {len(pages)}: {title}", 1, in_contents=False)
        row = Table([[head, locator(picture, window)]], colWidths=[fw - LOCATOR_W - 8, LOCATOR_W + 8], hAlign="LEFT")
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))  # fmt: skip
        story += [NextPageTemplate(template), PageBreak(), row, BoardWindow(picture.drawing(DETAIL_SCALE, window=window))]
    return story


def region_marks(picture: BoardDrawing, drawing: Drawing, scale: float) -> None:
    """Numbers on the overview where each detail page's region starts (as in an atlas)."""
    n = 0
    for region in regions(picture):
        n += 1
        x, y = picture.to_page((region.rect.x + REGION_MARGIN, region.rect.y + REGION_MARGIN), scale)
        drawing.add(String(x + 1, y - 9, str(n), fontName=picture.fonts.bold, fontSize=8, fillColor=WINDOW))
