"""Fixtures for the moderation features: a window on the demo with clocks the test moves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fh_desktop.domain.timer import Clocks
from fh_desktop.ui.shell.main_window import MainWindow


class HandClocks:
    """A monotonic and a wall clock that move only when the test says so."""

    def __init__(self) -> None:
        self.mono = 5000.0
        self.wall = 1_750_000_000.0

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds

    def clocks(self) -> Clocks:
        return Clocks(monotonic=lambda: self.mono, wall=lambda: self.wall)


@pytest.fixture
def hand() -> HandClocks:
    return HandClocks()


@pytest.fixture
def window(qtbot, hand):
    """The main window, shown and active (shortcuts need an active window), no file open."""
    w = MainWindow(clocks=hand.clocks())
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    if w.moderation.presentation.active:
        w.moderation.presentation.set_active(False)
    w.close()


@pytest.fixture
def demo_window(window, demo_file):
    assert window.open_path(demo_file)
    return window
