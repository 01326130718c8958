"""The window's life in its process: logging, Qt's messages, uncaught errors, signals.

- ``setup_logging``: the log file (``diagnostics`` when it exists, else a rotating file in
  the user data folder) and Qt's own messages routed into it (``qInstallMessageHandler``);
- ``install_excepthook``: an error nobody caught is logged and shown as one translated
  line in the one error dialog, instead of a window that silently stops working;
- ``SignalQuit``: Ctrl+C in the terminal (SIGINT) quits the window; SIGTERM and SIGHUP
  (logout, ``kill``) close the workshop file properly first. Python runs signal handlers
  only between bytecodes, so a short timer lets the interpreter look while Qt's loop runs.
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QtMsgType, QTimer, qInstallMessageHandler

log = logging.getLogger("fh_desktop")
qt_log = logging.getLogger("fh_desktop.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def setup_logging() -> Path:
    """Log to the file named in Hilfe → Über (rotating, with faulthandler); returns its place."""
    from fh_desktop import diagnostics

    path = diagnostics.setup()
    install_qt_message_handler()
    return path


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def install_qt_message_handler():  # noqa: ANN201 - returns Qt's previous handler
    return qInstallMessageHandler(_qt_message)


def install_excepthook(ensure_log: Callable[[], object] | None = None) -> None:
    """Uncaught errors become a log entry and one readable line, never a dead window.

    ``ensure_log``: called before logging an error, for a window that opens its log file
    only after its first paint (``fh_desktop.app``) and may fail before that.
    """

    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if ensure_log is not None:
            ensure_log()
        log.critical("uncaught error", exc_info=(exc_type, exc, tb))
        from fh_desktop.ui.common.errors import report_error

        report_error(exc)

    sys.excepthook = hook


class SignalQuit(QObject):
    """SIGINT quits; SIGTERM and SIGHUP close the workshop file properly, then quit."""

    POLL_MS = 200

    def __init__(self, close_all: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close_all = close_all
        self.received: int | None = None
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self._handle)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(lambda: None)  # back in Python: pending handlers run
        self._poll.start()

    def _handle(self, signum: int, _frame: object) -> None:
        if self.received is not None:
            return
        self.received = signum
        log.info("signal %s: closing", signal.Signals(signum).name)
        QTimer.singleShot(0, self._close_all)
