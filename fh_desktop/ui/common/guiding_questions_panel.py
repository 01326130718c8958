"""The one side panel of a step: what the material says about it, and its questions.

On top the step as the NZFH Praxismaterial names it, its recommended time and its
Zielfokus, and the step's Praxisimpuls (shown where the step is run, folded away with
one click). Below, group 1 are the "Frageimpulse" of the material, group 2 (step 2) the
dialogue questions of the chosen catalog, each with a note field: what the room said
becomes the Gesprächsleitfaden of the exports. Questions the tool adds or adapts are
marked as such. The questions belong to the workshop (editable with
``GuidingQuestionsDialog``); the panel follows edits made anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import enums
from fh_desktop.domain import guiding_questions as gq
from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.domain.guiding_questions import QuestionGroup, group_of
from fh_desktop.ui.common import read_only
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
        read_only.edits(self.edit_button)
        self.body = QWidget(self)
        self.body.setObjectName("guidingQuestionsBody")
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Fragen zu diesem Schritt"))  # focusable: arrow keys scroll
        self.scroll_area = scroll
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
        self.note_edits: dict[int, QLineEdit] = {}  # question id -> its note (dialogue questions)
        self.info_label: QLabel | None = None
        self.impulse_label: QLabel | None = None
        self.impulse_toggle: QToolButton | None = None
        self.dialog: GuidingQuestionsDialog | None = None
        self._steps = wf.meta.step_info()
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
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        self.labels = []
        self.headings = []
        self.note_edits = {}
        self._add_step_info()
        groups: dict[int, list] = {}
        for q in self._wf.meta.questions(self._step):
            groups.setdefault(group_of(q.position), []).append(q)
        for group in QuestionGroup.ALL:
            questions = groups.get(group)
            if not questions:
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
            for q in questions:
                label = QLabel(f"• {q.text}", self.body)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._body_layout.addWidget(label)
                self.labels.append(label)
                if q.origin != gq.QUOTED:
                    mark = QLabel(self._origin_text(q.origin), self.body)
                    mark.setObjectName(f"questionOrigin{q.id}")
                    mark.setWordWrap(True)
                    mark.setStyleSheet("color: #5a5a5a; font-style: italic;")
                    self._body_layout.addWidget(mark)
                if group == QuestionGroup.DIALOGUE:
                    self._add_note(q)
            source = self._source_text(group)
            if source:
                src = QLabel(source, self.body)
                src.setObjectName(f"questionSource{group}")
                src.setWordWrap(True)
                src.setTextFormat(Qt.TextFormat.PlainText)
                src.setStyleSheet("color: #5a5a5a;")
                self._body_layout.addWidget(src)
        if not self.labels:
            empty = QLabel(self.tr("Für diesen Schritt sind keine Fragen hinterlegt."), self.body)
            empty.setWordWrap(True)
            self._body_layout.addWidget(empty)
            self.headings.append(empty)
        self._body_layout.addStretch(1)
        if getattr(self._wf, "read_only", False):
            read_only.lock(self)  # the notes are made anew on every reload

    # --- what the material says about the step --------------------------------

    def _add_step_info(self) -> None:
        info = self._steps.get(self._step)
        self.info_label = self.impulse_label = self.impulse_toggle = None
        if info is None:
            return
        text = self.tr("Schritt {title}\nZeit: {time} · Zielfokus: {focus}").format(
            title=enums.step_heading(self._step, lambda s: QCoreApplication.translate("enums", s)),
            time=QCoreApplication.translate("guiding", info.time_label),
            focus=QCoreApplication.translate("guiding", info.zielfokus),
        )
        self.info_label = QLabel(text, self.body)
        self.info_label.setObjectName("stepInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self._body_layout.addWidget(self.info_label)
        if not info.praxisimpuls:
            return
        self.impulse_toggle = QToolButton(self.body)
        self.impulse_toggle.setObjectName("praxisimpulsToggle")
        self.impulse_toggle.setText(self.tr("Praxisimpuls"))
        self.impulse_toggle.setCheckable(True)
        self.impulse_toggle.setChecked(True)
        self.impulse_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.impulse_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self._body_layout.addWidget(self.impulse_toggle)
        self.impulse_label = QLabel(
            QCoreApplication.translate("guiding", info.praxisimpuls) + "\n" + self.tr("(NZFH-Praxismaterial)"), self.body
        )
        self.impulse_label.setObjectName("praxisimpuls")
        self.impulse_label.setWordWrap(True)
        self.impulse_label.setTextFormat(Qt.TextFormat.PlainText)
        self.impulse_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.impulse_label.setStyleSheet("background: #fff8e1; padding: 6px;")
        self._body_layout.addWidget(self.impulse_label)

        def fold(on: bool) -> None:
            self.impulse_label.setVisible(on)  # type: ignore[union-attr]
            self.impulse_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)  # type: ignore[union-attr]

        self.impulse_toggle.toggled.connect(fold)

    def _origin_text(self, origin: str) -> str:
        if origin == gq.ADAPTED:
            return self.tr("(sprachlich leicht angepasst)")
        return self.tr("(eigene Ergänzung der Werkstatt, nicht aus dem Praxismaterial)")

    def _source_text(self, group: int) -> str:
        if group == QuestionGroup.DIALOGUE:
            source = self._wf.checklist.catalog().dialogue_source
            return self.tr("Quelle: {source}").format(source=source) if source else ""
        return self.tr("Quelle: NZFH-Praxismaterial „Kommunale Verankerung in der Jugendhilfe-, Sozial- und Gesundheitsplanung“")

    def _add_note(self, q) -> None:  # noqa: ANN001 - model.GuidingQuestion
        edit = QLineEdit(q.note, self.body)
        edit.setObjectName(f"questionNote{q.id}")
        edit.setPlaceholderText(self.tr("Notiz zu dieser Frage …"))
        edit.setAccessibleName(self.tr("Notiz zur Frage: {text}").format(text=q.text))
        edit.editingFinished.connect(lambda e=edit, i=q.id: self._save_note(i, e.text()))
        self._body_layout.addWidget(edit)
        self.note_edits[q.id] = edit
        read_only.edits(edit)

    def _save_note(self, question_id: int, text: str) -> None:
        from fh_desktop.ui.common.commands import WorkshopCommands

        current = next((q.note for q in self._wf.meta.questions(self._step) if q.id == question_id), None)
        if current is None or current == text.strip():
            return
        meta = self._wf.meta
        # One undo step, shown and refused like every other edit (read-only, disk full).
        WorkshopCommands.of(self._wf).call(
            self.tr("Notiz zur Frage ändern"),
            lambda: meta.set_question_note(question_id, text),
            lambda: meta.set_question_note(question_id, current),
        )

    def edit(self) -> None:
        self.dialog = GuidingQuestionsDialog(self._wf, self._step, self.window())
        self.dialog.open()

    def _changed(self, event: StoreEvent) -> None:
        topic, op, ident = event
        if topic is Topic.QUESTION and op is Op.CHANGED and ident == self._step:
            # A note was saved: update the fields in place, never rebuild under the typing hand.
            for q in self._wf.meta.questions(self._step):
                edit = self.note_edits.get(q.id)  # type: ignore[arg-type]
                if edit is not None and not edit.hasFocus() and edit.text() != q.note:
                    edit.setText(q.note)
            return
        if (
            (topic is Topic.QUESTION and ident in (None, self._step))
            or (topic, op) == (Topic.WORKSHOP, Op.RESET)
            or (topic is Topic.CATALOG and self._step == 2)
        ):
            self.reload()
