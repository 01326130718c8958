"""Start-up of the window: QApplication, translator, error hook, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from fh_desktop import resources
from fh_desktop.paths import APP_NAME, ORG_NAME

log = logging.getLogger(__name__)


def install_translator(app: QApplication, language: str) -> str:
    """Translate the UI into ``language`` ("" = follow the system); returns the language used."""
    from fh_desktop.ui.common import translation

    return translation.apply(language)


def _install_excepthook() -> None:
    """Unexpected errors become a readable dialog and a log entry, never a dead window.

    The hook is set at once; the log file (``logging.handlers``, faulthandler: ≈ 10 ms
    of imports) is opened after the first paint (``_after_first_paint``), or by the hook
    when an error comes before that.
    """
    from fh_desktop.ui.common import lifecycle

    lifecycle.install_excepthook(ensure_log=lifecycle.setup_logging)


class _AfterFirstPaint(QObject):
    """Runs ``callback`` once, right after ``widget``'s first paint (or after a fallback delay).

    Opening a workshop imports the store and builds three pages; doing that after the
    first paint lets the window appear at once. A plain zero timer is not enough: it
    fires before the window system has asked for the first paint.
    """

    FALLBACK_MS = 1000  # a window that is never exposed (e.g. on a hidden desktop)

    def __init__(self, widget: QObject, callback) -> None:  # noqa: ANN001
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._done:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def run_gui(file: Path | None = None, *, demo: bool = False) -> int:
    from fh_desktop.ui.common import import_speed

    import_speed.install()  # before the store and the exporters are imported
    from fh_desktop.settings import Settings
    from fh_desktop.ui.shell.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Frühe-Hilfen-Werkstatt")
    # Matches packaging/linux/fh-desktop.desktop (menu entry, Wayland window icon).
    app.setDesktopFileName("fh-desktop")
    app.setWindowIcon(QIcon(str(resources.path("icons", "fh-desktop.svg"))))
    settings = Settings()
    install_translator(app, settings.language())
    _install_excepthook()
    window = MainWindow(settings)
    from fh_desktop.ui.common.lifecycle import SignalQuit

    # Ctrl+C quits; SIGTERM/SIGHUP (logout, kill) close the workshop file properly first.
    def quit_all() -> None:
        window.close()
        app.quit()

    signal_quit = SignalQuit(quit_all, window)  # noqa: F841 - lives as long as the event loop

    def after_first_paint() -> None:
        from fh_desktop.ui.common.lifecycle import setup_logging

        setup_logging()
        # Opened after the first paint, so the window appears at once even for big files.
        if file is not None:
            window.open_path(file)
        elif demo:
            window.open_demo()

    _AfterFirstPaint(window, after_first_paint)
    window.show()
    return app.exec()
