"""Choosing the catalog for this workshop: a shipped one or a catalog file of one's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain.catalog import CatalogFile
from fh_desktop.domain.errors import FhError
from fh_desktop.store.services.checklist import read_catalog_file, shipped_catalogs
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text


class CatalogChoiceDialog(QDialog):
    def __init__(self, current_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogChoiceDialog")
        self.setWindowTitle(self.tr("Katalog wählen"))
        self.resize(820, 520)
        self.chosen: CatalogFile | None = None
        intro = QLabel(
            self.tr(
                "Der Workshop erhält eine eigene Kopie des gewählten Katalogs. "
                "Die bisherigen Aussagen dieses Workshops werden dabei ersetzt."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.file_button = QPushButton(self.tr("Katalog aus Datei laden …"), self)
        self.file_button.clicked.connect(self._from_file)
        self.message = QLabel(self)
        self.message.setObjectName("catalogMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.file_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        try:
            for found in shipped_catalogs():
                self._add(found, select=found.catalog.key == current_key)
        except FhError as exc:
            self.message.setText(error_text(exc))

    def _add(self, found: CatalogFile, select: bool = False) -> None:
        n = len(found.items)
        text = self.tr("{title}  ({n} Aussagen)").format(title=found.catalog.title, n=n)
        if found.description:
            text += "\n" + found.description
        entry = QListWidgetItem(text, self.list)
        entry.setData(Qt.ItemDataRole.UserRole, found)
        entry.setToolTip(found.catalog.source)
        if select:
            self.list.setCurrentItem(entry)

    def load_file(self, path: Path) -> bool:
        """Validate a catalog file; a broken one is refused with the reason, nothing changes."""
        try:
            found = read_catalog_file(path)
        except FhError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self._add(found, select=True)
        return True

    def _from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Katalog laden"), "", self.tr("Katalog (*.json)"))
        if name:
            self.load_file(Path(name))

    def _accept(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            self.message.setText(self.tr("Bitte einen Katalog auswählen."))
            return
        self.chosen = entry.data(Qt.ItemDataRole.UserRole)
        self.accept()
