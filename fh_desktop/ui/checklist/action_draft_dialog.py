"""'+ Maßnahme anlegen' in the joint round: a short title in place, the room stays in step 2.

The statement becomes the action's Zielsetzung; the title is the room's own short name for
it (proposed: "Maßnahme zu QD 4 · 1.7", all selected so typing replaces it). "Anlegen"
creates the action and stays; "Anlegen und öffnen" goes on to step 3.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fh_desktop.domain import action_rules
from fh_desktop.ui.checklist import style

STAY, OPEN = 1, 2


class ActionDraftDialog(QDialog):
    def __init__(self, statement: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDraftDialog")
        self.setWindowTitle(self.tr("Maßnahme anlegen"))
        self.choice = 0
        goal = style.plain_label(self.tr("Zielsetzung: {statement}").format(statement=" ".join(statement.split())), self)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("actionDraftTitle")
        self.title_edit.setAccessibleName(self.tr("Kurzer Titel der Maßnahme"))
        self.title_edit.setMaxLength(action_rules.MAX_TEXT)
        self.title_edit.selectAll()
        self.title_edit.textChanged.connect(lambda *_: self._update())
        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("Anlegen"), self)
        self.create_button.setObjectName("actionDraftCreate")
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Anlegen und in Schritt 3 öffnen"), self)
        self.open_button.setObjectName("actionDraftOpen")
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(lambda: self._finish(STAY))
        self.open_button.clicked.connect(lambda: self._finish(OPEN))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(goal)
        layout.addWidget(QLabel(self.tr("Kurzer Titel:"), self))
        layout.addWidget(self.title_edit)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def _update(self) -> None:
        ok = bool(self.title)
        self.create_button.setEnabled(ok)
        self.open_button.setEnabled(ok)

    def _finish(self, choice: int) -> None:
        if self.title:
            self.choice = choice
            self.accept()
