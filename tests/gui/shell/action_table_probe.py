"""Run by test_action_table_width in a child process whose only screen is 1280 × 720; prints JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fh_desktop.demo import write_demo
from fh_desktop.settings import Settings
from fh_desktop.ui.shell.main_window import MainWindow


def settle(ms: int = 100) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def state(page) -> dict:
    table = page.table
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    return {
        "shown": shown,
        "widths": sum(table.columnWidth(c) for c in shown),
        "viewport": table.viewport().width(),
        "scroll_max": table.horizontalScrollBar().maximum(),
        "title": table.columnWidth(1),
        "title_min": table.minimum_stretch_width(),
        "form": page.form_panel.isVisible(),
    }


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    window.open_path(write_demo(Path(sys.argv[1])))
    settle()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = window.view.pages[3]
    result = {"screen": [app.primaryScreen().size().width(), app.primaryScreen().size().height()], "window": state(page)}
    QTest.keyClick(window, Qt.Key.Key_F11)
    settle(300)
    result["presenting"] = state(page) | {"active": window.moderation.presentation.active, "width": window.width()}
    QTest.keyClick(window, Qt.Key.Key_F11)
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
