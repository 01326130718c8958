"""The main window: wiring of start page, workshop view, menus and dialogs only.

The store (SQLAlchemy, ~0.3 s to import) and the step pages are imported when a
workshop is first opened, not at start-up: the window paints before they load
(``bench/startup.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from fh_desktop import paths
from fh_desktop.domain.errors import FhError
from fh_desktop.settings import Settings
from fh_desktop.store.fileformat import SUFFIX
from fh_desktop.ui.common.errors import show_error
from fh_desktop.ui.shell.start_page import StartPage

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile
    from fh_desktop.ui.shell.workshop_view import WorkshopView


def file_filter() -> str:
    return QCoreApplication.translate("MainWindow", "Workshop-Dateien (*{suffix})").format(suffix=SUFFIX)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.wf: WorkshopFile | None = None
        self.view: WorkshopView | None = None
        self.undo_group = QUndoGroup(self)
        self.start_page = StartPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.start_page.new_requested.connect(self.new_workshop_dialog)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.recent_requested.connect(self.open_path)
        self.start_page.set_recent_files(self.settings.recent_files())
        self._update_title()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # --- menus ------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        file_menu.setObjectName("fileMenu")
        self.new_action = self._action(file_menu, self.tr("&Neuer Workshop …"), self.new_workshop_dialog, QKeySequence.StandardKey.New)
        self.open_action = self._action(file_menu, self.tr("Ö&ffnen …"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("&Zuletzt geöffnet"), self)
        file_menu.addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.demo_action = self._action(file_menu, self.tr("&Demo-Workshop öffnen"), self.open_demo)
        file_menu.addSeparator()
        self.participants_action = self._action(file_menu, self.tr("&Teilnehmende …"), self.edit_participants)
        self.close_action = self._action(file_menu, self.tr("Workshop &schließen"), self.close_workshop, QKeySequence.StandardKey.Close)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        self.file_menu = file_menu

        edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Rückgängig"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Wiederholen"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.edit_menu = edit_menu

        self.step_menu = self.menuBar().addMenu(self.tr("&Schritte"))
        self.step_actions = []
        for step, text in ((1, self.tr("1 Pinnwand")), (2, self.tr("2 Checkliste")), (3, self.tr("3 Maßnahmen"))):
            act = self._action(self.step_menu, text, lambda s=step: self.show_step(s), QKeySequence(f"Ctrl+{step}"))
            self.step_actions.append(act)

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self._action(help_menu, self.tr("Ü&ber Frühe Hilfen Werkstatt …"), self.show_about)
        self.help_menu = help_menu

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda *_: slot())
        menu.addAction(act)
        return act

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            self._action(self.recent_menu, str(path), lambda p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(noch keine)")).setEnabled(False)

    def _update_title(self) -> None:
        app = self.tr("Frühe Hilfen Werkstatt")
        self.setWindowTitle(f"{self.wf.path.name} – {app}" if self.wf else app)
        has_file = self.wf is not None
        for act in (self.participants_action, self.close_action, *self.step_actions):
            act.setEnabled(has_file)

    # --- opening and closing ----------------------------------------------

    def open_dialog(self) -> None:
        start = str(self.wf.path.parent) if self.wf else str(paths.documents_dir())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Workshop öffnen"), start, file_filter())
        if name:
            self.open_path(Path(name))

    def new_workshop_dialog(self) -> None:
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
        return True

    def _show_workshop(self, wf: WorkshopFile) -> None:
        from fh_desktop.ui.shell.workshop_view import WorkshopView

        self.close_workshop()
        self.wf = wf
        self.view = WorkshopView(wf, self.undo_group, self.stack)
        self.view.header.participants_requested.connect(self.edit_participants)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.settings.add_recent_file(wf.path)
        self._update_title()

    def close_workshop(self) -> None:
        if self.view is not None:
            self.view.shutdown()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        if self.wf is not None:
            self.wf.close()
            self.wf = None
        self.start_page.set_recent_files(self.settings.recent_files())
        self.stack.setCurrentWidget(self.start_page)
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

    def show_about(self) -> None:
        from fh_desktop.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        self.about_dialog = dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()
        self.close_workshop()
        super().closeEvent(event)
