"""The participant view a step shows on the projector until its page offers a better one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fh_desktop.store.events import StoreEvent, Topic
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.guiding_questions_panel import GuidingQuestionsPanel
from fh_desktop.ui.common.store_signals import StoreSignals

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile


class StepTitleSlide(QWidget):
    """The workshop's title and Kommune, and the step's guiding questions (read-only).

    The projector's bar above it names the step and shows the time, so the slide does not.
    """

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepTitleSlide")
        self._wf = wf
        self.step = step
        self.workshop_label = QLabel(self)
        self.workshop_label.setObjectName("slideWorkshop")
        self.place_label = QLabel(self)
        self.place_label.setObjectName("slidePlace")
        for label in (self.workshop_label, self.place_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.workshop_label.setFont(theme.scaled_font(self.font(), 1.5, bold=True))
        self.place_label.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
        self.questions = GuidingQuestionsPanel(wf, signals, step, self)
        self.questions.toggle.hide()
        self.questions.edit_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.addWidget(self.workshop_label)
        layout.addWidget(self.place_label)
        layout.addSpacing(16)
        layout.addWidget(self.questions, 1)
        signals.changed.connect(self._changed)
        self._update_title()

    def _update_title(self) -> None:
        w = self._wf.meta.workshop()
        self.workshop_label.setText(w.title)
        date = w.date.strftime("%d.%m.%Y") if w.date else ""
        self.place_label.setText(" · ".join(t for t in (w.kommune, date, w.place) if t))
        self.place_label.setVisible(bool(self.place_label.text()))

    def _changed(self, event: StoreEvent) -> None:
        if event.topic is Topic.WORKSHOP:
            self._update_title()
