"""Sizes, colours and labels of step 2, made for a projector and a touch screen.

People tap on a shared screen and read it from the back of a room: targets are at
least 48 px high, text is large, colours come from ``domain.stats.ANSWER_COLORS`` so
the PDF export shows the same colours.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QMessageBox, QScroller, QScrollArea, QVBoxLayout, QWidget

from fh_desktop.domain import scales, stats

TOUCH = 56  # minimum height of a tappable control, px
BODY_PT = 14
STATEMENT_PT = 17
TITLE_PT = 24
HUGE_PT = 34

HIGHLIGHT_BG = "#fff3c4"
DISAGREE_COLOR = "#b34700"
UNKNOWN_COLOR = "#555555"


def answer_label(code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate("checklist", "noch offen")
    return QCoreApplication.translate("enums", scales.LABELS.get(code, code))


def answer_color(code: str) -> QColor:
    return QColor(stats.ANSWER_COLORS.get(code, "#9a9a9a"))


def text_color_on(background: QColor) -> QColor:
    # Relative luminance decides black or white text: both colours stay readable on a beamer.
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 else QColor("#ffffff")


def font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    f = QFont(widget.font())
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def plain_label(text: str, parent: QWidget, points: float = BODY_PT, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label for user-typed or catalog text: never interpreted as markup."""
    label = QLabel(parent)
    label.setTextFormat(label.textFormat().PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setFont(font(label, points, bold))
    return label


class Stored(Protocol):
    """A row of the file (item, round, person, action): ``id`` is None only before it is stored."""

    @property
    def id(self) -> int | None: ...


def stored_id(row: Stored) -> int:
    """The id of a row read from the file; the store numbers every row it hands out."""
    assert row.id is not None, f"{type(row).__name__} was never stored"
    return row.id


def touch_scroll(area: QAbstractScrollArea) -> None:
    """Finger-drag scrolling on a touch display, as people expect from a tablet."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)


def answer_button_sheet() -> str:
    """Checked answer buttons take their answer's colour, so a glance shows the choice."""
    parts = [
        "QPushButton[answer] { border: 2px solid #8a8a8a; border-radius: 8px; background: #ffffff;"
        " padding: 6px 14px; }",
        "QPushButton[answer]:hover { border-color: #333333; }",
    ]
    for code, color in stats.ANSWER_COLORS.items():
        fg = text_color_on(QColor(color)).name()
        parts.append(
            f'QPushButton[answer="{code}"]:checked {{ background: {color}; color: {fg};'
            f" border: 4px solid #222222; }}"
        )
    return "\n".join(parts)


def clear_layout(layout) -> None:  # noqa: ANN001 - any QLayout
    """Take every widget out of ``layout`` at once (not at the next event loop turn).

    Views are rebuilt for each person or round; a row left waiting for ``deleteLater``
    would still be in the widget tree, with the previous content in it.
    """
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def scrolling_column(owner: QWidget, spacing: int = 8) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A frameless, finger-scrollable column of rows: (scroll area, body, body layout)."""
    body = QWidget(owner)
    body_layout = QVBoxLayout(body)
    body_layout.setSpacing(spacing)
    area = QScrollArea(owner)
    area.setWidgetResizable(True)
    area.setWidget(body)
    area.setFrameShape(QFrame.Shape.NoFrame)
    touch_scroll(area)
    return area, body, body_layout


def ask(owner: QWidget, title: str, text: str, name: str, on_yes: Callable[[], object], warning: bool = False) -> QMessageBox:
    """A non-blocking yes/cancel question; ``on_yes`` runs only on yes.

    The box is kept as ``owner.confirm_box`` so it lives until answered (and tests can
    answer it); user text in ``text`` is never read as markup.
    """
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, "", parent=owner)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if warning else QMessageBox.StandardButton.Yes)
    box.setObjectName(name)
    owner.confirm_box = box  # type: ignore[attr-defined]
    box.finished.connect(lambda result: result == QMessageBox.StandardButton.Yes and on_yes())
    box.open()
    return box


def set_highlighted(frame: QWidget, on: bool) -> None:
    """Mark the row that another step pointed at (``ChecklistPage.reveal``)."""
    frame.setProperty("highlighted", on)
    frame.setStyleSheet(
        f"#{frame.objectName()} {{ background: {HIGHLIGHT_BG}; border: 3px solid #c98a00; }}" if on else ""
    )


def show_row(area: QScrollArea, rows: Mapping[int, QWidget], item_id: int) -> bool:
    """Scroll to and highlight the row of ``item_id`` (and only it); False if it is not shown."""
    for ident, each in rows.items():
        set_highlighted(each, ident == item_id)
    row = rows.get(item_id)
    if row is None:
        return False
    area.ensureWidgetVisible(row, 0, 40)
    return True
