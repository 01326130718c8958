"""Run by test_projector in a child process whose Qt platform has two screens; prints JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from fh_desktop.demo import write_demo
from fh_desktop.settings import Settings
from fh_desktop.ui.shell.main_window import MainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    screens = {s.name(): s for s in app.screens()}
    window = MainWindow(Settings())
    window.setScreen(screens["Laptop"])
    window.setGeometry(100, 100, 1000, 700)
    window.show()
    window.open_path(write_demo(Path(sys.argv[1])))
    window.moderation.screens_menu.aboutToShow.emit()
    enabled = [a.text() for a in window.moderation.screens_menu.actions() if a.isEnabled() and a.isCheckable()]
    window.moderation.projector_action.trigger()  # F8: the first screen that is not the console's
    app.processEvents()
    pw = window.moderation.projector.window
    g = pw.geometry()
    result = {
        "screens": len(app.screens()),
        "menu_enabled": enabled,
        "projector_screen": pw.screen().name(),
        "projector_geometry": [g.x(), g.y(), g.width(), g.height()],
        "console_screen": window.screen().name(),
        "remembered": Settings().projector_screen(),
    }
    window.moderation.projector.on_screen_removed(screens["Beamer"])
    result["after_removal"] = window.moderation.projector.active
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
