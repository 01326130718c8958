"""The workshop's catalog copy as a read-only Qt table (editing goes through a dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fh_desktop.domain import model
from fh_desktop.store.workshop_file import WorkshopFile

Index = QModelIndex | QPersistentModelIndex
COL_CODE, COL_TOPIC, COL_STATEMENT = range(3)
ObjectRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


class CatalogItemTableModel(QAbstractTableModel):
    def __init__(self, wf: WorkshopFile, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._wf = wf
        self._rows: list[model.CatalogItem] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._wf.checklist.items()
        self.endResetModel()

    def item(self, row: int) -> model.CatalogItem:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._rows) if i.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Nr."), self.tr("Thema"), self.tr("Aussage"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == COL_TOPIC:
                # The topic heads its group only: repeated on every row it buries the statements.
                first = index.row() == 0 or self._rows[index.row() - 1].topic != item.topic
                return item.topic if first else ""
            if index.column() == COL_STATEMENT and item.origin == "adapted" and item.original:
                # A light adaptation for the tick list stays traceable: the original is shown with it.
                return item.statement + "\n" + self.tr("(leicht angepasst; Original: „{original}“)").format(original=item.original)
            return (item.code, item.topic, item.statement)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.help or None if index.column() == COL_STATEMENT else (item.code, item.topic, "")[index.column()]
        if role == ObjectRole:
            return item
        if role == IdRole:
            return item.id
        return None
