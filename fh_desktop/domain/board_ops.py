"""Rules of editing the Pinnwand that do not depend on how it is drawn.

Snapping, which cards a zone carries, aligning and distributing, copying a part of
the board: the canvas uses these, tests check them without Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.domain.board_layout import Point, Rect, card_rect

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

    def is_empty(self) -> bool:
        b = self.board
        return not (b.cards or b.zones or b.links or b.dots)


def snap(value: float, grid: float = st.GRID_SIZE) -> float:
    return round(value / grid) * grid


def snap_size(value: float, minimum: float, grid: float = st.GRID_SIZE) -> float:
    return max(minimum, snap(value, grid))


def cards_in_zone(zone: Rect, cards: Iterable[model.Card]) -> list[int]:
    """Ids of the cards that lie in the zone (their centre does): they move with it."""
    out = []
    for card in cards:
        r = card_rect(card)
        if zone.contains(r.cx, r.cy) and card.id is not None:
            out.append(card.id)
    return out


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


def free_spot(x: float, y: float, occupied: Iterable[Rect], step: float = st.GRID_SIZE) -> Point:
    """(x, y), or the next spot diagonally below it where no card has its corner.

    Cards created one after another by keyboard would otherwise land exactly on top of
    each other and look like one.
    """
    corners = {(round(r.x), round(r.y)) for r in occupied}
    for _ in range(200):
        if (round(x), round(y)) not in corners:
            break
        x, y = x + step, y + step
    return x, y


def stacking_top(values: Iterable[float]) -> float:
    """A z value above all of ``values`` (0 for an empty board)."""
    return max(values, default=-1.0) + 1.0
