"""A zone: a labelled, coloured area behind the cards (a planning area, "Planungslücke")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.ui.board import qt_style

GRIP = 22.0
FRAME_PX = 10.0  # the zone's edge grabs the mouse this wide on screen, at any zoom
FRAME_MIN = 8.0  # ... and never thinner than this on the board
MIN_LABEL_PX = 12.0  # a zone label is never smaller on screen than this (as far as the strip allows)


class ZoneItem(QGraphicsItem):
    """The label strip and the frame (and, when selected, the resize grip) catch the
    mouse: a zone is moved by them. Inside, a zone is free board for its cards: a
    double-click makes a card, a drag selects the cards it covers (the view's rubber band)."""

    Type = qt_style.USER_TYPE + 3
    show_selection = True  # False while presenting (see CardItem.show_selection)

    def __init__(self, zone: model.Zone) -> None:
        super().__init__()
        self.zone_id: int = zone.id  # type: ignore[assignment]
        self.zone = zone
        self._label: QStaticText | None = None
        self._shape: tuple[float, QPainterPath] | None = None  # (frame width, path)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        # No pixmap cache: a zone is a cheap rounded rectangle but often larger than the
        # screen, and a screen-sized cache per zone would be copied on every scroll step.
        self.set_zone(zone)

    def type(self) -> int:
        return self.Type

    def set_zone(self, zone: model.Zone) -> None:
        self.prepareGeometryChange()
        self.zone = zone
        self._shape = None
        self.setPos(zone.x, zone.y)
        self.setZValue(zone.z)
        self._relabel()

    def set_size(self, w: float, h: float) -> None:
        self.prepareGeometryChange()
        self._shape = None
        self.zone = model.Zone(**{**vars(self.zone), "w": w, "h": h})
        self._relabel()

    def _relabel(self) -> None:
        font = qt_style.font(st.ZONE_LABEL_FONT_SIZE, bold=True)
        text = " ".join(self.zone.label.split()) or QCoreApplication.translate("ZoneItem", "(Zone ohne Namen)")
        width = max(10.0, self.zone.w - 2 * st.CARD_PADDING)
        text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        label = QStaticText(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.prepare(font=font)
        self._label = label
        self.update()

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.zone.w, self.zone.h)

    def scene_rect(self) -> bl.Rect:
        p = self.pos()
        return bl.Rect(p.x(), p.y(), self.zone.w, self.zone.h)

    def header_rect(self) -> bl.Rect:
        r = self.scene_rect()
        return bl.Rect(r.x, r.y, r.w, min(st.ZONE_HEADER_HEIGHT, r.h))

    def on_resize_grip(self, local: QPointF) -> bool:
        return self.isSelected() and local.x() >= self.zone.w - GRIP and local.y() >= self.zone.h - GRIP

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        m = st.SELECTION_WIDTH + 2
        return self.rect().adjusted(-m, -m, m, m)

    def frame_width(self) -> float:
        """How wide the grabbing edge is on the board: ``FRAME_PX`` on screen at the
        scene's zoom, at most a quarter of the zone."""
        zoom = getattr(self.scene(), "zoom", 1.0) or 1.0
        return min(max(FRAME_MIN, FRAME_PX / zoom), self.zone.w / 4, self.zone.h / 4)

    def on_frame(self, local: QPointF) -> bool:
        """On the label strip or the edge: where a press grabs the zone."""
        x, y, w, h = local.x(), local.y(), self.zone.w, self.zone.h
        if not (0 <= x <= w and 0 <= y <= h):
            return False
        f = self.frame_width()
        return y <= st.ZONE_HEADER_HEIGHT or x <= f or x >= w - f or y >= h - f

    def shape(self) -> QPainterPath:
        f = self.frame_width()
        if self._shape is None or self._shape[0] != f:
            w, h = self.zone.w, self.zone.h
            path = QPainterPath()
            path.addRect(QRectF(0, 0, w, h))
            inner = QPainterPath()
            top = min(st.ZONE_HEADER_HEIGHT, h)
            if w > 2 * f and h > top + f:
                inner.addRect(QRectF(f, top, w - 2 * f, h - top - f))
            path = path.subtracted(inner)
            if self.isSelected():
                path.addRect(QRectF(w - GRIP, h - GRIP, GRIP, GRIP))
            self._shape = (f, path)
        return self._shape[1]

    def contains(self, point: QPointF) -> bool:  # type: ignore[override]  # Qt asks with a QPointF only
        return self.on_frame(point) or self.on_resize_grip(point)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: ANN001, ANN201, N802 - Qt API
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._shape = None  # the resize grip comes and goes with the selection
        return super().itemChange(change, value)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        pos = event.pos()
        if self.on_resize_grip(pos):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        elif self.on_frame(pos):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        self.unsetCursor()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        z = self.zone
        rect = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(qt_style.zone_pen(z.color))
        painter.setBrush(qt_style.brush(z.color))
        painter.drawRoundedRect(rect, 8, 8)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if st.ZONE_LABEL_FONT_SIZE * lod < MIN_LABEL_PX:
            # Zoomed out: the label in type readable on screen, as large as the strip allows.
            size = min(MIN_LABEL_PX / max(lod, 0.01), st.ZONE_HEADER_HEIGHT * 0.85)
            font = qt_style.font(size, bold=True)
            painter.setFont(font)
            painter.setPen(QColor(st.zone_label_color(z.color)))
            text = " ".join(z.label.split()) or QCoreApplication.translate("ZoneItem", "(Zone ohne Namen)")
            box = QRectF(st.CARD_PADDING / 2, 0, max(1.0, z.w - st.CARD_PADDING), st.ZONE_HEADER_HEIGHT)
            text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        elif self._label is not None:
            painter.setFont(qt_style.font(st.ZONE_LABEL_FONT_SIZE, bold=True))
            painter.setPen(QColor(st.zone_label_color(z.color)))
            height = self._label.size().height()
            painter.drawStaticText(QPointF(st.CARD_PADDING, (st.ZONE_HEADER_HEIGHT - height) / 2), self._label)
        if self.isSelected() and self.show_selection:
            painter.setPen(qt_style.selection_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 9, 9)
            painter.setPen(QPen(QColor(st.SELECTION_COLOR), 2.5))
            w, h = z.w, z.h
            for i in (6, 12, 18):
                painter.drawLine(QPointF(w - i, h - 4), QPointF(w - 4, h - i))
