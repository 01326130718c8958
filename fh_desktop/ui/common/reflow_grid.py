"""A grid of equal cells whose number of columns follows the width it gets.

Name tiles and answer buttons must stay whole on a 1024 px beamer and use the width of
a 1920 px one: the grid puts as many cells in a row as fit their widest natural width,
and starts a new row instead of cutting text or needing a horizontal scroll bar. It
places its cells itself (no inner layout), so its parent layout asks *it* for the height
that a width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class ReflowGrid(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10, max_columns: int = 6) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self.max_columns = max_columns
        self.cells: list[QWidget] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        if widget.parent() is not self:
            widget.setParent(self)
        self.cells.append(widget)
        widget.show()
        self._relayout()

    def clear(self) -> list[QWidget]:
        """Take every cell out (the caller deletes them); returns them."""
        cells, self.cells = self.cells, []
        self._relayout()
        return cells

    def cell_size(self) -> QSize:
        width = max((w.sizeHint().width() for w in self.cells), default=0)
        height = max((max(w.sizeHint().height(), w.minimumHeight()) for w in self.cells), default=0)
        width = max(width, max((w.minimumWidth() for w in self.cells), default=0))
        return QSize(width, height)

    def columns_for(self, width: int) -> int:
        cell = max(1, self.cell_size().width())
        n = (width + self.spacing) // (cell + self.spacing)
        columns = max(1, min(self.max_columns, len(self.cells) or 1, n))
        if self.cells and columns < len(self.cells):
            rows = -(-len(self.cells) // columns)
            columns = -(-len(self.cells) // rows)  # balanced: 2 + 2, not 3 + 1
        return columns

    def rows_for(self, width: int) -> int:
        return -(-len(self.cells) // self.columns_for(width)) if self.cells else 0

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        rows = self.rows_for(width)
        return rows * self.cell_size().height() + max(0, rows - 1) * self.spacing

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        columns = min(len(self.cells), self.max_columns) or 1
        width = columns * self.cell_size().width() + (columns - 1) * self.spacing
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = min(self.cell_size().width(), 240)
        return QSize(width, self.heightForWidth(max(width, 1)))

    def _relayout(self) -> None:
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        if not self.cells:
            return
        width = self.width()
        columns = self.columns_for(width)
        cell_h = self.cell_size().height()
        cell_w = max(1, (width - (columns - 1) * self.spacing) // columns)
        for k, widget in enumerate(self.cells):
            row, col = divmod(k, columns)
            widget.setGeometry(QRect(col * (cell_w + self.spacing), row * (cell_h + self.spacing), cell_w, cell_h))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()
