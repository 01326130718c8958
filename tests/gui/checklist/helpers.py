"""Driving the checklist page as people in the room do: taps on the shared screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.checklist import page as checklist_page
from fh_desktop.ui.shell.main_window import MainWindow
from tests.gui.keyboard import type_text

NAMES = ["Anna Albers", "Bülent Çelik", "Carla Dörr", "David Ek", "Eva Fuchs", "Frank Groß"]
LEFT = Qt.MouseButton.LeftButton


def make_workshop(path: Path, names: list[str] = NAMES, items: int | None = None) -> Path:
    with WorkshopFile.create(path) as wf:
        for name in names:
            wf.meta.add_participant(name, "Planung")
        wf.meta.add_participant("Olga Hospitantin", "Hospitation", is_observer=True)
        if items is not None:
            wf.checklist.set_catalog(wf.checklist.catalog(), wf.checklist.items()[:items])
    return path


def open_page(qtbot, path: Path) -> tuple[MainWindow, checklist_page.ChecklistPage]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    assert window.open_path(path)
    qtbot.mouseClick(window.view.navigation.buttons[2], LEFT)
    page = window.view.pages[2]
    assert window.view.current_step() == 2
    return window, page


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def answer_box(qtbot, owner: QWidget, yes: bool = True) -> None:
    box: QMessageBox = owner.confirm_box  # type: ignore[attr-defined]
    qtbot.waitUntil(box.isVisible)
    click(qtbot, box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not box.isVisible())


def start_round(qtbot, page) -> None:
    click(qtbot, page.mode_buttons[checklist_page.MODE_ROUND])
    click(qtbot, page.round_view.start_button)
    assert page.stack.currentWidget() is page.round_view


def answer_as(qtbot, page, participant_id: int, values: list[str], comment: str = "", correction: bool = False) -> None:
    """One person taps their name, one answer per statement, maybe a comment, confirms."""
    click(qtbot, page.round_view.name_buttons[participant_id])
    if correction:
        answer_box(qtbot, page.round_view)
    view = page.answer_view
    assert page.stack.currentWidget() is view
    assert len(view.rows) == len(values)
    assert all(row.value() is None for row in view.rows)  # a blank form, always
    for row, value in zip(view.rows, values, strict=True):
        click(qtbot, row.buttons[value])
    if comment:
        type_text(qtbot, view.comment_edit, comment)
    click(qtbot, view.confirm_button)
    assert page.stack.currentWidget() is page.handover_view
    click(qtbot, page.handover_view.next_button)
    assert page.stack.currentWidget() is page.round_view


def strings_of(widget: QWidget) -> list[str]:
    """Every text a widget can show or announce, including its model's cells."""
    out = [
        widget.toolTip(),
        widget.accessibleName(),
        widget.accessibleDescription(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.windowTitle(),
    ]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        out.append(widget.text())
    if isinstance(widget, QLineEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit):
        out.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        m = widget.model()
        root = QModelIndex()
        for r in range(m.rowCount(root)):
            # List models hide columnCount from Python: walk columns until an index is invalid.
            c = 0
            while m.index(r, c, root).isValid():
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = m.data(m.index(r, c, root), role)
                    out.append("" if value is None else str(value))
                c += 1
    return out


def window_state(window: QWidget) -> list[tuple]:
    """What the whole window could show, hidden widgets included, in a comparable form."""
    state = []
    for w in window.findChildren(QWidget):
        checked = w.isChecked() if isinstance(w, QAbstractButton) else None
        state.append((type(w).__name__, w.objectName(), tuple(strings_of(w)), checked, w.isEnabled(), w.isVisible()))
    return state
