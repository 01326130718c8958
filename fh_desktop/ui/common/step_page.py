"""The contract between the shell and the page of one workshop step."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.store_signals import StoreSignals


class StepPage(QWidget):
    """Base of ``BoardPage``, ``ChecklistPage``, ``ActionsPage``.

    The shell creates one per open workshop, puts ``undo_stack`` into its
    ``QUndoGroup`` and calls ``activated()`` when the page becomes visible.
    """

    step: int = 0

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wf = wf
        self.signals = signals
        self.undo_stack = QUndoStack(self)

    def activated(self) -> None:
        """Called each time the step is shown."""
