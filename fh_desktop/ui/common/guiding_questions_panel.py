"""The one side panel with the guiding questions of a step, in their groups.

Group 1 are the "Frageimpulse" of the NZFH practice material, group 2 (steps 2 and 3)
the dialogue questions for the strategic-political level. The questions belong to the
workshop (editable with ``GuidingQuestionsDialog``); the panel follows edits made anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.domain.guiding_questions import QuestionGroup, group_of
from fh_desktop.ui.common.guiding_questions_dialog import GuidingQuestionsDialog
from fh_desktop.ui.common.store_signals import StoreSignals
from fh_desktop.ui.common.presentation_props import MODERATOR_ONLY

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile



def group_title(group: int) -> str:
    return QCoreApplication.translate("enums", QuestionGroup.LABELS[group])


class GuidingQuestionsPanel(QWidget):
    """Shows the workshop's questions for ``step``; ``set_step`` follows the shown page."""

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidingQuestions")
        self._wf = wf
        self._step = step
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("guidingQuestionsToggle")
        self.toggle.setText(self.tr("Fragen"))
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip(self.tr("Fragen zu diesem Schritt ein- oder ausblenden"))
        self.toggle.setMinimumHeight(36)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"), self)
        self.edit_button.setObjectName("guidingQuestionsEdit")
        self.edit_button.setToolTip(self.tr("Fragen dieses Schritts für diesen Workshop bearbeiten"))
        self.edit_button.setProperty(MODERATOR_ONLY, True)
        self.edit_button.setMinimumHeight(36)
        self.edit_button.clicked.connect(self.edit)
        self.body = QWidget(self)
        self.body.setObjectName("guidingQuestionsBody")
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Fragen zu diesem Schritt"))  # focusable: arrow keys scroll
        self.scroll = scroll
        top = QHBoxLayout()
        top.addWidget(self.toggle)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.toggle.toggled.connect(scroll.setVisible)
        signals.changed.connect(self._changed)
        self.labels: list[QLabel] = []  # the questions
        self.headings: list[QLabel] = []
        self.dialog = None
        self.reload()

    @property
    def step(self) -> int:
        return self._step

    def set_step(self, step: int) -> None:
        if step != self._step:
            self._step = step
            self.reload()

    def reload(self) -> None:
        while self._body_layout.count():
            item = self._body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.labels = []
        self.headings = []
        groups: dict[int, list[str]] = {}
        for q in self._wf.meta.questions(self._step):
            groups.setdefault(group_of(q.position), []).append(q.text)
        for group in QuestionGroup.ALL:
            texts = groups.get(group)
            if not texts:
                continue
            if group != QuestionGroup.IMPULSE or len(groups) > 1:
                heading = QLabel(group_title(group), self.body)
                heading.setObjectName(f"questionGroup{group}")
                heading.setWordWrap(True)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self._body_layout.addWidget(heading)
                self.headings.append(heading)
            for text in texts:
                label = QLabel(f"• {text}", self.body)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._body_layout.addWidget(label)
                self.labels.append(label)
        if not self.labels:
            empty = QLabel(self.tr("Für diesen Schritt sind keine Fragen hinterlegt."), self.body)
            empty.setWordWrap(True)
            self._body_layout.addWidget(empty)
            self.headings.append(empty)
        self._body_layout.addStretch(1)

    def edit(self) -> None:
        self.dialog = GuidingQuestionsDialog(self._wf, self._step, self.window())
        self.dialog.open()

    def _changed(self, event: StoreEvent) -> None:
        topic, op, ident = event
        if (topic is Topic.QUESTION and ident in (None, self._step)) or (topic, op) == (Topic.WORKSHOP, Op.RESET):
            self.reload()
