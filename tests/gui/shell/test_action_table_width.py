"""The action table on a small screen: the main columns without a horizontal scroll bar."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fh_desktop.ui.actions import action_table_model as atm

PROBE = Path(__file__).with_name("action_table_probe.py")
MAIN_COLUMNS = (atm.COL_NUMBER, atm.COL_TITLE, atm.COL_RESPONSIBLE, atm.COL_DUE, atm.COL_PRIORITY, atm.COL_STATUS)


def settle(qtbot):
    qtbot.wait(30)  # the columns are fitted on the turn after a resize
    QApplication.processEvents()


def fits(table):
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    total = sum(table.columnWidth(c) for c in shown)
    return total <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0


def open_step3(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.view.pages[3]
    settle(qtbot)
    return page


def test_at_1280x720_the_main_columns_fit_in_the_window_and_presenting(demo_window, qtbot):
    w = demo_window
    w.resize(1280, 720)
    page = open_step3(w, qtbot)
    table = page.table
    for col in MAIN_COLUMNS:
        assert not table.isColumnHidden(col), col
    assert table.isColumnHidden(atm.COL_START) and table.isColumnHidden(atm.COL_LINKS)  # less important: hidden
    assert fits(table), [table.columnWidth(c) for c in range(atm.COLUMN_COUNT)]
    assert table.columnWidth(atm.COL_TITLE) >= table.minimum_stretch_width()
    # Every tool under the table is whole (the row wraps instead of cutting "Löschen").
    for button in (page.delete_button, page.up_button, page.skeleton_button, page.columns_button):
        assert button.width() >= button.sizeHint().width() and button.isVisible(), button.text()



def test_presenting_on_a_1280x720_beamer_shows_the_main_columns_without_scrolling(tmp_path):
    """A real 1280 × 720 screen (the tests' offscreen one is 800 wide), in a child process."""
    config = tmp_path / "screen.json"
    screen = {"name": "Beamer", "x": 0, "y": 0, "width": 1280, "height": 720, "logicalDpiX": 96, "logicalDpiY": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", FH_DESKTOP_HOME=str(tmp_path / "home"))
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "demo.fhw")], env=env, cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screen"] == [1280, 720]
    for mode in ("window", "presenting"):
        got = result[mode]
        assert set(MAIN_COLUMNS) <= set(got["shown"]), (mode, got)
        assert got["widths"] <= got["viewport"] and got["scroll_max"] == 0, (mode, got)
        assert got["title"] >= got["title_min"], (mode, got)
    assert result["window"]["form"] and not result["presenting"]["form"]
    assert result["presenting"]["active"] and result["presenting"]["width"] == 1280


def test_the_columns_button_shows_a_hidden_column_and_the_table_still_fits(demo_window, qtbot):
    w = demo_window
    w.resize(1280, 720)
    page = open_step3(w, qtbot)
    button = page.columns_button
    assert button.isVisible() and button.text() == "Spalten …"
    chosen = []

    def choose():
        menu = button.menu()
        start = next(a for a in menu.actions() if a.text() == "Beginn")
        chosen.append(start.isChecked())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(start).center())

    QTimer.singleShot(100, choose)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the menu opens; choose() ticks "Beginn"
    qtbot.waitUntil(lambda: not button.menu().isVisible())
    assert chosen == [False]
    settle(qtbot)
    assert not page.table.isColumnHidden(atm.COL_START)
    assert "start" not in w.wf.meta.setting("actions.hidden_columns")
    page.table.horizontalHeader().customContextMenuRequested.emit(page.table.horizontalHeader().rect().center())
    start = next(a for a in page.column_menu.actions() if a.text() == "Beginn")
    start.trigger()  # and off again, from the header's own menu
    page.column_menu.close()
    settle(qtbot)
    assert page.table.isColumnHidden(atm.COL_START) and fits(page.table)
