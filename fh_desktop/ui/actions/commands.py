"""Undo commands of the action plan, and ``ActionCommands``, the one door the widgets use.

Every command calls the service; the table and the form follow the store's events, never
the command. ``ActionCommands`` makes the first change itself and only then pushes the
command (whose first ``redo`` is then skipped): a refused edit raises ``FhError`` to the
widget that can show it beside the field, and never leaves a half-done command on the
stack.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from fh_desktop.domain import action_rules, model
from fh_desktop.store.workshop_file import WorkshopFile

_EDIT_ID = 3001  # QUndoCommand.id(): only edits of the same kind try to merge


class _ServiceCommand(QUndoCommand):
    def __init__(self, wf: WorkshopFile, text: str) -> None:
        super().__init__(text)
        self.wf = wf
        self._skip_redo = True  # ActionCommands has already made the change

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.apply()

    def apply(self) -> None:
        """Make the change again (redo after an undo); each command class defines it."""
        raise TypeError(f"{type(self).__name__} defines no apply()")


class AddActionsCommand(_ServiceCommand):
    def __init__(self, wf: WorkshopFile, actions: list[model.Action], text: str) -> None:
        super().__init__(wf, text)
        self.actions = actions

    def apply(self) -> None:
        self.wf.actions.restore_actions(self.actions)

    def undo(self) -> None:
        self.actions = self.wf.actions.remove_actions([a.id for a in self.actions])  # type: ignore[misc]


class RemoveActionsCommand(AddActionsCommand):
    """The mirror image of adding: redo removes, undo restores."""

    def apply(self) -> None:
        AddActionsCommand.undo(self)

    def undo(self) -> None:
        AddActionsCommand.apply(self)


class EditActionCommand(_ServiceCommand):
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

    def id(self) -> int:
        return _EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (
            isinstance(other, EditActionCommand)
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
        self.wf.actions.update_action(self.ident, **self.new)

    def undo(self) -> None:
        self.wf.actions.update_action(self.ident, **self.old)


class ReorderCommand(_ServiceCommand):
    def __init__(self, wf: WorkshopFile, old: list[int], new: list[int], text: str) -> None:
        super().__init__(wf, text)
        self.old = old
        self.new = new

    def apply(self) -> None:
        self.wf.actions.set_order(self.new)

    def undo(self) -> None:
        self.wf.actions.set_order(self.old)


def field_label(name: str) -> str:
    return QCoreApplication.translate("action_rules", action_rules.FIELD_LABELS[name])


class ActionCommands:
    """What the action widgets may do to the plan; each call is one undo step (or merges)."""

    def __init__(self, wf: WorkshopFile, stack: QUndoStack) -> None:
        self.wf = wf
        self.stack = stack

    def add(self, action: model.Action) -> model.Action:
        added = self.wf.actions.add_action(action)
        text = QCoreApplication.translate("ActionCommands", "Maßnahme hinzufügen")
        self.stack.push(AddActionsCommand(self.wf, [added], text))
        return added

    def edit(self, ident: int, values: dict[str, Any], *, merge_key: Hashable | None = None) -> None:
        current = self.wf.actions.action(ident)
        old = {name: getattr(current, name) for name in values}
        if old == values:
            return
        self.wf.actions.update_action(ident, **values)
        if len(values) == 1:
            text = QCoreApplication.translate("ActionCommands", "„{field}“ ändern")
            text = text.format(field=field_label(next(iter(values))))
        else:
            text = QCoreApplication.translate("ActionCommands", "Maßnahme ändern")
        self.stack.push(EditActionCommand(self.wf, ident, old, dict(values), text, merge_key))

    def remove(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        gone = self.wf.actions.remove_actions(list(ids))
        if len(gone) == 1:
            text = QCoreApplication.translate("ActionCommands", "Maßnahme löschen")
        else:
            n = len(gone)  # lupdate skips a call whose arguments hold a call
            text = QCoreApplication.translate("ActionCommands", "%n Maßnahmen löschen", "", n)
        self.stack.push(RemoveActionsCommand(self.wf, gone, text))

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
        if by_priority:
            # The service sorts in the same transaction it reads, so nothing slips in between.
            old = self.wf.actions.order_by_priority()
            new = self.wf.actions.order()
        else:
            self.wf.actions.set_order(new)
        self.stack.push(ReorderCommand(self.wf, old, new, text))
        return True
