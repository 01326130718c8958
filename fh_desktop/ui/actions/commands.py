"""Undo commands of the action plan, and ``ActionCommands``, the one door the widgets use.

Every command follows ``ui.common.commands``: the change happens in ``redo()`` (also the
first time), the table and the form follow the store's events, never the command. A
refused edit raises ``FhError`` to the widget that shows it beside the field and leaves
no step on the workshop's history.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fh_desktop.domain import action_rules, model
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.commands import StoreCommand, WorkshopCommands

_EDIT_ID = 3001  # QUndoCommand.id(): only edits of the same kind try to merge


class _ActionCommand(StoreCommand):
    def __init__(self, wf: WorkshopFile, text: str) -> None:
        super().__init__(text)
        self.wf = wf


class AddActionsCommand(_ActionCommand):
    """Redo adds (the first time as new actions, then with the ids they got), undo removes."""

    def __init__(self, wf: WorkshopFile, actions: list[model.Action], text: str, *, new: bool = False) -> None:
        super().__init__(wf, text)
        self.actions = actions
        self._new = new

    def apply(self) -> None:
        if self._new:
            self.actions = [self.wf.actions.add_action(a) for a in self.actions]
            self._new = False
        else:
            self.wf.actions.restore_actions(self.actions)

    def revert(self) -> None:
        self.actions = self.wf.actions.remove_actions([a.id for a in self.actions])  # type: ignore[misc]


class RemoveActionsCommand(_ActionCommand):
    """The mirror image of adding: redo removes, undo restores (with the links that still
    have their card or item)."""

    def __init__(self, wf: WorkshopFile, ids: Sequence[int], text: str) -> None:
        super().__init__(wf, text)
        self.ids = list(ids)
        self.actions: list[model.Action] = []

    def apply(self) -> None:
        self.actions = self.wf.actions.remove_actions(self.ids)

    def revert(self) -> None:
        cards = {c.id for c in self.wf.board.cards()}
        items = {i.id for i in self.wf.checklist.items()}
        for a in self.actions:
            a.card_ids = [c for c in a.card_ids if c in cards]
            a.item_ids = [i for i in a.item_ids if i in items]
        self.wf.actions.restore_actions(self.actions)


class EditActionCommand(_ActionCommand):
    """Change fields of one action. Edits with the same ``merge_key`` fold into one step (typing)."""

    def __init__(
        self,
        wf: WorkshopFile,
        ident: int,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(wf, text)
        self.ident = ident
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self._applied = False  # the first time, a link to a gone card is refused with a message

    def id(self) -> int:
        return _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, EditActionCommand)
            and not other.failed
            and self.merge_key is not None
            and other.merge_key == self.merge_key
            and other.ident == self.ident
            and other.new.keys() == self.new.keys()
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: no step left to undo
        return True

    def apply(self) -> None:
        self.wf.actions.update_action(self.ident, **(self._existing(self.new) if self._applied else self.new))
        self._applied = True

    def revert(self) -> None:
        self.wf.actions.update_action(self.ident, **self._existing(self.old))

    def _existing(self, values: dict[str, Any]) -> dict[str, Any]:
        """Links to a card or item deleted meanwhile cannot come back; the rest of the edit can."""
        out = dict(values)
        if "card_ids" in out:
            cards = {c.id for c in self.wf.board.cards()}
            out["card_ids"] = [c for c in out["card_ids"] if c in cards]
        if "item_ids" in out:
            items = {i.id for i in self.wf.checklist.items()}
            out["item_ids"] = [i for i in out["item_ids"] if i in items]
        return out


class ReorderCommand(_ActionCommand):
    def __init__(self, wf: WorkshopFile, old: list[int], new: list[int], text: str, *, by_priority: bool = False) -> None:
        super().__init__(wf, text)
        self.old = old
        self.new = new
        self._by_priority = by_priority

    def apply(self) -> None:
        if self._by_priority:
            # The service sorts in the same transaction it reads, so nothing slips in between.
            self.old = self.wf.actions.order_by_priority()
            self.new = self.wf.actions.order()
            self._by_priority = False
        else:
            self.wf.actions.set_order(self._existing(self.new))

    def revert(self) -> None:
        self.wf.actions.set_order(self._existing(self.old))

    def _existing(self, ids: list[int]) -> list[int]:
        present = set(self.wf.actions.order())
        return [i for i in ids if i in present] + [i for i in self.wf.actions.order() if i not in ids]


def field_label(name: str) -> str:
    return QCoreApplication.translate("action_rules", action_rules.FIELD_LABELS[name])


class ActionCommands:
    """What the action widgets may do to the plan; each call is one undo step (or merges)."""

    def __init__(self, wf: WorkshopFile, commands: WorkshopCommands) -> None:
        self.wf = wf
        self.commands = commands
        self.stack = commands.stack

    def add(self, action: model.Action) -> model.Action:
        text = QCoreApplication.translate("ActionCommands", "Maßnahme hinzufügen")
        command = AddActionsCommand(self.wf, [action], text, new=True)
        self.commands.push(command, raise_error=True)
        return command.actions[0]

    def edit(self, ident: int, values: dict[str, Any], *, merge_key: Hashable | None = None) -> None:
        current = self.wf.actions.action(ident)
        old = {name: getattr(current, name) for name in values}
        if old == values:
            return
        if len(values) == 1:
            text = QCoreApplication.translate("ActionCommands", "„{field}“ ändern")
            text = text.format(field=field_label(next(iter(values))))
        else:
            text = QCoreApplication.translate("ActionCommands", "Maßnahme ändern")
        self.commands.push(EditActionCommand(self.wf, ident, old, dict(values), text, merge_key), raise_error=True)

    def remove(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        if len(ids) == 1:
            text = QCoreApplication.translate("ActionCommands", "Maßnahme löschen")
        else:
            n = len(ids)  # lupdate skips a call whose arguments hold a call
            text = QCoreApplication.translate("ActionCommands", "%n Maßnahmen löschen", "", n)
        self.commands.push(RemoveActionsCommand(self.wf, ids, text), raise_error=True)

    def move(self, ids: Sequence[int], before: int | None, after: int | None = None) -> bool:
        """Put ``ids`` right before ``before`` (or right after ``after``, or at the end). False if nothing moved."""
        old = self.wf.actions.order()
        new = action_rules.moved(old, ids, before, after=after)
        if len(ids) == 1:
            text = QCoreApplication.translate("ActionCommands", "Maßnahme verschieben")
        else:
            n = len(ids)
            text = QCoreApplication.translate("ActionCommands", "%n Maßnahmen verschieben", "", n)
        return self._reorder(old, new, text)

    def order_by_priority(self) -> bool:
        old = self.wf.actions.order()
        new = action_rules.order_by_priority(self.wf.actions.actions())
        text = QCoreApplication.translate("ActionCommands", "Nach Priorität ordnen")
        return self._reorder(old, new, text, by_priority=True)

    def _reorder(self, old: list[int], new: list[int], text: str, *, by_priority: bool = False) -> bool:
        if new == old:
            return False
        self.commands.push(ReorderCommand(self.wf, old, new, text, by_priority=by_priority), raise_error=True)
        return True
