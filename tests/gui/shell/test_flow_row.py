"""The wrapping button row keeps touch-sized buttons whole (their minimum height counts)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from fh_desktop.ui.common.flow_row import FlowRow


def test_wrapped_touch_buttons_get_their_full_height(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowRow(host)
    buttons = []
    for text in ("Alle auf einen Blick", "Auswahl: hervorgehobene", "Weitere Runde zu ausgewählten Aussagen"):
        b = QPushButton(text)
        b.setMinimumHeight(48)  # taller than the style's own hint, as step 2's buttons are
        row.add(b)
        buttons.append(b)
    layout = QVBoxLayout(host)
    layout.addWidget(row)
    narrow = buttons[0].sizeHint().width() + buttons[1].sizeHint().width() + 20
    host.resize(narrow, 400)
    host.show()
    qtbot.waitExposed(host)
    assert row.heightForWidth(narrow) >= 2 * 48  # two lines of whole buttons
    qtbot.waitUntil(lambda: all(b.height() >= 48 for b in buttons))
    assert buttons[2].y() >= buttons[0].y() + 48  # the third wrapped below, not over the others
    assert row.height() >= buttons[2].y() + 48  # and the row holds it whole
