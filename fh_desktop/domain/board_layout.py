"""Where things sit on the Pinnwand, as plain numbers that every renderer shares.

The Qt canvas, its PNG/SVG export and the PDF report (reportlab, no Qt) all draw a
``model.Board``. To make a picture on paper match the one on the projector, they take
the geometry from here and the look from ``board_style``:

- ``board_bounds(board)``: the rectangle to draw (cards and zones, plus a margin);
- ``link_geometries(board)``: per link the start and end point on the card borders,
  where arrow heads go and where the label is centred; parallel links between the
  same two cards are fanned out so each stays visible, and a link whose straight line
  would cross another card bends around it (one quadratic curve, ``LinkGeometry.control``);
- ``arrow_head``, ``influence_marks``, ``dot_badges``, ``header_band_height``: the
  small parts of a card and a link.

Coordinates are board units with y pointing down (as on screen); a renderer with y
pointing up (reportlab) flips them once, e.g. ``y_pdf = bounds.bottom - y``.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

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
    # A link that would cross another card bends around it: one quadratic curve through
    # this control point (``None``: a straight line).
    control: Point | None = None

    def point_at(self, t: float) -> Point:
        """The point at parameter ``t`` (0 at ``start``, 1 at ``end``) of the drawn line."""
        return _bezier(self.start, self.control, self.end, t)

    def tail_of_end(self) -> Point:
        """The point the end's arrow head points away from (the end tangent)."""
        return self.control if self.control is not None else self.start

    def tail_of_start(self) -> Point:
        return self.control if self.control is not None else self.end

    def label_line(self) -> tuple[Point, Point]:
        """The line a label is placed along: the chord, moved to run through the curve's
        midpoint, so that a label's first choice is the middle of the drawn line."""
        (x1, y1), (x2, y2) = self.start, self.end
        mx, my = self.point_at(0.5)
        dx, dy = mx - (x1 + x2) / 2, my - (y1 + y2) / 2
        return (x1 + dx, y1 + dy), (x2 + dx, y2 + dy)

    def bounds(self) -> Rect:
        """A rectangle holding the whole line (a curve lies within its control triangle)."""
        pts = [self.start, self.end] + ([self.control] if self.control is not None else [])
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def stroke(self, inset_start: float, inset_end: float) -> tuple[Point, Point | None, Point]:
        """The drawn stroke (start, quadratic control or ``None``, end), stopping
        ``inset_start``/``inset_end`` board units short of the ends (where arrow heads sit)."""
        (x1, y1), (x2, y2) = self.start, self.end
        length = max(math.hypot(x2 - x1, y2 - y1), 1e-6)
        t0, t1 = min(1.0, inset_start / length), max(0.0, 1 - inset_end / length)
        if self.control is None:
            return self.point_at(t0), None, self.point_at(t1)
        return self.point_at(t0), _blossom(self.start, self.control, self.end, t0, t1), self.point_at(t1)


def _bezier(p0: Point, c: Point | None, p2: Point, t: float) -> Point:
    if c is None:
        return p0[0] + (p2[0] - p0[0]) * t, p0[1] + (p2[1] - p0[1]) * t
    u = 1 - t
    return (u * u * p0[0] + 2 * u * t * c[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p2[1])


def _blossom(p0: Point, c: Point, p2: Point, t0: float, t1: float) -> Point:
    """The control point of the part ``t0``..``t1`` of a quadratic curve."""
    a, b, d = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    return a * p0[0] + b * c[0] + d * p2[0], a * p0[1] + b * c[1] + d * p2[1]


def quad_to_cubic(p0: Point, c: Point, p2: Point) -> tuple[Point, Point]:
    """The two control points of the cubic curve equal to a quadratic one (for PDF paths)."""
    return (
        (p0[0] + 2 / 3 * (c[0] - p0[0]), p0[1] + 2 / 3 * (c[1] - p0[1])),
        (p2[0] + 2 / 3 * (c[0] - p2[0]), p2[1] + 2 / 3 * (c[1] - p2[1])),
    )


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


ROUTE_MARGIN = 8.0  # a link bent around a card keeps this far from it
ROUTE_OFFSETS = (40.0, 60.0, 90.0, 130.0, 180.0, 240.0, 320.0, 420.0, 560.0, 740.0)  # control point off the line
ROUTE_SAMPLE_SPACING = 12.0  # board units between the points of a curve that are checked
# A line across more cards than this stays straight: no single bend gets past them all
# without a loop across the board (and trying would cost seconds on a thousand cards).
ROUTE_MAX_CROSSED = 3
ROUTE_CELL = 128.0  # board units: the grid the curve's points look their cards up in


def clip_segment(a: Point, b: Point, left: float, top: float, right: float, bottom: float) -> tuple[float, float] | None:
    """The parameters (t0, t1) of the part of segment a-b inside the box, or None (Liang-Barsky).

    One implementation for the router here and the canvas (``ui/board/link_item.py``).
    """
    x0, y0, dx, dy = a[0], a[1], b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return t0, t1


def _segment_hits(a: Point, b: Point, r: Rect, margin: float = 0.0) -> bool:
    """Whether segment a-b passes through ``r`` grown by ``margin``."""
    return clip_segment(a, b, r.x - margin, r.y - margin, r.x + r.w + margin, r.y + r.h + margin) is not None


Box = tuple[float, float, float, float]  # left, top, right, bottom: quicker to test than a Rect


def _route(
    source: Rect, target: Rect, s_in: Point, t_in: Point, start: Point, end: Point, obstacles: RectLookup
) -> tuple[Point, Point, Point] | None:
    """(start, control, end) of a quadratic curve from card to card that misses every other
    card (by ``ROUTE_MARGIN``), when the straight line start-end crosses one; ``None``:
    stay straight (nothing in the way, or no curve tried gets past). Control points move
    off the middle of the line at right angles, further and further, on one side and then
    the other; the curve's points every ``ROUTE_SAMPLE_SPACING`` units are checked."""
    m = ROUTE_MARGIN
    line = Rect(min(start[0], end[0]), min(start[1], end[1]), abs(end[0] - start[0]), abs(end[1] - start[1]))
    crossed = [
        r for r in obstacles.near(line.adjusted(m)) if _segment_hits(start, end, r, m) and r != source and r != target
    ]
    if not 0 < len(set(crossed)) <= ROUTE_MAX_CROSSED:
        return None
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    # No bend much wider than the link is long (a loop, not a detour); the cards all
    # bends may meet are looked up once.
    offsets = [o for o in ROUTE_OFFSETS if o <= max(ROUTE_OFFSETS[2], 1.5 * length)]
    reach = source.united(target).adjusted(offsets[-1] + m)
    cell = ROUTE_CELL
    cells: dict[tuple[int, int], list[Box]] = defaultdict(list)  # the cards by where they are
    for r in obstacles.near(reach):
        if r != source and r != target:
            box = (r.x - m, r.y - m, r.x + r.w + m, r.y + r.h + m)
            for i in range(math.floor(box[0] / cell), math.floor(box[2] / cell) + 1):
                for j in range(math.floor(box[1] / cell), math.floor(box[3] / cell) + 1):
                    cells[i, j].append(box)
    blockers: list[Box] = []  # cards that stopped a curve before: asked first
    for offset in offsets:
        for side in (1.0, -1.0):
            cx, cy = mx + nx * offset * side, my + ny * offset * side
            a = _ray_exit(source, s_in[0], s_in[1], cx - s_in[0], cy - s_in[1])
            b = _ray_exit(target, t_in[0], t_in[1], cx - t_in[0], cy - t_in[1])
            n = max(8, int((math.hypot(cx - a[0], cy - a[1]) + math.hypot(b[0] - cx, b[1] - cy)) / ROUTE_SAMPLE_SPACING))
            ts = [i / n for i in range(1, n)]
            xs = [(1 - t) ** 2 * a[0] + 2 * (1 - t) * t * cx + t * t * b[0] for t in ts]
            ys = [(1 - t) ** 2 * a[1] + 2 * (1 - t) * t * cy + t * t * b[1] for t in ts]
            points = list(zip(xs, ys, strict=True))
            hit = next((bx for bx in blockers if any(bx[0] <= x <= bx[2] and bx[1] <= y <= bx[3] for x, y in points)), None)
            if hit is None:
                for x, y in points:
                    here = cells.get((math.floor(x / cell), math.floor(y / cell)), ())
                    hit = next((bx for bx in here if bx[0] <= x <= bx[2] and bx[1] <= y <= bx[3]), None)
                    if hit is not None:
                        break
            if hit is None:
                return a, (cx, cy), b
            blockers.append(hit)
    return None


def link_geometry(
    source: Rect,
    target: Rect,
    direction: str = enums.LinkDirection.FORWARD,
    lane: float = 0.0,
    link_id: int | None = None,
    cards: RectLookup | None = None,
) -> LinkGeometry:
    """The drawn line of one link between the borders of two card rectangles.

    The line runs parallel to the line between the card centres, shifted sideways by
    ``lane``, and is cut where it leaves each card, so arrow heads stay visible.
    ``cards``: all cards of the board (the link's own two are skipped); where the line
    would run over one of them, and cover its text, it bends around it instead
    (``_route``: one quadratic curve, ``LinkGeometry.control``).
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
    control = None
    if cards is not None:
        route = _route(source, target, (sx, sy), (tx, ty), start, end, cards)
        if route is not None:
            start, control, end = route
    label = _bezier(start, control, end, 0.5)
    return LinkGeometry(
        link_id,
        start,
        end,
        arrow_start=direction == enums.LinkDirection.BOTH,
        arrow_end=direction in (enums.LinkDirection.FORWARD, enums.LinkDirection.BOTH),
        label_pos=label,
        control=control,
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
HARD_WEIGHT = 1000.0  # covering a card's text is worst: any other spot wins
COST_EPSILON = 1e-6  # square board units: costs closer than this are equal


# When no spot on the line is free: beside it, half and one label height off, either side.
LABEL_SIDE_STEPS = (0.0, 0.6, -0.6, 1.2, -1.2, 2.0, -2.0, 3.0, -3.0)


def label_boxes(start: Point, end: Point, w: float, h: float) -> list[Rect]:
    """The spots a ``w`` x ``h`` label may take, best first: on the line from the middle
    outwards, then the same spots moved sideways (so a label between two cards that
    stand close finds the gap above or below the line instead of a card's text)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    # Sideways means across the line; a label's own size across it is h for a flat
    # line and w for a steep one.
    across = abs(nx) * h + abs(ny) * w
    out = []
    for step in LABEL_SIDE_STEPS:
        for t in LABEL_CANDIDATES:
            cx = start[0] + dx * t + nx * across * step
            cy = start[1] + dy * t + ny * across * step
            out.append(Rect(cx - w / 2, cy - h / 2, w, h))
    return out


def _overlap_area(a: Rect, b: Rect) -> float:
    dx = min(a.right, b.right) - max(a.x, b.x)
    dy = min(a.bottom, b.bottom) - max(a.y, b.y)
    return dx * dy if dx > 0 and dy > 0 else 0.0


class RectLookup(Protocol):
    """Rectangles near a spot: a ``RectGrid``, or a renderer's own lookup (the canvas
    lays out a card's text only when a label comes near it)."""

    def near(self, r: Rect) -> list[Rect]: ...


def place_label(
    start: Point, end: Point, w: float, h: float, obstacles: Iterable[Rect], soft: Iterable[Rect] = (),
    text: Iterable[Rect] = (),
) -> Point:  # fmt: skip
    """Centre of a ``w`` x ``h`` label on the line start-end where it covers least.

    Labels are drawn above the cards; a label in the middle of a long link could sit
    right on a card's title. ``obstacles`` (cards, labels placed before) count fully,
    ``soft`` ones (zone label strips) a quarter, ``text`` (the lines of card text,
    ``text_boxes``) a thousandfold: a label covers card text only where no spot at all
    avoids it. The first free spot of ``label_boxes`` wins, else the least covered one.
    Only rectangles near ``label_boxes`` matter, so a renderer may pass just those.
    The same search as ``place_label_in_grids``, over plain lists.
    """
    obstacles, soft, text = list(obstacles), list(soft), list(text)
    return _least_covered(start, end, w, h, lambda _box: obstacles, lambda _box: soft, lambda _box: text)


def place_label_in_grids(
    start: Point, end: Point, w: float, h: float, obstacles: RectLookup, soft: RectLookup, hard: RectLookup | None = None
) -> Point:
    """``place_label`` with obstacles looked up per spot: the same place, found fast on a
    board of a thousand cards and a hundred zones. ``hard``: the lines of card text, which
    a label covers only when no spot at all avoids them. The canvas
    (``ui.board.link_item``) and the PDF (``link_geometries``) both place with this."""
    return _least_covered(start, end, w, h, obstacles.near, soft.near, hard.near if hard is not None else None)


def _least_covered(
    start: Point, end: Point, w: float, h: float,
    obstacles: Callable[[Rect], Iterable[Rect]], soft: Callable[[Rect], Iterable[Rect]],
    hard: Callable[[Rect], Iterable[Rect]] | None = None,
) -> Point:  # fmt: skip
    best, best_cost = None, math.inf
    for box in label_boxes(start, end, w, h):
        # Costs only add up: a spot already dearer than the best is not looked at further
        # (the card text, the longest list, is asked for least).
        cost = sum(_overlap_area(box, r) for r in obstacles(box))
        if cost >= best_cost - COST_EPSILON:
            continue
        cost += SOFT_WEIGHT * sum(_overlap_area(box, r) for r in soft(box))
        if hard is not None and cost < best_cost - COST_EPSILON:
            cost += HARD_WEIGHT * sum(_overlap_area(box, r) for r in hard(box))
        if cost == 0:
            return box.cx, box.cy
        # Equal costs keep the earlier (better) spot: sums of the same areas taken in another
        # order differ in the last bits, and must not send a label across the card.
        if cost < best_cost - COST_EPSILON:
            best, best_cost = box, cost
    if best is None:
        return (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    return best.cx, best.cy


def link_geometries(
    board: model.Board,
    label_sizes: dict[int | None, tuple[float, float]] | None = None,
    text_boxes: Iterable[Rect] = (),
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
    cards = RectGrid(rects.values())  # the cards a link bends around
    headers = RectGrid(zone_header(z) for z in board.zones)
    texts = RectGrid(text_boxes)  # the printed lines of the cards (``text_boxes``)
    out = []
    for link in board.links:
        if link.source_id in rects and link.target_id in rects:
            geo = link_geometry(
                rects[link.source_id],
                rects[link.target_id],
                link.direction,
                lanes.get(link.id, 0.0),
                link.id,
                cards,
            )
            if link.id in label_sizes:
                w, h = label_sizes[link.id]
                pos = place_label_in_grids(*geo.label_line(), w, h, grid, headers, texts)
                grid.add(Rect(pos[0] - w / 2, pos[1] - h / 2, w, h))
                geo = dataclasses.replace(geo, label_pos=pos)
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


# --- text on the board, for renderers without Qt's text layout (the PDF) ----------
# The canvas lays out with QTextLayout (``ui.board.card_text``); these follow the same
# rules with any font measure, so a card on paper breaks and cuts where it does on screen.

ELLIPSIS = "…"
LINK_LABEL_MAX_CHARS = 60  # characters of a link label shown on the board (as the canvas)
LINE_ASCENT = 0.928  # the part of a line above the baseline, as a multiple of the font
LINE_HEIGHT = 1.164  # size (DejaVu Sans' ascender and descender, as Qt measures it)

Measure = Callable[[str, float, bool], float]  # (text, font size, bold) -> width in board units


def link_label_text(label: str) -> str:
    """The label as the board shows it: on one line, long ones cut with an ellipsis."""
    text = " ".join(label.split())
    return text if len(text) <= LINK_LABEL_MAX_CHARS else text[: LINK_LABEL_MAX_CHARS - 1] + ELLIPSIS


def link_label_size(text: str, measure: Measure) -> tuple[float, float]:
    """Width and height of a label's box (text plus ``LINK_LABEL_PADDING``)."""
    p = st.LINK_LABEL_PADDING
    return measure(text, st.LINK_LABEL_FONT_SIZE, False) + 2 * p, st.LINK_LABEL_FONT_SIZE * LINE_HEIGHT + 2 * p


def elide(text: str, size: float, bold: bool, width: float, measure: Measure) -> str:
    """``text`` cut at the right with an ellipsis so it fits ``width``."""
    if measure(text, size, bold) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits together with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid] + ELLIPSIS, size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS


# Marks that belong to the word before them: a line never starts with one (a comma typed
# after a space, "50 %", a closing bracket or quote). A dash standing alone ("A – B") stays
# at the end of the line as well.
NO_LINE_START = frozenset(",.;:!?)]}…%“’»")
DASHES = frozenset("-–—")


def may_start_line(rest: str) -> bool:
    """Whether a line may begin with ``rest`` (the text after a break)."""
    if not rest:
        return True
    if rest[0] in NO_LINE_START:
        return False
    return not (rest[0] in DASHES and (len(rest) == 1 or rest[1] == " "))


def _break_points(paragraph: str) -> Iterator[int]:
    """Where a line may end: after spaces and after a hyphen inside a word ("Sozial-/Gesundheits-"),
    never before a mark that cannot start a line (``may_start_line``)."""
    for i, ch in enumerate(paragraph[:-1]):
        if ch == " " and paragraph[i + 1] != " " and may_start_line(paragraph[i + 1 :]):
            yield i + 1
        elif ch == "-" and i > 0 and paragraph[i - 1].isalpha() and paragraph[i + 1].isalpha():
            yield i + 1


def wrap(paragraph: str, size: float, bold: bool, width: float, measure: Measure) -> Iterator[str]:
    """Greedy word wrap of one paragraph, line by line (a caller with a full card stops
    early); a word longer than a line is broken with a hyphen."""
    rest = paragraph.strip()
    while rest:
        head = rest[: int(4 * width / size) + 2]  # longer than any line: no glyph is under 1/4 em
        if measure(head, size, bold) <= width and (head == rest or measure(rest, size, bold) <= width):
            yield rest
            return
        cut = 0
        for b in _break_points(rest):
            if measure(rest[:b].rstrip(), size, bold) > width:
                break
            cut = b
        if cut:
            yield rest[:cut].rstrip()
        else:  # one word wider than the card (or the mark behind it does not fit)
            cut = max(1, len(elide(rest, size, bold, width - measure("-", size, bold), measure)) - 1)
            cut = min(cut, len(rest) - 1) or 1
            # "Schuleingangsuntersuchung," too wide by its comma: a piece of the word goes
            # along to the next line, so that it does not start with the comma.
            while cut > 1 and not (rest[cut - 1].isalnum() and may_start_line(rest[cut:].lstrip())):
                cut -= 1
            yield rest[:cut] + "-"
        rest = rest[cut:].lstrip()


@dataclass(frozen=True)
class TextLine:
    text: str
    x: float
    y: float  # top of the line (the baseline is ``LINE_ASCENT * size`` below)
    size: float
    bold: bool
    placeholder: bool = False  # "(ohne Titel)": drawn in ``PLACEHOLDER_COLOR``


@dataclass(frozen=True)
class CardTextLayout:
    lines: list[TextLine]
    header_height: float  # a committee's header band, 0 for other kinds
    truncated: bool


def _flow(
    text: str, size: float, bold: bool, area: Rect, y: float, bottom: float, measure: Measure
) -> tuple[list[tuple[str, float]], bool]:
    """Lines (text, top) of ``text`` from ``y`` down to ``bottom``; True if cut short."""
    lh = size * st.TEXT_LINE_SPACING
    out: list[tuple[str, float]] = []
    paragraphs = text.strip().split("\n")
    for pi, paragraph in enumerate(paragraphs):
        if not paragraph.strip():
            if y + lh > bottom + 0.5:
                return out, pi < len(paragraphs) - 1
            y += lh / 2
            continue
        lines = wrap(paragraph, size, bold, area.w, measure)
        for line in lines:
            if y + lh > bottom + 0.5:
                if out:  # the last line kept ends with one ellipsis, the rest of the text behind it
                    last, top = out[-1]
                    joined = f"{last.removesuffix('-')}{'' if last.endswith('-') else ' '}{line}"
                    cut = elide(joined, size, bold, area.w, measure)
                    if not cut.endswith(ELLIPSIS):  # all of it fits: still say that more follows
                        room = area.w - measure(ELLIPSIS, size, bold)
                        head = joined if measure(joined, size, bold) <= room else elide(joined, size, bold, room, measure)
                        cut = head.removesuffix(ELLIPSIS).rstrip() + ELLIPSIS
                    out[-1] = (cut, top)
                return out, True
            out.append((line, y))
            y += lh
    return out, False


def title_size(title: str, width: float, measure: Measure) -> float:
    """The largest title size (``TITLE_FONT_SIZE`` down to ``TITLE_MIN_FONT_SIZE``) at which
    the longest word fits unbroken."""
    words = title.split() or [""]
    size = st.TITLE_FONT_SIZE
    while size > st.TITLE_MIN_FONT_SIZE:
        if max(measure(w, size, True) for w in words) <= width:
            return size
        size -= 1
    return st.TITLE_MIN_FONT_SIZE


def card_text_layout(
    card: model.Card, has_dots: bool, measure: Measure, placeholder: str = "(ohne Titel)"
) -> CardTextLayout:
    """Title (bold, at most three lines when there is text) and text of ``card`` in board
    units, inside ``text_area``: what the canvas and the PDF both draw."""
    header_band = st.CARD_KIND_STYLES.get(card.kind, st.CARD_KIND_STYLES[enums.CardKind.ACTOR]).header_band
    return text_layout(card.title, card.text, card_rect(card), card.influence, has_dots, header_band, measure, placeholder)


def text_layout(
    title: str, text: str, rect: Rect, influence: int | None, has_dots: bool, header_band: bool,
    measure: Measure, placeholder: str = "(ohne Titel)",
) -> CardTextLayout:  # fmt: skip
    """``card_text_layout`` for a card given by its parts (the canvas lays out in card
    coordinates, ``rect`` at 0, 0)."""
    area = text_area(rect, influence, has_dots)
    out: list[TextLine] = []
    truncated = False
    y = area.y
    title = " ".join(title.split())
    if title:
        size = title_size(title, area.w, measure)
        lh = size * st.TEXT_LINE_SPACING
        room = area.bottom if not text.strip() else min(area.bottom, area.y + 3 * lh)
        lines, cut = _flow(title, size, True, area, y, max(room, area.y + lh), measure)
        truncated |= cut
        out += [TextLine(line, area.x, top, size, True) for line, top in lines]
        y += len(lines) * lh
        n_title = len(lines)
    else:
        out.append(TextLine(placeholder, area.x, y, st.TITLE_FONT_SIZE, False, placeholder=True))
        y += st.TITLE_FONT_SIZE * st.TEXT_LINE_SPACING
        n_title = 1
    header = 0.0
    if header_band:
        header = header_band_height(n_title)
        y = max(y, rect.y + header) + st.CARD_PADDING / 2
    else:
        y += st.CARD_PADDING / 3
    if text.strip():
        lines, cut = _flow(text, st.TEXT_FONT_SIZE, False, area, y, area.bottom, measure)
        truncated |= cut
        out += [TextLine(line, area.x, top, st.TEXT_FONT_SIZE, False) for line, top in lines]
    return CardTextLayout(out, header, truncated)


def text_boxes(layout: CardTextLayout, measure: Measure) -> list[Rect]:
    """The rectangles the printed lines of a card take (where no link label may go)."""
    return [Rect(ln.x, ln.y, measure(ln.text, ln.size, ln.bold), ln.size * LINE_HEIGHT) for ln in layout.lines]


LINK_Z = -50.0  # the canvas's stacking height of link lines (between zones and cards)


def stacking(board: model.Board) -> tuple[list[model.Zone | model.Card], list[model.Zone | model.Card]]:
    """Zones and cards from back to front as the canvas stacks them, split into those
    below the link lines and those above. Order by ``z``; on equal ``z`` zones come
    first, then cards, then links (the order the canvas adds them). Link labels lie
    above everything."""
    items: list[tuple[float, int, model.Zone | model.Card]] = []
    items += [(z.z, i, z) for i, z in enumerate(board.zones)]
    items += [(c.z, len(board.zones) + i, c) for i, c in enumerate(board.cards)]
    ordered = sorted(items, key=lambda t: (t[0], t[1]))
    return [it for z, _i, it in ordered if z <= LINK_Z], [it for z, _i, it in ordered if z > LINK_Z]
