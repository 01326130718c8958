"""Errors in the window: one dialog, not one per keystroke, always visible, one line."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fh_desktop.domain.errors import FileAccessError, ValidationError
from fh_desktop.ui.common import errors, lifecycle


def _window(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def test_the_same_error_again_is_one_dialog(qtbot):
    w = _window(qtbot)
    full = FileAccessError("Der Datenträger ist voll.")
    for _ in range(5):  # once per keystroke
        errors.report_error(full)
    boxes = w.findChildren(QMessageBox, "errorDialog")
    assert len(boxes) == 1 and boxes[0].isVisible()
    assert boxes[0].text() == "Der Datenträger ist voll."
    errors.report_error(ValidationError("Anderes Problem."))
    assert len(w.findChildren(QMessageBox, "errorDialog")) == 1
    assert "Anderes Problem." in boxes[0].text() and boxes[0].text().count("voll") == 1
    boxes[0].done(0)
    errors.report_error(full)  # closed: the next one is shown again
    qtbot.waitUntil(lambda: any(b.isVisible() for b in w.findChildren(QMessageBox, "errorDialog")))


def test_the_dialog_is_kept_alive_and_on_the_active_window(qtbot):
    w = _window(qtbot)
    errors.report_error(ValidationError("Etwas fehlt."))  # no parent given, no reference kept
    QApplication.processEvents()
    import gc

    gc.collect()
    box = errors.REPORTER.box
    assert box is not None and box.isVisible() and box.parentWidget() is w
    box.done(0)


def test_an_unexpected_error_is_one_translated_line_and_goes_to_the_log(qtbot, caplog):
    w = _window(qtbot)
    try:
        raise KeyError("SELECT * FROM card -- sqlalche.me/e/20/e3q8")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR):
            errors.report_error(exc)
    box = w.findChild(QMessageBox, "errorDialog")
    assert box.isVisible()
    assert "unerwarteter Fehler" in box.text() and "Protokoll" in box.text()
    assert "SELECT" not in box.text() and "Traceback" not in box.text() and "\n" not in box.text()
    assert "SELECT * FROM card" in caplog.text  # the details are in the log
    box.done(0)


def test_the_excepthook_shows_an_uncaught_error(qtbot, monkeypatch, caplog):
    w = _window(qtbot)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    lifecycle.install_excepthook()
    try:
        raise RuntimeError("kaputt im Slot")
    except RuntimeError:
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(*sys.exc_info())
    box = w.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.isVisible() and "kaputt" not in box.text()
    assert "kaputt im Slot" in caplog.text
    box.done(0)


def test_qt_messages_go_to_the_log(qtbot, caplog):
    from PySide6.QtCore import qWarning

    from PySide6.QtCore import qInstallMessageHandler

    previous = lifecycle.install_qt_message_handler()
    try:
        with caplog.at_level(logging.WARNING, logger="fh_desktop.qt"):
            qWarning("ein Hinweis von Qt")
        assert "ein Hinweis von Qt" in caplog.text
    finally:
        qInstallMessageHandler(previous)  # pytest-qt's own capture again
