"""The whole board in one item, for zoom levels where single cards cannot be read.

Zoomed far out, a thousand cards and two thousand links would each be painted by
their own Python ``paint`` on every frame. Below ``OVERVIEW_ZOOM`` the scene marks
them ``ItemHasNoContents`` (they stay selectable and clickable) and this layer draws
them all at once: one filled path per planning area, one path per link kind, built
once and rebuilt only after something moved or changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from fh_desktop.domain import board_style as st
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.card_item import CardItem
from fh_desktop.ui.board.link_item import LinkItem

if TYPE_CHECKING:
    from fh_desktop.ui.board.scene import BoardScene

OVERVIEW_ZOOM = 0.3  # below this zoom a big board is drawn in one go, without text
OVERVIEW_MIN_CARDS = 150  # "big": a workshop board has 20-80 cards and keeps its titles
FAR_ZOOM = 0.12  # below this even a small board is an overview: no title could be read
OVERVIEW_Z = -40.0  # above zones, where links and cards would be


class OverviewLayer(QGraphicsItem):
    def __init__(self, scene: BoardScene) -> None:
        super().__init__()
        self.board = scene
        self.setZValue(OVERVIEW_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._bounds = QRectF()
        self._cards: list[tuple[str, bool, QPainterPath]] | None = None  # (area, dimmed, rects)
        self._links: list[tuple[str, bool, QPainterPath]] | None = None  # (kind, dimmed, lines)
        self.setVisible(False)

    def invalidate(self) -> None:
        """Something moved or changed: rebuild before the next paint (cheap to call per
        event of a batch: the work happens once, when painting)."""
        self._cards = self._links = None
        if self.isVisible():
            self.update()

    def fit(self, rect: QRectF) -> None:
        """Cover ``rect``: the scene's index area, which always holds all items."""
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._bounds

    def _build(self) -> None:
        cards: dict[tuple[str, bool], QPainterPath] = {}
        for card in self.board.cards.values():
            key = (card.card.area, card.opacity() < 1.0)
            path = cards.setdefault(key, QPainterPath())
            path.addRect(QRectF(card.pos(), card.rect().size()))
        links: dict[tuple[str, bool], QPainterPath] = {}
        for link in self.board.links.values():
            geo = link.geometry()
            if geo is None:
                continue
            key = (link.link.kind, link.opacity() < 1.0)
            path = links.setdefault(key, QPainterPath())
            path.moveTo(*geo.start)
            if geo.control is not None:  # bent around a card, as at 100 %
                path.quadTo(QPointF(*geo.control), QPointF(*geo.end))
            else:
                path.lineTo(*geo.end)
        self._cards = [(area, dim, p) for (area, dim), p in cards.items()]
        self._links = [(kind, dim, p) for (kind, dim), p in links.items()]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._cards is None or self._links is None:
            self._build()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for kind, dim, path in self._links:  # type: ignore[union-attr]
            style = st.LINK_STYLES[kind]
            painter.setOpacity(0.3 if dim else 1.0)
            painter.setPen(QPen(QColor(style.color), style.width))  # solid: dashes are noise this small
            painter.drawPath(path)
        for area, dim, path in self._cards:  # type: ignore[union-attr]
            painter.setOpacity(0.3 if dim else 1.0)
            painter.setPen(QPen(QColor(st.card_border_color(area)), 2.0))
            painter.setBrush(qt_style.brush(st.area_color(area)))
            painter.drawPath(path)
        painter.setOpacity(1.0)
        selected = [i for i in self.board.selectedItems() if isinstance(i, (CardItem, LinkItem))]
        if selected:
            pen = QPen(QColor(st.SELECTION_COLOR), 3.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for item in selected:
                if isinstance(item, CardItem):
                    painter.drawRect(QRectF(item.pos(), item.rect().size()).adjusted(-6, -6, 6, 6))
                else:
                    geo = item.geometry()
                    if geo is not None:
                        painter.drawLine(QLineF(QPointF(*geo.start), QPointF(*geo.end)))
