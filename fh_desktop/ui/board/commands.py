"""Undo commands of the Pinnwand. They change the store; the scene mirrors its events.

Three commands cover every board action:
- ``AddItemsCommand``: new card, zone, link, Klebepunkt, duplicate, template;
- ``RemoveItemsCommand``: delete (a card takes its links, dots and step 3 references along);
- ``UpdateCommand``: move, resize, align, nudge, edit fields, stacking order.

Ids survive undo/redo (re-adding keeps them), so later commands that refer to a card
stay valid. They follow ``ui.common.commands``: the change happens in ``redo()``, a failing
service call makes the command obsolete (the stack never holds a lie) and calls
``resync``, so the scene re-reads the store.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from fh_desktop.domain import model
from fh_desktop.domain.board_ops import RemovedItems
from fh_desktop.store.services.board import BoardService
from fh_desktop.ui.common.commands import StoreCommand

ID_UPDATE = 1001  # commands with this id may merge (typing, nudging, edit right after create)

Changes = dict[int, tuple[dict[str, Any], dict[str, Any]]]  # id -> (old values, new values)


def stored_ids(items: Iterable[model.Card | model.Zone | model.Link | model.Dot]) -> list[int]:
    """The ids of items the service has stored (and so numbered)."""
    ids = []
    for item in items:
        assert item.id is not None
        ids.append(item.id)
    return ids


class BoardCommand(StoreCommand):
    def __init__(self, service: BoardService, text: str) -> None:
        super().__init__(text)
        self.service = service
        self.resync: Callable[[], None] | None = None  # the controller sets it: re-read the scene

    def after_failure(self) -> None:
        if self.resync is not None:
            self.resync()


class AddItemsCommand(BoardCommand):
    def __init__(
        self,
        service: BoardService,
        text: str,
        items: model.Board,
        first: Callable[[], model.Board] | None = None,
    ) -> None:
        """``items`` uses local ids (see ``BoardService.add_items``); ``first`` may replace
        the first insertion (``apply_template``)."""
        super().__init__(service, text)
        self.items = items
        self.added: model.Board | None = None
        self._first = first

    def apply(self) -> None:
        if self.added is None:
            self.added = self._first() if self._first else self.service.add_items(self.items)
        else:
            self.service.add_items(self.added, keep_id=True)

    def stored(self) -> model.Board:
        """The items as the store holds them, with their ids (once the command has run)."""
        assert self.added is not None
        return self.added

    def revert(self) -> None:
        if self.added is None:
            return
        b = self.added
        self.service.remove_items(
            card_ids=stored_ids(b.cards),
            zone_ids=stored_ids(b.zones),
            link_ids=stored_ids(b.links),
            dot_ids=stored_ids(b.dots),
        )

    def single_card_id(self) -> int | None:
        b = self.added
        if b is not None and len(b.cards) == 1 and not (b.zones or b.links or b.dots):
            return b.cards[0].id
        return None

    def id(self) -> int:
        return ID_UPDATE if self.single_card_id() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        """Writing on a card just created belongs to creating it: one undo step. Only the
        in-place writing that follows the creation (merge key field ``"create"``) merges."""
        card_id = self.single_card_id()
        if not isinstance(other, UpdateCommand) or other.failed or card_id is None:
            return False
        key = other.merge_key
        if other.zones or other.links or set(other.cards) != {card_id} or not isinstance(key, tuple) or key[2:3] != ("create",):
            return False
        assert self.added is not None  # single_card_id() found the card in it
        card = self.added.cards[0]
        for name, value in other.cards[card_id][1].items():
            setattr(card, name, value)
        return True


class RemoveItemsCommand(BoardCommand):
    def __init__(
        self,
        service: BoardService,
        text: str,
        card_ids: Sequence[int] = (),
        zone_ids: Sequence[int] = (),
        link_ids: Sequence[int] = (),
        dot_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(service, text)
        self.ids = (list(card_ids), list(zone_ids), list(link_ids), list(dot_ids))
        self.removed: RemovedItems | None = None

    def apply(self) -> None:
        self.removed = self.service.remove_items(*self.ids)

    def revert(self) -> None:
        if self.removed is None:
            return
        # Step 3's references come back only to actions that still exist (an action deleted
        # later and not brought back by undo is gone: a link to it cannot be restored).
        removed = self.removed
        existing = {a.id for a in self.service.wf.actions.actions()}
        kept = [(a, c) for a, c in removed.action_cards if a in existing]
        self.service.restore_items(RemovedItems(board=removed.board, action_cards=kept))


class UpdateCommand(BoardCommand):
    def __init__(
        self,
        service: BoardService,
        text: str,
        cards: Changes | None = None,
        zones: Changes | None = None,
        links: Changes | None = None,
        merge_key: object = None,
    ) -> None:
        """``merge_key``: consecutive commands with equal keys become one undo step."""
        super().__init__(service, text)
        self.cards = {k: (dict(o), dict(n)) for k, (o, n) in (cards or {}).items()}
        self.zones = {k: (dict(o), dict(n)) for k, (o, n) in (zones or {}).items()}
        self.links = {k: (dict(o), dict(n)) for k, (o, n) in (links or {}).items()}
        self.merge_key = merge_key

    def _apply(self, index: int) -> None:
        def pick(group: Changes) -> dict[int, dict[str, Any]]:
            return {k: v[index] for k, v in group.items()}

        self.service.update_items(pick(self.cards), pick(self.zones), pick(self.links))

    def apply(self) -> None:
        self._apply(1)

    def revert(self) -> None:
        self._apply(0)

    def id(self) -> int:
        return ID_UPDATE if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, UpdateCommand) or other.merge_key != self.merge_key or other.failed:
            return False
        if (set(other.cards), set(other.zones), set(other.links)) != (set(self.cards), set(self.zones), set(self.links)):
            return False
        for mine, theirs in ((self.cards, other.cards), (self.zones, other.zones), (self.links, other.links)):
            for ident, (old, new) in theirs.items():
                my_old, my_new = mine[ident]
                for name, value in old.items():
                    my_old.setdefault(name, value)
                my_new.update(new)
        return True


def values_of(thing: Any, names: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {n: copy.copy(getattr(thing, n)) for n in names}
