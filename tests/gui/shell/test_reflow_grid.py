"""The reflow grid of name tiles and answer buttons: whole cells, also when a text changes.

The round view now changes a name button's text in place (a submission) instead of
building the grid anew, so the grid must notice by itself that a cell needs more room.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from fh_desktop.ui.common.reflow_grid import ReflowGrid


def test_a_cell_whose_text_grows_gets_the_room_it_needs(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    grid = ReflowGrid(host, spacing=10, max_columns=4)
    QVBoxLayout(host).addWidget(grid)
    buttons = [QPushButton(f"Name {k}") for k in range(6)]
    grid.extend(buttons)
    host.resize(900, 400)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: buttons[0].width() >= buttons[0].sizeHint().width())
    short = buttons[0].width()
    assert len({b.y() for b in buttons}) == 2  # short names: 3 + 3 side by side

    buttons[2].setText("Ein sehr viel längerer Name, der mehr Platz braucht\nhat geantwortet")
    need = buttons[2].sizeHint()
    # Every cell grows to the widest and tallest one: nothing is cut, fewer fit in a row.
    qtbot.waitUntil(lambda: buttons[2].width() >= need.width() and buttons[2].height() >= need.height())
    assert all(b.width() == buttons[2].width() and b.height() == buttons[2].height() for b in buttons)
    assert buttons[0].width() > short
    assert len({b.y() for b in buttons}) > 2
    assert all(b.geometry().right() <= grid.width() for b in buttons)
