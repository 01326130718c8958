"""The legend beside the board in the PDF, in the sections and samples of the canvas's legend.

Laid out in board units like the legend of the screen and the PNG export (rows of
``ROW``, a sample of ``SAMPLE_W``, ``LEGEND_FONT_SIZE`` type), then scaled to the
room on the page. A printed record explains what is on its board: only the planning
areas, card kinds, link kinds and directions in use appear, and the Klebepunkte are
listed per colour with their number.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.export.fonts import FontSet
from fh_desktop.export.pdf_board import card_style, color, link_style

ROW = 24.0
SAMPLE_W = 46.0
GAP = 10.0
SECTION_GAP = 28.0
TITLE_SIZE = st.LEGEND_FONT_SIZE + 1

DIRECTION_TEXTS: dict[str, str] = {
    enums.LinkDirection.FORWARD: "in eine Richtung (Pfeil)",
    enums.LinkDirection.BOTH: "wechselseitig",
    enums.LinkDirection.NONE: "ungerichtet",
}


@dataclass(frozen=True)
class Entry:
    kind: str  # "area", "card", "link", "arrow", "influence", "dot", "gap"
    code: str
    label: str


def sections(board: model.Board) -> list[tuple[str, list[Entry]]]:
    areas = {c.area for c in board.cards}
    kinds = {c.kind for c in board.cards}
    links = {li.kind for li in board.links}
    directions = {li.direction for li in board.links}
    marks = []
    if any(c.influence is not None for c in board.cards):
        marks.append(Entry("influence", "2", "Einfluss 0–3 (hier: 2)"))
    dots = Counter(d.color for d in board.dots)
    meanings = {m.color: m.meaning for m in board.dot_meanings if m.meaning}
    for code in [c for c in enums.DOT_COLORS if c in dots] + sorted(c for c in dots if c not in enums.DOT_COLORS):
        name = enums.DOT_LABELS.get(code, "")
        # "rot = dringend klären": a reader of the PDF can interpret the dots.
        meaning = f" = {meanings[code]}" if code in meanings else ""
        marks.append(Entry("dot", code, f"Klebepunkte {name}{meaning} ({dots[code]})".replace("  ", " ")))
    if any(st.is_gap_zone(z.color) for z in board.zones):
        marks.append(Entry("gap", st.GAP_ZONE_COLOR, "Zone „Planungslücke“"))
    out = [
        ("Planungsbereiche", [Entry("area", a, enums.PlanningArea.LABELS[a]) for a in enums.PlanningArea.ALL if a in areas]),
        ("Kartenarten", [Entry("card", k, enums.CardKind.LABELS[k]) for k in enums.CardKind.ALL if k in kinds]),
        ("Verbindungen", [Entry("link", k, enums.LinkKind.LABELS[k]) for k in enums.LinkKind.ALL if k in links]),
        ("Richtung", [Entry("arrow", d, DIRECTION_TEXTS[d]) for d in DIRECTION_TEXTS if d in directions]),
        ("Markierungen", marks),
    ]
    return [(title, entries) for title, entries in out if entries]


class Legend:
    """The legend in ``columns`` columns of sections (section i in column i % columns)."""

    def __init__(self, board: model.Board, fonts: FontSet, columns: int = 1) -> None:
        self.fonts = fonts
        self.sections = sections(board)
        columns = max(1, min(columns, len(self.sections) or 1))
        widths = [
            max([self._w(title, True)] + [SAMPLE_W + GAP + self._w(e.label, False) for e in entries])
            for title, entries in self.sections
        ]
        col_w = [max([w for i, w in enumerate(widths) if i % columns == c], default=0.0) for c in range(columns)]
        heights = [0.0] * columns
        self.titles: list[tuple[float, float, str]] = []  # x, y (top), text
        self.entries: list[tuple[float, float, Entry]] = []
        for i, (title, entries) in enumerate(self.sections):
            c = i % columns
            x, y = sum(col_w[:c]) + SECTION_GAP * c, heights[c]
            self.titles.append((x, y, title))
            self.entries += [(x, y + ROW * (n + 1), e) for n, e in enumerate(entries)]
            heights[c] += ROW * (1 + len(entries)) + SECTION_GAP / 2
        self.width = sum(col_w) + SECTION_GAP * (columns - 1)
        self.height = max(heights, default=0.0) - SECTION_GAP / 2 if self.sections else 0.0

    def _w(self, text: str, bold: bool) -> float:
        size = TITLE_SIZE if bold else st.LEGEND_FONT_SIZE
        return stringWidth(text, self.fonts.bold if bold else self.fonts.regular, size)

    def drawing(self, scale: float) -> Drawing:
        g = Group()
        h = self.height
        for x, y, title in self.titles:
            g.add(self._text(x, y, title, True, h))
        for x, y, entry in self.entries:
            self._sample(g, entry, bl.Rect(x, y + 3, SAMPLE_W, ROW - 6), h)
            g.add(self._text(x + SAMPLE_W + GAP, y, entry.label, False, h))
        g.scale(scale, scale)
        d = Drawing(self.width * scale, h * scale)
        d.add(g)
        return d

    def _text(self, x: float, y: float, text: str, bold: bool, h: float) -> String:
        size = TITLE_SIZE if bold else st.LEGEND_FONT_SIZE
        # Centred in its row as the canvas's legend does (AlignVCenter).
        base = y + (ROW - size * bl.LINE_HEIGHT) / 2 + size * bl.LINE_ASCENT
        return String(x, h - base, text, fontName=self.fonts.bold if bold else self.fonts.regular, fontSize=size,
                      fillColor=color(st.TEXT_COLOR))  # fmt: skip

    def _sample(self, g: Group, e: Entry, r: bl.Rect, h: float) -> None:
        def box(rect: bl.Rect, **kw: object) -> Rect:
            return Rect(rect.x, h - rect.bottom, rect.w, rect.h, **kw)

        mid = h - r.cy
        inner = bl.Rect(r.x + 6, r.y, r.w - 12, r.h)
        if e.kind == "area":
            g.add(box(inner, rx=3, ry=3, fillColor=color(st.area_color(e.code)), strokeColor=color(st.card_border_color(e.code)),
                      strokeWidth=card_style(enums.CardKind.TASK).border_width))  # fmt: skip
        elif e.kind == "card":
            style = card_style(e.code)
            other = enums.PlanningArea.OTHER
            radius = min(style.corner_radius / 2, 6)
            shape = box(inner, rx=radius, ry=radius, fillColor=color(st.area_color(other)),
                        strokeColor=color(st.card_border_color(other)), strokeWidth=style.border_width)  # fmt: skip
            if style.border_dash:
                shape.strokeDashArray = [v * style.border_width for v in style.border_dash]
            g.add(shape)
            if style.header_band:
                half = style.border_width / 2
                band = bl.Rect(inner.x + half, inner.y + half, inner.w - 2 * half, inner.h * 0.4)
                g.add(box(band, fillColor=color(st.header_band_color(other)), strokeColor=None))
        elif e.kind == "link":
            ls = link_style(e.code)
            line = Line(r.x, mid, r.right, mid, strokeColor=color(ls.color), strokeWidth=ls.width, strokeLineCap=0)
            if ls.dash:
                line.strokeDashArray = [v * ls.width for v in ls.dash]
            g.add(line)
        elif e.kind == "arrow":
            self._arrow(g, e.code, r, h)
        elif e.kind == "influence":
            # The tower of a card whose bottom-right corner is the sample's, squeezed to the row.
            card = bl.Rect(r.cx - 40, r.bottom + st.CARD_PADDING / 2 - 60, 40 + st.CARD_PADDING + st.INFLUENCE_MARK_SIZE[0] / 2, 60)
            for mark, filled in bl.influence_marks(card, int(e.code)):
                squeezed = bl.Rect(mark.x, r.cy + (mark.y - r.cy) * 0.62, mark.w, mark.h * 0.62)
                g.add(box(squeezed, strokeWidth=1.2, strokeColor=color(st.INFLUENCE_COLOR),
                          fillColor=color(st.INFLUENCE_COLOR if filled else st.INFLUENCE_EMPTY_COLOR)))  # fmt: skip
        elif e.kind == "dot":
            radius = 7.0
            g.add(Circle(r.x + 10, mid, radius, fillColor=color(e.code), strokeColor=color(st.darker(e.code, 0.7)), strokeWidth=1))
        elif e.kind == "gap":
            shape = box(bl.Rect(r.x + 2, r.y, r.w - 4, r.h), rx=4, ry=4, fillColor=color(e.code),
                        strokeColor=color(st.zone_border_color(e.code)), strokeWidth=st.ZONE_BORDER_WIDTH)  # fmt: skip
            shape.strokeDashArray = [v * st.ZONE_BORDER_WIDTH for v in st.GAP_ZONE_DASH]
            g.add(shape)

    @staticmethod
    def _arrow(g: Group, direction: str, r: bl.Rect, h: float) -> None:
        style = link_style(enums.LinkKind.EXCHANGE)
        y = r.cy
        start, end = (r.x + 2, y), (r.right - 2, y)
        inset = st.ARROW_LENGTH * 0.8
        x1 = start[0] + (inset if direction == enums.LinkDirection.BOTH else 0)
        x2 = end[0] - (inset if direction != enums.LinkDirection.NONE else 0)
        g.add(Line(x1, h - y, x2, h - y, strokeColor=color(style.color), strokeWidth=style.width, strokeLineCap=0))
        heads = []
        if direction != enums.LinkDirection.NONE:
            heads.append(bl.arrow_head(end, start))
        if direction == enums.LinkDirection.BOTH:
            heads.append(bl.arrow_head(start, end))
        for head in heads:
            g.add(Polygon([c for px, py in head for c in (px, h - py)], fillColor=color(style.color), strokeColor=None, strokeWidth=0))
