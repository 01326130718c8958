"""Search line and drop-downs above the action table; drives ``ActionFilterModel``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from fh_desktop.domain import enums
from fh_desktop.ui.actions.action_filter_model import NOBODY, UNFINISHED, ActionFilterModel
from fh_desktop.ui.actions.action_table_model import priority_label, status_label
from fh_desktop.ui.actions.plain_text import cell_text, plain_tooltip

_UNFINISHED_KEY = "unfinished"


class ActionFilterBar(QWidget):
    def __init__(self, proxy: ActionFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionFilterBar")
        self._proxy = proxy
        self.search = QLineEdit(self)
        self.search.setObjectName("actionSearch")
        self.search.setPlaceholderText(self.tr("Suchen in Maßnahmen und Bezügen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Maßnahmen durchsuchen"))
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Nach Status filtern"))
        self.status_combo.addItem(self.tr("Alle Status"), None)
        self.status_combo.addItem(self.tr("offen oder in Arbeit"), _UNFINISHED_KEY)
        for code in enums.Status.ALL:
            self.status_combo.addItem(status_label(code), code)
        self.priority_combo = QComboBox(self)
        self.priority_combo.setAccessibleName(self.tr("Nach Priorität filtern"))
        self.priority_combo.addItem(self.tr("Alle Prioritäten"), None)
        for code in enums.Priority.ALL:
            self.priority_combo.addItem(priority_label(code), code)
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setAccessibleName(self.tr("Nach Verantwortlichen filtern"))
        self.responsible_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.responsible_combo.setMaximumWidth(360)
        self.reset_button = QPushButton(self.tr("Filter zurücksetzen"), self)
        self.reset_button.setEnabled(False)
        label = QLabel(self.tr("Filter:"), self)
        # Prefer full labels, but let a small window squeeze them instead of growing wider.
        for widget in (self.status_combo, self.priority_combo, self.responsible_combo, self.reset_button):
            widget.setMinimumWidth(60)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(label)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.priority_combo)
        layout.addWidget(self.responsible_combo, 1)
        layout.addWidget(self.reset_button)
        self.set_responsible_values([])
        self.search.textChanged.connect(self._apply_text)
        self.status_combo.activated.connect(lambda *_: self._apply_status())
        self.priority_combo.activated.connect(lambda *_: self._apply_priority())
        self.responsible_combo.activated.connect(lambda *_: self._apply_responsible())
        self.reset_button.clicked.connect(self.reset)

    def set_responsible_values(self, values: list[str]) -> None:
        """Offer the current entries of "Verantwortlich".

        The chosen entry stays offered and chosen even when no action has it any more: the
        filter must not change under the moderator's hands while they edit that field.
        """
        chosen = self.responsible_combo.currentData()
        if chosen not in (None, NOBODY) and chosen not in values:
            values = sorted([*values, chosen], key=str.casefold)
        self.responsible_combo.blockSignals(True)
        self.responsible_combo.clear()
        self.responsible_combo.addItem(self.tr("Alle Verantwortlichen"), None)
        self.responsible_combo.addItem(self.tr("(niemand eingetragen)"), NOBODY)
        for value in values:
            self.responsible_combo.addItem(cell_text(value), value)
            self.responsible_combo.setItemData(
                self.responsible_combo.count() - 1, plain_tooltip(value), Qt.ItemDataRole.ToolTipRole
            )
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(chosen)))
        self.responsible_combo.blockSignals(False)

    def reset(self) -> None:
        for combo in (self.status_combo, self.priority_combo, self.responsible_combo):
            combo.setCurrentIndex(0)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._proxy.clear_filters()
        self._update_reset()

    def _apply_text(self, text: str) -> None:
        self._proxy.set_text(text)
        self._update_reset()

    def _apply_status(self) -> None:
        key = self.status_combo.currentData()
        if key is None:
            self._proxy.set_statuses(None)
        elif key == _UNFINISHED_KEY:
            self._proxy.set_statuses(UNFINISHED)
        else:
            self._proxy.set_statuses(frozenset({key}))
        self._update_reset()

    def _apply_priority(self) -> None:
        key = self.priority_combo.currentData()
        self._proxy.set_priorities(None if key is None else frozenset({key}))
        self._update_reset()

    def _apply_responsible(self) -> None:
        self._proxy.set_responsible(self.responsible_combo.currentData())
        self._update_reset()

    def _update_reset(self) -> None:
        self.reset_button.setEnabled(self._proxy.is_filtered())
