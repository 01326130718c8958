"""The board cards and checklist items an action can point at, with their display names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fh_desktop.store.events import Topic
from fh_desktop.domain import model
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.step_page import CARD, ITEM

# Store topics after which the names or the existence of link targets may differ.
TOPICS = frozenset({Topic.CARD, Topic.ITEM, Topic.CATALOG})


def item_label(item: model.CatalogItem) -> str:
    statement = " ".join(item.statement.split())
    return f"{item.code} – {statement}" if item.code else statement


def card_label(card: model.Card) -> str:
    title = " ".join(card.title.split())
    return title or QCoreApplication.translate("LinkTargets", "(Karte ohne Titel)")


class LinkTargets:
    """A cached look-up of the workshop's cards and items; ``reload()`` after their events."""

    def __init__(self, wf: WorkshopFile) -> None:
        self._wf = wf
        self.cards: dict[int, model.Card] = {}
        self.items: dict[int, model.CatalogItem] = {}
        self.reload()

    def reload(self) -> None:
        self.cards = {c.id: c for c in self._wf.board.cards() if c.id is not None}
        self.items = {i.id: i for i in self._wf.checklist.items() if i.id is not None}

    def label(self, kind: str, ident: int) -> str:
        if kind == ITEM and ident in self.items:
            return item_label(self.items[ident])
        if kind == CARD and ident in self.cards:
            return card_label(self.cards[ident])
        return QCoreApplication.translate("LinkTargets", "(gelöscht)")

    def short_label(self, kind: str, ident: int) -> str:
        """What fits a table cell: an item's code (or the start of its statement), a card's title."""
        if kind == ITEM and ident in self.items:
            item = self.items[ident]
            if item.code:
                return item.code
            text = " ".join(item.statement.split())
            return text if len(text) <= 40 else text[:39] + "…"
        return self.label(kind, ident)

    def links_of(self, action: model.Action) -> list[tuple[str, int]]:
        """(kind, id) of everything ``action`` comes from: checklist items first, in catalog order."""
        order = {ident: n for n, ident in enumerate(self.items)}
        items = sorted(action.item_ids, key=lambda i: order.get(i, len(order)))
        return [(ITEM, i) for i in items] + [(CARD, c) for c in action.card_ids]

    def sorted_cards(self) -> list[model.Card]:
        return sorted(self.cards.values(), key=lambda c: card_label(c).casefold())

    def sorted_items(self) -> list[model.CatalogItem]:
        return sorted(self.items.values(), key=lambda i: (i.position, i.id))
