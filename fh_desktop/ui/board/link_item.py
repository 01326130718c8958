"""A link between two cards: a line from border to border (bent around the cards in its
way, ``board_layout.link_geometry``), with arrow heads and a label."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_style as st
from fh_desktop.domain import model
from fh_desktop.ui.board import qt_style
from fh_desktop.ui.board.card_item import CardItem
from fh_desktop.ui.board.zone_item import ZoneItem

LINK_Z = -50.0  # above zones, below cards: a line never covers a card's text
LABEL_Z = 1e6  # labels above cards: the gap between two neighbours is often narrower than a label
HIT_WIDTH = 14.0  # lines are thin; clicking them must not need a steady hand
LABEL_MAX = 60  # characters shown on the board; the side panel shows all
LOD_LABEL = 0.35


class LinkItem(QGraphicsItem):
    Type = qt_style.USER_TYPE + 2

    def __init__(self, link: model.Link, source: CardItem, target: CardItem, lane: float = 0.0) -> None:
        super().__init__()
        self.link_id: int = link.id  # type: ignore[assignment]
        self.link = link
        self.source = source
        self.target = target
        self.lane = lane
        self._geo: bl.LinkGeometry | None = None
        self._label: QStaticText | None = None
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self._from = self._to = QPointF()
        self._curve: QPainterPath | None = None  # the drawn stroke of a bent link
        self._label_t = 0.5  # where along the line the label sits
        self._arrows: list[QPolygonF] = []
        self.label_item = LinkLabelItem(self)
        self._shape: QPainterPath | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect
        self.setZValue(LINK_Z)
        source.links.add(self)
        target.links.add(self)
        self.set_link(link)

    def type(self) -> int:
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
        self.track(place=True)

    def has_label(self) -> bool:
        return self._label is not None

    def detach(self) -> None:
        self.source.links.discard(self)
        self.target.links.discard(self)

    def track(
        self, grid: bl.RectGrid | None = None, headers: tuple[bl.Rect, ...] = (), place: bool = False,
        texts: bl.RectLookup | None = None, cards: bl.RectLookup | None = None,
    ) -> None:  # fmt: skip
        """Follow the cards: recompute the line after a card moved or changed size.

        The label keeps its place along the line, and the scene looks for a better spot
        once the current batch of changes is done (a drag moves the cards of a thousand
        links: each label is placed once, not once per end per event). ``place``: look
        now. ``grid``, ``headers`` and ``texts``: cards and labels already placed, the
        zones' label strips and the lines of card text (``CardTexts``), when the scene
        places many labels at once (opening a board). ``cards``: the cards the line bends
        around (by default those the scene holds, ``SceneCards``)."""
        scene = self.scene()
        if cards is None and scene is not None:
            cards = SceneCards(scene)
        geo = bl.link_geometry(
            self.source.scene_rect(), self.target.scene_rect(), self.link.direction, self.lane, self.link_id, cards
        )
        self.prepareGeometryChange()
        self._geo = geo
        self._shape = None
        line_box = geo.bounds()
        pad = max(st.ARROW_LENGTH, HIT_WIDTH) + 2
        bounds = QRectF(line_box.x, line_box.y, line_box.w, line_box.h).adjusted(-pad, -pad, pad, pad)
        if self._label is not None:
            size = self._label.size()
            p = st.LINK_LABEL_PADDING
            lw, lh = size.width() + 2 * p, size.height() + 2 * p
            if grid is not None or place or scene is None:
                lx, ly = self._place_label(geo, lw, lh, grid, headers, texts)
            else:
                t = self._label_t
                (x1, y1), (x2, y2) = geo.label_line()
                lx, ly = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
                schedule = getattr(scene, "schedule_label", None)
                if schedule is not None:
                    schedule(self)
            self._label_rect = QRectF(lx - lw / 2, ly - lh / 2, lw, lh)
            if grid is not None:
                grid.add(bl.Rect(lx - lw / 2, ly - lh / 2, lw, lh))
        else:
            self._label_rect = QRectF()
        self._bounds = bounds
        # Everything paint needs, so that painting (every scroll step) only draws.
        inset = st.ARROW_LENGTH * 0.8
        a, control, b = geo.stroke(inset if geo.arrow_start else 0.0, inset if geo.arrow_end else 0.0)
        self._from, self._to = QPointF(*a), QPointF(*b)
        self._curve = None
        if control is not None:
            self._curve = QPainterPath(self._from)
            self._curve.quadTo(QPointF(*control), self._to)
        self._arrows = []
        if geo.arrow_end:
            self._arrows.append(QPolygonF([QPointF(*p) for p in bl.arrow_head(geo.end, geo.tail_of_end())]))
        if geo.arrow_start:
            self._arrows.append(QPolygonF([QPointF(*p) for p in bl.arrow_head(geo.start, geo.tail_of_start())]))
        self.label_item.follow()

    def _place_label(
        self, geo: bl.LinkGeometry, lw: float, lh: float, grid: bl.RectGrid | None, headers: tuple[bl.Rect, ...],
        texts: bl.RectLookup | None = None,
    ) -> tuple[float, float]:  # fmt: skip
        """Where the label goes: ``board_layout.place_label_in_grids``, the search the PDF
        places its labels with (``link_geometries``), against the same things: cards and
        labels placed before, zone label strips, and, weighing most, the card text."""
        scene = self.scene()
        along = geo.label_line()
        boxes = bl.label_boxes(*along, lw, lh)
        if grid is not None:
            obstacles: bl.RectLookup = grid
            soft: bl.RectLookup = bl.RectGrid(headers)
            text = texts if texts is not None else CardTexts(self._cards_near(boxes))
        else:
            cards: list[CardItem] = []
            found: list[bl.Rect] = []
            strips: list[bl.Rect] = list(headers)
            if scene is not None:
                for box in boxes:
                    area = QRectF(box.x, box.y, box.w, box.h)
                    for i in scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                        if isinstance(i, CardItem):
                            cards.append(i)
                        elif isinstance(i, ZoneItem):
                            strips.append(i.header_rect())
                        elif isinstance(i, LinkLabelItem) and i.link is not self and i.isVisible():
                            r = i.link._label_rect
                            found.append(bl.Rect(r.x(), r.y(), r.width(), r.height()))
            else:
                cards = [self.source, self.target]
            unique = list(dict.fromkeys(cards))
            obstacles = bl.RectGrid([c.scene_rect() for c in unique] + list(dict.fromkeys(found)))
            soft = bl.RectGrid(dict.fromkeys(strips))
            text = CardTexts(unique)
        lx, ly = bl.place_label_in_grids(*along, lw, lh, obstacles, soft, text)
        (x1, y1), (x2, y2) = along
        length2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
        self._label_t = ((lx - x1) * (x2 - x1) + (ly - y1) * (y2 - y1)) / length2 if length2 else 0.5
        return lx, ly

    def _cards_near(self, boxes: list[bl.Rect]) -> list[CardItem]:
        scene = self.scene()
        if scene is None:
            return [self.source, self.target]
        out: dict[CardItem, None] = {}
        for box in boxes:
            for i in scene.items(QRectF(box.x, box.y, box.w, box.h), Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                if isinstance(i, CardItem):
                    out[i] = None
        return list(out)

    def geometry(self) -> bl.LinkGeometry | None:
        return self._geo

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            geo = self._geo
            if geo is not None:
                path.moveTo(*geo.start)
                if geo.control is not None:
                    path.quadTo(QPointF(*geo.control), QPointF(*geo.end))
                else:
                    path.lineTo(*geo.end)
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            self._shape = stroker.createStroke(path)
        return self._shape

    def path(self) -> QPainterPath:
        """The drawn line (without arrow heads) as a path: a curve for a bent link."""
        if self._curve is not None:
            return QPainterPath(self._curve)
        path = QPainterPath(self._from)
        path.lineTo(self._to)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._from == self._to:
            return
        exposed = option.exposedRect
        pen = qt_style.link_pen(self.link.kind)
        if self._curve is not None:
            self._paint_curve(painter, option, pen)
            return
        # Draw only the part in the exposed area: a link across the whole board would
        # otherwise lay out its dash pattern over thousands of pixels on every scroll step.
        margin = pen.widthF() + st.ARROW_LENGTH
        part = _clip(self._from, self._to, exposed.adjusted(-margin, -margin, margin, margin))
        if part is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= LOD_LABEL)
        a, b = part
        if self.isSelected():
            self._paint_halo(painter, pen, lambda: painter.drawLine(QLineF(a, b)))
        if a != self._from and pen.dashPattern():
            pen = QPen(pen)  # keep the dashes where they were before clipping
            pen.setDashOffset(QLineF(self._from, a).length() / pen.widthF())
        painter.setPen(pen)
        painter.drawLine(QLineF(a, b))
        self._paint_arrows(painter, exposed, pen)

    def _paint_curve(self, painter: QPainter, option: QStyleOptionGraphicsItem, pen: QPen) -> None:
        """A bent link: the whole curve (there are few of them, so no clipping as for lines)."""
        assert self._curve is not None
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod >= LOD_LABEL)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.isSelected():
            curve = self._curve
            self._paint_halo(painter, pen, lambda: painter.drawPath(curve))
        painter.setPen(pen)
        painter.drawPath(self._curve)
        self._paint_arrows(painter, option.exposedRect, pen)

    @staticmethod
    def _paint_halo(painter: QPainter, pen: QPen, draw: Callable[[], None]) -> None:
        """The selection's soft halo under a link: ``draw`` strokes the line or curve."""
        halo = QPen(QColor(st.SELECTION_COLOR), pen.widthF() + 6)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(halo)
        opacity = painter.opacity()
        painter.setOpacity(0.35 * opacity)
        draw()
        painter.setOpacity(opacity)

    def _paint_arrows(self, painter: QPainter, exposed: QRectF, pen: QPen) -> None:
        if self._arrows:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(qt_style.brush(pen.color().name()))
            for arrow in self._arrows:
                if exposed.intersects(arrow.boundingRect()):
                    painter.drawPolygon(arrow)


class SceneCards:
    """The cards of a scene near a spot (``board_layout.RectLookup``), asked from the
    scene's own index: the cards a link bends around (``board_layout.link_geometry``)."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene

    def near(self, r: bl.Rect) -> list[bl.Rect]:
        items = self._scene.items(QRectF(r.x, r.y, r.w, r.h), Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        return [i.scene_rect() for i in items if isinstance(i, CardItem)]


class CardTexts:
    """The lines of card text near a spot (``board_layout.RectLookup``), for placing labels.

    A card's text is laid out when a label first comes near it, not before: a board of a
    thousand cards opens without laying out the cards no label touches."""

    def __init__(self, cards: Iterable[CardItem]) -> None:
        self._grid = bl.RectGrid()
        self._cards: dict[bl.Rect, list[CardItem]] = {}
        for card in cards:
            rect = card.scene_rect()
            if rect not in self._cards:
                self._grid.add(rect)
            self._cards.setdefault(rect, []).append(card)

        self._boxes: dict[bl.Rect, list[bl.Rect]] = {}  # per card place, once asked

    def near(self, r: bl.Rect) -> list[bl.Rect]:
        out: list[bl.Rect] = []
        for rect in dict.fromkeys(self._grid.near(r)):
            if not (rect.x < r.right and r.x < rect.right and rect.y < r.bottom and r.y < rect.bottom):
                continue  # text lies inside its card: a card the spot misses needs no layout
            boxes = self._boxes.get(rect)
            if boxes is None:
                boxes = self._boxes[rect] = [b for card in self._cards[rect] for b in card.text_boxes()]
            out += boxes
        return out


def _clip(a: QPointF, b: QPointF, rect: QRectF) -> tuple[QPointF, QPointF] | None:
    """The part of segment a-b inside ``rect``, or None."""
    ts = bl.clip_segment((a.x(), a.y()), (b.x(), b.y()), rect.left(), rect.top(), rect.right(), rect.bottom())
    if ts is None:
        return None
    d = b - a
    return a + d * ts[0], a + d * ts[1]


class LinkLabelItem(QGraphicsItem):
    """The label of a link, drawn above the cards; clicking it selects the link."""

    Type = qt_style.USER_TYPE + 4

    def __init__(self, link: LinkItem) -> None:
        super().__init__()
        self.link = link
        self.setZValue(LABEL_Z)

    def type(self) -> int:
        return self.Type

    def follow(self) -> None:
        self.prepareGeometryChange()
        self.setVisible(self.link.has_label() and not self.link.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
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
        selected = link.isSelected()
        painter.setPen(QPen(QColor(st.SELECTION_COLOR) if selected else color, 2.0 if selected else 1.0))
        painter.setBrush(qt_style.brush(st.LINK_LABEL_BACKGROUND))
        painter.drawRoundedRect(link._label_rect, 3, 3)
        painter.setFont(qt_style.font(st.LINK_LABEL_FONT_SIZE))
        painter.setPen(QColor(st.TEXT_COLOR))
        p = st.LINK_LABEL_PADDING
        painter.drawStaticText(link._label_rect.topLeft() + QPointF(p, p), link._label)
