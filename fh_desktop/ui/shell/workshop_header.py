"""The editable workshop header: title, Kommune, date, place, moderator, participants."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text
from fh_desktop.ui.common.store_signals import StoreSignals

NO_DATE = QDate(2000, 1, 1)  # shown as "–": a workshop without a date yet


class HeaderDateEdit(QDateEdit):
    """A date field that Tab leaves, like every other field of the header.

    ``QDateEdit`` uses Tab to step through day, month and year; while it shows the "–"
    of a missing date it keeps the focus for ever, a trap for keyboard users. Typing
    "." or the arrow keys still move between the parts.
    """

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        return QWidget.focusNextPrevChild(self, next)


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
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("Ort"))
        self.moderator_edit = QLineEdit(self)
        self.moderator_edit.setPlaceholderText(self.tr("Moderation"))
        self.date_edit = HeaderDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText("–")
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
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.date_edit.dateChanged.connect(self._date_changed)

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
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(w.date.year, w.date.month, w.date.day) if w.date else NO_DATE)
        self.date_edit.blockSignals(False)
        self._update_participants()

    def _update_participants(self) -> None:
        people = self._wf.meta.participants()
        self.participants_button.setText(self.tr("Teilnehmende: %n …", "", len(people)))

    def _date_changed(self, date: QDate) -> None:
        value = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
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
