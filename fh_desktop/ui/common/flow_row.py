"""A row of buttons that wraps onto a second line instead of cutting their texts.

The commands under the action table ("Löschen", "Nach oben", …) did not fit a 1280 px
window beside the form and were squeezed to "öschen", "ach obe". A ``FlowRow`` keeps
every widget at its natural width and breaks the row where the width ends. It places its
widgets itself (a widget, not a Python ``QLayout``: PySide loses track of a Python
layout's items when Qt deletes them), and tells its parent layout the height a width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def _hint(widget: QWidget) -> QSize:
    """A widget's size hint, but never below its minimum (touch buttons set a minimum height)."""
    return widget.sizeHint().expandedTo(widget.minimumSize())


class FlowRow(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self.widgets: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        widget.installEventFilter(self)  # a text or visibility change re-flows the row
        self.widgets.append(widget)
        self._changed()

    def _shown(self) -> list[QWidget]:
        return [w for w in self.widgets if not w.isHidden()]

    def _place(self, width: int, *, move: bool) -> int:
        x = y = line = 0
        for w in self._shown():
            hint = _hint(w)
            if x > 0 and x + hint.width() > width:
                x, y, line = 0, y + line + self.spacing, 0
            if move:
                w.setGeometry(x, y, min(hint.width(), width), hint.height())
            x += hint.width() + self.spacing
            line = max(line, hint.height())
        return y + line

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(width, move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = self._shown()
        width = sum(_hint(w).width() for w in shown) + self.spacing * max(0, len(shown) - 1)
        return QSize(width, max((_hint(w).height() for w in shown), default=0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as its widest widget: the others go onto further lines."""
        shown = self._shown()
        return QSize(max((_hint(w).width() for w in shown), default=0), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place(self.width(), move=True)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's size hint changed (new text)
            self._changed()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.FontChange):
            self._changed()
        return False

    def _changed(self) -> None:
        self.updateGeometry()
        self._place(self.width(), move=True)
