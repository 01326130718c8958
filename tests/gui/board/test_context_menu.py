"""A right-click on the board opens one menu, and nothing of it stays behind."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from fh_desktop.domain import model
from tests.gui.board.conftest import card_center


def _right_click(qtbot, page, where: QPoint) -> QMenu:
    vp = page.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.RightButton, pos=where)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, vp.mapToGlobal(where))
    QApplication.sendEvent(vp, event)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    return QApplication.activePopupWidget()


def test_right_clicks_leave_no_menus_behind(qtbot, wf, page):
    card = wf.board.add_card(model.Card(title="Jugendamt", x=0, y=0))
    before = len(page.findChildren(QMenu))
    for where in (card_center(page, card.id), QPoint(40, 40)) * 3:
        menu = _right_click(qtbot, page, where)
        assert menu.objectName() == "boardContextMenu"
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(page.findChildren(QMenu)) == before
    assert page.findChildren(QMenu, "boardContextMenu") == []


def test_an_entry_of_the_menu_still_runs(qtbot, wf, page):
    menu = _right_click(qtbot, page, QPoint(60, 60))
    entry = next(a for a in menu.actions() if a.text() == "Neue Karte hier")
    entry.trigger()
    menu.hide()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(wf.board.cards()) == 1
