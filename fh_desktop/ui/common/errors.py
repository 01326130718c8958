"""Showing errors to people: one readable dialog, never a traceback.

Every error of the window goes through ``report_error`` (``show_error`` is the same with a
parent): one dialog at a time, kept alive by the reporter (never garbage collected),
parented to the window the user works in, and the same message arriving again while it
is open (a full disk, once per keystroke) is not shown twice. Errors that are not the
app's own get one translated line; their details go to the log.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from fh_desktop.domain.errors import FhError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.domain.messages import Message, Problem

log = logging.getLogger(__name__)

# The store names a thing that is gone in German ("{what} Nr. {ident} gibt es nicht (mehr).").
ENTITY_NAMES = (
    QT_TRANSLATE_NOOP("errors", "Karte"),
    QT_TRANSLATE_NOOP("errors", "Verbindung"),
    QT_TRANSLATE_NOOP("errors", "Zone"),
    QT_TRANSLATE_NOOP("errors", "Klebepunkt"),
    QT_TRANSLATE_NOOP("errors", "Aussage"),
    QT_TRANSLATE_NOOP("errors", "Runde"),
    QT_TRANSLATE_NOOP("errors", "Teilnehmende"),
    QT_TRANSLATE_NOOP("errors", "Schritt"),
    QT_TRANSLATE_NOOP("errors", "Maßnahme"),
)
MSG_UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors", "Ein unerwarteter Fehler ist aufgetreten. Die Einzelheiten stehen im Protokoll: {log}"
)


def log_place() -> str:
    """Where the log file is (for messages and Hilfe → Über)."""
    from fh_desktop import diagnostics

    return str(diagnostics.log_path())


def error_text(exc: BaseException) -> str:
    """One translated line; never SQL, a traceback or an English library message."""
    if isinstance(exc, FhError):
        template = QCoreApplication.translate("errors", exc.template)
        names: dict[str, str] = {}
        what = exc.args_map.get("what")
        if what in ENTITY_NAMES:
            names["what"] = QCoreApplication.translate("errors", what)
        field = exc.args_map.get("field")
        if field is not None:
            # (imported here: the domain model is not needed to paint the first window)
            from fh_desktop.domain.checks import FIELD_LABELS, OTHER_LABELS

            if field in FIELD_LABELS.values() or field in OTHER_LABELS:  # a field's German label
                names["field"] = QCoreApplication.translate("errors", field)
        text = exc.message(template, **names)
        return " ".join(text.split("\n")[:3]) if text.count("\n") > 2 else text
    return QCoreApplication.translate("errors", MSG_UNEXPECTED).format(log=log_place())


def message_text(message: Message) -> str:
    """A message of the domain (``domain.messages``) in the UI language, details filled in."""
    return message.format(QCoreApplication.translate(message.context, message.template))


def problem_text(problem: Problem) -> str:
    """A problem's message, with the sheet row it belongs to when it has one."""
    text = message_text(problem.message)
    if problem.row is None:
        return text
    return QCoreApplication.translate("errors", "Zeile {row}: {text}").format(row=problem.row, text=text)


class ErrorReporter:
    """Owns the one error dialog of the application."""

    def __init__(self) -> None:
        self.box: QMessageBox | None = None
        self.shown: list[str] = []
        self.suppressed = 0  # repeats not shown again (tests and the log read it)

    def report(self, exc: BaseException, parent: QWidget | None = None, title: str | None = None) -> QMessageBox | None:
        if not isinstance(exc, FhError):
            log.error("unexpected error", exc_info=exc)
        else:
            log.warning("error shown: %s", exc)
        if QApplication.instance() is None:
            return None
        text = error_text(exc)
        if self.box is not None and not isValid(self.box):
            self.box, self.shown = None, []  # its window was closed and took it along
        window = parent.window() if parent is not None else _active_window()
        if self.box is not None and self.box.isVisible() and self.box.parentWidget() is window:
            if text in self.shown:
                self.suppressed += 1
                return self.box
            self.shown.append(text)
            self.box.setText("\n\n".join(self.shown[-4:]))
            return self.box
        self.close()
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or QCoreApplication.translate("errors", "Fehler"))
        box.setText(text)
        box.setObjectName("errorDialog")
        box.finished.connect(lambda _result, b=box: self._closed(b))
        self.box, self.shown = box, [text]
        box.open()  # non-blocking: tests and the event loop go on
        box.raise_()
        return box

    def close(self) -> None:
        if self.box is not None:
            box, self.box = self.box, None
            if not isValid(box):
                return
            box.done(0)
            box.deleteLater()

    def _closed(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box, self.shown = None, []
        if isValid(box):
            box.deleteLater()


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    if app is None:
        return None
    window = QApplication.activeWindow()
    if window is not None:
        return window
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QMessageBox)]
    return shown[0] if shown else None


REPORTER = ErrorReporter()


def report_error(exc: BaseException, parent: QWidget | None = None, title: str | None = None) -> QMessageBox | None:
    return REPORTER.report(exc, parent, title)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    REPORTER.report(exc, parent, title)
