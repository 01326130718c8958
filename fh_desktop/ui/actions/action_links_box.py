"""The "Bezüge" part of the detail form: where an action comes from, one click away.

Activating a line (double-click, Enter, "Anzeigen") asks to show that checklist item or
board card on its step; "Verknüpfen …" picks items and cards; "Lösen" drops a link.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import model
from fh_desktop.ui.actions.link_picker_dialog import LinkPickerDialog
from fh_desktop.ui.actions.link_targets import LinkTargets
from fh_desktop.ui.common.step_page import CARD, ITEM

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


class _LinkList(QListWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ActionLinksBox(QWidget):
    navigate_requested = Signal(str, int)  # CARD or ITEM, id
    links_chosen = Signal(list, list)  # item ids, card ids (the complete new lists)

    def __init__(self, targets: LinkTargets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._targets = targets
        self._action: model.Action | None = None
        self.list = _LinkList(self)
        self.list.setObjectName("actionLinks")
        self.list.setAccessibleName(self.tr("Bezüge"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 7 + 12)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("Doppelklick oder Enter zeigt den Punkt in der Checkliste bzw. die Karte auf der Pinnwand."))
        self.pick_button = QPushButton(self.tr("Verknüpfen …"), self)
        self.pick_button.setToolTip(self.tr("Checklisten-Punkte und Karten auswählen, aus denen die Maßnahme hervorgeht"))
        self.show_button = QPushButton(self.tr("Anzeigen"), self)
        self.unlink_button = QPushButton(self.tr("Lösen"), self)
        self.unlink_button.setToolTip(self.tr("Den ausgewählten Bezug entfernen (Entf)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(self._activated)
        self.list.delete_pressed.connect(self.unlink_selected)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.pick_button.clicked.connect(self.open_picker)
        self.picker: LinkPickerDialog | None = None
        self._update_buttons()

    def set_action(self, action: model.Action | None) -> None:
        self._action = action
        current = self.list.currentItem()
        keep = (current.data(KindRole), current.data(IdRole)) if current is not None else None
        self.list.clear()
        if action is None:
            self._update_buttons()
            return
        for kind, ident in self._targets.links_of(action):
            where = self.tr("Checkliste") if kind == ITEM else self.tr("Pinnwand")
            entry = QListWidgetItem(f"{where}: {self._targets.label(kind, ident)}", self.list)
            entry.setData(KindRole, kind)
            entry.setData(IdRole, ident)
            if (kind, ident) == keep:
                self.list.setCurrentItem(entry)
        if not self._targets.links_of(action):
            hint = QListWidgetItem(self.tr("(noch keine Bezüge – „Verknüpfen …“)"), self.list)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    def links(self) -> list[tuple[str, int]]:
        entries = (self.list.item(n) for n in range(self.list.count()))
        return [(e.data(KindRole), e.data(IdRole)) for e in entries if e.data(KindRole)]

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None and bool(self.list.currentItem().data(KindRole))
        self.show_button.setEnabled(has)
        self.unlink_button.setEnabled(has)
        self.pick_button.setEnabled(self._action is not None)

    def _activated(self, entry: QListWidgetItem | None) -> None:
        if entry is not None and entry.data(KindRole):
            self.navigate_requested.emit(entry.data(KindRole), entry.data(IdRole))

    def unlink_selected(self) -> None:
        entry = self.list.currentItem()
        if self._action is None or entry is None or not entry.data(KindRole):
            return
        kind, ident = entry.data(KindRole), entry.data(IdRole)
        items = [i for i in self._action.item_ids if not (kind == ITEM and i == ident)]
        cards = [c for c in self._action.card_ids if not (kind == CARD and c == ident)]
        self.links_chosen.emit(items, cards)

    def open_picker(self) -> None:
        if self._action is None:
            return
        self._targets.reload()
        self.picker = LinkPickerDialog(
            self._targets, self._action.item_ids, self._action.card_ids, self._action.title, self
        )
        ident = self._action.id
        self.picker.accepted.connect(lambda: self._picked(ident))
        self.picker.open()

    def _picked(self, ident: int | None) -> None:
        if self.picker is None or self._action is None or self._action.id != ident:
            return
        items, cards = self.picker.chosen()
        self.links_chosen.emit(items, cards)
