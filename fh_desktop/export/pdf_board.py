"""The Pinnwand as a vector drawing for the PDF, in the colours of ``domain.board_style``.

Board units (1 unit = 1 px at 100 % zoom, y pointing down) are scaled to fit the
space given; text keeps a legible minimum size and is shortened to fit its card.
Links run between card borders (``board_style.clip_to_rect``), zones lie behind
everything, Klebepunkte are coloured dots, influence (0–3) is shown as pips.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from fh_desktop.domain import board_style, enums, model
from fh_desktop.export.fonts import FontSet
from fh_desktop.export.text import clean, printable

MARGIN = 20.0  # board units around the used area
MIN_TITLE_PT = 6.0
MIN_TEXT_PT = 5.0
MAX_SCALE = 0.8  # a small board is not blown up beyond a natural card size


def _c(color: str) -> HexColor:
    return HexColor(color)


class BoardPainter:
    def __init__(self, board: model.Board, fonts: FontSet) -> None:
        self.board = board
        self.fonts = fonts
        self.cards = {c.id: c for c in board.cards}
        rects = [(c.x, c.y, c.w, c.h) for c in board.cards] + [(z.x, z.y, z.w, z.h) for z in board.zones]
        if rects:
            self.x0 = min(r[0] for r in rects) - MARGIN
            self.y0 = min(r[1] for r in rects) - MARGIN
            self.x1 = max(r[0] + r[2] for r in rects) + MARGIN
            self.y1 = max(r[1] + r[3] for r in rects) + MARGIN
        else:
            self.x0 = self.y0 = 0.0
            self.x1 = self.y1 = 1.0

    def _text(self, text: str) -> str:
        return printable(" ".join(clean(text).split()), self.fonts.covered)

    def drawing(self, max_width: float, max_height: float) -> Drawing:
        bw, bh = self.x1 - self.x0, self.y1 - self.y0
        self.s = min(max_width / bw, max_height / bh, MAX_SCALE)
        self.height = bh * self.s
        d = Drawing(bw * self.s, self.height)
        d.add(Rect(0, 0, bw * self.s, self.height, fillColor=_c(board_style.BOARD_BACKGROUND), strokeColor=None))
        for zone in sorted(self.board.zones, key=lambda z: z.z):
            self._zone(d, zone)
        labels = Group()
        for link, offset in _parallel_offsets(self.board.links):
            self._link(d, labels, link, offset)
        dots: dict[int, list[str]] = {}
        for dot in self.board.dots:
            dots.setdefault(dot.card_id, []).append(dot.color)
        for card in sorted(self.board.cards, key=lambda c: c.z):
            self._card(d, card, dots.get(card.id, []))
        d.add(labels)
        return d

    # --- geometry ---------------------------------------------------------

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.x0) * self.s, (self.y1 - y) * self.s

    def _font(self, units: float, minimum: float, maximum: float) -> float:
        return max(minimum, min(maximum, units * self.s))

    # --- items ------------------------------------------------------------

    def _zone(self, d: Drawing, zone: model.Zone) -> None:
        x, y = self._pt(zone.x, zone.y + zone.h)
        d.add(
            Rect(x, y, zone.w * self.s, zone.h * self.s, rx=6 * self.s, ry=6 * self.s,
                 fillColor=_c(zone.color), strokeColor=_c(board_style.darker(zone.color, 0.8)), strokeWidth=0.6)
        )  # fmt: skip
        size = self._font(16, 6.5, 11)
        label = self._fit(self._text(zone.label), self.fonts.bold, size, zone.w * self.s - 8)
        tx, ty = self._pt(zone.x, zone.y)
        d.add(String(tx + 4, ty - size - 3, label, fontName=self.fonts.bold, fontSize=size, fillColor=_c("#404040")))

    def _link(self, d: Drawing, labels: Group, link: model.Link, offset: float) -> None:
        a, b = self.cards.get(link.source_id), self.cards.get(link.target_id)
        if a is None or b is None or a is b:
            return
        style = board_style.LINK_STYLES.get(link.kind, board_style.LINK_STYLES[enums.LinkKind.EXCHANGE])
        ac = (a.x + a.w / 2, a.y + a.h / 2)
        bc = (b.x + b.w / 2, b.y + b.h / 2)
        if offset:
            # Several links between the same two cards run side by side, not on top of each other.
            length = math.hypot(bc[0] - ac[0], bc[1] - ac[1]) or 1.0
            nx, ny = -(bc[1] - ac[1]) / length * offset, (bc[0] - ac[0]) / length * offset
            ac, bc = (ac[0] + nx, ac[1] + ny), (bc[0] + nx, bc[1] + ny)
        p1 = self._pt(*board_style.clip_to_rect(a.x + a.w / 2, a.y + a.h / 2, a.w, a.h, *bc))
        p2 = self._pt(*board_style.clip_to_rect(b.x + b.w / 2, b.y + b.h / 2, b.w, b.h, *ac))
        if offset:
            p1 = (p1[0] + nx * self.s, p1[1] - ny * self.s)
            p2 = (p2[0] + nx * self.s, p2[1] - ny * self.s)
        width = max(0.6, style.width * self.s)
        line = Line(*p1, *p2, strokeColor=_c(style.color), strokeWidth=width)
        if style.dash:
            line.strokeDashArray = [max(0.5, v * width) for v in style.dash]
        d.add(line)
        head = max(4.0, 12 * self.s)
        if link.direction in (enums.LinkDirection.FORWARD, enums.LinkDirection.BOTH):
            d.add(_arrow(p1, p2, head, style.color))
        if link.direction == enums.LinkDirection.BOTH:
            d.add(_arrow(p2, p1, head, style.color))
        text = self._text(link.label)
        if text:
            size = self._font(11, 5.5, 8)
            text = self._fit(text, self.fonts.regular, size, 160 * self.s + 40)
            w = stringWidth(text, self.fonts.regular, size)
            # Labels of side-by-side links sit at different points along them.
            t = 0.5 if not offset else (0.35 if offset > 0 else 0.65)
            mx, my = p1[0] + (p2[0] - p1[0]) * t, p1[1] + (p2[1] - p1[1]) * t
            labels.add(Rect(mx - w / 2 - 2, my - size * 0.35 - 2, w + 4, size + 3, fillColor=white,
                            strokeColor=_c(style.color), strokeWidth=0.4))  # fmt: skip
            labels.add(String(mx, my - size * 0.3, text, fontName=self.fonts.regular, fontSize=size,
                              fillColor=_c(board_style.TEXT_COLOR), textAnchor="middle"))  # fmt: skip

    def _card(self, d: Drawing, card: model.Card, dots: list[str]) -> None:
        kind = board_style.CARD_KIND_STYLES.get(card.kind, board_style.CARD_KIND_STYLES[enums.CardKind.ACTOR])
        fill = board_style.area_color(card.area)
        x, y = self._pt(card.x, card.y + card.h)
        w, h = card.w * self.s, card.h * self.s
        r = kind.corner_radius * self.s
        border = max(0.5, kind.border_width * self.s)
        rect = Rect(x, y, w, h, rx=r, ry=r, fillColor=_c(fill), strokeColor=_c(board_style.darker(fill)), strokeWidth=border)
        if kind.border_dash:
            rect.strokeDashArray = [max(0.5, v * border) for v in kind.border_dash]
        d.add(rect)
        pad = max(2.5, 8 * self.s)
        title_size = self._font(15, MIN_TITLE_PT, 10)
        text_size = self._font(12, MIN_TEXT_PT, 8.5)
        inner = w - 2 * pad - (self._dot_r() * 2 + 2 if dots else 0)
        title_lines = self._lines(self._text(card.title), self.fonts.bold, title_size, inner, 3)
        band = len(title_lines) * title_size * 1.15 + pad
        if kind.header_band:
            d.add(Rect(x + border / 2, y + h - band - border / 2, w - border, band, fillColor=_c(board_style.darker(fill, 0.85)),
                       strokeColor=None))  # fmt: skip
        ty = y + h - pad - title_size * 0.85
        for line in title_lines:
            d.add(String(x + pad, ty, line, fontName=self.fonts.bold, fontSize=title_size, fillColor=_c(board_style.TEXT_COLOR)))
            ty -= title_size * 1.15
        ty -= text_size * 0.4
        pips = card.influence is not None
        bottom = y + pad + (text_size * 1.2 if pips else 0)
        room = int((ty - bottom) // (text_size * 1.2)) + 1
        if room > 0 and card.text:
            for line in self._lines(self._text(card.text), self.fonts.regular, text_size, w - 2 * pad, room):
                d.add(String(x + pad, ty, line, fontName=self.fonts.regular, fontSize=text_size, fillColor=_c("#333333")))
                ty -= text_size * 1.2
        if pips:
            self._influence(d, x + pad, y + pad * 0.8, int(card.influence), text_size)  # type: ignore[arg-type]
        self._dots(d, x + w - pad, y + h - pad, dots)

    def _dot_r(self) -> float:
        return max(2.5, 7 * self.s)

    def _dots(self, d: Drawing, right: float, top: float, colors: list[str]) -> None:
        radius = self._dot_r()
        for i, color in enumerate(colors[:8]):
            row, col = divmod(i, 2)
            cx = right - radius - col * (radius * 2 + 1.5)
            cy = top - radius - row * (radius * 2 + 1.5)
            d.add(Circle(cx, cy, radius, fillColor=_c(color), strokeColor=white, strokeWidth=0.6))
        if len(colors) > 8:
            d.add(String(right, top - 4 * (radius * 2 + 1.5) - 5, f"+{len(colors) - 8}", fontName=self.fonts.bold,
                         fontSize=6, textAnchor="end"))  # fmt: skip

    def _influence(self, d: Drawing, x: float, y: float, level: int, size: float) -> None:
        radius = max(1.6, size * 0.32)
        for i in range(3):
            filled = i < level
            d.add(Circle(x + radius + i * (radius * 2.6), y + radius, radius, strokeWidth=0.5,
                         fillColor=_c("#1a1a1a") if filled else white, strokeColor=_c("#1a1a1a")))  # fmt: skip

    # --- text fitting -------------------------------------------------------

    def _lines(self, text: str, font: str, size: float, width: float, limit: int) -> list[str]:
        if not text or width <= size:
            return []
        lines = simpleSplit(text, font, size, width)
        if len(lines) > limit:
            lines = lines[:limit]
            lines[-1] = self._fit(lines[-1] + " …", font, size, width, force=True)
        return [self._fit(line, font, size, width) for line in lines]

    @staticmethod
    def _fit(text: str, font: str, size: float, width: float, *, force: bool = False) -> str:
        if stringWidth(text, font, size) <= width and not (force and not text.endswith("…")):
            return text
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        return text.rstrip(" .…") + "…"


PARALLEL_GAP = 16.0  # board units between links that join the same two cards


def _parallel_offsets(links: list[model.Link]) -> list[tuple[model.Link, float]]:
    groups: dict[tuple[int, int], list[model.Link]] = {}
    for link in links:
        groups.setdefault(tuple(sorted((link.source_id, link.target_id))), []).append(link)  # type: ignore[arg-type]
    out = []
    for link in links:
        group = groups[tuple(sorted((link.source_id, link.target_id)))]  # type: ignore[index]
        i = group.index(link)
        offset = (i - (len(group) - 1) / 2) * PARALLEL_GAP
        # The normal flips with the direction of travel; keep one side per pair.
        if link.source_id > link.target_id:
            offset = -offset
        out.append((link, offset))
    return out


def _arrow(tail: tuple[float, float], tip: tuple[float, float], size: float, color: str) -> Polygon:
    angle = math.atan2(tip[1] - tail[1], tip[0] - tail[0])
    left = (tip[0] - size * math.cos(angle - 0.4), tip[1] - size * math.sin(angle - 0.4))
    right = (tip[0] - size * math.cos(angle + 0.4), tip[1] - size * math.sin(angle + 0.4))
    return Polygon([*tip, *left, *right], fillColor=_c(color), strokeColor=_c(color), strokeWidth=0.3)


# --- legend --------------------------------------------------------------------


def board_legend(board: model.Board, width: float, fonts: FontSet) -> Drawing:
    """Card kinds, planning areas, link kinds, Klebepunkte and influence: what is on the board."""
    size = 7.5
    used_kinds = [k for k in enums.CardKind.ALL if any(c.kind == k for c in board.cards)]
    used_areas = [a for a in enums.PlanningArea.ALL if any(c.area == a for c in board.cards)]
    used_links = [k for k in enums.LinkKind.ALL if any(li.kind == k for li in board.links)]
    dot_counts = Counter(d.color for d in board.dots)
    groups: list[tuple[str, list[tuple[Callable[[Group, float, float], float], str]]]] = [
        ("Kartenarten", [(_kind_symbol(k), enums.CardKind.LABELS[k]) for k in used_kinds]),
        ("Planungsbereiche", [(_area_symbol(a), enums.PlanningArea.LABELS[a]) for a in used_areas]),
        ("Verbindungen", [(_link_symbol(k), enums.LinkKind.LABELS[k]) for k in used_links]
         + ([(_arrow_symbol(False), "einseitig"), (_arrow_symbol(True), "wechselseitig")] if board.links else [])),
        ("Klebepunkte", [(_dot_symbol(c), f"{enums.DOT_LABELS.get(c, c)} ({n})") for c, n in dot_counts.items()]),
        ("Einfluss", [(_pips_symbol(n), label) for n, label in ((3, "hoch"), (2, "mittel"), (1, "gering"), (0, "keiner"))]
         if any(c.influence is not None for c in board.cards) else []),
    ]  # fmt: skip
    line_h = 13.0
    g = Group()
    y = 0.0
    for title, entries in groups:
        if not entries:
            continue
        x = 0.0
        y -= line_h
        g.add(String(x, y, title + ":", fontName=fonts.bold, fontSize=size))
        x = 80.0
        for symbol, label in entries:
            label_w = stringWidth(label, fonts.regular, size)
            if x + 26 + label_w > width and x > 80:
                x = 80.0
                y -= line_h
            x = symbol(g, x, y + size * 0.35) + 3
            g.add(String(x, y, label, fontName=fonts.regular, fontSize=size))
            x += label_w + 12
    height = -y + 4
    g.translate(0, height - 2)
    d = Drawing(width, height)
    d.add(g)
    return d


def _kind_symbol(kind: str):  # noqa: ANN202 - symbol painter factories
    style = board_style.CARD_KIND_STYLES[kind]

    def paint(g: Group, x: float, y: float) -> float:
        fill = board_style.area_color(enums.PlanningArea.OTHER)
        rect = Rect(x, y - 5, 18, 10, rx=style.corner_radius / 4, ry=style.corner_radius / 4, fillColor=_c(fill),
                    strokeColor=_c(board_style.darker(fill)), strokeWidth=style.border_width / 2.5)  # fmt: skip
        if style.border_dash:
            rect.strokeDashArray = [v * style.border_width / 2.5 for v in style.border_dash]
        g.add(rect)
        if style.header_band:
            g.add(Rect(x + 0.7, y + 1.5, 16.6, 2.8, fillColor=_c(board_style.darker(fill, 0.85)), strokeColor=None))
        return x + 18

    return paint


def _area_symbol(area: str):  # noqa: ANN202
    def paint(g: Group, x: float, y: float) -> float:
        color = board_style.area_color(area)
        g.add(Rect(x, y - 5, 14, 10, fillColor=_c(color), strokeColor=_c(board_style.darker(color)), strokeWidth=0.6))
        return x + 14

    return paint


def _link_symbol(kind: str):  # noqa: ANN202
    style = board_style.LINK_STYLES[kind]

    def paint(g: Group, x: float, y: float) -> float:
        width = style.width / 2
        line = Line(x, y, x + 24, y, strokeColor=_c(style.color), strokeWidth=width)
        if style.dash:
            line.strokeDashArray = [v * width for v in style.dash]
        g.add(line)
        return x + 24

    return paint


def _arrow_symbol(both: bool):  # noqa: ANN202
    def paint(g: Group, x: float, y: float) -> float:
        g.add(Line(x, y, x + 22, y, strokeColor=_c("#4d4d4d"), strokeWidth=1))
        g.add(_arrow((x, y), (x + 24, y), 5, "#4d4d4d"))
        if both:
            g.add(_arrow((x + 24, y), (x, y), 5, "#4d4d4d"))
        return x + 24

    return paint


def _dot_symbol(color: str):  # noqa: ANN202
    def paint(g: Group, x: float, y: float) -> float:
        g.add(Circle(x + 4, y, 4, fillColor=_c(color), strokeColor=white, strokeWidth=0.5))
        return x + 8

    return paint


def _pips_symbol(level: int):  # noqa: ANN202
    def paint(g: Group, x: float, y: float) -> float:
        for i in range(3):
            g.add(Circle(x + 2.5 + i * 6.5, y, 2.5, strokeWidth=0.5, strokeColor=_c("#1a1a1a"),
                         fillColor=_c("#1a1a1a") if i < level else white))  # fmt: skip
        return x + 18

    return paint
