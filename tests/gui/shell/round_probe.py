"""Run by test_room_layout in a child process whose only screen is 1024 × 768; prints JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fh_desktop.demo import write_demo
from fh_desktop.settings import Settings
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.shell.main_window import MainWindow


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.show()
    window.activateWindow()
    window.open_path(write_demo(Path(sys.argv[1])))
    settle()
    QTest.keyClick(window, Qt.Key.Key_F11)
    settle(300)
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle()
    page = window.view.pages[2]
    if not page.round_is_open():
        page.start_round(anonymous=False)
    page.show_mode(checklist_page.MODE_ROUND)
    settle(300)
    size = app.primaryScreen().size()
    tiles = [
        {"text": b.text(), "size": [b.width(), b.height()],
         "visible": [b.visibleRegion().boundingRect().width(), b.visibleRegion().boundingRect().height()]}
        for b in page.round_view.name_buttons.values()
    ]
    # The first person taps their name: the current statement's every answer option is whole.
    first = next(iter(page.round_view.name_buttons.values()))
    QTest.mouseClick(first, Qt.MouseButton.LeftButton)
    settle(300)
    row = page.answer_view.rows[0]
    options = [
        {"text": b.text(), "size": [b.width(), b.height()],
         "visible": [b.visibleRegion().boundingRect().width(), b.visibleRegion().boundingRect().height()]}
        for b in row.buttons.values()
    ]
    result = {"screen": [size.width(), size.height()], "presenting": window.moderation.presentation.active,
              "tiles": tiles, "options": options}
    window.moderation.presentation.set_active(False)
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
