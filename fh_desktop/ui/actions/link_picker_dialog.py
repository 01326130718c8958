"""Choosing the checklist items and board cards an action comes from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.ui.actions.link_targets import LinkTargets, card_label, item_label
from fh_desktop.ui.actions.plain_text import plain_tooltip
from fh_desktop.ui.common.step_page import CARD, ITEM

KindRole = Qt.ItemDataRole.UserRole + 1  # CARD or ITEM
IdRole = Qt.ItemDataRole.UserRole + 2


class LinkPickerDialog(QDialog):
    """Two checkable groups (Checkliste, Pinnwand) with a search line; ``chosen()`` after accept."""

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
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.items_group = self._group(self.tr("Checkliste"), [(ITEM, i.id, item_label(i)) for i in targets.sorted_items()], item_ids)
        self.cards_group = self._group(self.tr("Pinnwand"), [(CARD, c.id, card_label(c)) for c in targets.sorted_cards()], card_ids)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.setFocus()

    def _group(self, name: str, entries: list[tuple[str, int | None, str]], checked: list[int]) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [name])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        if not entries:
            empty = QTreeWidgetItem(group, [self.tr("(noch nichts vorhanden)")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        for kind, ident, label in entries:
            entry = QTreeWidgetItem(group, [label])
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(0, Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
            entry.setData(0, KindRole, kind)
            entry.setData(0, IdRole, ident)
            entry.setToolTip(0, plain_tooltip(label))
        return group

    def entries(self) -> list[QTreeWidgetItem]:
        out = []
        for group in (self.items_group, self.cards_group):
            out += [group.child(n) for n in range(group.childCount()) if group.child(n).data(0, KindRole)]
        return out

    def entry(self, kind: str, ident: int) -> QTreeWidgetItem:
        return next(e for e in self.entries() if (e.data(0, KindRole), e.data(0, IdRole)) == (kind, ident))

    def chosen(self) -> tuple[list[int], list[int]]:
        """(item ids, card ids) that are ticked, in the order shown."""
        ticked = [(e.data(0, KindRole), e.data(0, IdRole)) for e in self.entries() if e.checkState(0) == Qt.CheckState.Checked]
        return [i for k, i in ticked if k == ITEM], [i for k, i in ticked if k == CARD]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for e in self.entries():
            label = e.text(0).casefold()
            e.setHidden(not all(w in label for w in words))
