"""Choosing the checklist items and board cards an action comes from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.ui.actions.link_targets import LinkTargets, card_label, item_label
from fh_desktop.ui.actions.plain_text import plain_tooltip
from fh_desktop.ui.common.step_page import CARD, ITEM

KindRole = Qt.ItemDataRole.UserRole + 1  # CARD or ITEM; empty on group headings
IdRole = Qt.ItemDataRole.UserRole + 2


class LinkPickerDialog(QDialog):
    """Checkable lists of items (Checkliste) and cards (Pinnwand) with a search line; ``chosen()`` after accept."""

    def __init__(
        self,
        targets: LinkTargets,
        item_ids: list[int],
        card_ids: list[int],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkPickerDialog")
        self.setWindowTitle(self.tr("Bezüge der Maßnahme"))
        self.resize(760, 620)
        heading = QLabel(self.tr("Woraus geht „{title}“ hervor?").format(title=title or self.tr("(ohne Titel)")), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Bezüge durchsuchen"))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # long checklist statements wrap instead of being cut off
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self._heading(self.tr("Checkliste"))
        self._entries([(ITEM, i.id, item_label(i)) for i in targets.sorted_items()], item_ids)
        self._heading(self.tr("Pinnwand"))
        self._entries([(CARD, c.id, card_label(c)) for c in targets.sorted_cards()], card_ids)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.setFocus()

    def _heading(self, text: str) -> None:
        heading = QListWidgetItem(text, self.list)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

    def _entries(self, entries: list[tuple[str, int | None, str]], checked: list[int]) -> None:
        if not entries:
            empty = QListWidgetItem(self.tr("(noch nichts vorhanden)"), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        for kind, ident, label in entries:
            entry = QListWidgetItem(label, self.list)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
            entry.setData(KindRole, kind)
            entry.setData(IdRole, ident)
            entry.setToolTip(plain_tooltip(label))

    def entries(self) -> list[QListWidgetItem]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [e for e in items if e.data(KindRole)]

    def entry(self, kind: str, ident: int) -> QListWidgetItem:
        return next(e for e in self.entries() if (e.data(KindRole), e.data(IdRole)) == (kind, ident))

    def chosen(self) -> tuple[list[int], list[int]]:
        """(item ids, card ids) that are ticked, in the order shown."""
        ticked = [(e.data(KindRole), e.data(IdRole)) for e in self.entries() if e.checkState() == Qt.CheckState.Checked]
        return [i for k, i in ticked if k == ITEM], [i for k, i in ticked if k == CARD]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for e in self.entries():
            label = e.text().casefold()
            e.setHidden(not all(w in label for w in words))
