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
MIN_LABEL_PX = 12.0  # a zone label is never smaller on screen than this (as far as the strip allows)


class ZoneItem(QGraphicsItem):
    """Only the label strip (and, when selected, the resize grip) catches the mouse:
    the rest of a zone is free board, where a drag pans and a double-click makes a card."""

    Type = QGraphicsItem.UserType + 3
    show_selection = True  # False while presenting (see CardItem.show_selection)

    def __init__(self, zone: model.Zone) -> None:
        super().__init__()
        self.zone_id: int = zone.id  # type: ignore[assignment]
        self.zone = zone
        self._label: QStaticText | None = None
        self._shape: QPainterPath | None = None
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

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            path.addRect(QRectF(0, 0, self.zone.w, min(st.ZONE_HEADER_HEIGHT, self.zone.h)))
            path.addRect(QRectF(self.zone.w - GRIP, self.zone.h - GRIP, GRIP, GRIP))
            self._shape = path
        return self._shape

    def contains(self, point: QPointF) -> bool:
        if point.y() > st.ZONE_HEADER_HEIGHT and not self.on_resize_grip(point):
            return False
        return self.shape().contains(point)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        pos = event.pos()
        if self.on_resize_grip(pos):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        elif pos.y() <= st.ZONE_HEADER_HEIGHT:
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
