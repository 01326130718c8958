"""The editable workshop header: title, Kommune, date, place, moderator, participants."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.domain import action_rules
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text, problem_text
from fh_desktop.ui.common.store_signals import StoreSignals
from fh_desktop.ui.actions.date_field import DateField


class WorkshopHeader(QWidget):
    participants_requested = Signal()

    def __init__(self, wf: WorkshopFile, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopHeader")
        self._wf = wf
        self._signals = signals
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Titel des Workshops"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_edit.setFont(font)
        # What the room sees instead of the edit box while presenting: the whole title, wrapped.
        self.title_label = QLabel(self)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setFont(font)
        self.title_label.hide()
        self.title_edit.textChanged.connect(self.title_label.setText)
        self.kommune_edit = QLineEdit(self)
        self.kommune_edit.setPlaceholderText(self.tr("Kommune"))
        # Typed as TT.MM.JJJJ ("12.03.2026", "1.4.27") or picked in a calendar that opens
        # at the set date (or today); empty means no date yet. Made right after the
        # Kommune: the focus chain then runs through it in reading order (see WorkshopView).
        self.date_edit = DateField(self)
        self.date_edit.setObjectName("workshopDate")
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("Ort"))
        self.moderator_edit = QLineEdit(self)
        self.moderator_edit.setPlaceholderText(self.tr("Moderation"))
        self.participants_button = QPushButton(self)
        self.participants_button.setObjectName("participantsButton")
        self.participants_button.clicked.connect(self.participants_requested)
        self.message = QLabel(self)
        self.message.setStyleSheet(f"color: {theme.css(theme.ERROR)};")

        self._fields = {
            "title": self.title_edit,
            "kommune": self.kommune_edit,
            "place": self.place_edit,
            "moderator": self.moderator_edit,
        }
        for name, (label, edit) in zip(
            self._fields,
            [
                (self.tr("Titel"), self.title_edit),
                (self.tr("Kommune"), self.kommune_edit),
                (self.tr("Ort"), self.place_edit),
                (self.tr("Moderation"), self.moderator_edit),
            ],
            strict=True,
        ):
            edit.setAccessibleName(label)
            # Persist on every keystroke: nothing typed is lost, whatever happens next.
            edit.textEdited.connect(lambda text, n=name: self._save(**{n: text}))
        self.date_edit.line.setAccessibleName(self.tr("Datum"))
        self.date_edit.edited.connect(self._date_changed)

        grid = QGridLayout(self)
        self.grid = grid
        grid.setContentsMargins(8, 4, 8, 4)
        grid.addWidget(self.title_edit, 0, 0, 1, 6)
        grid.addWidget(self.title_label, 0, 0, 1, 6)
        grid.addWidget(self.kommune_edit, 1, 0)
        grid.addWidget(self.date_edit, 1, 1)
        grid.addWidget(self.place_edit, 1, 2)
        grid.addWidget(self.moderator_edit, 1, 3)
        grid.addWidget(self.participants_button, 1, 4)
        grid.addWidget(self.message, 2, 0, 1, 6)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)

        signals.changed.connect(self._store_changed)
        self.reload()

    def set_presentation(self, on: bool, keep_free_right: int = 0) -> None:
        """For the room the title is a heading, not an editable box, and leaves room at the right.

        ``keep_free_right``: the width of what lies over the header's right end there (the
        "Präsentation beenden" button), so it never covers the title.
        """
        self.title_label.setText(self.title_edit.text())
        self.title_label.setVisible(on)
        self.title_edit.setVisible(not on)
        self.grid.setContentsMargins(8, 4, 8 + (keep_free_right if on else 0), 4)

    def reload(self) -> None:
        w = self._wf.meta.workshop()
        for name, edit in self._fields.items():
            if edit.text() != getattr(w, name):
                edit.setText(getattr(w, name))
        try:
            same = self.date_edit.date() == w.date  # "1.4.27" typed for the stored day stays as typed
        except action_rules.DateParseError:
            same = False
        if not same:
            self.date_edit.set_date(w.date)
        self._update_participants()

    def _update_participants(self) -> None:
        people = self._wf.meta.participants()
        self.participants_button.setText(self.tr("Teilnehmende: %n …", "", len(people)))

    def _date_changed(self) -> None:
        try:
            value = self.date_edit.date()
        except action_rules.DateParseError as exc:
            self.message.setText(problem_text(exc.problem("date")))
            return
        self._save(date=value)

    def _save(self, **values: object) -> None:
        current = self._wf.meta.workshop()
        old = {name: getattr(current, name) for name in values}
        if old == values:
            return
        # Typing in one field is one undo step (until another field is edited).
        key = ("workshop", tuple(sorted(values)))
        try:
            self._signals.commands.call(
                self.tr("Workshopangaben ändern"),
                lambda: self._wf.meta.update_workshop(**values),
                lambda: self._wf.meta.update_workshop(**old),
                merge_key=key,
                raise_error=True,
            )
            self.message.clear()
        except FhError as exc:
            self.message.setText(error_text(exc))

    def _store_changed(self, event: StoreEvent) -> None:
        if event.topic is Topic.PARTICIPANT:
            self._update_participants()
        elif event[:2] == (Topic.WORKSHOP, Op.RESET):
            self.reload()
