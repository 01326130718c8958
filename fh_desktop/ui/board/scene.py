"""The board scene: one item per card, link and zone, mirroring the store.

The scene builds its items once from ``model.Board`` and then follows the store's
events item by item (``card changed 7`` re-reads card 7 only), so a big board never
reloads because one card moved. Mouse gestures on items (move, resize, draw a link,
stick a dot) start here; what they produce is announced by signals, and the page
turns it into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
)

from fh_desktop.domain import board_layout as bl
from fh_desktop.domain import board_ops
from fh_desktop.domain import board_style as st
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import NotFoundError
from fh_desktop.store.events import BOARD_TOPICS, Op, StoreEvent, Topic
from fh_desktop.store.services.board import BoardService
from fh_desktop.ui.board.card_item import HANDLE_HIT_PX, HANDLE_RADIUS, CardItem
from fh_desktop.ui.board.drag import LinkDrag, MoveDrag, ResizeDrag
from fh_desktop.ui.board.link_item import CardTexts, LinkItem, LinkLabelItem
from fh_desktop.ui.board.overview_layer import FAR_ZOOM, OVERVIEW_MIN_CARDS, OVERVIEW_ZOOM, OverviewLayer
from fh_desktop.ui.board.zone_item import ZoneItem

TOOL_SELECT = "select"
TOOL_LINK = "link"
TOOL_DOT = "dot"
DIMMED = 0.22
LOD_GRID = 0.45  # below: only every fifth grid line


class BoardScene(QGraphicsScene):
    # (cards {id: (old, new)}, zones {id: (old, new)}) after a drag moved things
    moved = Signal(object, object)
    resized = Signal(str, int, object, object)  # "card"/"zone", id, old {w, h}, new {w, h}
    link_drawn = Signal(int, int)  # source card id, target card id
    dot_clicked = Signal(int, bool)  # card id, remove (Shift-click) instead of add
    create_requested = Signal(QPointF)  # double-click on free board
    edit_requested = Signal(str, int)  # double-click on a card or a zone label
    context_requested = Signal(object, QPointF, object)  # item or None, scene pos, screen pos (QPoint)
    content_changed = Signal()  # items came, went, moved or changed size

    def __init__(self, service: BoardService | None = None, parent=None, *, cached: bool = True) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.handlers = self._handlers()
        self.service = service
        self.cached = cached
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor(st.BOARD_BACKGROUND))
        self.cards: dict[int, CardItem] = {}
        self.links: dict[int, LinkItem] = {}
        self.zones: dict[int, ZoneItem] = {}
        self._dot_cards: dict[int, int] = {}  # dot id -> card id
        self.grid_visible = True
        self.snapping = True
        self.read_only = False  # a workshop opened to look at: select and view, never drag
        self.influence_min = 0
        self.tool = TOOL_SELECT
        self.selection_order: list[int] = []  # card ids in the order they were selected
        self._selected_links: set[LinkItem] = set()
        self._drag: MoveDrag | ResizeDrag | LinkDrag | None = None
        self._pending_move: tuple[QPointF, QGraphicsItem] | None = None
        self._content: QRectF | None = None  # cached union of cards and zones
        self._overview_on = False
        self.zoom = 1.0  # the view's, for hit areas that keep their size on screen
        self.overview = OverviewLayer(self)
        self.addItem(self.overview)
        # A batch of a thousand store events announces "content changed" once, afterwards.
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(0)
        self._announce.timeout.connect(self.content_changed)
        self._label_queue: dict[LinkItem, None] = {}  # labels to place once a batch is done
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(0)
        self._label_timer.timeout.connect(self.place_labels)
        self._index_rect = QRectF()
        self.selectionChanged.connect(self._track_selection_order)

    # --- building and mirroring ---------------------------------------------

    def load(self, board: model.Board) -> None:
        self.cancel_drag()
        self._label_queue.clear()
        self.clear()
        self._index_rect = QRectF()
        self.overview = OverviewLayer(self)
        self.addItem(self.overview)
        self.overview.setVisible(self._overview_on)
        self.cards.clear()
        self.links.clear()
        self.zones.clear()
        self._dot_cards.clear()
        self.selection_order.clear()
        self._selected_links = set()
        for zone in board.zones:
            self._add_zone(zone)
        for card in board.cards:
            self._add_card(card)
        for dot in board.dots:
            self._add_dot(dot)
        lanes = bl.lane_offsets(board.links)
        made = []
        for link in board.links:
            item = self._make_link(link, lanes.get(link.id, 0.0))
            if item is not None:
                made.append(item)
        self._fit_index()
        # Lines and labels last, in the links' order, once every card is in place: each line
        # bends around the cards in its way and each label looks for a free spot, as the PDF
        # report does (``board_layout.link_geometries``).
        cards = bl.RectGrid(item.scene_rect() for item in self.cards.values())
        grid = bl.RectGrid(item.scene_rect() for item in self.cards.values())
        headers = tuple(item.header_rect() for item in self.zones.values())
        texts = CardTexts(self.cards.values())
        for item in made:
            if item.has_label():
                item.track(grid, headers, texts=texts, cards=cards)
            else:
                item.track(cards=cards)
        self.apply_filter()
        self.invalidate_content()
        self.content_changed.emit()

    def _fit_index(self) -> None:
        """Give the BSP index room to grow: a scene rect that follows the items would be
        re-partitioned on every card that lands beyond the edge (and asking Qt for that
        rect would walk all items each time)."""
        rect = self.content_rect()
        if rect.isEmpty():
            rect = QRectF(0, 0, 800, 500)
        if self._index_rect.isEmpty() or not self._index_rect.contains(rect):
            self._index_rect = rect.adjusted(-5000, -5000, 5000, 5000)
            self.setSceneRect(self._index_rect)
            self.overview.fit(self._index_rect)

    def schedule_label(self, link: LinkItem) -> None:
        self._label_queue[link] = None
        self._label_timer.start()

    def place_labels(self) -> None:
        """Look for free spots for the labels whose links moved (see ``LinkItem.track``),
        against all cards and the labels that stay, as when the board was opened."""
        queue, self._label_queue = self._label_queue, {}
        links = [link for link in queue if link.scene() is self]
        if not links:
            return
        if len(links) < 4:  # a card or two: asking the scene is cheaper than a grid
            for link in links:
                link.track(place=True)
            return
        grid = bl.RectGrid(item.scene_rect() for item in self.cards.values())
        for other in self.links.values():
            if other not in queue and other.has_label():
                r = other.label_item.boundingRect()
                grid.add(bl.Rect(r.x() + 2, r.y() + 2, r.width() - 4, r.height() - 4))
        headers = tuple(item.header_rect() for item in self.zones.values())
        texts = CardTexts(self.cards.values())
        for link in links:
            link.track(grid, headers, texts=texts)

    def invalidate_content(self) -> None:
        """Items moved, came or went: forget the cached extent, redraw the overview."""
        self._content = None
        self.overview.invalidate()

    def _handlers(self) -> dict[tuple[Topic, Op], Callable[[int], None]]:
        """Every board event and the method that mirrors it (a test checks none is missing)."""
        return {
            (Topic.CARD, Op.ADDED): self._card_added,
            (Topic.CARD, Op.CHANGED): self._card_changed,
            (Topic.CARD, Op.REMOVED): self._card_removed,
            (Topic.LINK, Op.ADDED): self._link_added,
            (Topic.LINK, Op.CHANGED): self._link_changed,
            (Topic.LINK, Op.REMOVED): self._link_removed,
            (Topic.ZONE, Op.ADDED): self._zone_added,
            (Topic.ZONE, Op.CHANGED): self._zone_changed,
            (Topic.ZONE, Op.REMOVED): self._zone_removed,
            (Topic.DOT, Op.ADDED): self._dot_added,
            (Topic.DOT, Op.CHANGED): self._dot_changed,
            (Topic.DOT, Op.REMOVED): self._dot_removed,
        }

    def _store(self) -> BoardService:
        """The board's service; store events reach the handlers only while there is one."""
        assert self.service is not None
        return self.service

    def on_store_event(self, event: StoreEvent) -> None:
        topic, op, ident = event
        if self.service is None:
            return
        if (topic, op) == (Topic.WORKSHOP, Op.RESET):
            self.load(self.service.board())
            return
        if topic not in BOARD_TOPICS:
            return
        self.cancel_drag()
        try:
            self.handlers[(topic, op)](ident)  # type: ignore[arg-type]  # a board row's ident is its int id
        except NotFoundError:  # changed and gone again before we looked: the next event tells
            return
        self.invalidate_content()
        if topic in (Topic.CARD, Topic.ZONE):
            self._announce.start()

    def _card_added(self, ident: int) -> None:
        if ident not in self.cards:
            self._add_card(self._store().card(ident))
            self._apply_filter_to(self.cards[ident])
            self._reroute_near(self.cards[ident].scene_rect())

    def _card_changed(self, ident: int) -> None:
        item = self.cards.get(ident)
        if item is None:
            return self._card_added(ident)
        card = self._store().card(ident)
        resized = (card.w, card.h) != (item.card.w, item.card.h)
        before = item.scene_rect()
        item.set_card(card)  # a move drags the links along by itself
        self._apply_filter_to(item)
        if resized:
            for link in item.links:
                link.track()
        self._reroute_near(before, item.scene_rect())
        self._replace_labels_on(item)
        return None

    def _reroute_near(self, *rects: bl.Rect) -> None:
        """Links of other cards that ran where a card came or went bend around it, or
        straighten again (``board_layout.link_geometry``), as the PDF would draw them."""
        seen: set[LinkItem] = set()
        for r in rects:
            for i in self.items(QRectF(r.x, r.y, r.w, r.h).adjusted(-20, -20, 20, 20), Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                if isinstance(i, LinkItem) and i not in seen:
                    seen.add(i)
                    i.track()

    def _replace_labels_on(self, card: CardItem) -> None:
        """Labels of other links the card now lies under (moved there, or its text grew)
        look for a new spot, as the PDF would place them."""
        r = card.scene_rect()
        for i in self.items(QRectF(r.x, r.y, r.w, r.h), Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(i, LinkLabelItem) and i.isVisible():
                self.schedule_label(i.link)

    def _card_removed(self, ident: int) -> None:
        item = self.cards.pop(ident, None)
        if item is None:
            return
        for link in list(item.links):
            self._link_removed(link.link_id)
        for dot_id in list(item.dots):
            self._dot_cards.pop(dot_id, None)
        if ident in self.selection_order:
            self.selection_order.remove(ident)
        gone = item.scene_rect()
        self.removeItem(item)
        self._reroute_near(gone)

    def _link_added(self, ident: int) -> None:
        if ident not in self.links:
            self._add_link(self._store().link(ident))

    def _link_changed(self, ident: int) -> None:
        item = self.links.get(ident)
        link = self._store().link(ident)
        if item is None or (item.link.source_id, item.link.target_id) != (link.source_id, link.target_id):
            self._link_removed(ident)
            self._add_link(link)
        else:
            item.set_link(link)
            self._apply_filter_to_link(item)

    def _link_removed(self, ident: int) -> None:
        item = self.links.pop(ident, None)
        if item is None:
            return
        item.detach()
        self._selected_links.discard(item)
        self._label_queue.pop(item, None)
        self.removeItem(item.label_item)
        self.removeItem(item)
        self._relane(item.link.source_id, item.link.target_id)

    def _zone_added(self, ident: int) -> None:
        if ident not in self.zones:
            self._add_zone(self._store().zone(ident))

    def _zone_changed(self, ident: int) -> None:
        item = self.zones.get(ident)
        if item is None:
            return self._zone_added(ident)
        item.set_zone(self._store().zone(ident))
        return None

    def _zone_removed(self, ident: int) -> None:
        item = self.zones.pop(ident, None)
        if item is not None:
            self.removeItem(item)

    def _dot_added(self, ident: int) -> None:
        if ident not in self._dot_cards:
            self._add_dot(self._store().dot(ident))

    def _dot_changed(self, ident: int) -> None:
        self._dot_removed(ident)
        self._dot_added(ident)

    def _dot_removed(self, ident: int) -> None:
        card_id = self._dot_cards.pop(ident, None)
        if card_id is not None and card_id in self.cards:
            self.cards[card_id].remove_dot(ident)

    def set_zoom(self, zoom: float) -> None:
        """Far out (below ``OVERVIEW_ZOOM``) the overview layer draws all cards and links
        at once and the items only stay clickable; near, each item paints itself and is
        cached as a pixmap, so scrolling is a matter of copying. A board of workshop size
        keeps its cards (and their titles, see ``card_lod``) down to ``FAR_ZOOM``."""
        self.zoom = zoom
        on = zoom < FAR_ZOOM or (zoom < OVERVIEW_ZOOM and len(self.cards) > OVERVIEW_MIN_CARDS)
        if on == self._overview_on:
            return
        self._overview_on = on
        for card in self.cards.values():
            self._apply_overview(card)
        for link in self.links.values():
            self._apply_overview(link)
        self.overview.setVisible(on)
        self.overview.invalidate()

    def _apply_overview(self, item: CardItem | LinkItem) -> None:
        on = self._overview_on
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, on)
        if isinstance(item, CardItem):
            mode = QGraphicsItem.CacheMode.NoCache if on or not self.cached else QGraphicsItem.CacheMode.DeviceCoordinateCache
            item.setCacheMode(mode)
        else:
            item.label_item.setVisible(not on and item.has_label())

    def _add_card(self, card: model.Card) -> None:
        item = CardItem(card, cached=self.cached)
        if self._overview_on:
            self._apply_overview(item)
        self.cards[card.id] = item  # type: ignore[index]
        self.addItem(item)

    def _add_zone(self, zone: model.Zone) -> None:
        item = ZoneItem(zone)
        self.zones[zone.id] = item  # type: ignore[index]
        self.addItem(item)

    def _add_dot(self, dot: model.Dot) -> None:
        if dot.card_id in self.cards:
            self._dot_cards[dot.id] = dot.card_id  # type: ignore[index]
            self.cards[dot.card_id].add_dot(dot.id, dot.color)  # type: ignore[arg-type]

    def _make_link(self, link: model.Link, lane: float) -> LinkItem | None:
        source, target = self.cards.get(link.source_id), self.cards.get(link.target_id)
        if source is None or target is None:
            return None
        item = LinkItem(link, source, target, lane)
        self.links[link.id] = item  # type: ignore[index]
        self.addItem(item)
        self.addItem(item.label_item)
        if self._overview_on:
            self._apply_overview(item)
        return item

    def _add_link(self, link: model.Link) -> None:
        item = self._make_link(link, 0.0)
        if item is None:
            return
        # Now the line can see the cards it bends around, the label those it should not cover.
        item.track(place=bool(link.label.strip()))
        self._apply_filter_to_link(item)
        self._relane(link.source_id, link.target_id)

    def _relane(self, a: int, b: int) -> None:
        pair = {a, b}
        items = [i for i in self.links.values() if {i.link.source_id, i.link.target_id} == pair]
        lanes = bl.lane_offsets([i.link for i in items])
        for item in items:
            if item.lane != lanes.get(item.link_id, 0.0):
                item.lane = lanes[item.link_id]
                item.track()

    # --- influence filter -----------------------------------------------------

    def set_influence_min(self, level: int) -> None:
        self.influence_min = level
        self.apply_filter()
        self.overview.invalidate()

    def passes_filter(self, card: model.Card) -> bool:
        """Actors and committees below the chosen influence (or unrated) fade out;
        tasks and notes have no influence and always stay."""
        if self.influence_min <= 0 or card.kind not in (enums.CardKind.ACTOR, enums.CardKind.COMMITTEE):
            return True
        return card.influence is not None and card.influence >= self.influence_min

    def apply_filter(self) -> None:
        for item in self.cards.values():
            item.setOpacity(1.0 if self.passes_filter(item.card) else DIMMED)
        for link in self.links.values():
            self._apply_filter_to_link(link)

    def _apply_filter_to(self, item: CardItem) -> None:
        item.setOpacity(1.0 if self.passes_filter(item.card) else DIMMED)
        for link in item.links:
            self._apply_filter_to_link(link)

    def _apply_filter_to_link(self, link: LinkItem) -> None:
        on = self.passes_filter(link.source.card) and self.passes_filter(link.target.card)
        opacity = 1.0 if on else DIMMED
        if link.opacity() != opacity:
            link.setOpacity(opacity)
            link.label_item.setOpacity(opacity)

    # --- queries ----------------------------------------------------------------

    def card_items(self) -> list[CardItem]:
        return list(self.cards.values())

    def _top_item(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, LinkLabelItem):
                return item.link
            if isinstance(item, CardItem | LinkItem | ZoneItem):
                return item
        return None

    def zone_carry(self, zone_ids: list[int]) -> tuple[set[int], set[int]]:
        """(zone ids, card ids) that moving ``zone_ids`` takes along (``board_ops.zone_carry``):
        the zones inside them and the cards they hold now, never a card of another zone."""
        zones = {i: (item.scene_rect(), item.zValue()) for i, item in self.zones.items()}
        cards = {i: item.scene_rect() for i, item in self.cards.items()}
        return board_ops.zone_carry(zone_ids, zones, cards)

    def zone_body_at(self, pos: QPointF) -> ZoneItem | None:
        """The zone whose free inner area (not its label or frame) is at ``pos``, if no
        card, link or handle is there: a drag there selects instead of panning."""
        if self._top_item(pos) is not None:
            return None
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, ZoneItem) and item.rect().contains(item.mapFromScene(pos)):
                return item
        return None

    def link_handle_at(self, pos: QPointF) -> CardItem | None:
        """The card whose link handle is under ``pos`` (generously, see CardItem.handle_hit_radius).

        Never a handle reached through another card: a press inside a card belongs to it.
        """
        inside = self.card_at(pos)
        best: tuple[float, CardItem] | None = None
        radius = max(HANDLE_RADIUS + 3, HANDLE_HIT_PX / (self.zoom or 1.0))
        area = QRectF(pos.x() - radius, pos.y() - radius, 2 * radius, 2 * radius)
        for item in self.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if not isinstance(item, CardItem) or not item.isVisible():
                continue
            if inside is not None and inside is not item:
                continue
            local = item.mapFromScene(pos)
            d = local - item.handle_center()
            dist = (d.x() ** 2 + d.y() ** 2) ** 0.5
            if item.on_link_handle(local) and (best is None or dist < best[0]):
                best = (dist, item)
        return best[1] if best else None

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, CardItem) and item.rect().contains(item.mapFromScene(pos)):
                return item
        return None

    def selected_ids(self) -> tuple[list[int], list[int], list[int]]:
        """(card ids, zone ids, link ids) of the selection."""
        cards, zones, links = [], [], []
        for item in self.selectedItems():
            if isinstance(item, CardItem):
                cards.append(item.card_id)
            elif isinstance(item, ZoneItem):
                zones.append(item.zone_id)
            elif isinstance(item, LinkItem):
                links.append(item.link_id)
        return sorted(cards), sorted(zones), sorted(links)

    def content_rect(self) -> QRectF:
        """Cards and zones (links lie between cards), or an empty rect. Cached: panning
        asks for it every frame."""
        if self._content is None:
            rect = QRectF()
            for item in (*self.cards.values(), *self.zones.values()):
                rect = rect.united(item.sceneBoundingRect())
            self._content = rect
            self._fit_index()
        return QRectF(self._content)

    def select_only(self, items: Sequence[QGraphicsItem]) -> None:
        self.clearSelection()
        for item in items:
            item.setSelected(True)

    def _track_selection_order(self) -> None:
        items = self.selectedItems()
        links = {i for i in items if isinstance(i, LinkItem)}
        for link in links ^ self._selected_links:  # their labels show the selection too
            link.label_item.update()
        self._selected_links = links
        if self._overview_on:
            self.overview.update()
        selected = {i.card_id for i in items if isinstance(i, CardItem)}
        self.selection_order = [c for c in self.selection_order if c in selected]
        self.selection_order += sorted(selected - set(self.selection_order))

    # --- grid -------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt API
        painter.fillRect(rect, QColor(st.BOARD_BACKGROUND))
        if not self.grid_visible:
            return
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        step = st.GRID_SIZE if lod >= LOD_GRID else st.GRID_SIZE * 5
        if step * lod < 4:
            return
        pen = QPen(QColor(st.GRID_COLOR), 0)  # cosmetic: one pixel at any zoom
        painter.setPen(pen)
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        lines = []
        x = left
        while x <= rect.right():
            lines.append(QLineF(x, rect.top(), x, rect.bottom()))
            x += step
        y = top
        while y <= rect.bottom():
            lines.append(QLineF(rect.left(), y, rect.right(), y))
            y += step
        painter.drawLines(lines)

    # --- mouse ------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        pos = event.scenePos()
        mods = event.modifiers()
        if self.read_only:
            self._select_at(pos, mods, event)
            return
        handle = self.link_handle_at(pos) if self.tool not in (TOOL_DOT, TOOL_LINK) else None
        if handle is not None:
            event.accept()
            self._drag = LinkDrag(self, handle)
            self._drag.move(pos)
            return
        item = self._top_item(pos)
        toggle = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if item is None:
            event.ignore()  # free board: the view pans or draws a rubber band
            return
        event.accept()
        if isinstance(item, CardItem):
            local = item.mapFromScene(pos)
            if self.tool == TOOL_DOT:
                self.dot_clicked.emit(item.card_id, bool(mods & Qt.KeyboardModifier.ShiftModifier))
                return
            if self.tool == TOOL_LINK or item.on_link_handle(local) or mods & Qt.KeyboardModifier.AltModifier:
                self._drag = LinkDrag(self, item)
                self._drag.move(pos)
                return
            if item.on_resize_grip(local):
                self._drag = ResizeDrag(self, item)
                return
        if isinstance(item, ZoneItem) and item.on_resize_grip(item.mapFromScene(pos)):
            self._drag = ResizeDrag(self, item)
            return
        if toggle:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.select_only([item])
        if isinstance(item, CardItem | ZoneItem) and item.isSelected():
            self._pending_move = (pos, item)

    def _select_at(self, pos: QPointF, mods: Qt.KeyboardModifier, event: QGraphicsSceneMouseEvent) -> None:
        item = self._top_item(pos)
        if item is None:
            event.ignore()  # the view pans or draws a rubber band
            return
        event.accept()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            item.setSelected(not item.isSelected())
        else:
            self.select_only([item])

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.scenePos()
        if self._pending_move is not None and self._drag is None:
            press, primary = self._pending_move
            screen_delta = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            if screen_delta.manhattanLength() < QApplication.startDragDistance():
                return
            movable = [i for i in self.selectedItems() if isinstance(i, CardItem | ZoneItem)]
            self._drag = MoveDrag(self, press, primary, movable)
            self._pending_move = None
        if self._drag is not None:
            self._drag.move(pos)
            self.invalidate_content()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        drag, self._drag = self._drag, None
        self._pending_move = None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if isinstance(drag, MoveDrag):
            drag.move(event.scenePos())
            cards, zones = drag.finish()
            if cards or zones:
                self.moved.emit(cards, zones)
        elif isinstance(drag, ResizeDrag):
            new = drag.new_size()
            if new != drag.old:
                item = drag.item
                kind, ident = ("card", item.card_id) if isinstance(item, CardItem) else ("zone", item.zone_id)
                self.resized.emit(kind, ident, drag.old, new)
        else:
            target = drag.finish()
            if target is not None:
                self.link_drawn.emit(drag.source.card_id, target.card_id)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        item = self._top_item(event.scenePos())
        event.accept()
        if self.read_only:
            return
        if isinstance(item, CardItem):
            self.select_only([item])
            self.edit_requested.emit("card", item.card_id)
        elif isinstance(item, ZoneItem):
            self.select_only([item])
            self.edit_requested.emit("zone", item.zone_id)
        elif isinstance(item, LinkItem):
            self.select_only([item])
            self.edit_requested.emit("link", item.link_id)
        elif item is None and self.tool == TOOL_SELECT:
            self.create_requested.emit(event.scenePos())

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt API
        item = self._top_item(event.scenePos())
        if item is not None and not item.isSelected():
            self.select_only([item])
        self.context_requested.emit(item, event.scenePos(), event.screenPos())
        event.accept()

    def cancel_drag(self) -> None:
        drag, self._drag = self._drag, None
        self._pending_move = None
        if drag is not None:
            drag.cancel()
            self.invalidate_content()

    def is_dragging(self) -> bool:
        return self._drag is not None
