"""A board page on a fresh workshop, and helpers to aim the mouse at board positions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from fh_desktop.domain import model
from fh_desktop.ui.board.page import BoardPage
from fh_desktop.ui.common.store_signals import StoreSignals


@pytest.fixture
def make_page(qtbot):
    made = []

    def make(wf) -> BoardPage:
        signals = StoreSignals(wf)
        page = BoardPage(wf, signals)
        qtbot.addWidget(page)
        page.resize(1300, 850)
        with qtbot.waitExposed(page):
            page.show()
        # Keyboard shortcuts of the board act on the focused window, as on a desktop.
        with qtbot.waitActive(page):
            page.activateWindow()
        page.view.setFocus()
        made.append(signals)
        return page

    yield make
    for signals in made:
        signals.detach()


@pytest.fixture
def page(wf, make_page) -> BoardPage:
    return make_page(wf)


def at(page: BoardPage, x: float, y: float) -> QPoint:
    """The viewport pixel showing board position (x, y)."""
    return page.view.mapFromScene(QPointF(x, y))


def card_center(page: BoardPage, card_id: int) -> QPoint:
    r = page.scene.cards[card_id].scene_rect()
    return at(page, r.cx, r.cy)


def drag(qtbot, page: BoardPage, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier, steps: int = 6) -> None:
    """Press, move in steps with the button held, release: as a hand does."""
    vp = page.view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, modifiers, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            QPointF(p),
            QPointF(vp.mapToGlobal(p)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifiers,
        )
        QApplication.sendEvent(vp, event)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, modifiers, end)


def add_cards(wf, *specs) -> list[model.Card]:
    """Cards at (x, y) with optional title: add_cards(wf, (0, 0, "A"), (400, 0, "B"))."""
    out = []
    for spec in specs:
        x, y, *rest = spec
        out.append(wf.board.add_card(model.Card(title=rest[0] if rest else "", x=x, y=y, w=240, h=120, z=len(out))))
    return out
