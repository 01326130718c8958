"""Showing errors to people: a readable dialog, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fh_desktop.domain.errors import FhError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, FhError):
        return exc.message(QCoreApplication.translate("errors", exc.template))
    return QCoreApplication.translate("errors", "Unerwarteter Fehler: {detail}").format(
        detail=f"{type(exc).__name__}: {exc}"
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Fehler"))
    box.setText(error_text(exc))
    box.setObjectName("errorDialog")
    box.open()  # non-blocking: tests and the event loop go on
