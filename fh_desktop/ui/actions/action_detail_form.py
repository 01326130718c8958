"""All fields of one action, stored as they are typed, with inline validation messages.

Each keystroke is one ``ActionCommands.edit`` (typing in one field merges into one undo
step until the field is left). Problems from ``domain.action_rules`` appear under the
field they concern; the typed text always stays in the field. What cannot be stored at
all (a date that is none, a text over the limit) stays in the field too, with its
message, and is remembered per action while the window is open ("draft").

Ctrl+Z/Ctrl+Y in a field go to the workshop's undo stack (not to the field's own undo),
so there is one history for everything on this step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import action_rules, action_style, enums, model
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain.errors import FhError
from fh_desktop.ui.actions.action_links_box import ActionLinksBox
from fh_desktop.ui.actions.action_table_model import priority_label, status_label
from fh_desktop.ui.common.errors import problem_text
from fh_desktop.ui.actions.commands import ActionCommands, field_label
from fh_desktop.ui.actions.date_field import DateField
from fh_desktop.ui.actions.link_targets import LinkTargets
from fh_desktop.ui.actions.growing_text_edit import GrowingTextEdit, TitleEdit
from fh_desktop.ui.common.errors import error_text
from fh_desktop.ui.cycle.review_dialog import origin_text

LINE_FIELDS = ("responsible", "involved", "dimension", "working_group")
TEXT_FIELDS = ("title", "goal", "description", "resources", "indicator", "progress")
DATE_FIELDS = ("start", "due", "review_on")
CHOICE_FIELDS = ("priority", "status", "level")
_WARNING_COLOR = "#8a5a00"
# Focus coming back from a completer popup or another window continues the same typing.
_PASSING_FOCUS = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class _FieldHistoryFilter(QObject):
    """Counts focus-ins (a new typing session = a new undo step) and hands Ctrl+Z/Y to the window."""

    def __init__(self, on_focus: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_focus = on_focus

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn and event.reason() not in _PASSING_FOCUS:  # type: ignore[attr-defined]
            self._on_focus()
        elif event.type() == QEvent.Type.ShortcutOverride:
            key: QKeyEvent = event  # type: ignore[assignment]
            if key.matches(QKeySequence.StandardKey.Undo) or key.matches(QKeySequence.StandardKey.Redo):
                return True  # consumed, not accepted: the window's undo shortcut fires
            if key.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y):
                return True
        return False


class _CompleterTab(QObject):
    """Tab (or Shift+Tab) in a completer's popup: ``on_tab(text or None, forward)``."""

    def __init__(self, completer: QCompleter, on_tab: Callable[[str | None, bool], None], parent: QObject) -> None:
        super().__init__(parent)
        self._completer = completer
        self._on_tab = on_tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        popup = self._completer.popup()
        assert popup is not None  # the filter sits on the completer's popup
        index = popup.currentIndex()
        text = str(index.data(self._completer.completionRole())) if index.isValid() else None
        popup.hide()
        forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
        self._on_tab(text, forward)
        return True


class ActionDetailForm(QWidget):
    navigate_requested = Signal(str, int)  # CARD or ITEM, id

    def __init__(self, commands: ActionCommands, targets: LinkTargets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionDetailForm")
        self._commands = commands
        self._targets = targets
        self._action: model.Action | None = None
        self._loading = False
        self._session = 0
        self._drafts: dict[tuple[int, str], tuple[str, str]] = {}  # (id, field) -> (text, message)
        self.today: Callable[[], dt.date] = dt.date.today
        self._build()

    # --- building ---------------------------------------------------------------

    def _build(self) -> None:
        history = _FieldHistoryFilter(self._new_session, self)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.title_edit = TitleEdit(self)
        self.title_edit.setObjectName("actionTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("Was soll getan werden?"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.title_edit.textChanged.connect(lambda: self._commit_text("title", self.title_edit.text()))
        self.editors["title"] = self.title_edit
        self.responsible_edit = QLineEdit(self)
        self.responsible_edit.setPlaceholderText(self.tr("Stelle oder Person, z. B. Jugendhilfeplanung"))
        self.editors["responsible"] = self.responsible_edit
        self.involved_edit = QLineEdit(self)
        self.involved_edit.setPlaceholderText(self.tr("Wer wirkt mit?"))
        self.editors["involved"] = self.involved_edit
        self.dimension_edit = QLineEdit(self)
        self.dimension_edit.setPlaceholderText(self.tr("z. B. QD 4 · 1.5 oder Prüfkriterium 4.1.1"))
        self.editors["dimension"] = self.dimension_edit
        self.working_group_edit = QLineEdit(self)
        self.working_group_edit.setPlaceholderText(self.tr("Kleingruppe oder die zwei Fachbereiche, die zusammen planen"))
        self.editors["working_group"] = self.working_group_edit
        for name in LINE_FIELDS:
            edit: QLineEdit = self.editors[name]  # type: ignore[assignment]
            edit.setMaxLength(action_rules.MAX_TEXT)
            edit.textEdited.connect(lambda text, n=name: self._commit_text(n, text))
            edit.returnPressed.connect(self.focusNextChild)
        self.responsible_completer = QCompleter(self)
        self.responsible_completer.setModel(QStringListModel(self))
        self.responsible_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.responsible_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.responsible_edit.setCompleter(self.responsible_completer)
        # Picking a suggestion replaces the text without textEdited.
        self.responsible_completer.activated.connect(lambda text: self._commit_text("responsible", text))
        # QCompleter's popup eats Tab (no completion, no next field): take the highlighted
        # suggestion, if any, and move on like Tab does everywhere else.
        self._completer_tab = _CompleterTab(self.responsible_completer, self._complete_and_move, self)
        popup = self.responsible_completer.popup()
        assert popup is not None  # QCompleter makes its default popup when first asked
        popup.installEventFilter(self._completer_tab)
        placeholders = {
            "goal": self.tr("Welches Ziel wird damit verfolgt?"),
            "description": self.tr("Schritte, Absprachen, Hintergründe"),
            "resources": self.tr("Zeit, Geld, Personal, Räume …"),
            "indicator": self.tr("Woran erkennen wir, dass es gelungen ist?"),
            "progress": self.tr("Was ist bisher geschehen? (Wiedervorlage im Folgeworkshop)"),
        }
        for name in TEXT_FIELDS[1:]:
            text_edit = GrowingTextEdit(self, min_lines=2, max_lines=8)
            text_edit.setPlaceholderText(placeholders[name])
            text_edit.textChanged.connect(lambda n=name, e=text_edit: self._commit_text(n, e.toPlainText()))
            self.editors[name] = text_edit
        for name in DATE_FIELDS:
            field = DateField(self)
            field.edited.connect(lambda n=name: self._commit_date(n))
            field.line.textEdited.connect(lambda text, n=name: self._commit_date_while_typing(n, text))
            self.editors[name] = field
        self.start_field: DateField = self.editors["start"]  # type: ignore[assignment]
        self.due_field: DateField = self.editors["due"]  # type: ignore[assignment]
        for name, codes, label in (
            ("priority", enums.Priority.ALL, priority_label),
            ("status", enums.Status.ALL, status_label),
        ):
            combo = QComboBox(self)
            colors = action_style.PRIORITY_COLORS if name == "priority" else action_style.STATUS_COLORS
            for code in codes:
                combo.addItem(label(code), code)
                combo.setItemData(combo.count() - 1, QBrush(QColor(colors[code])), Qt.ItemDataRole.BackgroundRole)
            combo.activated.connect(lambda _i, n=name, c=combo: self._commit(n, c.currentData()))
            self.editors[name] = combo
        level = QComboBox(self)
        level.setObjectName("actionLevel")
        level.addItem(self.tr("(nicht festgelegt)"), "")
        for code in catalog_format.LEVELS:
            level.addItem(QCoreApplication.translate("enums", catalog_format.LEVEL_LABELS[code]), code)
        level.activated.connect(lambda _i, c=level: self._commit("level", c.currentData()))
        self.editors["level"] = level
        self.committee_box = QCheckBox(self.tr("Vorlage an Ausschuss oder Rat/Kreistag"), self)
        self.committee_box.setObjectName("actionNeedsCommittee")
        self.committee_box.toggled.connect(lambda on: self._commit("needs_committee", bool(on)))
        self.editors["needs_committee"] = self.committee_box
        self.priority_combo: QComboBox = self.editors["priority"]  # type: ignore[assignment]
        self.status_combo: QComboBox = self.editors["status"]  # type: ignore[assignment]
        self.links_box = ActionLinksBox(self._targets, self)
        self.links_box.navigate_requested.connect(self.navigate_requested)
        self.links_box.links_chosen.connect(lambda items, cards: self._commit_links(items, cards))

        for name, editor in self.editors.items():
            editor.setAccessibleName(self._label(name))
            target = editor.focusProxy() or editor
            target.installEventFilter(history)
            message = QLabel(self)
            message.setObjectName(f"{name}Message")
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.setWordWrap(True)
            message.hide()
            self.messages[name] = message

        form = QFormLayout()
        self.form_layout = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in ("title", "goal", "description", "responsible", "involved"):
            form.addRow(self._row_label(name), self._with_message(name))
        for name in ("start", "due"):
            form.addRow(self._row_label(name), self._with_message(name))
        form.addRow(self._row_label("priority"), self._pair("priority", "status", self.tr("Status")))
        for name in ("resources", "indicator", "progress", "review_on", "dimension", "working_group", "level", "needs_committee"):
            form.addRow(self._row_label(name), self._with_message(name))
        self.origin_label = QLabel(self)  # "aus Workshop vom …, Nr. …" for a carried-over action
        self.origin_label.setObjectName("actionOrigin")
        self.origin_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.origin_label)
        self.links_message = QLabel(self)
        self.links_message.setObjectName("linksMessage")
        self.links_message.setTextFormat(Qt.TextFormat.PlainText)
        self.links_message.setWordWrap(True)
        self.links_message.setStyleSheet(f"color: {action_style.PROBLEM_COLOR};")
        self.links_message.hide()
        links = QWidget(self)
        links_column = QVBoxLayout(links)
        links_column.setContentsMargins(0, 0, 0, 0)
        links_column.addWidget(self.links_box)
        links_column.addWidget(self.links_message)
        form.addRow(self._row_label("links"), links)

        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Einzelheiten der Maßnahme"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll, self._body = scroll, body
        body.installEventFilter(self)  # its minimum width follows fonts and texts
        self._keep_body_whole()
        self.empty_hint = QLabel(
            self.tr(
                "Keine Maßnahme ausgewählt.\n\nNeue Maßnahmen: Titel in die Schnelleingabe unter der Tabelle "
                "tippen und Enter drücken – oder Enter in der letzten Zeile der Tabelle."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_hint)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setStyleSheet(
            f'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 2px solid {action_style.PROBLEM_COLOR}; }}'
        )
        self.set_action(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._body and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self._keep_body_whole()
        return super().eventFilter(watched, event)

    def _keep_body_whole(self) -> None:
        """The form is never narrower than its fields: the splitter takes the width from the
        table instead (at 1280x800 beside the sidebar the fields were cut at the right)."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        width = self._body.minimumSizeHint().width() + bar
        if self._scroll.minimumWidth() != width:
            self._scroll.setMinimumWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        # Narrow (a small window, or the splitter pulled): labels above the fields, so the
        # fields keep the whole width for the text.
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < 460
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if self.form_layout.rowWrapPolicy() != policy:
            self.form_layout.setRowWrapPolicy(policy)

    def _label(self, name: str) -> str:
        return self.tr("Bezüge") if name == "links" else field_label(name)

    def _row_label(self, name: str) -> QLabel:
        texts = {"start": self.tr("Beginn"), "due": self.tr("Zeitrahmen bis"), "priority": self.tr("Priorität")}
        label = QLabel(texts.get(name, self._label(name)), self)
        label.setStyleSheet("font-weight: bold;")
        if name in self.editors:
            label.setBuddy(self.editors[name])
        return label

    def _with_message(self, name: str) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.editors[name])
        column.addWidget(self.messages[name])
        return box

    def _pair(self, left: str, right: str, right_label: str) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._with_message(left), 1, Qt.AlignmentFlag.AlignTop)
        label = QLabel(right_label, self)
        label.setStyleSheet("font-weight: bold;")
        label.setBuddy(self.editors[right])
        label.setMinimumHeight(self.editors[right].sizeHint().height())  # level with the field's text
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._with_message(right), 1, Qt.AlignmentFlag.AlignTop)
        return box

    # --- showing an action ----------------------------------------------------------

    def action(self) -> model.Action | None:
        return self._action

    def set_action(self, action: model.Action | None) -> None:
        """Show another action (or none). Same id: refresh what the store now says."""
        if action is not None and self._action is not None and action.id == self._action.id:
            self.refresh(action)
            return
        self._action = action
        self.stack.setCurrentIndex(0 if action is None else 1)
        for editor in self.editors.values():
            editor.setEnabled(action is not None)
        self.links_box.set_action(action)
        self.links_message.hide()
        if action is not None:
            self._load(action)
        self._show_problems()

    def refresh(self, action: model.Action) -> None:
        self._action = action
        self._load(action)
        self.links_box.set_action(action)
        self._show_problems()

    def _complete_and_move(self, text: str | None, forward: bool) -> None:
        edit = self.responsible_edit
        if text is not None:  # the highlighted suggestion (already shown in the field by Qt)
            if text != edit.text():
                edit.setText(text)
            self._commit_text("responsible", text)
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        if forward:
            edit.focusNextChild()
        else:
            edit.focusPreviousChild()

    def set_responsible_suggestions(self, values: list[str]) -> None:
        self.responsible_completer.model().setStringList(values)  # type: ignore[attr-defined]

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.end()

    def show_rejected(self, ident: int, name: str, text: str, message: str) -> None:
        """An edit elsewhere (a table cell) could not be stored: keep its text here with the reason."""
        self._drafts[(ident, name)] = (text, message)
        if self._action is not None and self._action.id == ident:
            self._load(self._action)
            self._show_problems()
            self.editors[name].setFocus()

    def _load(self, action: model.Action) -> None:
        self._loading = True
        try:
            for name in LINE_FIELDS + TEXT_FIELDS + DATE_FIELDS:
                draft = self._drafts.get((action.id, name))  # type: ignore[arg-type]
                text = draft[0] if draft else self._stored_text(action, name)
                self._set_editor_text(name, text)
            for name in CHOICE_FIELDS:
                combo: QComboBox = self.editors[name]  # type: ignore[assignment]
                combo.setCurrentIndex(max(0, combo.findData(getattr(action, name))))
            self.committee_box.setChecked(action.needs_committee)
            self.origin_label.setText(origin_text(action))
            self.origin_label.setVisible(action.origin_number is not None)
        finally:
            self._loading = False

    @staticmethod
    def _stored_text(action: model.Action, name: str) -> str:
        value = getattr(action, name)
        return action_rules.format_date(value) if name in DATE_FIELDS else value

    def _set_editor_text(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
        elif isinstance(editor, DateField):
            # A date typed differently ("1.4.27") but meaning the stored day stays as typed.
            try:
                same = editor.date() == action_rules.parse_date(text)
            except action_rules.DateParseError:
                same = False
            if not same:
                editor.set_text(text)
        elif editor.text() != text:  # type: ignore[attr-defined]
            editor.setText(text)  # type: ignore[attr-defined]
            if not editor.hasFocus():
                editor.setCursorPosition(0)  # type: ignore[attr-defined] # show the start of a long title

    # --- storing --------------------------------------------------------------------

    def _new_session(self) -> None:
        self._session += 1

    def _commit_text(self, name: str, text: str) -> None:
        if self._loading or self._action is None:
            return
        self._commit(name, text, merge=True, typed=text)

    def _commit_date(self, name: str) -> None:
        """The person has finished the date (Enter, leaving the field, calendar): store or explain."""
        if self._loading or self._action is None:
            return
        field: DateField = self.editors[name]  # type: ignore[assignment]
        try:
            value = field.date()
        except action_rules.DateParseError as exc:
            self._drafts[(self._action.id, name)] = (field.text(), problem_text(exc.problem(name)))  # type: ignore[index]
            self._show_problems()
            return
        self._commit(name, value, merge=True, typed=field.text())

    def _commit_date_while_typing(self, name: str, text: str) -> None:
        """Store a date as soon as it is complete, so a crash mid-field loses nothing.

        Only a full four-digit year counts here: "1.4.20" on the way to "1.4.2027" must not
        be stored as 2020. Messages wait until the field is finished.
        """
        if self._loading or self._action is None or not action_rules.is_complete_date(text):
            return
        self._commit(name, action_rules.parse_date(text), merge=True, typed=text)

    def _commit_links(self, items: list[int], cards: list[int]) -> None:
        if self._action is None:
            return
        try:
            self._commands.edit(self._action.id, {"item_ids": items, "card_ids": cards})  # type: ignore[arg-type]
        except FhError as exc:  # e.g. a card deleted on the board meanwhile
            self.links_message.setText(error_text(exc))
            self.links_message.show()
        else:
            self.links_message.hide()

    def _commit(self, name: str, value: Any, *, merge: bool = False, typed: str | None = None) -> None:
        if self._loading or self._action is None:
            return
        ident = self._action.id
        key = (ident, name, self._session) if merge else None
        try:
            self._commands.edit(ident, {name: value}, merge_key=key)  # type: ignore[arg-type]
        except FhError as exc:
            self._drafts[(ident, name)] = (typed if typed is not None else str(value), error_text(exc))  # type: ignore[index]
        else:
            self._drafts.pop((ident, name), None)  # type: ignore[arg-type]
        self._show_problems()

    # --- messages -------------------------------------------------------------------

    def problems(self) -> dict[str, list[tuple[str, str]]]:
        """field -> [(severity, message)] as shown now (drafts first, then the rules)."""
        out: dict[str, list[tuple[str, str]]] = {}
        if self._action is None:
            return out
        for (ident, name), (_, message) in self._drafts.items():
            if ident == self._action.id:
                out.setdefault(name, []).append((action_rules.ERROR, message))
        for p in action_rules.validate_action(self._action, today=self.today()):
            # validate_action names the field of each problem it finds
            if p.field is not None and (self._action.id, p.field) not in self._drafts:
                out.setdefault(p.field, []).append((p.severity, problem_text(p)))
        return out

    def _show_problems(self) -> None:
        shown = self.problems()
        for name, label in self.messages.items():
            entries = shown.get(name, [])
            label.setText("\n".join(f"⚠ {message}" for _, message in entries))
            label.setVisible(bool(entries))
            is_error = any(sev == action_rules.ERROR for sev, _ in entries)
            label.setStyleSheet(f"color: {action_style.PROBLEM_COLOR if is_error else _WARNING_COLOR};")
            editor = self.editors[name]
            target = editor.line if isinstance(editor, DateField) else editor
            if bool(target.property("invalid")) != is_error:
                target.setProperty("invalid", is_error)
                target.style().unpolish(target)
                target.style().polish(target)
