"""A main window on the demo workshop, and a follow-up of it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from fh_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    if w.moderation.presentation.active:
        w.moderation.presentation.set_active(False)
    w.close()


@pytest.fixture
def follow_up_file(demo_file, tmp_path):
    from fh_desktop.store.services.cycle import create_follow_up

    return create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
