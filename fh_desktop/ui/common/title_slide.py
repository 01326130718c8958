"""The participant view a step shows on the projector until its page offers a better one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fh_desktop.domain import enums
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.guiding_questions_panel import GuidingQuestionsPanel
from fh_desktop.ui.common.store_signals import StoreSignals


class StepTitleSlide(QWidget):
    """Step number and name, the workshop title, and the step's guiding questions (read-only)."""

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepTitleSlide")
        self._wf = wf
        title = QCoreApplication.translate("enums", enums.STEP_TITLES[step])
        self.step_label = QLabel(
            QCoreApplication.translate("StepTitleSlide", "Schritt {n}: {title}").format(n=step, title=title), self
        )
        self.step_label.setObjectName("slideStep")
        self.workshop_label = QLabel(self)
        self.workshop_label.setObjectName("slideWorkshop")
        self.workshop_label.setTextFormat(Qt.TextFormat.PlainText)
        self.workshop_label.setWordWrap(True)
        base = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        for label, factor, bold in ((self.step_label, 2.2, True), (self.workshop_label, 1.2, False)):
            font = label.font()
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            label.setFont(font)
        self.workshop_label.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
        self.questions = GuidingQuestionsPanel(wf, signals, step, self)
        self.questions.toggle.hide()
        self.questions.edit_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.step_label)
        layout.addWidget(self.workshop_label)
        layout.addSpacing(16)
        layout.addWidget(self.questions, 1)
        signals.changed.connect(self._changed)
        self._update_title()

    def _update_title(self) -> None:
        w = self._wf.meta.workshop()
        self.workshop_label.setText(" · ".join(t for t in (w.title, w.kommune) if t))

    def _changed(self, topic: str, op: str, ident: object) -> None:
        if topic == "workshop":
            self._update_title()
