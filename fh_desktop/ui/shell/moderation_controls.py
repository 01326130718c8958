"""The moderator's commands of the main window: steps and time, presentation, blank, projector, help.

Owns presentation mode, the blank cover, the shortcut overlay and the projector, and
builds their actions into the window's menus (through the window's ``make_action``, so
each is also a window action: shortcuts keep working while presentation mode hides the
menu bar, and the F1 overlay lists them).

The actions exist from the start; the four helpers behind them (and their modules) are
made on first use, not before the window's first paint (docs/performance.md, Start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget

from fh_desktop.domain import enums

if TYPE_CHECKING:
    from fh_desktop.ui.common.step_page import StepPage
    from fh_desktop.ui.shell.main_window import MainWindow
    from fh_desktop.ui.shell.presentation import BlankCover, PresentationMode
    from fh_desktop.ui.shell.projector_window import Projector
    from fh_desktop.ui.shell.shortcuts_overlay import ShortcutsOverlay
    from fh_desktop.ui.shell.step_timer import StepTimer

MakeAction = Callable[..., QAction]  # (menu, text, slot, shortcut=None) -> QAction


class ModerationControls(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._presentation: PresentationMode | None = None
        self._cover: BlankCover | None = None
        self._shortcuts_overlay: ShortcutsOverlay | None = None
        self._projector: Projector | None = None
        self._timer: StepTimer | None = None

    # --- the helpers, made on first use -------------------------------------

    @property
    def presentation(self) -> PresentationMode:
        if self._presentation is None:
            from fh_desktop.ui.shell.presentation import PresentationMode

            self._presentation = PresentationMode(self.window)
            self._presentation.toggled.connect(self._presentation_toggled)
            self._presentation.about_to_enter.connect(self._build_all_pages)
        return self._presentation

    @property
    def presenting(self) -> bool:
        """Presentation mode is on (without making it just to ask)."""
        return self._presentation is not None and self._presentation.active

    @property
    def cover(self) -> BlankCover:
        if self._cover is None:
            from fh_desktop.ui.shell.presentation import BlankCover

            self._cover = BlankCover(self.window)
        return self._cover

    @property
    def shortcuts_overlay(self) -> ShortcutsOverlay:
        if self._shortcuts_overlay is None:
            from fh_desktop.ui.shell.shortcuts_overlay import ShortcutsOverlay

            self._shortcuts_overlay = ShortcutsOverlay(self.window)
        return self._shortcuts_overlay

    @property
    def projector(self) -> Projector:
        if self._projector is None:
            from fh_desktop.ui.shell.projector_window import Projector

            self._projector = Projector(self.window)
            self._projector.changed.connect(self._sync_checks)
            self._projector.set_timer(self._timer)
            self.update_projector_view()
        return self._projector

    def _projector_active(self) -> bool:
        return self._projector is not None and self._projector.active

    def set_timer(self, timer: StepTimer | None) -> None:
        """The open workshop's step timer (None when closed), for the projector's clock."""
        self._timer = timer
        if self._projector is not None:
            self._projector.set_timer(timer)

    # --- menus ------------------------------------------------------------

    def build_step_actions(self, steps: QMenu, make: MakeAction) -> None:
        """Next/previous step, the time box commands and the questions editor, into the Schritte menu."""
        self.next_step_action = make(steps, self.tr("&Nächster Schritt"), lambda: self._step_by(1), QKeySequence("Ctrl+PgDown"))
        self.previous_step_action = make(steps, self.tr("&Vorheriger Schritt"), lambda: self._step_by(-1), QKeySequence("Ctrl+PgUp"))
        steps.addSeparator()
        self.timer_action = make(steps, self.tr("Zeit &starten / anhalten"), self.toggle_timer, QKeySequence("F5"))
        self.finish_step_action = make(steps, self.tr("Schritt &abschließen"), self.finish_step, QKeySequence("Shift+F5"))
        self.reset_timer_action = make(steps, self.tr("Zeit des Schritts &zurücksetzen"), self.reset_timer)
        steps.addSeparator()
        self.edit_questions_action = make(steps, self.tr("&Frageimpulse bearbeiten …"), self.edit_questions)

    def build_view_menu(self, make_menu: Callable[[str], QMenu], make: MakeAction) -> QMenu:
        view = make_menu(self.tr("&Ansicht"))
        self.presentation_action = make(view, self.tr("&Präsentationsmodus"), lambda: self.presentation.toggle(), QKeySequence("F11"))
        self.presentation_action.setCheckable(True)
        self.presentation_action.setChecked(self.presenting)
        self.blank_action = make(view, self.tr("&Schwarzbild"), self.blank_screen)
        self.blank_action.setShortcuts([QKeySequence("B"), QKeySequence(".")])
        self.sidebar_action = make(
            view, self.tr("S&eitenleiste (Ablauf und Fragen)"), self.toggle_sidebar, QKeySequence("Ctrl+Shift+L")
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(self.window.settings.sidebar_visible())
        view.addSeparator()
        self.projector_action = make(view, self.tr("&Beamer-Ansicht"), self.toggle_projector, QKeySequence("F8"))
        self.projector_action.setCheckable(True)
        self.screens_menu = QMenu(self.tr("Beamer: &Bildschirm wählen"), view)
        self.screens_menu.setObjectName("projectorScreensMenu")
        self.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        view.addMenu(self.screens_menu)
        self.freeze_action = make(view, self.tr("Beamer &einfrieren"), self.toggle_freeze, QKeySequence("F9"))
        self.freeze_action.setCheckable(True)
        self._sync_checks()
        return view

    def build_help_actions(self, help_menu: QMenu, make: MakeAction) -> None:
        self.shortcuts_action = make(help_menu, self.tr("&Tastenkürzel"), self.show_shortcuts)
        self.shortcuts_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("?")])

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for act in toolbar.actions():
            toolbar.removeAction(act)  # not clear(): see MainWindow._drop_menus
        toolbar.setWindowTitle(self.tr("Moderation"))
        for act in (self.timer_action, self.presentation_action, self.blank_action, self.projector_action, self.shortcuts_action):
            toolbar.addAction(act)
            button = toolbar.widgetForAction(act)
            if button is not None:
                button.setMinimumHeight(36)  # touch-friendly

    def set_workshop_open(self, has_file: bool) -> None:
        for act in (
            self.next_step_action, self.previous_step_action, self.timer_action, self.finish_step_action,
            self.reset_timer_action, self.edit_questions_action, self.sidebar_action,
        ):
            act.setEnabled(has_file)

    def retranslate(self) -> None:
        if self._presentation is not None:
            self._presentation.retranslate()
            self._presentation.refresh()

    def _fill_screens_menu(self) -> None:
        menu = self.screens_menu
        menu.clear()
        group = QActionGroup(menu)
        own = self.window.screen()
        current = self._projector.screen if self._projector is not None else None
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            text = self.tr("{name} ({w} × {h})").format(name=screen.name(), w=size.width(), h=size.height())
            if screen is own:
                text = self.tr("{screen} – Bildschirm dieses Fensters").format(screen=text)
            act = menu.addAction(text)
            act.setCheckable(True)
            act.setChecked(screen is current)
            act.setEnabled(screen is not own)  # a projector over the console would lock the moderator out
            act.setActionGroup(group)
            act.triggered.connect(lambda *_, s=screen: self.use_projector_screen(s))
        if len(QGuiApplication.screens()) < 2:
            note = menu.addAction(self.tr("Nur ein Bildschirm angeschlossen: Präsentationsmodus (F11) verwenden"))
            note.setEnabled(False)
        if self._projector_active():
            menu.addSeparator()
            menu.addAction(self.tr("Beamer-Ansicht schließen"), self.projector.close)

    # --- steps and time ---------------------------------------------------

    def _step_by(self, delta: int) -> None:
        view = self.window.view
        if view is not None:
            step = view.current_step() + delta
            if step in enums.STEP_TITLES:
                view.show_step(step)

    def step_changed(self, step: int) -> None:
        self.update_projector_view()
        if self._presentation is not None:
            self._presentation.refresh()

    def toggle_timer(self) -> None:
        if self.window.timer is not None:
            self.window.timer.toggle()

    def finish_step(self) -> None:
        timer = self.window.timer
        if timer is None:
            return
        timer.finish()
        step = timer.active_step
        if step + 1 in enums.STEP_TITLES:
            text = self.tr("Schritt {n} abgeschlossen. Weiter mit Schritt {next}: Strg+Bild↓ oder „Weiter“ im Ablauf.")
        else:
            text = self.tr("Schritt {n} abgeschlossen.")
        self.window.statusBar().showMessage(text.format(n=step, next=step + 1), 10000)

    def reset_timer(self) -> None:
        if self.window.timer is not None:
            self.window.timer.reset()

    def time_up(self, step: int) -> None:
        if self.window.settings.sound_on_time_up():
            QApplication.beep()

    def edit_questions(self) -> None:
        if self.window.view is not None:
            self.window.view.questions.edit()

    # --- what the room sees -----------------------------------------------

    def toggle_sidebar(self) -> None:
        on = self.sidebar_action.isChecked()
        view = self.window.view
        if not on and view is not None and view.sidebar_stepped_aside():
            # Wanted, but out of the way of the room's screen in a narrow window: the key
            # brings it back here instead of switching off what is not on screen anyway.
            with QSignalBlocker(self.sidebar_action):
                self.sidebar_action.setChecked(True)
            view.show_sidebar_by_hand()
            return
        self.window.settings.set_sidebar_visible(on)
        if self.window.view is not None:
            self.window.view.set_sidebar_visible(on)

    def view_created(self) -> None:
        """A workshop view was (re)built: apply sidebar and presentation state to it."""
        view = self.window.view
        assert view is not None
        view.set_sidebar_visible(self.sidebar_action.isChecked())
        view.page_built.connect(self._page_built)
        presenting = self.presenting
        view.set_presentation(presenting, self.presentation.exit_button_room() if presenting else 0)
        if presenting:
            for page in view.pages.built():
                page.set_presentation(True)

    def _page_built(self, page: StepPage) -> None:
        if self.presenting:
            page.set_presentation(True)

    def _build_all_pages(self) -> None:
        # Pages made while presenting would keep sizes taken from the enlarged fonts.
        if self.window.view is not None:
            list(self.window.view.pages.values())

    def _presentation_toggled(self, on: bool) -> None:
        self.presentation_action.setChecked(on)
        if self.window.view is not None:
            self.window.view.set_presentation(on, self.presentation.exit_button_room())
            for page in self.window.view.pages.built():
                page.set_presentation(on)

    def blank_screen(self) -> None:
        """Black out what the room sees: the projector if there is one, else this window."""
        if self._projector_active():
            self.projector.toggle_blank()
        else:
            wf = self.window.wf
            self.cover.cover(wf.meta.workshop().title if wf else "")

    def show_shortcuts(self) -> None:
        self.shortcuts_overlay.open()

    # --- projector --------------------------------------------------------

    def toggle_projector(self) -> None:
        if self.projector.active:
            self.projector.close()
            return
        candidates = self.projector.candidate_screens()
        remembered = [s for s in candidates if s.name() == self.window.settings.projector_screen()]
        if remembered or candidates:
            self.use_projector_screen((remembered or candidates)[0])
        else:
            self._sync_checks()
            self.window.statusBar().showMessage(
                self.tr("Kein zweiter Bildschirm angeschlossen – der Präsentationsmodus (F11) zeigt die Ansicht hier."),
                8000,
            )

    def use_projector_screen(self, screen: QScreen) -> None:
        self.window.settings.set_projector_screen(screen.name())
        self.projector.open_on(screen)

    def toggle_freeze(self) -> None:
        self.projector.set_frozen(not self.projector.frozen)

    def update_projector_view(self) -> None:
        if self._projector is None:
            return  # no projector yet: it asks for its view when it is made
        view, wf = self.window.view, self.window.wf
        if view is None or wf is None:
            self.projector.show_view(None, QCoreApplication.translate("MainWindow", "Frühe-Hilfen-Werkstatt"))
            return
        step = view.current_step()
        page = view.pages[step]
        signals = view.signals

        def build(parent: QWidget) -> QWidget:
            from fh_desktop.ui.common.title_slide import StepTitleSlide  # first needed with a workshop

            return page.projector_view(parent) or StepTitleSlide(wf, signals, step, parent)

        title = QCoreApplication.translate("enums", enums.STEP_TITLES[step])
        self.projector.show_view(build, self.tr("Schritt {n}: {title}").format(n=step, title=title))

    def _sync_checks(self) -> None:
        active = self._projector_active()
        self.projector_action.setChecked(active)
        self.freeze_action.setChecked(self._projector is not None and self._projector.frozen)
        self.freeze_action.setEnabled(active)

    def shutdown(self) -> None:
        if self.presenting:
            self.presentation.set_active(False)  # the window saves its normal geometry, not full screen
        if self._projector is not None:
            self._projector.close()
