"""The action plan as the room sees it on the projector: the moderator's list, read-only.

It is a second view on the page's own filter model and selection, so the projector shows
the same actions in the same order, with the one under discussion highlighted, and only
the columns a room can read from a distance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from fh_desktop.ui.actions import action_table_model as atm

if TYPE_CHECKING:
    from fh_desktop.ui.actions.page import ActionsPage

PROJECTOR_COLUMNS = (atm.COL_NUMBER, atm.COL_TITLE, atm.COL_RESPONSIBLE, atm.COL_DUE, atm.COL_PRIORITY, atm.COL_STATUS)


class ActionsProjectorView(QWidget):
    def __init__(self, page: ActionsPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsProjectorView")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.table = QTableView(self)
        self.table.setObjectName("actionsProjectorTable")
        self.table.setModel(page.proxy)
        self.table.setSelectionModel(page.table.selectionModel())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        font = self.table.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.35)
        self.table.setFont(font)
        header = self.table.horizontalHeader()
        header.setFont(font)
        for col in range(page.proxy.columnCount()):
            self.table.setColumnHidden(col, col not in PROJECTOR_COLUMNS)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(atm.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Follow the moderator: the current action stays in view on the projector too.
        page.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.table.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.table)
