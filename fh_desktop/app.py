"""Start-up of the window: QApplication, translator, error hook, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fh_desktop import paths
from fh_desktop.paths import APP_NAME, ORG_NAME

log = logging.getLogger(__name__)


def install_translator(app: QApplication, language: str) -> str:
    """Translate the UI into ``language`` ("" = follow the system); returns the language used."""
    from fh_desktop.ui.common import translation

    return translation.apply(language)


def _install_excepthook() -> None:
    """Unexpected errors become a readable dialog and a log entry, never a dead window."""
    from fh_desktop.ui.common.errors import show_error

    logfile = paths.data_dir() / "fehlerprotokoll.txt"

    def hook(exc_type, exc, tb):  # noqa: ANN001
        with open(logfile, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
        app = QApplication.instance()
        show_error(app.activeWindow() if app else None, exc)

    sys.excepthook = hook


def run_gui(file: Path | None = None, *, demo: bool = False) -> int:
    from fh_desktop.settings import Settings
    from fh_desktop.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Frühe Hilfen Werkstatt")
    settings = Settings()
    install_translator(app, settings.language())
    _install_excepthook()
    window = MainWindow(settings)
    window.show()
    # Open after the first paint, so the window appears at once even for big files.
    if file is not None:
        QTimer.singleShot(0, lambda: window.open_path(file))
    elif demo:
        QTimer.singleShot(0, window.open_demo)
    return app.exec()
