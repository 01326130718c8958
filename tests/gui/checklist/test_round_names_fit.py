"""A queue of 25 people at one laptop: every name tile on screen, or reachable by keys.

The round view picks the largest tiles at which all names fit its height
(``round_view.TILE_SIZES``); only when even the compact ones do not fit, the names
scroll, and the name the keyboard reaches is scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from fh_desktop.ui.checklist import round_view, style
from tests.gui.checklist.helpers import NAMES, make_workshop, open_page, start_round

QUEUE = [f"Person {k:02d} Nachname-Beispiel" for k in range(1, 26)]


def _whole(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def test_a_few_names_keep_the_large_tiles(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw", names=NAMES, items=3))
    start_round(qtbot, page)
    view = page.round_view
    qtbot.waitUntil(lambda: all(_whole(b) for b in view.name_buttons.values()))
    assert view.tile_points() == style.STATEMENT_PT
    assert not view.names_scroll.verticalScrollBar().isVisible()


def test_twenty_five_names_shrink_to_fit_and_the_keyboard_reaches_every_one(qtbot, tmp_path):
    window, page = open_page(qtbot, make_workshop(tmp_path / "w.fhw", names=QUEUE, items=3))
    window.resize(1280, 800)
    start_round(qtbot, page)
    view = page.round_view
    buttons = list(view.name_buttons.values())
    assert len(buttons) == 25
    qtbot.waitUntil(lambda: view.tile_points() < style.STATEMENT_PT)  # smaller tiles, not cut ones
    smallest_height = round_view.TILE_SIZES[-1][1]
    assert all(b.height() >= smallest_height >= 48 for b in buttons)  # still a finger's height
    # Tab from the first name to the last: each one the keyboard lands on is whole on screen.
    buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    for k, button in enumerate(buttons[1:], start=1):
        qtbot.keyClick(buttons[k - 1], Qt.Key.Key_Tab)
        qtbot.waitUntil(button.hasFocus)
        qtbot.waitUntil(lambda b=button: _whole(b))
    # A full-HD screen: larger tiles again, with room for them.
    window.resize(1900, 1100)
    qtbot.waitUntil(lambda: view.tile_points() > round_view.TILE_SIZES[-1][0])
