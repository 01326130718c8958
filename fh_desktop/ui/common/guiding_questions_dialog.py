"""Editing a step's guiding questions for this workshop: one question per line, per group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import enums
from fh_desktop.domain.errors import FhError
from fh_desktop.domain.guiding_questions import QuestionGroup, group_of, position_range
from fh_desktop.ui.common.commands import WorkshopCommands
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile


class GuidingQuestionsDialog(QDialog):
    """Every change is saved at once (like everything else); "Standard" brings back the shipped questions."""

    def __init__(self, wf: WorkshopFile, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidingQuestionsDialog")
        self._wf = wf
        self._step = step
        title = QCoreApplication.translate("enums", enums.STEP_TITLES[step])
        self.setWindowTitle(self.tr("Fragen für Schritt {n} – {title}").format(n=step, title=title))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Eine Frage pro Zeile. Änderungen werden sofort gespeichert."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        texts: dict[int, list[str]] = {g: [] for g in QuestionGroup.ALL}
        for q in wf.meta.questions(step):
            texts[group_of(q.position)].append(q.text)
        self.editors: dict[int, QPlainTextEdit] = {}
        for group in QuestionGroup.ALL:
            label = QLabel(QCoreApplication.translate("enums", QuestionGroup.LABELS[group]), self)
            editor = QPlainTextEdit(self)
            editor.setObjectName(f"questionsEditor{group}")
            editor.setAccessibleName(label.text())
            editor.setTabChangesFocus(True)  # Tab leaves the editor: keyboard users get out
            editor.setPlainText("\n".join(texts[group]))
            editor.textChanged.connect(lambda g=group: self._save(g))
            label.setBuddy(editor)
            layout.addWidget(label)
            layout.addWidget(editor, 1)
            self.editors[group] = editor
        self.message = QLabel(self)
        self.message.setObjectName("questionsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.defaults_button = buttons.addButton(self.tr("Standardfragen wiederherstellen"), QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.setObjectName("questionsDefaults")
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        for group, editor in self.editors.items():
            editor.setPlainText("\n".join(self._wf.meta.default_questions(self._step, group)))

    def _save(self, group: int) -> None:
        step = self._step
        new = self.editors[group].toPlainText().split("\n")
        span = position_range(group)
        old = [q.text for q in self._wf.meta.questions(step) if q.position in span]
        try:
            WorkshopCommands.of(self._wf).call(
                self.tr("Leitfragen ändern"),
                lambda: self._wf.meta.set_questions(step, new, group),
                lambda: self._wf.meta.set_questions(step, old, group),
                merge_key=("questions", step, group),
                raise_error=True,
            )
            self.message.clear()
        except FhError as exc:
            self.message.setText(error_text(exc))
