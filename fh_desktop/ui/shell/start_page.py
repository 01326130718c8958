"""The start page: new workshop, open, recent files, demo.

It is on screen at the first paint, so it does without the ``Qt`` namespace (see
``main_window``): the recent paths are kept by row, and an empty list is disabled
instead of holding a disabled placeholder item.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("Frühe-Hilfen-Werkstatt"), self)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung – "
                "ein Workshop in drei Schritten: Pinnwand, Checkliste, Maßnahmen."
            ),
            self,
        )
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("Neuer Workshop …"), self)
        self.open_button = QPushButton(self.tr("Workshop öffnen …"), self)
        self.demo_button = QPushButton(self.tr("Demo-Workshop öffnen"), self)
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(48)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentFiles")
        self.recent_list.setAccessibleName(self.tr("Zuletzt geöffnete Workshops"))
        self.recent_list.itemActivated.connect(self._activate)
        self._recent: list[Path] = []

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(QLabel(self.tr("Zuletzt geöffnet:"), self))
        recent.addWidget(self.recent_list)
        row = QHBoxLayout()
        row.addLayout(buttons, 1)
        row.addLayout(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        layout.addLayout(row, 1)

    def set_recent_files(self, files: list[Path]) -> None:
        self.recent_list.clear()
        self._recent = list(files)
        for path in files:
            item = QListWidgetItem(f"{path.stem}  —  {path.parent}")
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        if not files:
            self.recent_list.addItem(QListWidgetItem(self.tr("(noch keine)")))
        self.recent_list.setEnabled(bool(files))  # nothing to choose: greyed, and Tab passes by

    def _activate(self, item: QListWidgetItem) -> None:
        row = self.recent_list.row(item)
        if 0 <= row < len(self._recent):
            self.recent_requested.emit(self._recent[row])
