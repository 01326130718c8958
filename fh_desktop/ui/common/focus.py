"""The Tab order of compound widgets.

Qt chains widgets for Tab in the order they were created. Where that is not the order
people read a screen in (a page built after the sidebar, a mode bar built after the
views it switches), these helpers move whole groups.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain_of(owner: QWidget) -> list[QWidget]:
    """The descendants of ``owner`` that can take the focus, in their current Tab order.

    (``QWidget.setTabOrder`` ignores widgets without a focus policy, so only these count.)
    """
    out = []
    widget = owner.nextInFocusChain()
    while widget is not None and widget is not owner:
        if owner.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def place_after(anchor: QWidget, widgets: Sequence[QWidget]) -> None:
    """Tab goes from ``anchor`` through ``widgets`` in the given order."""
    previous = anchor
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
