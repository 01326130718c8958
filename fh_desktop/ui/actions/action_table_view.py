"""The action table: wrapped text for the projector, keyboard entry, reordering by drag.

Keys: Enter moves to the next row and, in the last row, asks for a new action; Delete
asks to delete the selection; F2 edits the cell. A drag moves the selected actions to
the line shown between rows; the store does the moving (one undo step). Qt's own
"remove the dragged rows after a move" finds no ``removeRows`` in the model and does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fh_desktop.ui.actions.action_table_model import IdRole, dragged_ids


class ActionTableView(QTableView):
    add_requested = Signal()
    delete_requested = Signal()
    # ids, and where: before the action ``before``; or (before=None) right after ``after``
    # (the last row shown; a filter may hide more actions behind it), or at the very end.
    move_requested = Signal(list, object, object)
    width_changed = Signal()  # the page fits its columns to the new width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionTable")
        self.setAccessibleName(self.tr("Maßnahmenplan"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        # A word wider than its column (a small beamer in presentation mode) ends in "…":
        # a silently cut "Jugendhilfep" or "erantwortlic" reads as a different word.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the form, as people expect
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # our own line: Qt's indicator offers "onto a row"
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.reorder_allowed = True
        self._drop_y: int | None = None
        self.stretch_column = -1
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        # Row heights follow column widths, measured once after a burst of resizes: every
        # measurement reads every cell, and building the table resizes each column.
        self._row_heights = QTimer(self)
        self._row_heights.setSingleShot(True)
        self._row_heights.setInterval(0)
        self._row_heights.timeout.connect(self.resizeRowsToContents)

    # --- the title column takes the room that is left, but never less than it needs ------

    def set_stretch_column(self, column: int) -> None:
        """``column`` fills the free width, and keeps a readable width when there is none.

        Qt's own Stretch mode shrinks the column to nothing in a narrow window, and the
        title is the one column the room must be able to read.
        """
        self.stretch_column = column
        self.fit_stretch_column()

    def minimum_stretch_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("x" * 20)

    def fit_stretch_column(self) -> None:
        if self.stretch_column < 0 or self.model() is None:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.stretch_column and not header.isSectionHidden(c)
        )
        width = max(self.minimum_stretch_width(), self.viewport().width() - others)
        if header.sectionSize(self.stretch_column) != width:
            header.resizeSection(self.stretch_column, width)

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.stretch_column:
            self.fit_stretch_column()
        # Wrapped text needs other row heights; Qt only measures rows when their data changes.
        self._row_heights.start()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self.fit_stretch_column()
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()

    def setColumnHidden(self, column: int, hide: bool) -> None:  # noqa: N802 - Qt name
        super().setColumnHidden(column, hide)
        self.fit_stretch_column()

    # --- keyboard ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self.state() != self.State.EditingState:
            current = self.currentIndex()
            model = self.model()
            if not current.isValid() or current.row() == model.rowCount() - 1:
                self.add_requested.emit()
            else:
                self.setCurrentIndex(model.index(current.row() + 1, current.column()))
            event.accept()
            return
        if key == Qt.Key.Key_Delete and plain and self.state() != self.State.EditingState:
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.model().index(r, 0).data(IdRole) for r in rows]

    # --- drag and drop ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.reorder_allowed and dragged_ids(event.mimeData()):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if not (self.reorder_allowed and dragged_ids(event.mimeData())):
            event.ignore()
            return
        super().dragMoveEvent(event)  # auto-scroll near the edges
        _, self._drop_y = self._drop_target(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.viewport().update()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self._drop_y = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._drop_y = None
        self.viewport().update()
        ids = dragged_ids(event.mimeData())
        if not (self.reorder_allowed and ids):
            event.ignore()
            return
        row, _ = self._drop_target(event.position().toPoint())
        before = self._id_at_or_after(row, ids)
        after = None if before is not None else self._id_before(row, ids)
        self.move_requested.emit(ids, before, after)
        event.acceptProposedAction()
        self.setState(QAbstractItemView.State.NoState)

    def _drop_target(self, pos: QPoint) -> tuple[int, int]:
        """(view row the drop goes before, y of the line to draw). Row = rowCount: at the end."""
        index = self.indexAt(pos)
        rows = self.model().rowCount()
        if not index.isValid():
            last = self.visualRect(self.model().index(rows - 1, 0)) if rows else None
            return rows, (last.bottom() if last is not None else 0)
        rect = self.visualRect(index)
        if pos.y() < rect.center().y():
            return index.row(), rect.top()
        return index.row() + 1, rect.bottom()

    def _id_at_or_after(self, row: int, moving: list[int]) -> int | None:
        """The action id shown at ``row`` (skipping the moved ones), or None for "at the end"."""
        model = self.model()
        for r in range(row, model.rowCount()):
            ident = model.index(r, 0, QModelIndex()).data(IdRole)
            if ident not in moving:
                return ident
        return None

    def _id_before(self, row: int, moving: list[int]) -> int | None:
        model = self.model()
        for r in range(min(row, model.rowCount()) - 1, -1, -1):
            ident = model.index(r, 0, QModelIndex()).data(IdRole)
            if ident not in moving:
                return ident
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._drop_y is None:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor("#0057b7"), 4))
        painter.drawLine(0, self._drop_y, self.viewport().width(), self._drop_y)
        painter.end()
