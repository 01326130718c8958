"""The collapsible side panel with the guiding questions ("Frageimpulse") of a step."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.store_signals import StoreSignals


class GuidingQuestionsPanel(QWidget):
    """Shows the workshop's questions for ``step``; follows edits made elsewhere."""

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"guidingQuestions{step}")
        self._wf = wf
        self._step = step
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Frageimpulse"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip(self.tr("Frageimpulse ein- oder ausblenden"))
        self.body = QWidget(self)
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toggle)
        layout.addWidget(scroll, 1)
        self.toggle.toggled.connect(scroll.setVisible)
        signals.changed.connect(self._changed)
        self.labels: list[QLabel] = []
        self.reload()

    def reload(self) -> None:
        for label in self.labels:
            label.deleteLater()
        self.labels = []
        for q in self._wf.meta.questions(self._step):
            label = QLabel(f"• {q.text}", self.body)
            label.setWordWrap(True)
            label.setTextFormat(label.textFormat().PlainText)  # user text is never markup
            self._body_layout.addWidget(label)
            self.labels.append(label)
        self._body_layout.addStretch(1)

    def _changed(self, topic: str, op: str, ident: object) -> None:
        if topic == "question" or (topic == "workshop" and op == "reset"):
            self.reload()
