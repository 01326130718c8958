"""The shell window as a moderator uses it: open, edit the header, switch steps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.shell.main_window import MainWindow


def test_open_demo_shows_workshop_and_steps(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert window.view is not None
    assert window.view.header.title_edit.text().startswith("Kommunale Verankerung")
    assert "Demo-Workshop.fhw" in window.windowTitle()
    for step in (2, 3, 1):
        qtbot.mouseClick(window.view.navigation.buttons[step], Qt.MouseButton.LeftButton)
        assert window.view.current_step() == step
    window.close()
