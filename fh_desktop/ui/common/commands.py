"""The one write path of the window: every change a user makes is a command on one stack.

``WorkshopCommands`` (one per open workshop, ``signals.commands``) owns the workshop's only
``QUndoStack``; the board, the checklist, the action plan, the participants and the
header push their commands onto it, so Ctrl+Z walks back through what happened in the
order it happened, across the steps (Orange's habit: one document, one stack).

The convention, for every command:

- ``apply()`` makes the change, ``revert()`` takes it back; ``redo()`` calls ``apply()``
  also the first time (no "skip the first redo" trick);
- a change that fails (refused by the store, disk full, the thing is gone) marks the
  command obsolete, so the stack drops it: the history never holds a step that did not
  happen. ``push`` returns False (or raises the error for forms that show it beside the
  field); a failure during undo/redo is shown in the one error dialog;
- a write that cannot be undone (the Excel re-import, a new catalogue) goes through
  ``irreversible``: it runs, then the history is cleared and the window says so, because
  older steps hold values from before it.

Widgets never call a service's writing methods directly; ``tests/gui/test_write_path.py``
checks that. Answers of a private round are the exception: they are personal data and
no undo step may hold or name them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from fh_desktop.domain.errors import FhError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile

log = logging.getLogger(__name__)
T = TypeVar("T")

MSG_READ_ONLY = QT_TRANSLATE_NOOP("errors", "Dieser Workshop ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.")
MSG_CLEARED = QT_TRANSLATE_NOOP(
    "WorkshopCommands", "„{what}“ lässt sich nicht rückgängig machen; der Verlauf davor wurde geleert."
)


class ReadOnlyWorkshopError(FhError):
    def __init__(self) -> None:
        super().__init__(MSG_READ_ONLY)


class StoreCommand(QUndoCommand):
    """Base of every command: change in ``apply``, take back in ``revert``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.failed = False
        self.error: BaseException | None = None
        self.on_failure: Callable[[StoreCommand, BaseException], None] | None = None

    # The abstract interface: every command the stack runs overrides both
    # (tests/unit/test_write_path.py checks each leaf class).
    def apply(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def revert(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def after_failure(self) -> None:
        """Put the view right again after a failed change (the board re-reads the store)."""

    def redo(self) -> None:
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:
            self.failed = True
            self.error = exc
            self.setObsolete(True)  # the stack drops it: no step that did not happen
            if not isinstance(exc, FhError):
                log.error("command %r failed", self.text(), exc_info=exc)
            self.after_failure()
            if self.on_failure is not None:
                self.on_failure(self, exc)


class CallCommand(StoreCommand):
    """A change given as two calls; consecutive commands with one ``merge_key`` merge
    (typing in a field is one step) and keep the first ``revert``."""

    _MERGE_ID = 4001

    def __init__(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[], Any],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self.merge_key = merge_key

    def apply(self) -> None:
        self._apply()

    def revert(self) -> None:
        self._revert()

    def id(self) -> int:
        return self._MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, CallCommand) or other.failed or other.merge_key != self.merge_key:
            return False
        self._apply = other._apply
        return True


class WorkshopCommands(QObject):
    """The workshop's one undo history and the only door for the widgets' writes.

    ``WorkshopCommands.of(wf)`` is the one instance of an open workshop: every widget that
    writes asks for it, so no widget can start a history of its own by accident.
    """

    history_cleared = Signal(str)  # a translated line: why Ctrl+Z starts afresh
    _open: dict[int, WorkshopCommands] = {}

    @classmethod
    def of(cls, wf: WorkshopFile) -> WorkshopCommands:
        found = cls._open.get(id(wf))
        if found is None or found.wf is not wf:
            found = cls._open[id(wf)] = cls(wf)
        return found

    @classmethod
    def forget(cls, wf: WorkshopFile) -> None:
        """The workshop closes: drop its history."""
        found = cls._open.pop(id(wf), None)
        if found is not None and found.wf is wf:
            found.stack.clear()

    def __init__(self, wf: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wf = wf
        self.stack = QUndoStack(self)
        self.stack.setObjectName("workshopUndoStack")
        self._quiet: StoreCommand | None = None  # the command whose error the caller shows

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.wf, "read_only", False))

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyWorkshopError()

    def push(self, command: StoreCommand, *, raise_error: bool = False) -> bool:
        """Run ``command`` and keep it as one undo step; False if it failed (then nothing
        is kept and the error is shown, or raised with ``raise_error``)."""
        if self.read_only:
            if raise_error:
                raise ReadOnlyWorkshopError()
            self._show(ReadOnlyWorkshopError())
            return False
        command.on_failure = self._failed
        self._quiet = command if raise_error else None
        try:
            self.stack.push(command)
        finally:
            self._quiet = None
        if command.failed and raise_error and command.error is not None:
            raise command.error
        return not command.failed

    def call(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[], Any],
        *,
        merge_key: Hashable | None = None,
        raise_error: bool = False,
    ) -> bool:
        return self.push(CallCommand(text, apply, revert, merge_key), raise_error=raise_error)

    def write(self, fn: Callable[[], T]) -> T:
        """A write that is no undo step and leaves the history valid: a round's flow and
        the answers of a private round (personal data: no step may hold or name them).
        Errors go to the caller."""
        self.check_writable()
        return fn()

    def irreversible(self, what: str, fn: Callable[[], T]) -> T:
        """Run a write that cannot be undone; afterwards the history is cleared and the
        window says so. Errors go to the caller (nothing happened, the history stays)."""
        self.check_writable()
        result = fn()
        had_steps = self.stack.count() > 0
        self.stack.clear()
        if had_steps:
            self.history_cleared.emit(QCoreApplication.translate("WorkshopCommands", MSG_CLEARED).format(what=what))
        return result

    def clear(self) -> None:
        """The file changed under the history (restore, reload): start afresh."""
        self.stack.clear()

    def _failed(self, command: StoreCommand, exc: BaseException) -> None:
        if command is not self._quiet:
            self._show(exc)

    def _show(self, exc: BaseException) -> None:
        from fh_desktop.ui.common.errors import report_error

        report_error(exc)
