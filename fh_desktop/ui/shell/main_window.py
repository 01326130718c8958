"""The main window: wiring of start page, workshop view, menus and dialogs only.

The store (SQLAlchemy, ~0.3 s to import), the workshop view with its step pages and the
dialogs are imported when first needed, not at start-up: the window paints before they
load (``bench/startup.py``; ``tests/gui/shell/test_app_startup.py`` keeps it so).

Nothing built before the first paint touches the ``Qt`` namespace: PySide6 creates all of
its ~90 Python enum classes on the first access (≈ 40 ms, more than the rest of this
window); the toolbar's button style is therefore set by its property name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from fh_desktop import paths
from fh_desktop.domain import enums
from fh_desktop.domain.errors import FhError
from fh_desktop.settings import Settings
from fh_desktop.store.fileformat import SUFFIX
from fh_desktop.ui.common import translation
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY
from fh_desktop.ui.cycle.cycle_actions import CycleActions
from fh_desktop.ui.shell.moderation_controls import ModerationControls
from fh_desktop.ui.shell.start_page import StartPage
from fh_desktop.ui.shell.typing_guard import TypingGuard

if TYPE_CHECKING:
    from fh_desktop.domain.timer import Clocks
    from fh_desktop.store.workshop_file import WorkshopFile
    from fh_desktop.ui.shell.step_timer import StepTimer
    from fh_desktop.ui.shell.workshop_view import WorkshopView


def remove_all_actions(widget: QWidget) -> None:
    """``widget.clear()`` without PySide's clean-up by stale addresses (see ``MainWindow._drop_menus``)."""
    for act in widget.actions():
        widget.removeAction(act)


def show_error(parent: QWidget, exc: BaseException, title: str | None = None) -> None:
    """``ui.common.errors.show_error``, imported when the first error is shown."""
    from fh_desktop.ui.common.errors import show_error as show

    show(parent, exc, title)


def file_filter() -> str:
    return QCoreApplication.translate("MainWindow", "Workshop-Dateien (*{suffix})").format(suffix=SUFFIX)


FIRST_SIZE = (1280, 800)


def first_size(available: QSize) -> tuple[int, int]:
    """The window's size on a first start: 1280x800, but never larger than the screen's
    free area (a 1024x768 laptop got a window whose right part was off screen)."""
    return min(FIRST_SIZE[0], available.width()), min(FIRST_SIZE[1], available.height())


class MainWindow(QMainWindow):
    def __init__(
        self, settings: Settings | None = None, parent: QWidget | None = None, *, clocks: Clocks | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self._clocks = clocks  # tests pass controllable clocks for the step timer
        self.wf: WorkshopFile | None = None
        self.view: WorkshopView | None = None
        self.timer: StepTimer | None = None
        self.undo_group = QUndoGroup(self)
        self._built: list[QAction] = []  # menus' actions, rebuilt when the language changes
        self._retired: list[QObject] = []  # the ones before: kept alive, see _drop_menus
        self.stack = QStackedWidget(self)
        self.start_page = self._make_start_page()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.moderation = ModerationControls(self)
        self.cycle = CycleActions(self)
        app = QApplication.instance()
        assert app is not None  # a window is made only once the application is
        app.installEventFilter(TypingGuard(self))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("moderationToolbar")
        self.toolbar.setProperty(MODERATOR_ONLY, True)
        self.toolbar.setProperty("toolButtonStyle", "ToolButtonTextOnly")  # = Qt.ToolButtonStyle..., see above
        self.addToolBar(self.toolbar)  # the top area
        self._build_menus()
        self.moderation.update_projector_view()
        self._update_title()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*first_size(self.screen().availableGeometry().size()))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    @property
    def clocks(self) -> Clocks:
        if self._clocks is None:
            from fh_desktop.domain.timer import Clocks

            self._clocks = Clocks()
        return self._clocks

    def _make_start_page(self) -> StartPage:
        page = StartPage(self)
        page.new_requested.connect(self.new_workshop_dialog)
        page.open_requested.connect(self.open_dialog)
        page.demo_requested.connect(self.open_demo)
        page.recent_requested.connect(self.open_path)
        page.set_recent_files(self.settings.recent_files())
        return page

    # --- menus ------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self._menu(self.tr("&Datei"))
        file_menu.setObjectName("fileMenu")
        self.new_action = self._action(file_menu, self.tr("&Neuer Workshop …"), self.new_workshop_dialog, QKeySequence.StandardKey.New)
        self.open_action = self._action(file_menu, self.tr("Ö&ffnen …"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("&Zuletzt geöffnet"), self)
        file_menu.addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(file_menu, self.tr("&Demo-Workshop öffnen"), self.open_demo)
        file_menu.addSeparator()
        self.participants_action = self._action(file_menu, self.tr("&Teilnehmende …"), self.edit_participants)
        self.export_action = self._action(file_menu, self.tr("&Exportieren …"), self.show_export, QKeySequence("Ctrl+E"))
        self.import_actions_action = self._action(file_menu, self.tr("&Maßnahmen aus Excel übernehmen …"), self.import_actions)
        self.cycle.build(file_menu, self._action)  # Folgeworkshop, Wiedervorlage, Vergleiche
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, self.tr("Workshop &schließen"), self.close_workshop, QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = file_menu

        edit_menu = self._menu(self.tr("&Bearbeiten"))
        g = self.undo_group
        self.undo_action = self._undo_action(edit_menu, self.tr("&Rückgängig"), g.undo, g.canUndo, g.undoText, g.canUndoChanged, g.undoTextChanged)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo_action(edit_menu, self.tr("&Wiederholen"), g.redo, g.canRedo, g.redoText, g.canRedoChanged, g.redoTextChanged)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.edit_menu = edit_menu

        self.step_menu = self._menu(self.tr("&Schritte"))
        self.step_actions = []
        for step in enums.STEP_TITLES:
            text = enums.step_label(step, lambda s: QCoreApplication.translate("enums", s))
            act = self._action(self.step_menu, text, lambda s=step: self.show_step(s), QKeySequence(f"Ctrl+{step}"))
            self.step_actions.append(act)

        self.moderation.build_step_actions(self.step_menu, self._action)
        self.view_menu = self.moderation.build_view_menu(self._menu, self._action)
        self.extras_menu = self._menu(self.tr("E&xtras"))
        self.settings_action = self._action(self.extras_menu, self.tr("&Einstellungen …"), self.open_settings, QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = self._menu(self.tr("&Hilfe"))
        self.moderation.build_help_actions(help_menu, self._action)
        self._action(help_menu, self.tr("Ü&ber die Frühe-Hilfen-Werkstatt …"), self.show_about)
        self.help_menu = help_menu
        self.moderation.fill_toolbar(self.toolbar)

    def _menu(self, title: str) -> QMenu:
        # Made here, not by QMenuBar.addMenu(title): see _drop_menus.
        menu = QMenu(title, self)
        self.menuBar().addMenu(menu)
        return menu

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        if shortcut is not None:
            # setShortcuts([...]), not setShortcut(): resolving the latter's overloads creates
            # the Qt namespace's enums (see the module doc). Same result: one key sequence.
            seq = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            act.setShortcuts([seq] if not seq.isEmpty() else [])  # a standard key the platform lacks: none
        act.triggered.connect(lambda *_: slot())
        menu.addAction(act)
        # Also on the window itself: shortcuts keep working while presentation mode hides the menu bar.
        self.addAction(act)
        self._built.append(act)
        return act

    def _undo_action(self, menu: QMenu, prefix: str, slot, can, text, can_changed, text_changed) -> QAction:  # noqa: ANN001
        """Like QUndoGroup.createUndoAction, but a Python-made action (see _drop_menus)."""
        act = self._action(menu, prefix, slot)

        def update(*_: object) -> None:
            if shiboken6.isValid(act) and act in self._built:
                what = text()
                act.setText(f"{prefix} {what}" if what else prefix)
                act.setEnabled(can())

        can_changed.connect(update)
        text_changed.connect(update)
        update()
        return act

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            # Owned by the menu, so clearing it frees them (they are rebuilt on every opening).
            self.recent_menu.addAction(str(path)).triggered.connect(lambda *_, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(noch keine)")).setEnabled(False)

    def _update_title(self) -> None:
        app = self.tr("Frühe-Hilfen-Werkstatt")
        title = f"{self.wf.path.name} – {app}" if self.wf else app
        if self.wf is not None and getattr(self.wf, "read_only", False):
            title = self.tr("{title} (schreibgeschützt)").format(title=title)
        self.setWindowTitle(title)
        has_file = self.wf is not None
        for act in (self.participants_action, self.export_action, self.import_actions_action, self.close_action, *self.step_actions):
            act.setEnabled(has_file)
        writable = has_file and not getattr(self.wf, "read_only", False)
        for act in (self.participants_action, self.import_actions_action):
            act.setEnabled(writable)  # a workshop from a CD: look, present, export
        self.moderation.set_workshop_open(has_file)
        self.cycle.update()

    # --- opening and closing ----------------------------------------------

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.wf.path.parent) if self.wf else str(paths.documents_dir())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Workshop öffnen"), start, file_filter())
        if name:
            self.open_path(Path(name))

    def new_workshop_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(paths.documents_dir() / self.tr("Neuer Workshop{suffix}").format(suffix=SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Neuen Workshop anlegen"), start, file_filter())
        if name:
            path = Path(name)
            if path.suffix.lower() != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
            self.new_workshop(path)

    def new_workshop(self, path: Path) -> bool:
        from fh_desktop.store.workshop_file import WorkshopFile

        if self.wf is not None and self.wf.path.resolve() == path.resolve():
            self.close_workshop()
        try:
            # The save dialog has already asked before replacing an existing file.
            wf = WorkshopFile.create(path, overwrite=True)
        except FhError as exc:
            show_error(self, exc)
            return False
        self._show_workshop(wf)
        self.view.header.title_edit.setFocus()  # type: ignore[union-attr]
        return True

    def open_demo(self) -> bool:
        from fh_desktop.demo import write_demo

        path = paths.demo_workshop()
        try:
            if not path.exists():
                write_demo(path)
        except FhError as exc:
            show_error(self, exc)
            return False
        return self.open_path(path)

    def open_path(self, path: Path) -> bool:
        from fh_desktop.store.workshop_file import WorkshopFile

        if self.wf is not None and self.wf.path.resolve() == Path(path).resolve():
            return True
        try:
            wf = WorkshopFile.open(path)
        except FhError as exc:
            show_error(self, exc, self.tr("Workshop kann nicht geöffnet werden"))
            if not Path(path).exists():
                self.settings.remove_recent_file(Path(path))
                self.start_page.set_recent_files(self.settings.recent_files())
            return False
        self._show_workshop(wf)
        for warning in wf.warnings:  # e.g. a journal of another workshop set aside, opened read-only
            show_error(self, warning, self.tr("Hinweis beim Öffnen"))
        # Focus on the step, not in a text field: single-key commands (B, ?) work at once.
        self.view.navigation.buttons[self.view.current_step()].setFocus()  # type: ignore[union-attr]
        return True

    def _show_workshop(self, wf: WorkshopFile) -> None:
        from fh_desktop.ui.shell.step_timer import StepTimer

        self.close_workshop()
        self.wf = wf
        self.timer = StepTimer(wf, self.clocks, self)
        self.timer.time_up.connect(self.moderation.time_up)
        self.timer.error.connect(lambda exc: show_error(self, exc))
        self.moderation.set_timer(self.timer)
        # Where the moderator left this workshop; a time box still running (after a crash) wins.
        step = self.timer.active_step if self.timer.running else (self.settings.last_step(wf.path) or 1)
        self._make_view(step)
        self.settings.add_recent_file(wf.path)
        self._update_title()

    def _make_view(self, step: int) -> None:
        from fh_desktop.ui.shell.workshop_view import WorkshopView

        assert self.wf is not None and self.timer is not None
        self.view = WorkshopView(self.wf, self.undo_group, self.stack, timer=self.timer, step=step)
        self.view.header.participants_requested.connect(self.edit_participants)
        self.view.step_changed.connect(self.moderation.step_changed)
        self.view.step_changed.connect(self._remember_step)
        # A write that cannot be undone cleared the history: say so where the eye goes.
        self.view.commands.history_cleared.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.moderation.view_created()
        self.view.show_step(step)
        self.moderation.step_changed(step)

    def _remember_step(self, step: int) -> None:
        if self.wf is not None:
            self.settings.set_last_step(self.wf.path, step)

    def _drop_view(self) -> None:
        if self.view is not None:
            self.view.shutdown()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None

    def close_workshop(self) -> None:
        self._drop_view()
        if self.timer is not None:
            self.timer.shutdown()
            self.moderation.set_timer(None)
            self.timer.deleteLater()
            self.timer = None
        if self.wf is not None:
            self.wf.close()
            self.wf = None
        self.start_page.set_recent_files(self.settings.recent_files())
        self.stack.setCurrentWidget(self.start_page)
        self.moderation.update_projector_view()
        self._update_title()

    # --- the rest ---------------------------------------------------------

    def show_step(self, step: int) -> None:
        if self.view is not None:
            self.view.show_step(step)

    def edit_participants(self) -> None:
        if self.wf is None:
            return
        from fh_desktop.ui.shell.participants_dialog import ParticipantsDialog

        dialog = ParticipantsDialog(self.wf, self)
        dialog.open()
        self.participants_dialog = dialog

    def show_export(self) -> None:
        if self.wf is not None:
            from fh_desktop.ui.shell.export_dialog import ExportDialog

            self.export_dialog = ExportDialog(self.wf, self)
            self.export_dialog.open()

    def import_actions(self) -> None:
        if self.wf is not None:
            from fh_desktop.ui.shell.import_dialog import start_import

            self.import_dialog = start_import(self.wf, self)

    def show_about(self) -> None:
        from fh_desktop.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        self.about_dialog = dialog

    # --- settings and language --------------------------------------------

    def open_settings(self) -> None:
        from fh_desktop.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.language_chosen.connect(self.set_language)
        dialog.open()
        self.settings_dialog = dialog

    def set_language(self, code: str) -> None:
        """Switch the UI language at once ("" = system): new translators, then a rebuilt window."""
        translation.apply(code)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Build menus, start page and workshop view again, now in the current language.

        Rebuilding instead of re-setting each text keeps every widget (and every page the
        step helpers write) correct without a retranslate method per class. The price: the
        undo history of the open workshop starts afresh; the data is untouched.
        """
        self._drop_menus()
        self._build_menus()
        old = self.start_page
        self.start_page = self._make_start_page()
        self.stack.insertWidget(0, self.start_page)
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.view is not None:
            step = self.view.current_step()
            self._drop_view()
            self._make_view(step)
        else:
            self.stack.setCurrentWidget(self.start_page)
            self.moderation.update_projector_view()
        self.moderation.retranslate()
        self._update_title()

    def _drop_menus(self) -> None:
        """Take the menus and their actions out of the window, keeping them alive.

        They are not deleted: PySide finds wrappers by C++ address, and deleting the old
        menus and actions (``setMenuBar``, ``clear()``, ``deleteLater``) let new ones be
        born at a freed address and be invalidated with the old ones ("Internal C++
        object already deleted", a Datei menu with only "Zuletzt geöffnet"). A few dozen
        disabled, detached actions per language switch cost nothing.
        """
        bar = self.menuBar()
        menus = [menu for act in bar.actions() if isinstance(menu := act.menu(), QMenu)]
        remove_all_actions(bar)
        remove_all_actions(self.toolbar)
        for menu in [*menus, self.recent_menu]:
            remove_all_actions(menu)
        for act in self._built:
            self.removeAction(act)
            act.setEnabled(False)
        self._retired.extend([*self._built, *menus, self.recent_menu])
        self._built = []

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.moderation.shutdown()  # leaves presentation mode first: save the normal geometry
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        self.close_workshop()
        super().closeEvent(event)
