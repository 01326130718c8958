"""One participant answers every statement of the round, with large buttons.

The view holds only what the person at the screen enters now; a correction starts
from a blank form, because showing someone's earlier answers would show them to
whoever tapped that name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import model, scales
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.reflow_grid import ReflowGrid
from fh_desktop.ui.checklist import style


class AnswerRow(QFrame):
    """A statement and its answer buttons (one per value on the item's own scale).

    ``scale`` is the catalog-wide tick scale; the item's ``scale`` type decides what is
    offered (``domain.scales``). An open question gets no buttons: it is a prompt for
    the discussion that follows, noted in the joint assessment.
    """

    changed = Signal()

    def __init__(self, item: model.CatalogItem, scale: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.answerable = scales.is_answerable(item.scale)
        self.setObjectName(f"answerRow{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        code = style.plain_label(item.code, self, style.STATEMENT_PT, bold=True, wrap=False)
        code.setMinimumWidth(56)
        code.setAlignment(Qt.AlignmentFlag.AlignTop)
        statement = style.plain_label(item.statement, self, style.STATEMENT_PT)
        statement.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        text_box = QVBoxLayout()
        text_box.addWidget(statement)
        # "Hinweis" sits under the number, not on a line of its own: on a 1024x768 beamer
        # that line pushed the last two answer options below the visible area.
        left = QVBoxLayout()
        left.addWidget(code)
        help_text = item.help
        if item.origin == "adapted" and item.original:
            original = self.tr("Originalwortlaut (für die Checkliste leicht angepasst): „{original}“").format(original=item.original)
            help_text = original + ("\n" + help_text if help_text else "")
        if help_text:
            help_label = style.plain_label(help_text, self, style.BODY_PT - 1)
            help_label.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
            help_label.setVisible(False)
            toggle = QPushButton(self.tr("Hinweis"), self)
            toggle.setObjectName(f"helpToggle{item.id}")
            toggle.setCheckable(True)
            toggle.setMinimumHeight(44)
            toggle.setFont(style.font(toggle, style.BODY_PT))
            toggle.toggled.connect(help_label.setVisible)
            left.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
            text_box.addWidget(help_label)
        left.addStretch(1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        prompt = None
        if not self.answerable:
            prompt = style.plain_label(self.tr("Offene Frage: wird anschließend gemeinsam besprochen und notiert."), self, style.BODY_PT)
            prompt.setObjectName(f"openPrompt{item.id}")
            prompt.setStyleSheet(f"color: {theme.css(theme.MUTED)}; font-style: italic;")
        values = scales.values_for(item.scale, scale)
        # Side by side where they fit, else in rows: no option hides behind a scroll bar.
        buttons = ReflowGrid(self, spacing=10, max_columns=max(1, len(values)))
        for value in values:
            b = QPushButton(style.answer_label(value), self)
            b.setCheckable(True)
            b.setProperty("answer", value)
            b.setMinimumHeight(style.TOUCH + 8)
            b.setMinimumWidth(120)
            b.setFont(style.font(b, style.BODY_PT + 1))
            b.setObjectName(f"answer_{item.id}_{value}")
            self.group.addButton(b)
            self.buttons[value] = b
            buttons.add(b)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(text_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if prompt is not None:
            layout.addWidget(prompt)
        layout.addWidget(buttons)

    def value(self) -> str | None:
        checked = self.group.checkedButton()
        return None if checked is None else checked.property("answer")

    def choose(self, index: int) -> bool:
        """Pick the ``index``-th option of the scale (key 1 = the first); False if there is none."""
        buttons = list(self.buttons.values())
        if not 0 <= index < len(buttons):
            return False
        buttons[index].setChecked(True)
        return True

    def focus_target(self) -> QPushButton | None:
        checked = self.group.checkedButton()
        return checked if isinstance(checked, QPushButton) else next(iter(self.buttons.values()), None)

    def set_current(self, on: bool) -> None:
        """The statement the keys answer: framed, so everyone sees where the input goes."""
        self.setProperty("current", on)
        self.setStyleSheet(f"#{self.objectName()} {{ border: 3px solid #1f4e9e; border-radius: 6px; }}" if on else "")


class AnswerView(QWidget):
    confirmed = Signal(int, object, str)  # participant id, {item id: value}, comment
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerView")
        self.setStyleSheet(style.answer_button_sheet())
        # A style sheet on the view stops font inheritance from the page: set it here.
        self.setFont(style.font(self, style.BODY_PT))
        self.participant_id: int | None = None
        self.person_name = ""
        self.rows: list[AnswerRow] = []
        self.who = style.plain_label("", self, style.TITLE_PT, bold=True)
        self.who.setObjectName("answerWho")
        self.instruction = style.plain_label("", self, style.BODY_PT)
        self.scroll_area, self.body, self.body_layout = style.scrolling_column(self, 12)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setObjectName("answerComment")
        # Said where people type: the comment is projected after the reveal (without a name).
        self.comment_edit.setPlaceholderText(self.tr("Kommentar (optional) – wird nach dem Aufdecken allen gezeigt, ohne Namen"))
        self.comment_edit.setToolTip(self.comment_edit.placeholderText())
        self.comment_edit.setAccessibleName(self.tr("Kommentar"))
        self.comment_edit.setMinimumHeight(style.TOUCH)
        self.comment_edit.setFont(style.font(self.comment_edit, style.BODY_PT + 1))
        self.status = style.plain_label("", self, style.BODY_PT, bold=True)
        self.status.setObjectName("answerStatus")
        # Which statement is still open, and a jump there (also the Enter key).
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("jumpToOpen")
        self.open_button.setMinimumHeight(style.TOUCH)
        self.open_button.setFont(style.font(self.open_button, style.BODY_PT))
        self.open_button.clicked.connect(self.jump_to_open)
        self.keys_hint = style.plain_label("", self, style.BODY_PT - 1)
        self.keys_hint.setStyleSheet(f"color: {theme.css(theme.MUTED)};")
        self.current = -1
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)
        self.cancel_button.setMinimumHeight(style.TOUCH)
        self.cancel_button.setFont(style.font(self.cancel_button, style.BODY_PT + 1))
        self.cancel_button.clicked.connect(self._cancel)
        self.confirm_button = QPushButton(self.tr("Bestätigen"), self)
        self.confirm_button.setObjectName("confirmAnswers")
        self.confirm_button.setMinimumHeight(style.TOUCH + 8)
        self.confirm_button.setMinimumWidth(240)
        self.confirm_button.setFont(style.font(self.confirm_button, style.STATEMENT_PT, bold=True))
        self.confirm_button.clicked.connect(self._confirm)
        footer = QHBoxLayout()
        footer.addWidget(self.comment_edit, 1)
        footer.addWidget(self.status)
        footer.addWidget(self.open_button)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.instruction)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(footer)

    def begin(self, person: model.Participant, items: list[model.CatalogItem], scale: list[str], correction: bool) -> None:
        self.clear()
        self.participant_id = person.id
        self.person_name = person.name
        self.who.setText(self.tr("Einschätzung von {name}").format(name=person.name))
        kinds = {item.scale for item in items}
        if kinds <= {scales.TICK}:
            text = self.tr("Trifft die Aussage auf Ihre Kommune zu? Wählen Sie bei jeder Aussage eine Antwort.")
        else:
            text = self.tr(
                "Wie nah ist Ihre Kommune diesem Kriterium? Wählen Sie bei jeder Frage die passende Stufe; "
                "offene Fragen besprechen Sie anschließend gemeinsam."
            )
        if correction:
            text = self.tr("Neue Eingabe: Ihre bisherigen Antworten werden beim Bestätigen ersetzt.") + " " + text
        self.instruction.setText(text)
        topic = None
        for item in items:
            if item.topic != topic:
                topic = item.topic
                head = style.plain_label(topic, self.body, style.STATEMENT_PT + 1, bold=True)
                head.setProperty("topicHeading", True)
                self.body_layout.addWidget(head)
            row = AnswerRow(item, scale, self.body)
            row.changed.connect(self._update_status)
            for button in row.buttons.values():
                button.installEventFilter(self)
                button.clicked.connect(lambda *_, r=row: self._answered_by_click(r))
            self.body_layout.addWidget(row)
            self.rows.append(row)
        self.body_layout.addStretch(1)
        self.scroll_area.verticalScrollBar().setValue(0)
        n = len(scale)
        self.keys_hint.setText(
            self.tr("Tasten: 1–{n} antworten und weiter · ↑ ↓ andere Aussage · Enter: zur nächsten offenen "
                    "oder bestätigen").format(n=n)
            if n
            else ""
        )
        # Reading order for Tab: every statement's controls, then comment, jump, cancel, confirm.
        chain: list[QWidget] = [w for row in self.rows for w in row.findChildren(QPushButton)]
        chain += [self.comment_edit, self.open_button, self.cancel_button, self.confirm_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.current = -1
        self._set_current(0, focus=False)
        self._update_status()

    def clear(self) -> None:
        """Remove every trace of the last person: rows, choices, comment, name."""
        style.clear_layout(self.body_layout)
        self.rows = []
        self.participant_id = None
        self.comment_edit.clear()
        self.who.clear()
        self.instruction.clear()
        self.status.clear()
        self.keys_hint.clear()
        self.current = -1

    def values(self) -> dict[int, str]:
        return {style.stored_id(row.item): v for row in self.rows if (v := row.value()) is not None}

    def missing(self) -> int:
        return sum(row.answerable and row.value() is None for row in self.rows)

    def _update_status(self) -> None:
        missing = self.missing()
        self.confirm_button.setEnabled(bool(self.rows) and not missing)
        if not any(row.answerable for row in self.rows):
            self.confirm_button.setEnabled(bool(self.rows))
        self.status.setText(self.tr("noch %n offen", "", missing) if missing else self.tr("alles beantwortet"))
        first = self.first_open()
        self.open_button.setVisible(first is not None)
        if first is not None:
            self.open_button.setText(self.tr("Zu {code} (offen)").format(code=self.rows[first].item.code or first + 1))

    # --- keyboard: answer, advance, jump ------------------------------------------

    def first_open(self, after: int = -1) -> int | None:
        """The next statement without an answer after ``after`` (wrapping round), or None."""
        n = len(self.rows)
        for step in range(1, n + 1):
            k = (after + step) % n
            if self.rows[k].value() is None:
                return k
        return None

    def _set_current(self, index: int, focus: bool = True) -> None:
        if not self.rows:
            return
        index = max(0, min(len(self.rows) - 1, index))
        if 0 <= self.current < len(self.rows):
            self.rows[self.current].set_current(False)
        self.current = index
        row = self.rows[index]
        row.set_current(True)
        self.scroll_area.ensureWidgetVisible(row, 0, 24)
        target = row.focus_target()
        if focus and target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def jump_to_open(self) -> None:
        """To the first statement still without an answer (the one the footer names)."""
        k = self.first_open()
        if k is not None:
            self._set_current(k)

    def _advance(self) -> None:
        """After an answer: on to the next open statement, or to "Bestätigen" when all are done."""
        k = self.first_open(self.current)
        if k is None:
            self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._set_current(k)

    def _answered_by_click(self, row: AnswerRow) -> None:
        # A tap marks the row as the current one; the keys go on from there.
        if row in self.rows:
            index = self.rows.index(row)
            if index != self.current:
                if 0 <= self.current < len(self.rows):
                    self.rows[self.current].set_current(False)
                self.current = index
                row.set_current(True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(obj, event)
        return False

    def _row_of(self, obj: QObject) -> int:
        for k, row in enumerate(self.rows):
            if obj in row.buttons.values():
                return k
        return self.current

    def _key(self, obj: QObject, event: QKeyEvent) -> bool:
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        index = self._row_of(obj)
        if index != self.current and index >= 0:
            self._set_current(index, focus=False)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            if self.rows and self.rows[self.current].choose(key - Qt.Key.Key_1):
                self._advance()
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Select) and isinstance(obj, QPushButton):
            obj.setChecked(True)
            self._advance()
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and isinstance(obj, QPushButton):
            # Along the scale, whatever rows the options wrapped into.
            buttons = list(self.rows[self.current].buttons.values())
            if obj in buttons:
                step = 1 if key == Qt.Key.Key_Right else -1
                buttons[(buttons.index(obj) + step) % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        if key == Qt.Key.Key_Down:
            self._set_current(self.current + 1)
            return True
        if key == Qt.Key.Key_Up:
            self._set_current(self.current - 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.missing():
                self.jump_to_open()
            else:
                self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        """Tab stays in the form during a turn: after "Bestätigen" it comes round to the top.

        Leaving it would land in the workshop header or the step bar (a Space there
        changed the Kommune), which belong to the moderator.
        """
        focus = QApplication.focusWidget()
        chain = [w for w in self._focusable() if w.isVisible() and w.isEnabled()]
        if not chain or focus not in chain:
            return super().focusNextPrevChild(next)
        k = chain.index(focus)
        if next and k == len(chain) - 1:
            chain[0].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if not next and k == 0:
            chain[-1].setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    def _focusable(self) -> list[QWidget]:
        out: list[QWidget] = []
        widget = self.nextInFocusChain()
        seen = set()
        while widget is not None and id(widget) not in seen:
            seen.add(id(widget))
            if self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                out.append(widget)
            widget = widget.nextInFocusChain()
            if widget is self:
                break
        return out

    def _confirm(self) -> None:
        if self.participant_id is None or self.missing():
            return
        self.confirmed.emit(self.participant_id, self.values(), self.comment_edit.text())

    def _cancel(self) -> None:
        if not self.values() and not self.comment_edit.text():
            self.cancelled.emit()
            return
        style.ask(
            self,
            self.tr("Abbrechen"),
            self.tr("Die Eingaben verwerfen? Es wird nichts gespeichert."),
            "confirmCancelAnswers",
            self.cancelled.emit,
        )


class HandoverView(QWidget):
    """The neutral page between two people: nothing on it depends on who answered what."""

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverView")
        thanks = style.plain_label(self.tr("Vielen Dank! Ihre Einschätzung ist gespeichert."), self, style.TITLE_PT)
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QLabel(self.tr("Weiter an die nächste Person"), self)
        big.setFont(style.font(big, style.HUGE_PT, bold=True))
        big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Weiter"), self)
        self.next_button.setObjectName("handoverNext")
        self.next_button.setMinimumSize(320, style.TOUCH + 24)
        self.next_button.setFont(style.font(self.next_button, style.TITLE_PT, bold=True))
        self.next_button.clicked.connect(self.next_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(big)
        layout.addWidget(thanks)
        layout.addSpacing(40)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
