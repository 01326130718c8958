"""Every board action as one undo command: what toolbar, keys, menus and panels call.

The controller knows the scene (what is selected, where things are) and the store's
board service; it builds commands and pushes them. It never touches items itself:
the scene follows the store's events.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsItem

from fh_desktop.domain import board_ops, enums, model
from fh_desktop.domain import board_style as st
from fh_desktop.domain.board_layout import Rect
from fh_desktop.domain.errors import FhError
from fh_desktop.store.services.board import BoardService
from fh_desktop.ui.board.card_item import CardItem
from fh_desktop.ui.board.commands import (
    AddItemsCommand,
    BoardCommand,
    RemoveItemsCommand,
    UpdateCommand,
    stored_ids,
    values_of,
)
from fh_desktop.ui.board.scene import BoardScene
from fh_desktop.ui.board.view import BoardView
from fh_desktop.ui.board.zone_item import ZoneItem
from fh_desktop.ui.common.commands import WorkshopCommands

DUPLICATE_OFFSET = 2 * st.GRID_SIZE
ZONE_DEFAULT_SIZE = (600.0, 400.0)


class BoardController(QObject):
    error = Signal(object)  # an FhError to show
    edit_requested = Signal(int)  # open the in-place editor for this card

    def __init__(self, service: BoardService, scene: BoardScene, view: BoardView, commands: WorkshopCommands, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.service = service
        self.scene = scene
        self.view = view
        self.commands = commands
        self.stack = commands.stack
        self.card_kind: str = enums.CardKind.ACTOR
        self.link_kind = enums.LinkKind.EXCHANGE
        self.link_direction = enums.LinkDirection.FORWARD
        self.dot_color = enums.DOT_COLORS[0]
        self._merge_burst = 0  # raised when a text field loses focus: the next typing is a new step

    # --- plumbing -----------------------------------------------------------

    def _report(self, exc: BaseException) -> None:
        self.error.emit(exc)

    def push(self, command: BoardCommand) -> bool:
        """One step on the workshop's history; a refused one leaves no step, and the scene
        re-reads what the store has (a refused move snaps the card back)."""
        command.resync = self.resync
        return self.commands.push(command)

    def resync(self) -> None:
        try:
            self.scene.load(self.service.board())
        except Exception as exc:
            self._report(exc)

    def new_burst(self) -> None:
        self._merge_burst += 1

    def burst(self) -> int:
        return self._merge_burst

    # --- creating -----------------------------------------------------------

    def _area_at(self, x: float, y: float) -> str:
        """A new card in a zone coloured for a planning area gets that area."""
        by_color = {v: k for k, v in st.AREA_ZONE_COLORS.items() if k != enums.PlanningArea.OTHER}
        for zone in sorted(self.scene.zones.values(), key=lambda z: -z.zValue()):
            if zone.scene_rect().contains(x, y) and zone.zone.color in by_color:
                return by_color[zone.zone.color]
        return enums.PlanningArea.OTHER

    def _free_place(self, size: tuple[float, float], center: QPointF, *, nest: bool) -> tuple[float, float]:
        """The top-left corner of a new card or zone of ``size``: centred on ``center`` if
        that is free, else the nearest free spot. Never on a card or a zone's label;
        ``nest``: it may lie inside a zone (wholly, never across its edge), else it keeps
        off all zones too."""
        w, h = size
        x, y = center.x() - w / 2, center.y() - h / 2
        if self.scene.snapping:
            x, y = board_ops.snap(x), board_ops.snap(y)
        cards = [c.scene_rect() for c in self.scene.cards.values()]
        zones = [z.scene_rect() for z in self.scene.zones.values()]
        if nest:
            headers = [z.header_rect() for z in self.scene.zones.values()]
            return board_ops.free_place(size, (x, y), [*cards, *headers], zones)
        return board_ops.free_place(size, (x, y), [*cards, *zones])

    def _show(self, x: float, y: float, w: float, h: float) -> None:
        """Scroll as little as needed for a new item to be in view."""
        if not self.view.visible_rect().contains(QRectF(x, y, w, h)):
            self.view.ensureVisible(QRectF(x, y, w, h), 40, 40)

    def create_card(self, at: QPointF | None = None, kind: str | None = None, edit: bool = True) -> int | None:
        """A new card centred on ``at`` (scene: the pointer, which may be inside a zone),
        or in free board near the middle of the view; where that is taken, at the nearest
        free spot (see ``_free_place``)."""
        w, h = st.CARD_DEFAULT_SIZE
        center = at if at is not None else self.view.visible_rect().center()
        x, y = self._free_place((w, h), center, nest=at is not None)
        card = model.Card(
            id=1,
            kind=kind or self.card_kind,
            area=self._area_at(x + w / 2, y + h / 2),
            x=x,
            y=y,
            w=w,
            h=h,
            z=board_ops.stacking_top(c.card.z for c in self.scene.cards.values()),
        )
        command = AddItemsCommand(self.service, self.tr("Karte anlegen"), model.Board(cards=[card]))
        if not self.push(command):
            return None
        card_id = stored_ids(command.stored().cards)[0]
        self._show(x, y, w, h)
        self.select_cards([card_id])
        if edit:
            self.edit_requested.emit(card_id)
        return card_id

    def create_zone(self, at: QPointF | None = None, label: str | None = None, color: str | None = None) -> int | None:
        """A new zone in free space near the middle of the view, never on cards or other
        zones; at ``at`` (the pointer, "Neue Zone hier") it may lie inside a larger zone
        (a gap in an area), still on no card."""
        w, h = ZONE_DEFAULT_SIZE
        center = at if at is not None else self.view.visible_rect().center()
        x, y = self._free_place((w, h), center, nest=at is not None)
        x, y = board_ops.snap(x), board_ops.snap(y)
        zones = [z.zone.z for z in self.scene.zones.values()]
        zone = model.Zone(
            id=1,
            label=label if label is not None else self.tr("Neue Zone"),
            color=color or st.ZONE_COLORS[len(zones) % len(st.ZONE_COLORS)],
            x=x,
            y=y,
            w=w,
            h=h,
            # New zones lie on older ones (a gap inside an area), always behind links and cards.
            z=min(board_ops.stacking_top(zones) if zones else -100.0, -60.0),
        )
        command = AddItemsCommand(self.service, self.tr("Zone anlegen"), model.Board(zones=[zone]))
        if not self.push(command):
            return None
        zone_id = stored_ids(command.stored().zones)[0]
        self._show(x, y, w, h)
        self.scene.select_only([self.scene.zones[zone_id]])
        return zone_id

    def link(self, source_id: int, target_id: int) -> int | None:
        if source_id == target_id:
            return None
        link = model.Link(source_id=source_id, target_id=target_id, kind=self.link_kind, direction=self.link_direction)
        command = AddItemsCommand(self.service, self.tr("Verbinden"), model.Board(links=[link]))
        if not self.push(command):
            return None
        link_id = stored_ids(command.stored().links)[0]
        if link_id in self.scene.links:
            self.scene.select_only([self.scene.links[link_id]])
        return link_id

    def link_selected(self) -> int | None:
        """Ctrl+L: link the first two selected cards, in the order they were selected."""
        order = self.scene.selection_order
        if len(order) != 2:
            return None
        return self.link(order[0], order[1])

    def apply_template(self) -> bool:
        """The prepared template, right of what is already on the board; one undo step."""
        try:
            template = self.service.template()
        except FhError as exc:
            self._report(exc)
            return False
        content = self.scene.content_rect()
        origin = (0.0, 0.0) if content.isEmpty() else (board_ops.snap(content.right() + 200), board_ops.snap(content.top()))
        command = AddItemsCommand(
            self.service,
            self.tr("Vorlage einfügen"),
            model.Board(),
            first=lambda: self.service.apply_template(template, origin),
        )
        ok = self.push(command)
        if ok:
            self.scene.clearSelection()
            self.view.fit_all()
        return ok

    # --- selection ------------------------------------------------------------

    def select_cards(self, ids: list[int]) -> None:
        self.scene.select_only([self.scene.cards[i] for i in ids if i in self.scene.cards])

    def select_all(self) -> None:
        self.scene.select_only([*self.scene.cards.values(), *self.scene.zones.values(), *self.scene.links.values()])

    def delete_selection(self) -> None:
        cards, zones, links = self.scene.selected_ids()
        if not (cards or zones or links):
            return
        n = len(cards) + len(zones) + len(links)
        text = self.tr("Karte löschen") if (len(cards), n) == (1, 1) else self.tr("%n Elemente löschen", "", n)
        self.push(RemoveItemsCommand(self.service, text, cards, zones, links))

    def duplicate_selection(self) -> None:
        cards, zones, _ = self.scene.selected_ids()
        if not (cards or zones):
            return
        board = self.service.board()
        part = model.Board(
            cards=[c for c in board.cards if c.id in set(cards)],
            zones=[z for z in board.zones if z.id in set(zones)],
            links=board.links,
            dots=board.dots,
        )
        top = board_ops.stacking_top(c.z for c in board.cards) - 1
        dx, dy = self._duplicate_shift(part)
        copied = board_ops.copy_items(part, dx, dy, z_base=top)
        for zone in copied.zones:
            zone.z = min(zone.z + 1, -60.0)
        command = AddItemsCommand(self.service, self.tr("Duplizieren"), copied)
        if self.push(command):
            added = command.stored()
            card_items, zone_items = self.scene.cards, self.scene.zones
            items: list[CardItem | ZoneItem] = [card_items[i] for i in stored_ids(added.cards) if i in card_items]
            items += [zone_items[i] for i in stored_ids(added.zones) if i in zone_items]
            self.scene.select_only(items)

    def _duplicate_shift(self, part: model.Board) -> tuple[float, float]:
        """How far the copies go: as a group, to the nearest free spot right of the
        originals (never on a card, over their own originals or across a zone's edge)."""
        rects = [Rect(c.x, c.y, c.w, c.h) for c in part.cards] + [Rect(z.x, z.y, z.w, z.h) for z in part.zones]
        left, top = min(r.x for r in rects), min(r.y for r in rects)
        right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
        size = (right - left, bottom - top)
        prefer = (right + DUPLICATE_OFFSET, top)
        cards = [c.scene_rect() for c in self.scene.cards.values()]
        zones = [z.scene_rect() for z in self.scene.zones.values()]
        if part.zones:  # zones with their cards: off every card and zone
            x, y = board_ops.free_place(size, prefer, [*cards, *zones])
        else:  # cards: inside a zone (wholly) or outside, never on its label
            headers = [z.header_rect() for z in self.scene.zones.values()]
            x, y = board_ops.free_place(size, prefer, [*cards, *headers], zones)
        return x - left, y - top

    # --- geometry ------------------------------------------------------------

    def moved(self, cards: dict, zones: dict) -> None:
        self.push(UpdateCommand(self.service, self.tr("Verschieben"), cards=cards, zones=zones))

    def resized(self, kind: str, ident: int, old: dict, new: dict) -> None:
        changes = {ident: (old, new)}
        args = {"cards": changes} if kind == "card" else {"zones": changes}
        self.push(UpdateCommand(self.service, self.tr("Größe ändern"), **args))

    def nudge(self, dx: float, dy: float) -> None:
        cards, zones, _ = self.scene.selected_ids()
        if not (cards or zones):
            return
        # A zone carries what it holds, as when dragged.
        carried_zones, carried_cards = self.scene.zone_carry(zones)
        cmove = {i: self.scene.cards[i].card for i in {*cards, *carried_cards}}
        zmove = {i: self.scene.zones[i].zone for i in carried_zones}

        def shift(things: dict[int, Any]) -> dict:
            return {i: ({"x": t.x, "y": t.y}, {"x": t.x + dx, "y": t.y + dy}) for i, t in things.items()}

        key = ("nudge", frozenset(cmove), frozenset(zmove))
        self.push(UpdateCommand(self.service, self.tr("Verschieben"), cards=shift(cmove), zones=shift(zmove), merge_key=key))

    def align(self, mode: str) -> None:
        rects = {i: self.scene.cards[i].scene_rect() for i in self.scene.selected_ids()[0]}
        if len(rects) < 2:
            return
        positions = board_ops.align(rects, mode)
        self._place(rects, positions, self.tr("Ausrichten"))

    def distribute(self, axis: str) -> None:
        rects = {i: self.scene.cards[i].scene_rect() for i in self.scene.selected_ids()[0]}
        if len(rects) < 3:
            return
        self._place(rects, board_ops.distribute(rects, axis), self.tr("Verteilen"))

    def _place(self, rects: dict[int, Rect], positions: dict[int, tuple[float, float]], text: str) -> None:
        changes = {
            i: ({"x": rects[i].x, "y": rects[i].y}, {"x": x, "y": y})
            for i, (x, y) in positions.items()
            if (x, y) != (rects[i].x, rects[i].y)
        }
        if changes:
            self.push(UpdateCommand(self.service, text, cards=changes))

    def restack(self, front: bool) -> None:
        cards, zones, _ = self.scene.selected_ids()
        changes: dict[str, dict] = {"cards": {}, "zones": {}}
        if cards:
            all_z = [c.card.z for c in self.scene.cards.values()]
            base = max(all_z) + 1 if front else min(all_z) - len(cards)
            chosen = sorted(cards, key=lambda i: self.scene.cards[i].card.z)
            for n, i in enumerate(chosen):
                changes["cards"][i] = ({"z": self.scene.cards[i].card.z}, {"z": base + n})
        if zones:
            all_z = [z.zone.z for z in self.scene.zones.values()]
            base = min(max(all_z) + 1, -60.0 - len(zones)) if front else min(all_z) - len(zones)
            chosen = sorted(zones, key=lambda i: self.scene.zones[i].zone.z)
            for n, i in enumerate(chosen):
                changes["zones"][i] = ({"z": self.scene.zones[i].zone.z}, {"z": base + n})
        if changes["cards"] or changes["zones"]:
            text = self.tr("In den Vordergrund") if front else self.tr("In den Hintergrund")
            self.push(UpdateCommand(self.service, text, **changes))

    # --- editing ------------------------------------------------------------

    def _edit(self, topic: str, ident: int, values: dict[str, Any], field: str | None, text: str) -> None:
        """One card, link or zone changes; typing in ``field`` merges into one undo step
        per burst (a burst ends when the field loses focus)."""
        tables: dict[str, Mapping[int, QGraphicsItem]] = {
            "card": self.scene.cards,
            "link": self.scene.links,
            "zone": self.scene.zones,
        }
        item = tables[topic].get(ident)
        if item is None:
            return
        old = values_of(getattr(item, topic), list(values))
        if old == values:
            return
        key = (topic, ident, field, self._merge_burst) if field else None
        self.push(UpdateCommand(self.service, text, merge_key=key, **{f"{topic}s": {ident: (old, values)}}))

    def edit_card(self, ident: int, values: dict[str, Any], field: str | None = None) -> None:
        self._edit("card", ident, values, field, self.tr("Karte bearbeiten"))

    def edit_cards(self, ids: list[int], values: dict[str, Any], text: str) -> None:
        changes = {}
        for i in ids:
            old = values_of(self.scene.cards[i].card, list(values))
            if old != values:
                changes[i] = (old, values)
        if changes:
            self.push(UpdateCommand(self.service, text, cards=changes))

    def edit_link(self, ident: int, values: dict[str, Any], field: str | None = None) -> None:
        self.link_kind = values.get("kind", self.link_kind)  # the next drawn link is alike
        self.link_direction = values.get("direction", self.link_direction)
        self._edit("link", ident, values, field, self.tr("Verbindung bearbeiten"))

    def reverse_link(self, ident: int) -> None:
        item = self.scene.links.get(ident)
        if item is not None:
            lk = item.link
            self.edit_link(ident, {"source_id": lk.target_id, "target_id": lk.source_id})

    def edit_zone(self, ident: int, values: dict[str, Any], field: str | None = None) -> None:
        self._edit("zone", ident, values, field, self.tr("Zone bearbeiten"))

    # --- Klebepunkte ------------------------------------------------------------

    def add_dot(self, card_ids: list[int], color: str | None = None) -> None:
        color = color or self.dot_color
        dots = [model.Dot(card_id=i, color=color) for i in card_ids if i in self.scene.cards]
        if dots:
            self.push(AddItemsCommand(self.service, self.tr("Klebepunkt setzen"), model.Board(dots=dots)))

    def remove_dot(self, card_id: int, color: str | None = None) -> None:
        item = self.scene.cards.get(card_id)
        if item is None:
            return
        color = color or self.dot_color
        matching = sorted(i for i, c in item.dots.items() if c == color)
        if matching:
            self.push(RemoveItemsCommand(self.service, self.tr("Klebepunkt entfernen"), dot_ids=[matching[-1]]))
