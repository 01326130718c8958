"""The planning cycle's menu entries and their flows, wired into the main window in a few lines.

Datei → Folgeworkshop anlegen …, Wiedervorlage der Maßnahmen …, Vergleich mit dem letzten
Workshop …, Workshops vergleichen …. After a follow-up is created it opens, and its
Wiedervorlage starts when there are open actions to review. While the Wiedervorlage runs,
the projector shows the action under discussion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from fh_desktop.ui.shell.main_window import MainWindow


class CycleActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the open dialog, kept for tests and against garbage collection

    def build(self, menu: QMenu, add) -> None:  # noqa: ANN001 - MainWindow._action
        menu.addSeparator()
        self.follow_up_action = add(menu, self.tr("F&olgeworkshop anlegen …"), self.create_follow_up)
        self.review_action = add(menu, self.tr("&Wiedervorlage der Maßnahmen …"), self.start_review)
        self.over_time_action = add(menu, self.tr("&Vergleich mit dem letzten Workshop …"), self.show_over_time)
        self.compare_action = add(menu, self.tr("Workshops verglei&chen …"), self.compare_workshops)
        self.follow_up_action.setObjectName("followUpAction")
        self.review_action.setObjectName("reviewAction")
        self.update()

    def update(self) -> None:
        wf = self.window.wf
        follow_up = wf is not None and wf.cycle.is_follow_up()
        self.follow_up_action.setEnabled(wf is not None)
        self.review_action.setEnabled(follow_up and not getattr(wf, "read_only", False))
        self.over_time_action.setEnabled(follow_up)

    # --- flows -----------------------------------------------------------------

    def create_follow_up(self) -> None:
        from fh_desktop.ui.cycle.follow_up_dialog import FollowUpDialog

        if self.window.wf is None:
            return
        dialog = FollowUpDialog(self.window.wf, self.window)
        dialog.accepted.connect(lambda: self._open_follow_up(dialog))
        self.dialog = dialog
        dialog.open()

    def _open_follow_up(self, dialog) -> None:  # noqa: ANN001 - FollowUpDialog
        if dialog.created is not None and self.window.open_path(dialog.created):
            if self.window.wf is not None and self.window.wf.cycle.review_list():
                self.start_review()

    def start_review(self) -> None:
        from fh_desktop.ui.cycle.review_dialog import ReviewDialog
        from fh_desktop.ui.cycle.review_projector_view import ReviewProjectorView

        if self.window.wf is None:
            return
        # One mirrored screen (presentation mode): the room reads the dialog itself.
        presenting = self.window.moderation.presentation.active
        view = self.window.view
        from fh_desktop.ui.actions.page import ActionsPage

        page = view.pages[3] if view is not None else None
        commands = page.commands if isinstance(page, ActionsPage) else None  # one undo history with step 3
        dialog = ReviewDialog(self.window.wf, self.window, scale=1.4 if presenting else 1.0, commands=commands)
        if presenting:
            dialog.resize(self.window.size() * 0.9)
        projector = self.window.moderation.projector
        projector.show_view(lambda parent: ReviewProjectorView(dialog, parent), self.tr("Wiedervorlage der Maßnahmen"))
        dialog.finished.connect(lambda *_: self.window.moderation.update_projector_view())
        self.dialog = dialog
        dialog.open()

    def show_over_time(self) -> None:
        from fh_desktop.ui.cycle.over_time_dialog import OverTimeDialog

        if self.window.wf is not None:
            self.dialog = OverTimeDialog(self.window.wf, self.window)
            self.dialog.open()

    def compare_workshops(self) -> None:
        from fh_desktop.ui.cycle.compare_dialog import CompareDialog

        self.dialog = CompareDialog(self.window.wf, self.window)
        self.dialog.open()
