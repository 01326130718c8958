"""A Moderationskarte on the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.ui.board import card_lod, qt_style
from fh_desktop.ui.board.card_text import CardText, layout_card

if TYPE_CHECKING:
    from fh_desktop.ui.board.link_item import LinkItem

HANDLE_RADIUS = 9.0  # the link handle on the right edge
GRIP = 16.0  # the resize grip in the bottom-right corner
HANDLE_HIT_PX = 14.0  # the link handle catches a press this far from its centre, in screen pixels
MARGIN = HANDLE_RADIUS + st.SELECTION_WIDTH + 2


class CardItem(QGraphicsItem):
    Type = qt_style.USER_TYPE + 1
    # False while presenting: the room sees no selection frame and no handles.
    show_selection = True

    def __init__(self, card: model.Card, cached: bool = True) -> None:
        super().__init__()
        self.card_id: int = card.id  # type: ignore[assignment]
        self.card = card
        self.links: set[LinkItem] = set()
        self.dots: dict[int, str] = {}  # dot id -> colour
        self._hover = False
        self._drop_target = False
        self._text: CardText | None = None
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        if cached:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_card(card)

    def type(self) -> int:
        return self.Type

    # --- data ---------------------------------------------------------------

    def set_card(self, card: model.Card) -> None:
        old = self.card
        if (old.w, old.h) != (card.w, card.h) or self._text is None:
            self.prepareGeometryChange()
            self._shape = None
        self.card = card
        self.setZValue(card.z)
        self._relayout()
        self.move_to(QPointF(card.x, card.y))

    def move_to(self, pos: QPointF) -> None:
        """Move and let the links follow. (No ``itemChange`` override: PySide calls it for
        every change of every item, which costs time on big boards and has bitten us
        with reference-count errors.)"""
        if pos != self.pos():
            self.setPos(pos)
            for link in self.links:
                link.track()

    def set_size(self, w: float, h: float) -> None:
        """Live resize while dragging the grip (stored when the drag ends)."""
        self.prepareGeometryChange()
        self._shape = None
        self.card = model.Card(**{**vars(self.card), "w": w, "h": h})
        self._relayout()
        for link in self.links:
            link.track()

    def add_dot(self, dot_id: int, color: str) -> None:
        self.dots[dot_id] = color
        self._relayout()

    def remove_dot(self, dot_id: int) -> None:
        if self.dots.pop(dot_id, None) is not None:
            self._relayout()

    def dot_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for color in self.dots.values():
            counts[color] = counts.get(color, 0) + 1
        return counts

    def _relayout(self) -> None:
        """Forget the text layout; it is made again when the card is next painted (a card
        off screen on a big board is never laid out at all while the file opens)."""
        self._text = None
        self.update()

    def text_layout(self) -> CardText:
        if self._text is None:
            c = self.card
            style = st.CARD_KIND_STYLES[c.kind]
            self._text = layout_card(
                c.title, c.text, c.w, c.h, influence=c.influence, has_dots=bool(self.dots), header_band=style.header_band
            )
            tip = c.title if not c.text else f"{c.title}\n\n{c.text}"
            self.setToolTip(tip[:2000] if self._text.truncated else "")
        return self._text

    def text_boxes(self) -> list[bl.Rect]:
        """The lines of title and text in scene coordinates (``board_layout.text_boxes``):
        what a link label must not cover, as in the PDF."""
        p = self.pos()
        return [bl.Rect(b.x + p.x(), b.y + p.y(), b.w, b.h) for b in self.text_layout().boxes]

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.card.w, self.card.h)

    def scene_rect(self) -> bl.Rect:
        p = self.pos()
        return bl.Rect(p.x(), p.y(), self.card.w, self.card.h)

    def set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self.update()

    # --- hit areas ----------------------------------------------------------

    def handle_center(self) -> QPointF:
        return QPointF(self.card.w, self.card.h / 2)

    def handle_hit_radius(self) -> float:
        """At least ``HANDLE_HIT_PX`` on screen, whatever the zoom: linking is the core gesture."""
        scene = self.scene()
        zoom = getattr(scene, "zoom", 1.0) or 1.0
        return max(HANDLE_RADIUS + 3, HANDLE_HIT_PX / zoom)

    def on_link_handle(self, local: QPointF) -> bool:
        reach = self.handle_hit_radius()
        if self.rect().contains(local):
            # On the card itself the handle takes only the edge: the rest moves or selects it.
            reach = max(HANDLE_RADIUS + 3, min(reach, self.card.w * 0.2, self.card.h * 0.35))
        d = local - self.handle_center()
        return d.x() * d.x() + d.y() * d.y() <= reach * reach

    def on_resize_grip(self, local: QPointF) -> bool:
        return self.isSelected() and local.x() >= self.card.w - GRIP and local.y() >= self.card.h - GRIP

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            # Winding fill: with the default odd-even rule, where rectangle and circle
            # overlap was a hole, and a press on the handle went to the board (it panned).
            path.setFillRule(Qt.FillRule.WindingFill)
            path.addRect(self.rect())
            path.addEllipse(self.handle_center(), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
            self._shape = path
        return self._shape

    # --- events -------------------------------------------------------------

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        self._hover = True
        self.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        pos = event.pos()
        if self.on_link_handle(pos):
            self.setCursor(Qt.CursorShape.CrossCursor)
        elif self.on_resize_grip(pos):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        self._hover = False
        self.unsetCursor()
        self.update()

    # --- painting -----------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        c = self.card
        style = st.CARD_KIND_STYLES[c.kind]
        rect = self.rect()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(qt_style.card_pen(c.kind, c.area))
        painter.setBrush(qt_style.brush(st.area_color(c.area)))
        radius = style.corner_radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if radius:
            painter.drawRoundedRect(rect, radius, radius)
        else:
            painter.drawRect(rect)
        if card_lod.needs_title_only(lod):
            # Zoomed out (fit on a beamer): the title alone, large enough to read; never a blank box.
            card_lod.paint_title_only(painter, rect, c.title, lod, st.TEXT_COLOR)
            self._paint_dots(painter)
            if self.isSelected() and self.show_selection:
                self._paint_selection(painter, rect, radius)
            return
        text = self.text_layout()
        if text.header_height:
            half = style.border_width / 2
            band = QRectF(half, half, c.w - 2 * half, min(text.header_height, c.h) - half)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qt_style.brush(st.header_band_color(c.area)))
            painter.drawRoundedRect(band, max(0.0, radius - half), max(0.0, radius - half))
            painter.drawRect(band.adjusted(0, band.height() / 2, 0, 0))
        for line in text.lines:
            painter.setFont(line.font)
            painter.setPen(QColor(line.color))
            painter.drawStaticText(line.pos, line.text)
        self._paint_influence(painter)
        self._paint_dots(painter)
        if self.isSelected() and self.show_selection:
            self._paint_selection(painter, rect, radius)
        if (self._hover or self.isSelected() or self._drop_target) and self.show_selection:
            self._paint_handles(painter)

    def _paint_influence(self, painter: QPainter) -> None:
        marks = bl.influence_marks(bl.Rect(0, 0, self.card.w, self.card.h), self.card.influence)
        if not marks:
            return
        painter.setPen(QPen(QColor(st.INFLUENCE_COLOR), 1.2))
        for mark, filled in marks:
            painter.setBrush(qt_style.brush(st.INFLUENCE_COLOR if filled else st.INFLUENCE_EMPTY_COLOR))
            painter.drawRect(QRectF(mark.x, mark.y, mark.w, mark.h))

    def _paint_dots(self, painter: QPainter) -> None:
        if not self.dots:
            return
        badges = bl.dot_badges(bl.Rect(0, 0, self.card.w, self.card.h), self.dots.values())
        painter.setFont(qt_style.font(st.DOT_FONT_SIZE, bold=True))
        for badge in badges:
            painter.setPen(QPen(QColor(st.darker(badge.color, 0.7)), 1.0))
            painter.setBrush(qt_style.brush(badge.color))
            painter.drawEllipse(QPointF(badge.cx, badge.cy), badge.r, badge.r)
            if badge.count > 1:
                painter.setPen(QColor(st.DOT_COUNT_COLOR))
                box = QRectF(badge.cx - badge.r, badge.cy - badge.r, 2 * badge.r, 2 * badge.r)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(badge.count))

    def _paint_selection(self, painter: QPainter, rect: QRectF, radius: float) -> None:
        painter.setPen(qt_style.selection_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        gap = st.SELECTION_WIDTH + 1
        painter.drawRoundedRect(rect.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap)

    def _paint_handles(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(qt_style.brush(st.SELECTION_COLOR))
        center = self.handle_center()
        painter.drawEllipse(center, HANDLE_RADIUS, HANDLE_RADIUS)
        painter.setPen(QPen(QColor("#ffffff"), 2.2))
        painter.drawLine(center + QPointF(-4, 0), center + QPointF(4, 0))
        painter.drawLine(center + QPointF(1, -3.5), center + QPointF(4.5, 0))
        painter.drawLine(center + QPointF(1, 3.5), center + QPointF(4.5, 0))
        if self.isSelected():
            w, h = self.card.w, self.card.h
            painter.setPen(QPen(QColor(st.SELECTION_COLOR), 2))
            for i in (4, 8, 12):
                painter.drawLine(QPointF(w - i, h - 3), QPointF(w - 3, h - i))
