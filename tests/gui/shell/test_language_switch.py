"""Switching the language back and forth with a workshop open, closed and reopened keeps the window whole."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from fh_desktop.settings import Settings

FILE_MENU_DE_START = ["&Neuer Workshop …", "Ö&ffnen …", "&Zuletzt geöffnet", "&Demo-Workshop öffnen"]
FILE_MENU_EN_FIRST = "&New workshop …"


def switch(w, qtbot, code: str) -> None:
    w.set_language(code)
    gc.collect()  # the crash depended on when Python collected the old wrappers
    qtbot.wait(20)  # deferred deletions of the old menus happen here, as in the running program


def _file_menu_texts(w) -> list[str]:
    return [a.text() for a in w.file_menu.actions() if not a.isSeparator()]


def test_switch_back_and_forth_with_open_closed_and_reopened_workshop(demo_window, demo_file, qtbot):
    w = demo_window
    FILE_MENU_DE = _file_menu_texts(w)  # noqa: N806 - the whole menu as built at start
    assert FILE_MENU_DE[:4] == FILE_MENU_DE_START and "&Beenden" in FILE_MENU_DE and "&Exportieren …" in FILE_MENU_DE
    try:
        for step in (1, 2, 3):
            w.view.show_step(step)
        switch(w, qtbot, "en")
        assert _file_menu_texts(w)[0] == FILE_MENU_EN_FIRST and len(_file_menu_texts(w)) == len(FILE_MENU_DE)
        switch(w, qtbot, "de")
        assert _file_menu_texts(w) == FILE_MENU_DE
        w.close_workshop()
        switch(w, qtbot, "en")
        switch(w, qtbot, "de")
        assert w.open_path(demo_file)
        w.view.show_step(3)
        switch(w, qtbot, "en")
        assert w.view.current_step() == 3
        assert len(_file_menu_texts(w)) == len(FILE_MENU_DE)
        w.close_workshop()
        assert w.open_path(demo_file)
        switch(w, qtbot, "de")
        switch(w, qtbot, "en")
        switch(w, qtbot, "de")
        assert _file_menu_texts(w) == FILE_MENU_DE
        assert w.menuBar().actions()[0].menu() is w.file_menu
        # The rebuilt actions work: closing through the menu action.
        assert [a.text() for a in w.edit_menu.actions()] == ["&Rückgängig", "&Wiederholen"]
        # Deutsch -> English -> Deutsch the way the moderator does it: in the settings dialog, by keyboard.
        w.open_settings()
        combo = w.settings_dialog.language_combo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_End)  # English
        qtbot.wait(20)
        assert _file_menu_texts(w)[0] == FILE_MENU_EN_FIRST
        qtbot.keyClick(combo, Qt.Key.Key_Up)  # Deutsch
        qtbot.wait(20)
        assert _file_menu_texts(w) == FILE_MENU_DE
        w.settings_dialog.reject()
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
        close = next(a for a in w.file_menu.actions() if a.text() == "Workshop &schließen")
        assert isinstance(close, QAction) and close.isEnabled()
        qtbot.keyClick(w, Qt.Key.Key_F11)  # shortcuts of the rebuilt menus work
        assert w.moderation.presentation.active
        qtbot.keyClick(w, Qt.Key.Key_F11)
        assert not w.moderation.presentation.active
        close.trigger()
        assert w.wf is None
    finally:
        switch(w, qtbot, "de")
        Settings().set_language("")
