"""The three mouse drags on the board: move, resize, draw a link.

Each moves items live and, when the button is released, hands back what changed so
the page can push one undo command for the whole drag.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

from fh_desktop.domain import board_ops
from fh_desktop.domain import board_style as st
from fh_desktop.ui.board.card_item import CardItem
from fh_desktop.ui.board.zone_item import ZoneItem

if TYPE_CHECKING:
    from fh_desktop.ui.board.scene import BoardScene

Geometry = dict[str, float]


def _place(item: QGraphicsItem, pos: QPointF) -> None:
    if isinstance(item, CardItem):
        item.move_to(pos)
    else:
        item.setPos(pos)


class MoveDrag:
    """Moves the selected cards and zones; a zone carries what it holds when the drag
    starts (its cards and the zones inside it, ``BoardScene.zone_carry``) and nothing it
    passes over."""

    def __init__(
        self, scene: BoardScene, press: QPointF, primary: QGraphicsItem, items: Sequence[QGraphicsItem]
    ) -> None:
        self.scene = scene
        self.press = press
        self.primary = primary
        zones, cards = scene.zone_carry([i.zone_id for i in items if isinstance(i, ZoneItem)])
        carried = [scene.zones[z] for z in sorted(zones)] + [scene.cards[c] for c in sorted(cards)]
        self.origins = {item: QPointF(item.pos()) for item in [*items, *carried]}
        self.delta = QPointF()

    def move(self, pos: QPointF) -> None:
        delta = pos - self.press
        if self.scene.snapping:
            origin = self.origins[self.primary]
            target = origin + delta
            delta = QPointF(board_ops.snap(target.x()), board_ops.snap(target.y())) - origin
        if delta == self.delta:
            return
        self.delta = delta
        for item, origin in self.origins.items():
            _place(item, origin + delta)

    def finish(self) -> tuple[dict[int, tuple[Geometry, Geometry]], dict[int, tuple[Geometry, Geometry]]]:
        cards: dict[int, tuple[Geometry, Geometry]] = {}
        zones: dict[int, tuple[Geometry, Geometry]] = {}
        if self.delta.isNull():
            return cards, zones
        for item, origin in self.origins.items():
            old = {"x": origin.x(), "y": origin.y()}
            new = {"x": item.pos().x(), "y": item.pos().y()}
            if isinstance(item, CardItem):
                cards[item.card_id] = (old, new)
            elif isinstance(item, ZoneItem):
                zones[item.zone_id] = (old, new)
        return cards, zones

    def cancel(self) -> None:
        for item, origin in self.origins.items():
            _place(item, origin)


class ResizeDrag:
    def __init__(self, scene: BoardScene, item: CardItem | ZoneItem) -> None:
        self.scene = scene
        self.item = item
        data = item.card if isinstance(item, CardItem) else item.zone
        self.old = {"w": data.w, "h": data.h}
        self.minimum = st.CARD_MIN_SIZE if isinstance(item, CardItem) else st.ZONE_MIN_SIZE

    def move(self, pos: QPointF) -> None:
        local = self.item.mapFromScene(pos)
        w, h = max(self.minimum[0], local.x()), max(self.minimum[1], local.y())
        if self.scene.snapping:
            w, h = board_ops.snap_size(w, self.minimum[0]), board_ops.snap_size(h, self.minimum[1])
        data = self.item.card if isinstance(self.item, CardItem) else self.item.zone
        if (w, h) != (data.w, data.h):
            self.item.set_size(w, h)

    def new_size(self) -> Geometry:
        data = self.item.card if isinstance(self.item, CardItem) else self.item.zone
        return {"w": data.w, "h": data.h}

    def cancel(self) -> None:
        self.item.set_size(self.old["w"], self.old["h"])


class LinkDrag:
    """A dashed line from the source card to the mouse; released on another card it
    becomes a link."""

    def __init__(self, scene: BoardScene, source: CardItem) -> None:
        self.scene = scene
        self.source = source
        self.target: CardItem | None = None
        pen = QPen(QColor(st.SELECTION_COLOR), 2.5, Qt.PenStyle.DashLine)
        self.preview = QGraphicsLineItem()
        self.preview.setPen(pen)
        self.preview.setZValue(1e9)
        scene.addItem(self.preview)
        source.set_drop_target(True)

    def move(self, pos: QPointF) -> None:
        r = self.source.scene_rect()
        self.preview.setLine(QLineF(QPointF(r.cx, r.cy), pos))
        target = self.scene.card_at(pos)
        if target is self.source:
            target = None
        if target is not self.target:
            if self.target is not None:
                self.target.set_drop_target(False)
            self.target = target
            if target is not None:
                target.set_drop_target(True)

    def finish(self) -> CardItem | None:
        target = self.target
        self.cancel()
        return target

    def cancel(self) -> None:
        self.source.set_drop_target(False)
        if self.target is not None:
            self.target.set_drop_target(False)
        if self.preview.scene() is not None:
            self.scene.removeItem(self.preview)
