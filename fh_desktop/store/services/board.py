"""Step 1: cards, links, zones and Klebepunkte on the Pinnwand."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, or_, select

from fh_desktop.domain import enums, model
from fh_desktop.store import convert
from fh_desktop.store.rows import CardRow, DotRow, LinkRow, ZoneRow
from fh_desktop.store.services.base import CrudMixin, check_choice


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
        return model.Board(self.cards(), self.links(), self.zones(), self.dots())

    # --- cards ------------------------------------------------------------

    def add_card(self, card: model.Card, *, keep_id: bool = False) -> model.Card:
        _check_card(vars(card))
        return self._add(CardRow, card, "card", keep_id=keep_id)

    def update_card(self, ident: int, **values: Any) -> model.Card:
        _check_card(values)
        return self._update(CardRow, model.Card, ident, values, "card", "Karte")

    def remove_card(self, ident: int) -> tuple[model.Card, list[model.Link], list[model.Dot]]:
        """Delete a card with its links and dots; returns them so undo can restore all."""
        with self.wf.transaction() as s:
            row = self._get(s, CardRow, ident, "Karte")
            card = convert.to_domain(model.Card, row)
            link_rows = s.scalars(
                select(LinkRow).where(or_(LinkRow.source_id == ident, LinkRow.target_id == ident))
            ).all()
            links = [convert.to_domain(model.Link, r) for r in link_rows]
            dots = [convert.to_domain(model.Dot, r) for r in s.scalars(select(DotRow).where(DotRow.card_id == ident))]
            # Explicit statements: the ORM does not know the order the foreign keys need.
            s.execute(delete(LinkRow).where(or_(LinkRow.source_id == ident, LinkRow.target_id == ident)))
            s.execute(delete(DotRow).where(DotRow.card_id == ident))
            s.execute(delete(CardRow).where(CardRow.id == ident))
        for link in links:
            self._emit("link", "removed", link.id)
        for dot in dots:
            self._emit("dot", "removed", dot.id)
        self._emit("card", "removed", ident)
        return card, links, dots

    def restore_card(self, card: model.Card, links: list[model.Link], dots: list[model.Dot]) -> None:
        """Undo of ``remove_card``: bring back the card, its links and dots with their ids."""
        with self.wf.transaction() as s:
            s.add(CardRow(**convert.columns_of(card, CardRow)))
            s.flush()
            for link in links:
                s.add(LinkRow(**convert.columns_of(link, LinkRow)))
            for dot in dots:
                s.add(DotRow(**convert.columns_of(dot, DotRow)))
        self._emit("card", "added", card.id)
        for link in links:
            self._emit("link", "added", link.id)
        for dot in dots:
            self._emit("dot", "added", dot.id)

    # --- links ------------------------------------------------------------

    def add_link(self, link: model.Link, *, keep_id: bool = False) -> model.Link:
        _check_link(vars(link))
        return self._add(LinkRow, link, "link", keep_id=keep_id)

    def update_link(self, ident: int, **values: Any) -> model.Link:
        _check_link(values)
        return self._update(LinkRow, model.Link, ident, values, "link", "Verbindung")

    def remove_link(self, ident: int) -> None:
        self._remove(LinkRow, ident, "link", "Verbindung")

    # --- zones ------------------------------------------------------------

    def add_zone(self, zone: model.Zone, *, keep_id: bool = False) -> model.Zone:
        return self._add(ZoneRow, zone, "zone", keep_id=keep_id)

    def update_zone(self, ident: int, **values: Any) -> model.Zone:
        return self._update(ZoneRow, model.Zone, ident, values, "zone", "Zone")

    def remove_zone(self, ident: int) -> None:
        self._remove(ZoneRow, ident, "zone", "Zone")

    # --- dots -------------------------------------------------------------

    def add_dot(self, dot: model.Dot, *, keep_id: bool = False) -> model.Dot:
        return self._add(DotRow, dot, "dot", keep_id=keep_id)

    def remove_dot(self, ident: int) -> None:
        self._remove(DotRow, ident, "dot", "Klebepunkt")


def _check_card(values: dict[str, Any]) -> None:
    if "kind" in values:
        check_choice("Kartenart", values["kind"], enums.CardKind.ALL)
    if "area" in values:
        check_choice("Planungsbereich", values["area"], enums.PlanningArea.ALL)
    if values.get("influence") is not None:
        check_choice("Einfluss", str(values["influence"]), ("0", "1", "2", "3"))


def _check_link(values: dict[str, Any]) -> None:
    if "kind" in values:
        check_choice("Verbindungsart", values["kind"], enums.LinkKind.ALL)
    if "direction" in values:
        check_choice("Richtung", values["direction"], enums.LinkDirection.ALL)
