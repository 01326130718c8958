"""The overview beside the board: the whole board in small, the visible part framed.

Clicking or dragging in it moves the view there. The picture of the board is drawn
once into a pixmap and redrawn only when the content changed, not on every scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from fh_desktop.domain import board_style as st
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.view import BoardView

SIZE = QSize(240, 160)
PAD = 6.0


class Minimap(QWidget):
    def __init__(self, view: BoardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardMinimap")
        self.view = view
        self.setFixedHeight(SIZE.height())
        self.setMinimumWidth(SIZE.width() * 2 // 3)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Übersicht: klicken oder ziehen, um dorthin zu springen"))
        self._pixmap: QPixmap | None = None
        self._world = QRectF()
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(200)
        self._redraw.timeout.connect(self.invalidate)
        view.viewport_moved.connect(self.update)
        view.board_scene.content_changed.connect(self._redraw.start)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self._pixmap = None
        super().resizeEvent(event)

    def invalidate(self) -> None:
        self._pixmap = None
        self.update()

    def _scale(self) -> float:
        w = self._world
        if w.isEmpty():
            return 1.0
        return min((self.width() - 2 * PAD) / w.width(), (self.height() - 2 * PAD) / w.height())

    def _to_map(self, p: QPointF) -> QPointF:
        s = self._scale()
        return QPointF(PAD + (p.x() - self._world.left()) * s, PAD + (p.y() - self._world.top()) * s)

    def _to_scene(self, p: QPointF) -> QPointF:
        s = self._scale()
        return QPointF(self._world.left() + (p.x() - PAD) / s, self._world.top() + (p.y() - PAD) / s)

    def _build(self) -> QPixmap:
        scene = self.view.board_scene
        content = scene.content_rect()
        if content.isEmpty():
            content = QRectF(0, 0, 800, 500)
        self._world = content.adjusted(-40, -40, 40, 40)
        pixmap = QPixmap(self.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(QColor(st.BOARD_BACKGROUND))
        painter = QPainter(pixmap)
        s = self._scale()
        painter.translate(PAD - self._world.left() * s, PAD - self._world.top() * s)
        painter.scale(s, s)
        painter.setPen(Qt.PenStyle.NoPen)
        for zone in sorted(scene.zones.values(), key=lambda z: z.zValue()):
            painter.setBrush(qt_style.brush(st.zone_border_color(zone.zone.color)))
            painter.drawRect(QRectF(zone.pos(), zone.rect().size()))
            painter.setBrush(qt_style.brush(zone.zone.color))
            painter.drawRect(QRectF(zone.pos(), zone.rect().size()).adjusted(3 / s, 3 / s, -3 / s, -3 / s))
        for card in scene.cards.values():
            painter.setBrush(qt_style.brush(st.card_border_color(card.card.area)))
            painter.drawRect(QRectF(card.pos(), card.rect().size()))
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if self._pixmap is None:
            self._pixmap = self._build()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        visible = self.view.visible_rect()
        frame = QRectF(self._to_map(visible.topLeft()), self._to_map(visible.bottomRight()))
        painter.setPen(QPen(QColor(st.SELECTION_COLOR), 2))
        painter.setBrush(QColor(0, 87, 183, 30))
        painter.drawRect(frame.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))
        painter.setPen(QPen(QColor("#b9b2a0"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.view.centerOn(self._to_scene(event.position()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.view.centerOn(self._to_scene(event.position()))
        event.accept()
