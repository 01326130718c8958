"""An open workshop: header, step navigation, the three step pages, and the moderation sidebar."""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoGroup
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import focus, read_only
from fh_desktop.ui.common.guiding_questions_panel import GuidingQuestionsPanel
from fh_desktop.ui.common.step_page import StepPage
from fh_desktop.ui.common.commands import WorkshopCommands
from fh_desktop.ui.common.store_signals import StoreSignals
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY
from fh_desktop.ui.shell.agenda_panel import AgendaPanel, CountdownLabel
from fh_desktop.ui.shell.step_navigation import StepNavigation
from fh_desktop.ui.shell.step_timer import StepTimer
from fh_desktop.ui.shell.workshop_header import WorkshopHeader

# Module and class of each step's page, imported when the page is first built: opening a
# workshop on step 1 need not load the code of steps 2 and 3 first.
PAGE_CLASSES: dict[int, tuple[str, str]] = {
    1: ("fh_desktop.ui.board.page", "BoardPage"),
    2: ("fh_desktop.ui.checklist.page", "ChecklistPage"),
    3: ("fh_desktop.ui.actions.page", "ActionsPage"),
}


# Below these widths the sidebar gives its place to the step (see WorkshopView.sidebar_collapsed).
PRESENT_SIDEBAR_MIN_WIDTH = 1500
# The moderator's own window keeps the sidebar beside every step from this width on; on a
# 1024 px laptop the board beside the card panel and the sidebar kept 370 px, titles cut.
WINDOW_SIDEBAR_MIN_WIDTH = 1200


def page_class(step: int) -> type[StepPage]:
    module, name = PAGE_CLASSES[step]
    return getattr(importlib.import_module(module), name)


class StepPages(Mapping[int, StepPage]):
    """The three step pages, each built when first asked for (``pages[2]``)."""

    def __init__(self, build: Callable[[int], StepPage]) -> None:
        self._build = build
        self._pages: dict[int, StepPage] = {}

    def __getitem__(self, step: int) -> StepPage:
        if step not in self._pages:
            if step not in PAGE_CLASSES:
                raise KeyError(step)
            self._pages[step] = self._build(step)
        return self._pages[step]

    def __iter__(self) -> Iterator[int]:
        return iter(PAGE_CLASSES)

    def __len__(self) -> int:
        return len(PAGE_CLASSES)

    def is_built(self, step: int) -> bool:
        return step in self._pages

    def built(self) -> list[StepPage]:
        """The pages that exist so far (iterating ``values()`` builds them all)."""
        return list(self._pages.values())


class WorkshopView(QWidget):
    step_changed = Signal(int)
    page_built = Signal(object)  # a StepPage, just created

    def __init__(
        self,
        wf: WorkshopFile,
        undo_group: QUndoGroup,
        parent: QWidget | None = None,
        timer: StepTimer | None = None,
        step: int = 1,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopView")
        self.wf = wf
        self.presenting = False
        self._sidebar_wanted = True
        self._sidebar_by_hand = False  # shown with Ctrl+Shift+L although out of the room's way
        self.signals = StoreSignals(wf, self)
        self.timer = timer or StepTimer(wf, parent=self)
        self.header = WorkshopHeader(wf, self.signals, self)
        h = self.header
        for widget in (h.kommune_edit, h.date_edit, h.place_edit, h.moderator_edit, h.participants_button):
            widget.setProperty(MODERATOR_ONLY, True)  # the room needs the title, not the admin row
        self.navigation = StepNavigation(self)
        # The time box stays in sight when the sidebar (with the big clock) is not shown.
        self.nav_clock = CountdownLabel(self.timer, 1.6, self.navigation)
        self.nav_clock.setObjectName("navigationClock")
        self.nav_clock.setToolTip(self.tr("Zeit dieses Schritts. Ablauf und Fragen: Strg+Umschalt+L"))
        self.nav_clock.hide()
        self.navigation.add_trailing(self.nav_clock)
        self.stack = QStackedWidget(self)
        self._undo_group = undo_group
        self.commands = self.signals.commands  # the workshop's one write path and history
        undo_group.addStack(self.commands.stack)
        undo_group.setActiveStack(self.commands.stack)
        self.pages = StepPages(self._build_page)
        # The step on screen is built at once, the others right after the first paint, one
        # per turn of the event loop: the workshop appears without waiting for all three.
        self._page_builder = QTimer(self)
        self._page_builder.setSingleShot(True)
        self._page_builder.setInterval(0)
        self._page_builder.timeout.connect(self._build_next_page)
        self.agenda = AgendaPanel(self.timer, self)
        self.agenda.next_step_requested.connect(self.begin_step)
        self.questions = GuidingQuestionsPanel(wf, self.signals, 1, self)
        self.sidebar = QWidget(self)
        self.sidebar.setObjectName("moderationSidebar")
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.agenda)
        side.addWidget(self.questions, 1)
        # Scrollable, so a narrow window (or large presentation type) squeezes nothing.
        self.sidebar_scroll = QScrollArea(self)
        self.sidebar_scroll.setObjectName("moderationSidebarScroll")
        self.sidebar_scroll.setWidgetResizable(True)
        self.sidebar_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sidebar_scroll.setMinimumWidth(200)
        self.sidebar_scroll.setWidget(self.sidebar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workshopSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.sidebar_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([900, 340])
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if self.commands.read_only:
            layout.addWidget(self._read_only_banner())
        layout.addWidget(self.header)
        layout.addWidget(self.navigation)
        layout.addWidget(line)
        layout.addWidget(self.splitter, 1)
        self._set_tab_order()
        self.navigation.step_selected.connect(self.show_step)
        # The step to start on (where the moderator left, or the one whose time runs):
        # showing another first would pause a running time box.
        self.show_step(step if step in PAGE_CLASSES else 1)
        self._page_builder.start()

    @staticmethod
    def _in_turn(page: QWidget) -> bool:
        check = getattr(page, "turn_in_progress", None)
        return bool(check and check())

    def _lock_for_turn(self, on: bool) -> None:
        """While one person answers, the header and the step bar are not theirs to touch."""
        self.header.setEnabled(not on)
        self.navigation.setEnabled(not on)

    def _build_page(self, step: int) -> StepPage:
        page = page_class(step)(self.wf, self.signals, self.stack)
        turn = getattr(page, "turn_changed", None)
        if turn is not None:
            turn.connect(self._lock_for_turn)
        self.stack.addWidget(page)
        if self.commands.read_only:
            page.set_read_only()
        self._chain_after_navigation(page)
        page.navigate_requested.connect(self.navigate)
        page.room_width_changed.connect(self._room_width_changed)
        self.page_built.emit(page)
        return page

    def _chain_after_navigation(self, page: StepPage) -> None:
        """Tab reads step buttons, then the page, then the sidebar (the page is made last)."""
        focus.place_after(self.navigation.buttons[max(self.navigation.buttons)], focus.chain_of(page))

    def _build_next_page(self) -> None:
        if self.wf.closed:
            return
        missing = [step for step in PAGE_CLASSES if not self.pages.is_built(step)]
        if missing:
            self.pages[missing[0]]
            if len(missing) > 1:
                self._page_builder.start()

    def _set_tab_order(self) -> None:
        """Reading order of the screen: header fields as laid out, then the step buttons.

        After them comes the page, then the sidebar (agenda, questions): that is already
        the order in which they are created, which Qt follows.
        """
        h = self.header
        # The date field (a line with a calendar button) sits between Kommune and Ort by
        # creation order; setTabOrder on a widget with a focus proxy tangles the chain.
        chain: list[QWidget] = [h.place_edit, h.moderator_edit, h.participants_button, *self.navigation.buttons.values()]
        QWidget.setTabOrder(h.title_edit, h.kommune_edit)
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def current_step(self) -> int:
        page = self.stack.currentWidget()
        assert isinstance(page, StepPage)  # the stack holds only step pages
        return page.step

    def show_step(self, step: int) -> None:
        current = self.stack.currentWidget()
        if current is not None and getattr(current, "step", step) != step and self._in_turn(current):
            current.request_leave(lambda: self.show_step(step))  # type: ignore[attr-defined]
            self.navigation.set_current(current.step)  # type: ignore[attr-defined]
            return
        page = self.pages[step]
        self.stack.setCurrentWidget(page)
        self.navigation.set_current(step)
        self.questions.set_step(step)
        self.timer.follow(step)
        page.activated()
        self._keep_keyboard_focus(page)
        self._sidebar_by_hand = False
        self._apply_sidebar()
        self.step_changed.emit(step)

    def begin_step(self, step: int) -> None:
        """Go on with ``step``: show it and start its time box (after "Abschließen")."""
        self.show_step(step)
        if self.current_step() == step:
            self.timer.start()

    @staticmethod
    def _keep_keyboard_focus(page: StepPage) -> None:
        """A step switched by shortcut must not leave the focus on the page it hid.

        A hidden widget keeps the focus in Qt, and Tab from there goes nowhere useful: move
        it to the first control of the page now shown.
        """
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible():
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            policy = widget.focusPolicy()
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and policy & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def navigate(self, step: int, kind: str, ident: int) -> None:
        """Show ``step`` and let its page select the card, item or action ``ident``."""
        self.show_step(step)
        self.pages[step].reveal(kind, ident)

    def set_sidebar_visible(self, on: bool) -> None:
        self._sidebar_wanted = on
        self._sidebar_by_hand = False
        self._apply_sidebar()

    def sidebar_stepped_aside(self) -> bool:
        """Wanted, but hidden to give a narrow window's width to the page."""
        return self._sidebar_wanted and not self._sidebar_by_hand and self.sidebar_collapsed()

    def show_sidebar_by_hand(self) -> None:
        """Show the sidebar although the width is short, until the step or its screen changes."""
        self._sidebar_by_hand = True
        self._apply_sidebar()

    def _room_width_changed(self) -> None:
        self._sidebar_by_hand = False
        self._apply_sidebar()

    def set_presentation(self, on: bool, keep_free_right: int = 0) -> None:
        self.presenting = on
        self.header.set_presentation(on, keep_free_right)
        self._apply_sidebar()

    def sidebar_collapsed(self) -> bool:
        """True when the window is too narrow for the sidebar beside the step.

        A 1024 or 1280 px beamer needs all its width for names, answers and card titles;
        presenting, the sidebar (clock and questions are for the moderator) then goes,
        and comes back on a wider screen. In the moderator's own window (from 1200 px) it stays, except
        while the page shows the room's screen (step 2's round, a person's answers, the
        result; the action plan): on a 1280 px laptop those need the sidebar's third of the width.
        Ctrl+Shift+L still shows or hides it by hand.
        """
        page = self.stack.currentWidget()
        room = self.presenting or (isinstance(page, StepPage) and page.wants_room_width())
        return self.width() < (PRESENT_SIDEBAR_MIN_WIDTH if room else WINDOW_SIDEBAR_MIN_WIDTH)

    def _apply_sidebar(self) -> None:
        visible = self._sidebar_wanted and (self._sidebar_by_hand or not self.sidebar_collapsed())
        if self.sidebar_scroll.isHidden() == visible:
            self.sidebar_scroll.setVisible(visible)
        if self.nav_clock.isHidden() != visible:
            self.nav_clock.setVisible(not visible)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._apply_sidebar()

    def _read_only_banner(self) -> QWidget:
        """Opened from a CD or a mail folder: look, present and export, but no edits."""
        banner = QLabel(
            self.tr("Schreibgeschützt: Dieser Workshop lässt sich ansehen, präsentieren und exportieren, aber nicht ändern."),
            self,
        )
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; font-weight: bold; }")
        h = self.header
        read_only.edits(
            h.title_edit, h.kommune_edit, h.place_edit, h.moderator_edit, h.date_edit.line, h.date_edit.button,
            h.participants_button,
        )
        read_only.lock(h)
        return banner

    def shutdown(self) -> None:
        self._page_builder.stop()
        for page in self.pages.built():
            page.shutdown()
        self._undo_group.removeStack(self.commands.stack)
        WorkshopCommands.forget(self.wf)
        self.signals.detach()
