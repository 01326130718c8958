"""An open workshop: header, step navigation, and the three step pages."""

from __future__ import annotations

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QFrame, QStackedWidget, QVBoxLayout, QWidget

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.actions.page import ActionsPage
from fh_desktop.ui.board.page import BoardPage
from fh_desktop.ui.checklist.page import ChecklistPage
from fh_desktop.ui.common.step_page import StepPage
from fh_desktop.ui.common.store_signals import StoreSignals
from fh_desktop.ui.shell.step_navigation import StepNavigation
from fh_desktop.ui.shell.workshop_header import WorkshopHeader

PAGE_CLASSES: tuple[type[StepPage], ...] = (BoardPage, ChecklistPage, ActionsPage)


class WorkshopView(QWidget):
    def __init__(self, wf: WorkshopFile, undo_group: QUndoGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopView")
        self.wf = wf
        self.signals = StoreSignals(wf, self)
        self.header = WorkshopHeader(wf, self.signals, self)
        self.navigation = StepNavigation(self)
        self.stack = QStackedWidget(self)
        self.pages: dict[int, StepPage] = {}
        self._undo_group = undo_group
        for cls in PAGE_CLASSES:
            page = cls(wf, self.signals, self.stack)
            self.pages[cls.step] = page
            self.stack.addWidget(page)
            undo_group.addStack(page.undo_stack)
            page.navigate_requested.connect(self.navigate)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.navigation)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.navigation.step_selected.connect(self.show_step)
        self.show_step(1)

    def current_step(self) -> int:
        return self.stack.currentWidget().step  # type: ignore[attr-defined]

    def show_step(self, step: int) -> None:
        page = self.pages[step]
        self.stack.setCurrentWidget(page)
        self.navigation.set_current(step)
        self._undo_group.setActiveStack(page.undo_stack)
        page.activated()

    def navigate(self, step: int, kind: str, ident: int) -> None:
        """Show ``step`` and let its page select the card, item or action ``ident``."""
        self.show_step(step)
        self.pages[step].reveal(kind, ident)

    def shutdown(self) -> None:
        for page in self.pages.values():
            self._undo_group.removeStack(page.undo_stack)
        self.signals.detach()
