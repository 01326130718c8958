"""A grid of equal cells whose number of columns follows the width it gets.

Name tiles and answer buttons must stay whole on a 1024 px beamer and use the width of
a 1920 px one: the grid puts as many cells in a row as fit their widest natural width,
and starts a new row instead of cutting text or needing a horizontal scroll bar. It
places its cells itself (no inner layout), so its parent layout asks *it* for the height
that a width needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class ReflowGrid(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 10, max_columns: int = 6) -> None:
        super().__init__(parent)
        self.spacing = spacing
        self.max_columns = max_columns
        self.cells: list[QWidget] = []
        self._cell: QSize | None = None  # measured once per change, not at every layout query
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        self.extend([widget])

    def extend(self, widgets: list[QWidget]) -> None:
        """Add several cells and lay out once (adding one by one measures every cell each time)."""
        for widget in widgets:
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

    def cells_changed(self) -> None:
        """The cells' sizes changed (e.g. a new font set on all of them): measure and place again."""
        self._relayout()

    def cell_size(self) -> QSize:
        """The widest and tallest cell. Kept until a cell changes: cells are added or taken
        out here, and a cell whose size hint changes (text, font, style) posts this widget
        a LayoutRequest while it is visible; on becoming visible it measures again."""
        if self._cell is None:
            width = height = 0
            for w in self.cells:
                hint = w.sizeHint()
                width = max(width, hint.width(), w.minimumWidth())
                height = max(height, hint.height(), w.minimumHeight())
            self._cell = QSize(width, height)
        return QSize(self._cell)

    def columns_for(self, width: int, cell: QSize | None = None) -> int:
        cell_w = max(1, (cell or self.cell_size()).width())
        n = (width + self.spacing) // (cell_w + self.spacing)
        columns = max(1, min(self.max_columns, len(self.cells) or 1, n))
        if self.cells and columns < len(self.cells):
            rows = -(-len(self.cells) // columns)
            columns = -(-len(self.cells) // rows)  # balanced: 2 + 2, not 3 + 1
        return columns

    def rows_for(self, width: int, cell: QSize | None = None) -> int:
        return -(-len(self.cells) // self.columns_for(width, cell)) if self.cells else 0

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._height_for(width, self.cell_size())

    def _height_for(self, width: int, cell: QSize) -> int:
        rows = self.rows_for(width, cell)
        return rows * cell.height() + max(0, rows - 1) * self.spacing

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        cell = self.cell_size()
        columns = min(len(self.cells), self.max_columns) or 1
        width = columns * cell.width() + (columns - 1) * self.spacing
        return QSize(width, self._height_for(width, cell))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        cell = self.cell_size()
        width = min(cell.width(), 240)
        return QSize(width, self._height_for(max(width, 1), cell))

    def _relayout(self) -> None:
        self._cell = None
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        if not self.cells:
            return
        width = self.width()
        cell = self.cell_size()
        columns = self.columns_for(width, cell)
        cell_h = cell.height()
        cell_w = max(1, (width - (columns - 1) * self.spacing) // columns)
        for k, widget in enumerate(self.cells):
            row, col = divmod(k, columns)
            widget.setGeometry(QRect(col * (cell_w + self.spacing), row * (cell_h + self.spacing), cell_w, cell_h))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def event(self, event: QEvent) -> bool:
        # A cell's size hint changed (its text or font): with no layout of our own, Qt
        # tells this widget, which measures again and tells its own parent's layout.
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:
            self._relayout()
        elif kind in (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._cell = None  # hidden, cells change unannounced; a new style or font changes them all
        return super().event(event)
