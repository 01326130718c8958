"""Step 1: cards, links, zones and Klebepunkte on the Pinnwand.

Besides the one-thing edits, the board has batch edits that the canvas needs as *one*
transaction (and one undo step): moving a selection, removing a selection with
everything hanging on it, putting it back, duplicating, applying the template.
Every batch emits one event per thing it touched, so views mirror it item by item.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, or_, select

from fh_desktop import resources
from fh_desktop.domain import board_template, enums, model
from fh_desktop.domain.board_ops import RemovedItems
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import convert
from fh_desktop.store.events import Op, Topic
from fh_desktop.store.rows import ActionCardRow, CardRow, DotRow, LinkRow, ZoneRow
from fh_desktop.store.services.base import CrudMixin, check_choice, check_texts

MSG_SELF_LINK = QT_TRANSLATE_NOOP("errors", "Eine Verbindung braucht zwei verschiedene Karten.")
MSG_BAD_GEOMETRY = QT_TRANSLATE_NOOP("errors", "Ungültige Größe oder Lage: {field} = {value}.")
MSG_BAD_COLOR = QT_TRANSLATE_NOOP("errors", "Ungültige Farbe „{value}“ (erwartet #rrggbb).")

TEMPLATE_FILE = "board_template.json"
GEOMETRY = ("x", "y", "w", "h", "z")
_LIMIT = 1e7  # beyond this a coordinate is a bug, not a board


DOT_MEANINGS_KEY = "dot_meanings"


class BoardService(CrudMixin):
    # --- reading ----------------------------------------------------------

    def cards(self) -> list[model.Card]:
        return self._list(CardRow, model.Card, CardRow.z, CardRow.id)

    def links(self) -> list[model.Link]:
        return self._list(LinkRow, model.Link)

    def zones(self) -> list[model.Zone]:
        return self._list(ZoneRow, model.Zone, ZoneRow.z, ZoneRow.id)

    def dots(self) -> list[model.Dot]:
        return self._list(DotRow, model.Dot)

    def board(self) -> model.Board:
        return model.Board(self.cards(), self.links(), self.zones(), self.dots(), self.dot_meanings())

    # --- what the dot colours mean ---------------------------------------------

    def dot_meanings(self) -> list[model.DotMeaning]:
        """The meaning of every dot colour: what the group agreed, else the suggestion."""
        stored = self.wf.meta.setting(DOT_MEANINGS_KEY, {}) or {}
        return [
            model.DotMeaning(color, stored.get(color, enums.DOT_DEFAULT_MEANINGS.get(color, "")))
            for color in enums.DOT_COLORS
        ]

    def set_dot_meaning(self, color: str, meaning: str) -> None:
        """Record what ``color`` means for this workshop (shown in the legend and the PDF)."""
        check_choice("Klebepunkt-Farbe", color, enums.DOT_COLORS)
        check_texts({"Bedeutung": meaning})
        stored = dict(self.wf.meta.setting(DOT_MEANINGS_KEY, {}) or {})
        stored[color] = " ".join(meaning.split())
        self.wf.meta.set_setting(DOT_MEANINGS_KEY, stored)

    def card(self, ident: int) -> model.Card:
        return self._one(CardRow, model.Card, ident, "Karte")

    def link(self, ident: int) -> model.Link:
        return self._one(LinkRow, model.Link, ident, "Verbindung")

    def zone(self, ident: int) -> model.Zone:
        return self._one(ZoneRow, model.Zone, ident, "Zone")

    def dot(self, ident: int) -> model.Dot:
        return self._one(DotRow, model.Dot, ident, "Klebepunkt")

    def _one(self, row_cls: type, cls: type, ident: int, what: str) -> Any:
        with self.wf.read() as s:
            return convert.to_domain(cls, self._get(s, row_cls, ident, what))

    # --- cards ------------------------------------------------------------

    def add_card(self, card: model.Card, *, keep_id: bool = False) -> model.Card:
        _check_card(vars(card))
        return self._add(CardRow, card, Topic.CARD, keep_id=keep_id)

    def update_card(self, ident: int, **values: Any) -> model.Card:
        _check_card(values)
        return self._update(CardRow, model.Card, ident, values, Topic.CARD, "Karte")

    def remove_card(self, ident: int) -> tuple[model.Card, list[model.Link], list[model.Dot]]:
        """Delete a card with its links and dots; returns them so undo can restore all."""
        removed = self.remove_items(card_ids=[ident])
        return removed.board.cards[0], removed.board.links, removed.board.dots

    def restore_card(self, card: model.Card, links: list[model.Link], dots: list[model.Dot]) -> None:
        """Undo of ``remove_card``: bring back the card, its links and dots with their ids."""
        self.add_items(model.Board([card], links, [], dots), keep_id=True)

    # --- links ------------------------------------------------------------

    def add_link(self, link: model.Link, *, keep_id: bool = False) -> model.Link:
        _check_link(vars(link))
        return self._add(LinkRow, link, Topic.LINK, keep_id=keep_id)

    # --- zones ------------------------------------------------------------

    def add_zone(self, zone: model.Zone, *, keep_id: bool = False) -> model.Zone:
        _check_zone(vars(zone))
        return self._add(ZoneRow, zone, Topic.ZONE, keep_id=keep_id)

    # --- dots -------------------------------------------------------------

    def add_dot(self, dot: model.Dot, *, keep_id: bool = False) -> model.Dot:
        _check_color(dot.color)
        return self._add(DotRow, dot, Topic.DOT, keep_id=keep_id)

    def remove_dot(self, ident: int) -> None:
        self._remove(DotRow, ident, Topic.DOT, "Klebepunkt")

    # --- batches: one transaction, one undo step ---------------------------

    def update_items(
        self,
        cards: dict[int, dict[str, Any]] | None = None,
        zones: dict[int, dict[str, Any]] | None = None,
        links: dict[int, dict[str, Any]] | None = None,
    ) -> None:
        """Change several cards, zones and links at once (a drag, align, a multi-edit)."""
        cards, zones, links = cards or {}, zones or {}, links or {}
        for values in cards.values():
            _check_card(values)
            check_texts(values)
        for values in zones.values():
            _check_zone(values)
            check_texts(values)
        for values in links.values():
            _check_link(values)
            check_texts(values)
        with self.wf.transaction() as s:
            for row_cls, what, changes in ((CardRow, "Karte", cards), (ZoneRow, "Zone", zones), (LinkRow, "Verbindung", links)):
                for ident, values in changes.items():
                    convert.apply(self._get(s, row_cls, ident, what), values)
        for topic, changes in ((Topic.ZONE, zones), (Topic.CARD, cards), (Topic.LINK, links)):
            for ident in changes:
                self._emit(topic, Op.CHANGED, ident)

    def add_items(
        self,
        board: model.Board,
        *,
        keep_id: bool = False,
        action_cards: Iterable[tuple[int, int]] = (),
    ) -> model.Board:
        """Insert cards, zones, links and dots in one transaction; returns them as stored.

        With ``keep_id`` the ids are kept (undo of a delete, redo of an add). Without, the
        ids in ``board`` are local keys: links and dots refer to cards by them and get
        the new ids. ``action_cards`` restores step 3's references to the cards.
        """
        for c in board.cards:
            _check_card(vars(c))
        for z in board.zones:
            _check_zone(vars(z))
        for lk in board.links:
            _check_link(vars(lk))
        for d in board.dots:
            _check_color(d.color)
        skip = () if keep_id else ("id",)
        out = model.Board()
        with self.wf.transaction() as s:
            card_ids: dict[int | None, int | None] = {}

            def insert(row_cls: type, thing: Any, **refs: Any) -> Any:
                values = {**convert.columns_of(thing, row_cls, skip=skip), **refs}
                check_texts(values)
                row = row_cls(**values)
                s.add(row)
                s.flush()
                return convert.to_domain(type(thing), row)

            def card_ref(ident: int) -> int | None:
                return ident if keep_id else card_ids.get(ident, ident)

            for card in board.cards:
                out.cards.append(insert(CardRow, card))
                card_ids[card.id] = out.cards[-1].id
            out.zones = [insert(ZoneRow, zone) for zone in board.zones]
            out.links = [
                insert(LinkRow, lk, source_id=card_ref(lk.source_id), target_id=card_ref(lk.target_id))
                for lk in board.links
            ]
            out.dots = [insert(DotRow, dot, card_id=card_ref(dot.card_id)) for dot in board.dots]
            action_cards = list(action_cards)
            s.add_all(ActionCardRow(action_id=a, card_id=c) for a, c in action_cards)
        self._emit_board(out, Op.ADDED)
        for action_id in sorted({a for a, _ in action_cards}):
            self._emit(Topic.ACTION, Op.CHANGED, action_id)
        return out

    def remove_items(
        self,
        card_ids: Iterable[int] = (),
        zone_ids: Iterable[int] = (),
        link_ids: Iterable[int] = (),
        dot_ids: Iterable[int] = (),
    ) -> RemovedItems:
        """Delete things and everything that hangs on them (a card's links, dots and
        step 3 references) in one transaction; returns all of it for undo."""
        card_ids, zone_ids = sorted(set(card_ids)), sorted(set(zone_ids))
        link_ids, dot_ids = set(link_ids), set(dot_ids)
        removed = RemovedItems()
        b = removed.board
        with self.wf.transaction() as s:
            for ident in card_ids:
                self._get(s, CardRow, ident, "Karte")
            for ident in zone_ids:
                self._get(s, ZoneRow, ident, "Zone")
            b.cards = [convert.to_domain(model.Card, r) for r in _rows_in(s, CardRow, CardRow.id, card_ids)]
            b.zones = [convert.to_domain(model.Zone, r) for r in _rows_in(s, ZoneRow, ZoneRow.id, zone_ids)]
            link_q = select(LinkRow).where(
                or_(LinkRow.id.in_(link_ids), LinkRow.source_id.in_(card_ids), LinkRow.target_id.in_(card_ids))
            )
            b.links = [convert.to_domain(model.Link, r) for r in s.scalars(link_q.order_by(LinkRow.id))]
            dot_q = select(DotRow).where(or_(DotRow.id.in_(dot_ids), DotRow.card_id.in_(card_ids)))
            b.dots = [convert.to_domain(model.Dot, r) for r in s.scalars(dot_q.order_by(DotRow.id))]
            removed.action_cards = [
                (r.action_id, r.card_id)
                for r in s.scalars(select(ActionCardRow).where(ActionCardRow.card_id.in_(card_ids)))
            ]
            # Explicit statements, children first: the ORM does not know the foreign keys' order.
            s.execute(delete(LinkRow).where(LinkRow.id.in_([lk.id for lk in b.links])))
            s.execute(delete(DotRow).where(DotRow.id.in_([d.id for d in b.dots])))
            s.execute(delete(ActionCardRow).where(ActionCardRow.card_id.in_(card_ids)))
            s.execute(delete(CardRow).where(CardRow.id.in_(card_ids)))
            s.execute(delete(ZoneRow).where(ZoneRow.id.in_(zone_ids)))
        self._emit_board(b, Op.REMOVED)
        for action_id in sorted({a for a, _ in removed.action_cards}):
            self._emit(Topic.ACTION, Op.CHANGED, action_id)
        return removed

    def restore_items(self, removed: RemovedItems) -> model.Board:
        """Undo of ``remove_items``: everything back, with the same ids."""
        return self.add_items(removed.board, keep_id=True, action_cards=removed.action_cards)

    def _emit_board(self, b: model.Board, op: Op) -> None:
        # Cards before links and dots when adding (they hang on cards), after when removing.
        first, last = ((Topic.ZONE, b.zones), (Topic.CARD, b.cards)), ((Topic.LINK, b.links), (Topic.DOT, b.dots))
        order = first + last if op is Op.ADDED else last + first
        for topic, things in order:
            for thing in things:
                self._emit(topic, op, thing.id)

    # --- template ---------------------------------------------------------

    def template(self) -> board_template.BoardTemplate:
        """The shipped template, checked (``TemplateError`` names any problem)."""
        source = str(resources.path(TEMPLATE_FILE))
        try:
            raw = resources.load_json(TEMPLATE_FILE)
        except FileNotFoundError:
            raise board_template.TemplateError(source=source, path="/", problem="Datei fehlt") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise board_template.TemplateError(source=source, path="/", problem=f"kein gültiges JSON ({exc})") from None
        return board_template.parse_template(raw, source)

    def apply_template(
        self, template: board_template.BoardTemplate, origin: tuple[float, float] = (0.0, 0.0)
    ) -> model.Board:
        """Lay ``template`` out at ``origin`` and add it in one transaction."""
        return self.add_items(board_template.layout_template(template, origin))


def _rows_in(s: Any, row_cls: type, column: Any, ids: list[int]) -> list[Any]:
    return list(s.scalars(select(row_cls).where(column.in_(ids)).order_by(column)))


def _check_geometry(values: dict[str, Any]) -> None:
    for name in GEOMETRY:
        if name in values:
            v = values[name]
            bad = isinstance(v, bool) or not isinstance(v, int | float) or not -_LIMIT < v < _LIMIT
            if not bad and name in ("w", "h") and v <= 0:
                bad = True
            if bad:
                raise ValidationError(MSG_BAD_GEOMETRY, field=name, value=v)


def _check_color(value: Any) -> None:
    ok = isinstance(value, str) and len(value) == 7 and value[0] == "#"
    if not ok or any(ch not in "0123456789abcdefABCDEF" for ch in value[1:]):
        raise ValidationError(MSG_BAD_COLOR, value=value)


def _check_card(values: dict[str, Any]) -> None:
    if "kind" in values:
        check_choice("Kartenart", values["kind"], enums.CardKind.ALL)
    if "area" in values:
        check_choice("Planungsbereich", values["area"], enums.PlanningArea.ALL)
    if values.get("influence") is not None:
        check_choice("Einfluss", str(values["influence"]), ("0", "1", "2", "3"))
    _check_geometry(values)


def _check_zone(values: dict[str, Any]) -> None:
    if "color" in values:
        _check_color(values["color"])
    _check_geometry(values)


def _check_link(values: dict[str, Any]) -> None:
    if "kind" in values:
        check_choice("Verbindungsart", values["kind"], enums.LinkKind.ALL)
    if "direction" in values:
        check_choice("Richtung", values["direction"], enums.LinkDirection.ALL)
    if "source_id" in values and values["source_id"] == values.get("target_id"):
        raise ValidationError(MSG_SELF_LINK)
