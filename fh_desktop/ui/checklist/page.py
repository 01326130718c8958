"""Step 2 (Checkliste): placeholder page until the step is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.step_page import StepPage
from fh_desktop.ui.common.store_signals import StoreSignals


class ChecklistPage(StepPage):
    step = 2

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(wf, signals, parent)
        label = QLabel(self.tr("Schritt 2 – Checkliste: wird vorbereitet."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
