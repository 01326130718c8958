"""The Pinnwand as a vector drawing for the PDF, drawn as the canvas draws it.

Every position comes from ``domain.board_layout`` (bounds, link end points and lanes,
arrow heads, label places, influence towers, Klebepunkte, the card's text area and
line breaks) and every colour, width and font size from ``domain.board_style``, the
sources the Qt canvas and its PNG/SVG export use too. The drawing is made in board
units and scaled as a whole, so the picture on paper is the picture on the screen,
only smaller.

Board units have y pointing down; the drawing flips them once (``_y``).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.export.fonts import FontSet
from fh_desktop.export.text import clean, printable

EMPTY_BOARD = bl.Rect(0, 0, 400, 200)
ZONE_RADIUS = 8.0  # the canvas's rounded zone corners
LABEL_RADIUS = 3.0
LABEL_BORDER = 1.0
MARK_BORDER = 1.2  # influence marks
DOT_BORDER = 1.0
ARROW_INSET = 0.8  # the line stops this much of an arrow's length before the tip


@lru_cache(maxsize=64)
def color(value: str) -> HexColor:
    return HexColor(value)


def card_style(kind: str) -> st.CardKindStyle:
    return st.CARD_KIND_STYLES.get(kind, st.CARD_KIND_STYLES[enums.CardKind.ACTOR])


def link_style(kind: str) -> st.LinkStyle:
    return st.LINK_STYLES.get(kind, st.LINK_STYLES[enums.LinkKind.EXCHANGE])


class BoardDrawing:
    """Lays the board out once; ``drawing(scale)`` returns it as a reportlab Drawing."""

    def __init__(self, board: model.Board, fonts: FontSet) -> None:
        self.board = board
        self.fonts = fonts
        self.bounds = bl.board_bounds(board) or EMPTY_BOARD
        self.dots: dict[int, list[str]] = {}
        for dot in board.dots:
            self.dots.setdefault(dot.card_id, []).append(dot.color)
        self.labels = {link.id: self.text(bl.link_label_text(link.label)) for link in board.links}
        sizes = {ident: bl.link_label_size(text, self.measure) for ident, text in self.labels.items() if text}
        self.layouts = {
            card.id: bl.card_text_layout(dataclasses.replace(card, title=self.text(card.title), text=self.text(card.text)),
                                         card.id in self.dots, self.measure)
            for card in board.cards
        }  # fmt: skip
        boxes = [box for layout in self.layouts.values() for box in bl.text_boxes(layout, self.measure)]
        self.geometries = bl.link_geometries(board, sizes, boxes)
        self.label_sizes = sizes

    # --- text -----------------------------------------------------------------

    def text(self, value: str) -> str:
        """User text as the font can print it (missing glyphs visible as placeholders)."""
        return printable(clean(value), self.fonts.covered)

    def font(self, bold: bool) -> str:
        return self.fonts.bold if bold else self.fonts.regular

    def measure(self, text: str, size: float, bold: bool) -> float:
        return stringWidth(text, self.font(bold), size)

    def _string(self, x: float, top: float, text: str, size: float, bold: bool, fill: str, anchor: str = "start") -> String:
        """A line of text whose box starts at ``top`` (board units), as Qt places it."""
        return String(x, self._y(top + bl.LINE_ASCENT * size), text, fontName=self.font(bold), fontSize=size,
                      fillColor=color(fill), textAnchor=anchor)  # fmt: skip

    # --- geometry ---------------------------------------------------------------

    def size(self) -> tuple[float, float]:
        return self.bounds.w, self.bounds.h

    def _x(self, x: float) -> float:
        return x - self.bounds.x

    def _y(self, y: float) -> float:
        return self.bounds.bottom - y

    def _pt(self, p: bl.Point) -> tuple[float, float]:
        return self._x(p[0]), self._y(p[1])

    def _rect(self, r: bl.Rect, **kw: object) -> Rect:
        return Rect(self._x(r.x), self._y(r.bottom), r.w, r.h, **kw)

    def to_page(self, p: bl.Point, scale: float) -> tuple[float, float]:
        """Where board point ``p`` lands in ``drawing(scale)`` (points from its bottom left)."""
        return self._x(p[0]) * scale, self._y(p[1]) * scale

    # --- the picture --------------------------------------------------------------

    def drawing(self, scale: float, window: bl.Rect | None = None) -> Drawing:
        """The board (or the part of it in ``window``, board units) at ``scale``. A window
        holds only what reaches into it; ``pdf_board_pages`` cuts it at its edges."""
        whole = self.bounds
        if window is not None:
            self.bounds = window
        try:
            w, h = self.size()
            group = Group()
            group.add(Rect(0, 0, w, h, fillColor=color(st.BOARD_BACKGROUND), strokeColor=None))
            below, above = bl.stacking(self.board)
            links = [(geo, link) for geo, link in zip(self.geometries, self._drawn_links(), strict=False) if self._shows_link(geo, link)]
            for item in below:
                if self._shows(item):
                    self._item(group, item)
            for geo, link in links:
                self._link(group, geo, link)
            for item in above:
                if self._shows(item):
                    self._item(group, item)
            for geo, link in links:
                self._label(group, geo, link)
            group.scale(scale, scale)
            d = Drawing(w * scale, h * scale)
            d.add(group)
            return d
        finally:
            self.bounds = whole

    def _shows(self, item: model.Zone | model.Card) -> bool:
        r = bl.zone_rect(item) if isinstance(item, model.Zone) else bl.card_rect(item)
        b = self.bounds
        return r.x < b.right and b.x < r.right and r.y < b.bottom and b.y < r.bottom

    def _shows_link(self, geo: bl.LinkGeometry, link: model.Link) -> bool:
        box = geo.bounds()
        if link.id in self.label_sizes:
            w, h = self.label_sizes[link.id]
            box = box.united(bl.Rect(geo.label_pos[0] - w / 2, geo.label_pos[1] - h / 2, w, h))
        b = self.bounds.adjusted(st.ARROW_LENGTH)
        return box.x <= b.right and b.x <= box.right and box.y <= b.bottom and b.y <= box.bottom

    def _drawn_links(self) -> list[model.Link]:
        """The links ``link_geometries`` drew, in its order (both cards exist)."""
        ids = {c.id for c in self.board.cards}
        return [link for link in self.board.links if link.source_id in ids and link.target_id in ids]

    def _item(self, g: Group, item: model.Zone | model.Card) -> None:
        if isinstance(item, model.Zone):
            self._zone(g, item)
        else:
            self._card(g, item)

    def _zone(self, g: Group, zone: model.Zone) -> None:
        rect = self._rect(bl.zone_rect(zone), rx=ZONE_RADIUS, ry=ZONE_RADIUS, fillColor=color(zone.color),
                          strokeColor=color(st.zone_border_color(zone.color)), strokeWidth=st.ZONE_BORDER_WIDTH)  # fmt: skip
        if st.is_gap_zone(zone.color):
            rect.strokeDashArray = [v * st.ZONE_BORDER_WIDTH for v in st.GAP_ZONE_DASH]
        g.add(rect)
        size = st.ZONE_LABEL_FONT_SIZE
        label = " ".join(self.text(zone.label).split()) or "(Zone ohne Namen)"
        label = bl.elide(label, size, True, max(10.0, zone.w - 2 * st.CARD_PADDING), self.measure)
        top = zone.y + (st.ZONE_HEADER_HEIGHT - size * bl.LINE_HEIGHT) / 2
        g.add(self._string(self._x(zone.x + st.CARD_PADDING), top, label, size, True, st.zone_label_color(zone.color)))

    def _link(self, g: Group, geo: bl.LinkGeometry, link: model.Link) -> None:
        if geo.start == geo.end:
            return
        style = link_style(link.kind)
        inset = st.ARROW_LENGTH * ARROW_INSET
        a, control, b = geo.stroke(inset if geo.arrow_start else 0.0, inset if geo.arrow_end else 0.0)
        stroke: dict[str, object] = {"strokeColor": color(style.color), "strokeWidth": style.width, "strokeLineCap": 0}
        line: Line | Path
        if control is None:
            line = Line(*self._pt(a), *self._pt(b), **stroke)
        else:  # bent around a card: the canvas's quadratic curve, as the cubic a PDF draws
            c1, c2 = bl.quad_to_cubic(a, control, b)
            line = Path(fillColor=None, **stroke)
            line.moveTo(*self._pt(a))
            line.curveTo(*self._pt(c1), *self._pt(c2), *self._pt(b))
        if style.dash:
            line.strokeDashArray = [v * style.width for v in style.dash]
        g.add(line)
        heads = ([bl.arrow_head(geo.end, geo.tail_of_end())] if geo.arrow_end else []) + (
            [bl.arrow_head(geo.start, geo.tail_of_start())] if geo.arrow_start else []
        )
        for head in heads:
            points = [c for p in head for c in self._pt(p)]
            g.add(Polygon(points, fillColor=color(style.color), strokeColor=None, strokeWidth=0))

    def _label(self, g: Group, geo: bl.LinkGeometry, link: model.Link) -> None:
        text = self.labels.get(link.id)
        if not text or geo.start == geo.end:
            return
        w, h = self.label_sizes[link.id]
        cx, cy = geo.label_pos
        box = bl.Rect(cx - w / 2, cy - h / 2, w, h)
        g.add(self._rect(box, rx=LABEL_RADIUS, ry=LABEL_RADIUS, fillColor=color(st.LINK_LABEL_BACKGROUND),
                         strokeColor=color(link_style(link.kind).color), strokeWidth=LABEL_BORDER))  # fmt: skip
        p = st.LINK_LABEL_PADDING
        g.add(self._string(self._x(box.x + p), box.y + p, text, st.LINK_LABEL_FONT_SIZE, False, st.TEXT_COLOR))

    def _card(self, g: Group, card: model.Card) -> None:
        style = card_style(card.kind)
        rect = bl.card_rect(card)
        shape = self._rect(rect, rx=style.corner_radius, ry=style.corner_radius, fillColor=color(st.area_color(card.area)),
                           strokeColor=color(st.card_border_color(card.area)), strokeWidth=style.border_width,
                           strokeLineJoin=1)  # fmt: skip
        if style.border_dash:
            shape.strokeDashArray = [v * style.border_width for v in style.border_dash]
        g.add(shape)
        dots = self.dots.get(card.id, []) if card.id is not None else []
        layout = self.layouts[card.id]
        if layout.header_height:
            half = style.border_width / 2
            band = bl.Rect(rect.x + half, rect.y + half, rect.w - 2 * half, min(layout.header_height, rect.h) - half)
            fill = color(st.header_band_color(card.area))
            r = max(0.0, style.corner_radius - half)
            g.add(self._rect(band, rx=r, ry=r, fillColor=fill, strokeColor=None))
            lower = bl.Rect(band.x, band.y + band.h / 2, band.w, band.h / 2)  # square lower corners
            g.add(self._rect(lower, fillColor=fill, strokeColor=None))
        for line in layout.lines:
            fill = st.PLACEHOLDER_COLOR if line.placeholder else st.TEXT_COLOR
            g.add(self._string(self._x(line.x), line.y, line.text, line.size, line.bold, fill))
        for mark, filled in bl.influence_marks(rect, card.influence):
            g.add(self._rect(mark, fillColor=color(st.INFLUENCE_COLOR if filled else st.INFLUENCE_EMPTY_COLOR),
                             strokeColor=color(st.INFLUENCE_COLOR), strokeWidth=MARK_BORDER))  # fmt: skip
        for badge in bl.dot_badges(rect, dots):
            self._badge(g, badge)

    def _badge(self, g: Group, badge: bl.DotBadge) -> None:
        g.add(Circle(self._x(badge.cx), self._y(badge.cy), badge.r, fillColor=color(badge.color),
                     strokeColor=color(st.darker(badge.color, 0.7)), strokeWidth=DOT_BORDER))  # fmt: skip
        if badge.count > 1:
            size = st.DOT_FONT_SIZE
            top = badge.cy - size * bl.LINE_HEIGHT / 2
            g.add(self._string(self._x(badge.cx), top, str(badge.count), size, True, st.DOT_COUNT_COLOR, "middle"))
