"""Wiedervorlage: the moderator goes through every carried-over action that is still open.

One action at a time: what is the Stand der Umsetzung, is it done, continued, changed or
dropped, and until when. Every choice is written at once (a decision on click, the text
after a short pause and when leaving the action), so closing the dialog loses nothing.
The last page sums up what was decided. ``current_changed`` lets the projector follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import action_rules, cycle, enums, model
from fh_desktop.domain.errors import FhError
from fh_desktop.ui.actions.date_field import DateField
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import show_error

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile
    from fh_desktop.ui.actions.commands import ActionCommands

SAVE_DELAY_MS = 600


def decision_label(code: str) -> str:
    return QCoreApplication.translate("enums", cycle.ReviewDecision.LABELS[code])


def status_label(code: str) -> str:
    return QCoreApplication.translate("enums", enums.Status.LABELS.get(code, code))


def origin_text(action: model.Action) -> str:
    if action.origin_number is None:
        return ""
    when = action.origin_date.strftime("%d.%m.%Y") if action.origin_date else "?"
    return QCoreApplication.translate("ReviewDialog", "aus Workshop vom {date}, Nr. {number}").format(
        date=when, number=action.origin_number
    )


class ReviewDialog(QDialog):
    current_changed = Signal(object)  # the model.Action on screen, or None on the summary

    def __init__(
        self, wf: WorkshopFile, parent: QWidget | None = None, *, scale: float = 1.0, commands: ActionCommands | None = None
    ) -> None:
        """``scale``: type size for a room that reads the dialog itself (presentation mode).

        ``commands``: step 3's undoable edits; with them every choice is one step on the
        workshop's undo history (Bearbeiten → Rückgängig), like an edit in the action form.
        """
        super().__init__(parent)
        self.commands = commands
        self.setObjectName("reviewDialog")
        if scale != 1.0:
            self.setFont(theme.scaled_font(self.font(), scale))
        self.setWindowTitle(self.tr("Wiedervorlage der Maßnahmen"))
        self.wf = wf
        self.review_actions = wf.cycle.review_list()
        self.index = 0
        self._loading = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_text)

        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_item_page())
        self.stack.addWidget(self._build_summary_page())

        self.back_button = QPushButton(self.tr("&Zurück"), self)
        self.back_button.setObjectName("reviewBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Weiter"), self)
        self.next_button.setObjectName("reviewNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.forward)
        self.summary_button = QPushButton(self.tr("Zusammen&fassung"), self)
        self.summary_button.setObjectName("reviewSummaryButton")
        self.summary_button.clicked.connect(self.show_summary)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        self.close_button.setObjectName("reviewClose")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(760, 560)
        if self.review_actions:
            self._show(0)
        else:
            self.show_summary()

    # --- pages ---------------------------------------------------------------

    def _build_item_page(self) -> QWidget:
        page = QWidget(self)
        self.title_label = QLabel(page)
        self.title_label.setObjectName("reviewTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.facts_label = QLabel(page)
        self.facts_label.setObjectName("reviewFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_edit = QPlainTextEdit(page)
        self.progress_edit.setObjectName("reviewProgress")
        self.progress_edit.setPlaceholderText(self.tr("Was ist seit dem letzten Workshop geschehen?"))
        self.progress_edit.setTabChangesFocus(True)
        self.progress_edit.textChanged.connect(self._text_changed)
        lines = self.progress_edit.fontMetrics().lineSpacing()
        self.progress_edit.setMinimumHeight(3 * lines + 12)  # three lines stay readable,
        self.progress_edit.setMaximumHeight(6 * lines + 12)  # and the decision stays in view
        self.decisions = QButtonGroup(page)
        self.decisions.setExclusive(True)
        box = QGridLayout()  # two by two: the four choices take two lines, also in large type
        self.decision_buttons: dict[str, QRadioButton] = {}
        for n, code in enumerate(cycle.ReviewDecision.ALL, start=1):
            button = QRadioButton(f"&{n} {decision_label(code)}", page)  # Alt+1 … Alt+4
            button.setObjectName(f"reviewDecision_{code}")
            self.decisions.addButton(button)
            self.decision_buttons[code] = button
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            box.addWidget(button, (n - 1) // 2, (n - 1) % 2)
        self.due_field = DateField(page)
        self.due_field.setObjectName("reviewDue")
        self.due_field.edited.connect(lambda: self._save_date("due", self.due_field))
        self.review_on_field = DateField(page)
        self.review_on_field.setObjectName("reviewOn")
        self.review_on_field.edited.connect(lambda: self._save_date("review_on", self.review_on_field))
        self.status_label = QLabel(page)
        self.status_label.setObjectName("reviewStatus")
        form = QFormLayout()
        form.addRow(self.tr("&Stand der Umsetzung"), self.progress_edit)
        _buddy(form, form.rowCount() - 1, self.progress_edit)
        form.addRow(self.tr("Entscheidung"), box)
        form.addRow(self.tr("Zeitrahmen &bis"), self.due_field)
        _buddy(form, form.rowCount() - 1, self.due_field)
        form.addRow(self.tr("Wiedervorlage &am"), self.review_on_field)
        _buddy(form, form.rowCount() - 1, self.review_on_field)
        form.addRow(self.tr("Status"), self.status_label)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.facts_label)
        layout.addLayout(form, 1)
        scroll = QScrollArea(self)  # never squeezed: too little room scrolls instead
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("reviewSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label, 1)
        return page

    # --- moving --------------------------------------------------------------

    @property
    def current(self) -> model.Action | None:
        if self.stack.currentIndex() != 0 or not self.review_actions:
            return None
        return self.review_actions[self.index]

    def _show(self, index: int) -> None:
        self.index = index
        a = self.review_actions[index]
        self._loading = True
        self.stack.setCurrentIndex(0)
        self.heading.setText(self.tr("Wiedervorlage: Maßnahme {n} von {total}").format(n=index + 1, total=len(self.review_actions)))
        self.title_label.setText(a.title or self.tr("(ohne Titel)"))
        facts = [origin_text(a)]
        if a.responsible:
            facts.append(self.tr("Verantwortlich: {who}").format(who=a.responsible))
        if a.goal:
            facts.append(self.tr("Ziel: {goal}").format(goal=a.goal))
        self.facts_label.setText("\n".join(facts))
        self.progress_edit.setPlainText(a.progress)
        self.decisions.setExclusive(False)
        for code, button in self.decision_buttons.items():
            button.setChecked(code == a.review_decision)
        self.decisions.setExclusive(True)
        self.due_field.set_date(a.due)
        self.review_on_field.set_date(a.review_on)
        self.status_label.setText(status_label(a.status))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(True)
        self._loading = False
        self.progress_edit.setFocus()
        self.current_changed.emit(a)

    def forward(self) -> None:
        if not self._flush():
            return
        if self.stack.currentIndex() == 0 and self.index + 1 < len(self.review_actions):
            self._show(self.index + 1)
        else:
            self.show_summary()

    def back(self) -> None:
        if not self._flush():
            return
        if self.stack.currentIndex() == 1 and self.review_actions:
            self._show(len(self.review_actions) - 1 if self.index >= len(self.review_actions) else self.index)
        elif self.index > 0:
            self._show(self.index - 1)

    def show_summary(self) -> None:
        if not self._flush():
            return
        summary = cycle.review_summary(self.wf.cycle.review_list())
        lines = [self.tr("{total} Maßnahmen aus dem letzten Workshop standen zur Wiedervorlage.").format(total=summary.total)]
        for code in cycle.ReviewDecision.ALL:
            actions = summary.decided.get(code, [])
            lines.append(f"{decision_label(code)}: {len(actions)}")
            lines += [f"    • {a.title}" for a in actions]
        lines.append(self.tr("noch nicht besprochen: {n}").format(n=len(summary.pending)))
        lines += [f"    • {a.title}" for a in summary.pending]
        self.summary_label.setText("\n".join(lines))
        self.heading.setText(self.tr("Wiedervorlage: Zusammenfassung"))
        self.stack.setCurrentIndex(1)
        self.back_button.setEnabled(bool(self.review_actions))
        self.next_button.setEnabled(False)
        self.close_button.setFocus()
        self.summary = summary
        self.current_changed.emit(None)

    # --- writing -------------------------------------------------------------

    def _write(self, decision: str | None = None, **values: object) -> bool:
        a = self.current
        if a is None or a.id is None:
            return True
        try:
            if self.commands is None:
                updated = self.wf.cycle.review_action(a.id, a.review_decision if decision is None else decision, **values)
            else:
                if decision is not None:
                    values = {"review_decision": decision, "status": cycle.status_after(decision, a.status), **values}
                merge = ("review", a.id, "progress") if set(values) == {"progress"} else None
                self.commands.edit(a.id, dict(values), merge_key=merge)
                updated = self.wf.actions.action(a.id)
        except FhError as exc:
            show_error(self, exc)
            return False
        self.review_actions[self.index] = updated
        self.status_label.setText(status_label(updated.status))
        self.current_changed.emit(updated)
        return True

    def _choose(self, code: str) -> None:
        a = self.current
        if a is None or self._loading:
            return
        self.decision_buttons[code].setChecked(True)
        self._flush()
        self._write(code)

    def _text_changed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def _save_text(self) -> bool:
        self._save_timer.stop()
        a = self.current
        if a is None or self.progress_edit.toPlainText() == a.progress:
            return True
        return self._write(progress=self.progress_edit.toPlainText())

    def _save_date(self, name: str, field: DateField) -> None:
        a = self.current
        if a is None or self._loading:
            return
        try:
            value = field.date()
        except action_rules.DateParseError:
            return  # not a date yet: the field shows it, nothing is stored
        if getattr(a, name) != value:
            self._write(None, **{name: value})

    def _flush(self) -> bool:
        """Write what is still pending (typed text, a date typed but not confirmed)."""
        if not self._save_text():
            return False
        self._save_date("due", self.due_field)
        self._save_date("review_on", self.review_on_field)
        return True

    def done(self, result: int) -> None:
        self._flush()
        self.current_changed.emit(None)
        super().done(result)


def _buddy(form: QFormLayout, row: int, widget: QWidget) -> None:
    """Give the label of ``row`` its keyboard buddy (its "&" shortcut focuses ``widget``)."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    if isinstance(label, QLabel):
        label.setBuddy(widget)
