"""A workshop opened read-only (a CD, a mail folder) is marked and refuses edits."""

from __future__ import annotations

from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fh_desktop.domain import model
from fh_desktop.ui.shell.workshop_view import WorkshopView


def test_read_only_workshop_is_marked_and_refuses_edits(qtbot, wf):
    wf.board.add_card(model.Card(title="Jugendamt"))
    wf.read_only = True  # what WorkshopFile.open(read_only=True) sets
    view = WorkshopView(wf, QUndoGroup())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    banner = view.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "Schreibgeschützt" in banner.text()
    assert view.header.title_edit.isReadOnly()
    board = view.pages[1]
    assert [c.title for c in board.scene.cards.values() for c in [c.card]] == ["Jugendamt"]  # viewing works
    assert board.controller.create_card(edit=False) is None
    assert [c.title for c in wf.board.cards()] == ["Jugendamt"]
    assert board.undo_stack.count() == 0  # no step for the refused edit
    box = view.findChild(QMessageBox, "errorDialog")
    assert box is not None and "schreibgeschützt" in box.text()
    box.done(0)
    view.shutdown()
