"""Where things sit on the Pinnwand, as plain numbers that every renderer shares.

The Qt canvas, its PNG/SVG export and the PDF report (reportlab, no Qt) all draw a
``model.Board``. To make a picture on paper match the one on the projector, they take
the geometry from here and the look from ``board_style``:

- ``board_bounds(board)``: the rectangle to draw (cards and zones, plus a margin);
- ``link_geometries(board)``: per link the start and end point on the card borders,
  where arrow heads go and where the label is centred; parallel links between the
  same two cards are fanned out so each stays visible;
- ``arrow_head``, ``influence_marks``, ``dot_badges``, ``header_band_height``: the
  small parts of a card and a link.

Coordinates are board units with y pointing down (as on screen); a renderer with y
pointing up (reportlab) flips them once, e.g. ``y_pdf = bounds.bottom - y``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def adjusted(self, margin: float) -> Rect:
        return Rect(self.x - margin, self.y - margin, self.w + 2 * margin, self.h + 2 * margin)


def card_rect(card: model.Card) -> Rect:
    return Rect(card.x, card.y, card.w, card.h)


def zone_rect(zone: model.Zone) -> Rect:
    return Rect(zone.x, zone.y, zone.w, zone.h)


def zone_header(zone: model.Zone) -> Rect:
    """The strip with the zone's label (where the zone is grabbed, and no link label goes)."""
    return Rect(zone.x, zone.y, zone.w, min(st.ZONE_HEADER_HEIGHT, zone.h))


def content_bounds(board: model.Board) -> Rect | None:
    """The union of all cards and zones, or ``None`` for an empty board."""
    rects = [card_rect(c) for c in board.cards] + [zone_rect(z) for z in board.zones]
    if not rects:
        return None
    out = rects[0]
    for r in rects[1:]:
        out = out.united(r)
    return out


def board_bounds(board: model.Board, margin: float = st.BOARD_MARGIN) -> Rect | None:
    """What a picture of the board shows: the content plus ``margin``; ``None`` if empty."""
    bounds = content_bounds(board)
    return None if bounds is None else bounds.adjusted(margin)


# --- links --------------------------------------------------------------------


@dataclass(frozen=True)
class LinkGeometry:
    link_id: int | None
    start: Point  # on the source card's border
    end: Point  # on the target card's border
    arrow_start: bool  # an arrow head points at the source (two-way links)
    arrow_end: bool  # an arrow head points at the target (one-way and two-way)
    label_pos: Point  # centre of the label box (labels are drawn horizontally)


def lane_offsets(links: Iterable[model.Link]) -> dict[int | None, float]:
    """Sideways offset per link, so several links between the same cards stay apart.

    Links of one pair get lanes centred on the straight line, ordered by id. The sign
    is taken relative to the pair's lower card id, so a link A->B and a link B->A end
    up on different sides, not on top of each other.
    """
    groups: dict[tuple[int, int], list[model.Link]] = defaultdict(list)
    for link in links:
        pair = (min(link.source_id, link.target_id), max(link.source_id, link.target_id))
        groups[pair].append(link)
    out: dict[int | None, float] = {}
    for pair, members in groups.items():
        members.sort(key=lambda lk: (lk.id is None, lk.id or 0))
        n = len(members)
        for i, link in enumerate(members):
            offset = (i - (n - 1) / 2) * st.LINK_LANE_SPACING
            out[link.id] = offset if link.source_id == pair[0] else -offset
    return out


def _ray_exit(rect: Rect, px: float, py: float, dx: float, dy: float) -> Point:
    """Where a ray from (px, py) inside ``rect`` in direction (dx, dy) leaves it."""
    candidates = []
    if dx > 0:
        candidates.append((rect.right - px) / dx)
    elif dx < 0:
        candidates.append((rect.x - px) / dx)
    if dy > 0:
        candidates.append((rect.bottom - py) / dy)
    elif dy < 0:
        candidates.append((rect.y - py) / dy)
    t = max(0.0, min(candidates)) if candidates else 0.0
    return px + dx * t, py + dy * t


def _clamp_inside(rect: Rect, px: float, py: float) -> Point:
    return min(max(px, rect.x), rect.right), min(max(py, rect.y), rect.bottom)


def link_geometry(
    source: Rect,
    target: Rect,
    direction: str = enums.LinkDirection.FORWARD,
    lane: float = 0.0,
    link_id: int | None = None,
) -> LinkGeometry:
    """The drawn line of one link between the borders of two card rectangles.

    The line runs parallel to the line between the card centres, shifted sideways by
    ``lane``, and is cut where it leaves each card, so arrow heads stay visible.
    """
    dx, dy = target.cx - source.cx, target.cy - source.cy
    length = math.hypot(dx, dy)
    if length < 1e-9:  # cards on top of each other: nothing sensible to draw
        point = (source.cx, source.cy)
        return LinkGeometry(link_id, point, point, False, False, point)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    sx, sy = _clamp_inside(source, source.cx + nx * lane, source.cy + ny * lane)
    tx, ty = _clamp_inside(target, target.cx + nx * lane, target.cy + ny * lane)
    start = _ray_exit(source, sx, sy, ux, uy)
    end = _ray_exit(target, tx, ty, -ux, -uy)
    if (end[0] - start[0]) * ux + (end[1] - start[1]) * uy < 0:
        # Overlapping cards: the borders cross over; fall back to the centres.
        start, end = (sx, sy), (tx, ty)
    label = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    return LinkGeometry(
        link_id,
        start,
        end,
        arrow_start=direction == enums.LinkDirection.BOTH,
        arrow_end=direction in (enums.LinkDirection.FORWARD, enums.LinkDirection.BOTH),
        label_pos=label,
    )


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


class RectGrid:
    """Rectangles in buckets of ``cell`` units, to find the few near a spot quickly
    (a thousand cards times a few hundred labels would otherwise be half a million tests)."""

    def __init__(self, rects: Iterable[Rect] = (), cell: float = 400.0) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], list[Rect]] = defaultdict(list)
        for r in rects:
            self.add(r)

    def _keys(self, r: Rect) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(math.floor(r.x / c), math.floor(r.right / c) + 1):
            for j in range(math.floor(r.y / c), math.floor(r.bottom / c) + 1):
                yield i, j

    def add(self, r: Rect) -> None:
        for key in self._keys(r):
            self._cells[key].append(r)

    def near(self, r: Rect) -> list[Rect]:
        seen: dict[int, Rect] = {}
        for key in self._keys(r):
            for other in self._cells.get(key, ()):
                seen[id(other)] = other
        return list(seen.values())


# Where along a link its label may sit, best first: the middle, then outwards.
LABEL_CANDIDATES = (0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8)
SOFT_WEIGHT = 0.25  # covering a zone's label strip is bad, covering a card is worse


def label_boxes(start: Point, end: Point, w: float, h: float) -> list[Rect]:
    """The spots a ``w`` x ``h`` label may take along the line, best first."""
    out = []
    for t in LABEL_CANDIDATES:
        cx, cy = start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t
        out.append(Rect(cx - w / 2, cy - h / 2, w, h))
    return out


def _overlap_area(a: Rect, b: Rect) -> float:
    dx = min(a.right, b.right) - max(a.x, b.x)
    dy = min(a.bottom, b.bottom) - max(a.y, b.y)
    return dx * dy if dx > 0 and dy > 0 else 0.0


def place_label(
    start: Point, end: Point, w: float, h: float, obstacles: Iterable[Rect], soft: Iterable[Rect] = ()
) -> Point:
    """Centre of a ``w`` x ``h`` label on the line start-end where it covers least.

    Labels are drawn above the cards; a label in the middle of a long link could sit
    right on a card's title. ``obstacles`` (cards, labels placed before) count fully,
    ``soft`` ones (zone label strips) a quarter. The first free spot of ``label_boxes``
    wins, else the least covered one. Only obstacles near ``label_boxes`` matter, so a
    renderer may pass just those.
    """
    obstacles, soft = list(obstacles), list(soft)
    best, best_cost = None, math.inf
    for box in label_boxes(start, end, w, h):
        cost = sum(_overlap_area(box, r) for r in obstacles) + SOFT_WEIGHT * sum(_overlap_area(box, r) for r in soft)
        if cost == 0:
            return box.cx, box.cy
        if cost < best_cost:
            best, best_cost = box, cost
    if best is None:
        return (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    return best.cx, best.cy


def link_geometries(
    board: model.Board, label_sizes: dict[int | None, tuple[float, float]] | None = None
) -> list[LinkGeometry]:
    """Geometry of every link of ``board`` whose two cards exist, in the links' order.

    ``label_sizes`` (link id -> label width, height as the renderer measures it) lets
    labels move off the cards, the zone labels and the link labels placed before them
    (``place_label``).
    """
    rects = {c.id: card_rect(c) for c in board.cards}
    lanes = lane_offsets(board.links)
    label_sizes = label_sizes or {}
    grid = RectGrid(rects.values())  # cards, then each link label once it is placed
    headers = [zone_header(z) for z in board.zones]
    out = []
    for link in board.links:
        if link.source_id in rects and link.target_id in rects:
            geo = link_geometry(
                rects[link.source_id],
                rects[link.target_id],
                link.direction,
                lanes.get(link.id, 0.0),
                link.id,
            )
            if link.id in label_sizes:
                w, h = label_sizes[link.id]
                near = [r for box in label_boxes(geo.start, geo.end, w, h) for r in grid.near(box)]
                pos = place_label(geo.start, geo.end, w, h, set(near), headers)
                grid.add(Rect(pos[0] - w / 2, pos[1] - h / 2, w, h))
                geo = LinkGeometry(geo.link_id, geo.start, geo.end, geo.arrow_start, geo.arrow_end, pos)
            out.append(geo)
    return out


def arrow_head(
    tip: Point, tail: Point, length: float = st.ARROW_LENGTH, width: float = st.ARROW_WIDTH
) -> tuple[Point, Point, Point]:
    """The triangle of an arrow head at ``tip``, pointing away from ``tail``."""
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    bx, by = tip[0] - ux * length, tip[1] - uy * length
    half = width / 2
    return tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)


# --- parts of a card ------------------------------------------------------------


def influence_marks(rect: Rect, level: int | None) -> list[tuple[Rect, bool]]:
    """The influence tower (as in Net-Map): ``INFLUENCE_MAX`` marks stacked on the bottom
    edge at the right, the lowest ``level`` of them filled. Empty for an unrated card
    (``None``), so "rated 0" (all marks empty) differs from "not rated" (no tower)."""
    if level is None:
        return []
    mw, mh = st.INFLUENCE_MARK_SIZE
    gap = st.INFLUENCE_MARK_GAP
    x = rect.right - st.CARD_PADDING - mw
    base = rect.bottom - st.CARD_PADDING / 2 - mh
    return [(Rect(x, base - i * (mh + gap), mw, mh), i < level) for i in range(st.INFLUENCE_MAX)]


def influence_reserve() -> float:
    """Height kept free at the bottom of a card for its influence tower."""
    mh = st.INFLUENCE_MARK_SIZE[1]
    return st.INFLUENCE_MAX * mh + (st.INFLUENCE_MAX - 1) * st.INFLUENCE_MARK_GAP + st.CARD_PADDING / 2


@dataclass(frozen=True)
class DotBadge:
    color: str
    count: int
    cx: float
    cy: float
    r: float


def dot_badges(rect: Rect, colors: Iterable[str]) -> list[DotBadge]:
    """One badge per dot colour along the bottom edge (known colours first), with the count."""
    counts = Counter(colors)
    order = [c for c in enums.DOT_COLORS if c in counts] + sorted(c for c in counts if c not in enums.DOT_COLORS)
    r = st.DOT_RADIUS
    cy = rect.bottom - st.CARD_PADDING / 2 - r
    out = []
    for i, color in enumerate(order):
        cx = rect.x + st.CARD_PADDING + r + i * (2 * r + st.DOT_GAP)
        out.append(DotBadge(color, counts[color], cx, cy, r))
    return out


def dots_reserve() -> float:
    """Height kept free at the bottom of a card that carries Klebepunkte."""
    return 2 * st.DOT_RADIUS + st.CARD_PADDING / 2


def header_band_height(title_lines: int) -> float:
    """Height of a committee's header band holding ``title_lines`` lines of title."""
    line = st.TITLE_FONT_SIZE * st.TEXT_LINE_SPACING
    return st.CARD_PADDING * 1.5 + max(1, title_lines) * line


def text_area(rect: Rect, influence: int | None, has_dots: bool) -> Rect:
    """The part of a card where title and text are written: the full width (long German
    compounds need it), above the strip where dots and the influence tower sit."""
    pad = st.CARD_PADDING
    bottom = max(dots_reserve() if has_dots else 0.0, influence_reserve() if influence is not None else 0.0)
    return Rect(rect.x + pad, rect.y + pad, max(0.0, rect.w - 2 * pad), max(0.0, rect.h - 2 * pad - bottom))
