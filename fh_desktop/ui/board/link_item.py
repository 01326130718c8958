"""A link between two cards: a line from border to border, with arrow heads and a label."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.card_item import CardItem

LINK_Z = -50.0  # above zones, below cards: a line never covers a card's text
LABEL_Z = 1e6  # labels above cards: the gap between two neighbours is often narrower than a label
HIT_WIDTH = 14.0  # lines are thin; clicking them must not need a steady hand
LABEL_MAX = 60  # characters shown on the board; the side panel shows all
LOD_LABEL = 0.35


class LinkItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, link: model.Link, source: CardItem, target: CardItem) -> None:
        super().__init__()
        self.link_id: int = link.id  # type: ignore[assignment]
        self.link = link
        self.source = source
        self.target = target
        self.lane = 0.0
        self._geo: bl.LinkGeometry | None = None
        self._label: QStaticText | None = None
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.label_item = LinkLabelItem(self)
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(LINK_Z)
        source.links.add(self)
        target.links.add(self)
        self.set_link(link)

    def type(self) -> int:  # noqa: A003 - Qt API
        return self.Type

    def set_link(self, link: model.Link) -> None:
        self.link = link
        text = " ".join(link.label.split())
        if len(text) > LABEL_MAX:
            text = text[: LABEL_MAX - 1] + "…"
        if text:
            self._label = QStaticText(text)
            self._label.setTextFormat(Qt.TextFormat.PlainText)
            self._label.prepare(font=qt_style.font(st.LINK_LABEL_FONT_SIZE))
        else:
            self._label = None
        tip = link.label if text != link.label else ""
        self.setToolTip(tip)
        self.label_item.setToolTip(tip)
        self.track()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: ANN001, N802 - Qt API
        if change in (
            QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged,
            QGraphicsItem.GraphicsItemChange.ItemOpacityHasChanged,
        ):
            self.label_item.update()
        return super().itemChange(change, value)

    def detach(self) -> None:
        self.source.links.discard(self)
        self.target.links.discard(self)

    def track(self) -> None:
        """Follow the cards: recompute the line after a card moved or changed size."""
        geo = bl.link_geometry(
            self.source.scene_rect(), self.target.scene_rect(), self.link.direction, self.lane, self.link_id
        )
        self.prepareGeometryChange()
        self._geo = geo
        self._shape = None
        (x1, y1), (x2, y2) = geo.start, geo.end
        pad = max(st.ARROW_LENGTH, HIT_WIDTH) + 2
        bounds = QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2))).adjusted(-pad, -pad, pad, pad)
        if self._label is not None:
            size = self._label.size()
            p = st.LINK_LABEL_PADDING
            lw, lh = size.width() + 2 * p, size.height() + 2 * p
            scene = self.scene()
            obstacles = []
            if scene is not None:
                around = QRectF(bounds).adjusted(-lw, -lh, lw, lh)
                for i in scene.items(around):
                    if isinstance(i, CardItem):
                        obstacles.append(i.scene_rect())
                    elif isinstance(i, LinkLabelItem) and i.link is not self and i.isVisible():
                        r = i.link._label_rect
                        obstacles.append(bl.Rect(r.x(), r.y(), r.width(), r.height()))
            else:
                obstacles = [self.source.scene_rect(), self.target.scene_rect()]
            lx, ly = bl.place_label(geo.start, geo.end, lw, lh, obstacles)
            self._label_rect = QRectF(lx - size.width() / 2 - p, ly - size.height() / 2 - p, size.width() + 2 * p, size.height() + 2 * p)
        else:
            self._label_rect = QRectF()
        self._bounds = bounds
        self.label_item.follow()

    def geometry(self) -> bl.LinkGeometry | None:
        return self._geo

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            if self._geo is not None:
                path.moveTo(*self._geo.start)
                path.lineTo(*self._geo.end)
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        geo = self._geo
        if geo is None or geo.start == geo.end:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= LOD_LABEL)
        line = QLineF(QPointF(*geo.start), QPointF(*geo.end))
        if self.isSelected():
            halo = QPen(QColor(st.SELECTION_COLOR), qt_style.link_pen(self.link.kind).widthF() + 6)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.setOpacity(0.35 * painter.opacity())
            painter.drawLine(line)
            painter.setOpacity(painter.opacity() / 0.35)
        pen = qt_style.link_pen(self.link.kind)
        # Stop the line at the arrow's base so a dash pattern does not poke through the tip.
        start, end = QPointF(*geo.start), QPointF(*geo.end)
        if geo.arrow_end:
            end = line.pointAt(max(0.0, 1 - (st.ARROW_LENGTH * 0.8) / max(line.length(), 1e-6)))
        if geo.arrow_start:
            start = line.pointAt(min(1.0, (st.ARROW_LENGTH * 0.8) / max(line.length(), 1e-6)))
        painter.setPen(pen)
        painter.drawLine(QLineF(start, end))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qt_style.brush(pen.color().name()))
        if geo.arrow_end:
            painter.drawPolygon(QPolygonF([QPointF(*p) for p in bl.arrow_head(geo.end, geo.start)]))
        if geo.arrow_start:
            painter.drawPolygon(QPolygonF([QPointF(*p) for p in bl.arrow_head(geo.start, geo.end)]))



class LinkLabelItem(QGraphicsItem):
    """The label of a link, drawn above the cards; clicking it selects the link."""

    Type = QGraphicsItem.UserType + 4

    def __init__(self, link: LinkItem) -> None:
        super().__init__()
        self.link = link
        self.setZValue(LABEL_Z)

    def type(self) -> int:  # noqa: A003 - Qt API
        return self.Type

    def follow(self) -> None:
        self.prepareGeometryChange()
        self.setVisible(self.link._label is not None)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.link._label_rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.link._label_rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        link = self.link
        if link._label is None or option.levelOfDetailFromTransform(painter.worldTransform()) < LOD_LABEL:
            return
        color = qt_style.link_pen(link.link.kind).color()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(link.opacity())
        selected = link.isSelected()
        painter.setPen(QPen(QColor(st.SELECTION_COLOR) if selected else color, 2.0 if selected else 1.0))
        painter.setBrush(qt_style.brush(st.LINK_LABEL_BACKGROUND))
        painter.drawRoundedRect(link._label_rect, 3, 3)
        painter.setFont(qt_style.font(st.LINK_LABEL_FONT_SIZE))
        painter.setPen(QColor(st.TEXT_COLOR))
        p = st.LINK_LABEL_PADDING
        painter.drawStaticText(link._label_rect.topLeft() + QPointF(p, p), link._label)
