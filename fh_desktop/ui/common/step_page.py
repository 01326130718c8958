"""The contract between the shell and the page of one workshop step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.store_signals import StoreSignals

# What ``navigate_requested`` / ``reveal`` can point at: (step, kind) pairs.
CARD = "card"  # step 1: a board card
ITEM = "item"  # step 2: a checklist item
ACTION = "action"  # step 3: an action


class StepPage(QWidget):
    """Base of ``BoardPage``, ``ChecklistPage``, ``ActionsPage``.

    The shell creates one per open workshop, puts ``undo_stack`` into its
    ``QUndoGroup`` and calls ``activated()`` when the page becomes visible.

    Pages point at each other's things (an action links to a card and a checklist
    item; a flagged item creates an action) without knowing each other: a page emits
    ``navigate_requested(step, kind, ident)``, the shell switches to that step and calls
    the target page's ``reveal(kind, ident)``.
    """

    step: int = 0
    navigate_requested = Signal(int, str, int)

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wf = wf
        self.signals = signals
        self.undo_stack = QUndoStack(self)

    def activated(self) -> None:
        """Called each time the step is shown."""

    def reveal(self, kind: str, ident: int) -> None:
        """Select and show the thing ``ident`` of ``kind`` (CARD, ITEM or ACTION) on this page."""
