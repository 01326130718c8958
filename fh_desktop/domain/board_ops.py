"""Rules of editing the Pinnwand that do not depend on how it is drawn.

Snapping, which cards a zone carries, aligning and distributing, copying a part of
the board: the canvas uses these, tests check them without Qt.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.domain.board_layout import Point, Rect, RectGrid

ALIGN_LEFT = "left"
ALIGN_HCENTER = "hcenter"
ALIGN_RIGHT = "right"
ALIGN_TOP = "top"
ALIGN_VCENTER = "vcenter"
ALIGN_BOTTOM = "bottom"
ALIGN_MODES = (ALIGN_LEFT, ALIGN_HCENTER, ALIGN_RIGHT, ALIGN_TOP, ALIGN_VCENTER, ALIGN_BOTTOM)
HORIZONTAL = "h"
VERTICAL = "v"


@dataclass
class RemovedItems:
    """What one delete took away, so that undo can put back exactly that."""

    board: model.Board = field(default_factory=model.Board)
    # (action id, card id): step 3's references to deleted cards, restored with them.
    action_cards: list[tuple[int, int]] = field(default_factory=list)


def snap(value: float, grid: float = st.GRID_SIZE) -> float:
    return round(value / grid) * grid


def snap_size(value: float, minimum: float, grid: float = st.GRID_SIZE) -> float:
    return max(minimum, snap(value, grid))


def _within(inner: Rect, outer: Rect) -> bool:
    return outer.x <= inner.x and outer.y <= inner.y and inner.right <= outer.right and inner.bottom <= outer.bottom


def zone_owners(zones: Mapping[int, tuple[Rect, float]], cards: Mapping[int, Rect]) -> dict[int, int]:
    """Card id -> id of the zone that holds it. Of the zones around the card's centre,
    the innermost (a gap lying wholly inside an area holds the cards on it); of zones
    that only overlap each other, the one below, which was there first: a zone laid or
    dragged over cards (its label strip on them) does not take them. Cards outside every
    zone are left out."""
    def holds_another(a: int, around: list[int]) -> bool:
        """``a`` lies around another of ``around`` (or on the same spot, below it)."""
        ra, za = zones[a]
        for b in around:
            rb, zb = zones[b]
            if b != a and _within(rb, ra) and (rb != ra or (zb, b) > (za, a)):
                return True
        return False

    out: dict[int, int] = {}
    for cid, r in cards.items():
        around = [zid for zid, (zr, _z) in zones.items() if zr.contains(r.cx, r.cy)]
        if around:
            innermost = [a for a in around if not holds_another(a, around)]
            out[cid] = min(innermost, key=lambda a: (zones[a][1], a))
    return out


def card_places(zones: Mapping[int, tuple[Rect, float]], cards: Mapping[int, Rect]) -> dict[int, list[int]]:
    """Card id -> the zone that holds it (``zone_owners``), then the zones that lie around
    that one, smallest first: "Planungslücke, Jugendamt". What the exports name as a card's
    place, so that paper files a card where dragging a zone on the canvas would carry it."""
    out: dict[int, list[int]] = {}
    for cid, owner in zone_owners(zones, cards).items():
        inner, inner_z = zones[owner]
        # The zones that carry the owner when dragged (``zone_carry``): around it and below it.
        around = [zid for zid, (r, z) in zones.items() if zid != owner and z < inner_z and _within(inner, r)]
        out[cid] = [owner, *sorted(around, key=lambda zid: (zones[zid][0].w * zones[zid][0].h, zid))]
    return out


def zone_carry(
    moving: Iterable[int], zones: Mapping[int, tuple[Rect, float]], cards: Mapping[int, Rect]
) -> tuple[set[int], set[int]]:
    """What moving the zones ``moving`` carries along: (zone ids, card ids).

    A zone takes the zones lying wholly inside it and above it (a gap inside an area)
    and the cards it holds at this moment (``zone_owners``): never a card that belongs to
    another zone, such as one lying under the label of a zone laid over it.
    """
    carried_zones = {z for z in moving if z in zones}
    todo = list(carried_zones)
    while todo:
        outer, outer_z = zones[todo.pop()]
        for zid, (r, z) in zones.items():
            if zid not in carried_zones and z > outer_z and _within(r, outer):
                carried_zones.add(zid)
                todo.append(zid)
    owners = zone_owners(zones, cards)
    return carried_zones, {cid for cid, zid in owners.items() if zid in carried_zones}


def free_place(
    size: tuple[float, float],
    prefer: Point,
    blocked: Iterable[Rect],
    areas: Iterable[Rect] = (),
    *,
    gap: float = st.GRID_SIZE,
    step: float = st.GRID_SIZE,
    max_rings: int = 80,
) -> Point:
    """The top-left corner nearest to ``prefer`` (on a grid of ``step`` around it) where a
    rectangle of ``size`` covers none of ``blocked`` (kept ``gap`` apart) and lies either
    wholly inside or wholly outside each of ``areas`` (never across a zone's edge).

    New cards and zones go there instead of on top of what is on the board. If no spot
    is free within ``max_rings`` steps, the spot right of everything.
    """
    w, h = size
    blocked = [r for r in blocked if r.w > 0 and r.h > 0]
    areas = list(areas)
    grid = RectGrid(blocked)
    area_grid = RectGrid(areas)

    def free(x: float, y: float) -> bool:
        probe = Rect(x - gap, y - gap, w + 2 * gap, h + 2 * gap)
        if any(_overlaps(probe, r) for r in grid.near(probe)):
            return False
        inner = Rect(x, y, w, h)
        for a in area_grid.near(probe):
            within = a.x + gap / 2 <= x and a.y + gap / 2 <= y and inner.right <= a.right - gap / 2 and inner.bottom <= a.bottom - gap / 2
            if not within and _overlaps(probe, a):
                return False
        return True

    px, py = prefer
    best: tuple[float, Point] | None = None
    for ring in range(max_rings + 1):
        if best is not None and ring * step > best[0]:
            break
        for i, j in _ring(ring):
            x, y = px + i * step, py + j * step
            d = math.hypot(x - px, y - py)
            if (best is None or d < best[0]) and free(x, y):
                best = (d, (x, y))
    if best is not None:
        return best[1]
    right = max((r.right for r in [*blocked, *areas]), default=px)
    return right + 2 * gap, py


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _ring(n: int) -> Iterator[tuple[int, int]]:
    """Grid offsets at Chebyshev distance ``n`` from the origin."""
    if n == 0:
        yield 0, 0
        return
    for i in range(-n, n + 1):
        yield i, -n
        yield i, n
    for j in range(-n + 1, n):
        yield -n, j
        yield n, j


def align(rects: dict[int, Rect], mode: str) -> dict[int, Point]:
    """New top-left corners that line the rectangles up on the edge or centre ``mode``."""
    if mode not in ALIGN_MODES:
        raise ValueError(mode)
    if not rects:
        return {}
    rs = rects.values()
    if mode == ALIGN_LEFT:
        x = min(r.x for r in rs)
        return {k: (x, r.y) for k, r in rects.items()}
    if mode == ALIGN_RIGHT:
        right = max(r.right for r in rs)
        return {k: (right - r.w, r.y) for k, r in rects.items()}
    if mode == ALIGN_HCENTER:
        cx = sum(r.cx for r in rs) / len(rects)
        return {k: (cx - r.w / 2, r.y) for k, r in rects.items()}
    if mode == ALIGN_TOP:
        y = min(r.y for r in rs)
        return {k: (r.x, y) for k, r in rects.items()}
    if mode == ALIGN_BOTTOM:
        bottom = max(r.bottom for r in rs)
        return {k: (r.x, bottom - r.h) for k, r in rects.items()}
    cy = sum(r.cy for r in rs) / len(rects)
    return {k: (r.x, cy - r.h / 2) for k, r in rects.items()}


def distribute(rects: dict[int, Rect], axis: str) -> dict[int, Point]:
    """Equal gaps between the rectangles along ``axis``; the outermost two stay put."""
    if len(rects) < 3:
        return {k: (r.x, r.y) for k, r in rects.items()}
    horizontal = axis == HORIZONTAL
    order = sorted(rects.items(), key=lambda kv: kv[1].x if horizontal else kv[1].y)
    first, last = order[0][1], order[-1][1]
    if horizontal:
        total = sum(r.w for _, r in order)
        gap = (last.right - first.x - total) / (len(order) - 1)
        pos, out = first.x, {}
        for k, r in order:
            out[k] = (pos, r.y)
            pos += r.w + gap
        return out
    total = sum(r.h for _, r in order)
    gap = (last.bottom - first.y - total) / (len(order) - 1)
    pos, out = first.y, {}
    for k, r in order:
        out[k] = (r.x, pos)
        pos += r.h + gap
    return out


def copy_items(board: model.Board, dx: float, dy: float, z_base: float = 0.0) -> model.Board:
    """A copy of ``board`` shifted by (dx, dy), for duplicating a selection.

    The old ids stay as local keys (``BoardService.add_items`` maps them to new ids);
    only links between copied cards and dots on copied cards come along. Copies keep
    their stacking order among themselves, above ``z_base``.
    """
    ids = {c.id for c in board.cards}
    out = model.Board()
    for i, card in enumerate(sorted(board.cards, key=lambda c: (c.z, c.id or 0))):
        c = copy.copy(card)
        c.x, c.y, c.z = card.x + dx, card.y + dy, z_base + i + 1
        out.cards.append(c)
    for zone in board.zones:
        z = copy.copy(zone)
        z.x, z.y = zone.x + dx, zone.y + dy
        out.zones.append(z)
    out.links = [copy.copy(lk) for lk in board.links if lk.source_id in ids and lk.target_id in ids]
    out.dots = [copy.copy(d) for d in board.dots if d.card_id in ids]
    return out


def stacking_top(values: Iterable[float]) -> float:
    """A z value above all of ``values`` (0 for an empty board)."""
    return max(values, default=-1.0) + 1.0
