"""Showing errors to people: a readable dialog, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fh_desktop.domain.errors import FhError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

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


def error_text(exc: BaseException) -> str:
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
        return exc.message(template, **names)
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
