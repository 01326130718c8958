"""Adding or editing one statement of the workshop's catalog copy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import model
from fh_desktop.ui.common import theme


class CatalogItemDialog(QDialog):
    def __init__(self, topics: list[str], item: model.CatalogItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogItemDialog")
        self.setWindowTitle(self.tr("Aussage bearbeiten") if item and item.id else self.tr("Neue Aussage"))
        self.resize(760, 520)
        item = item or model.CatalogItem()
        self.code_edit = QLineEdit(item.code, self)
        self.code_edit.setAccessibleName(self.tr("Nummer"))
        self.topic_box = QComboBox(self)
        self.topic_box.setEditable(True)
        self.topic_box.addItems(topics)
        self.topic_box.setCurrentText(item.topic)
        self.topic_box.setAccessibleName(self.tr("Thema"))
        self.statement_edit = QPlainTextEdit(item.statement, self)
        self.statement_edit.setAccessibleName(self.tr("Aussage"))
        self.help_edit = QPlainTextEdit(item.help, self)
        self.help_edit.setAccessibleName(self.tr("Hilfetext"))
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Nummer"), self.code_edit)
        form.addRow(self.tr("Thema"), self.topic_box)
        form.addRow(self.tr("Aussage"), self.statement_edit)
        form.addRow(self.tr("Hilfetext (optional)"), self.help_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return {
            "code": self.code_edit.text().strip(),
            "topic": self.topic_box.currentText().strip(),
            "statement": self.statement_edit.toPlainText().strip(),
            "help": self.help_edit.toPlainText().strip(),
        }

    def _check(self) -> None:
        if not self.values()["statement"]:
            self.message.setText(self.tr("Bitte eine Aussage eingeben."))
            return
        self.accept()
