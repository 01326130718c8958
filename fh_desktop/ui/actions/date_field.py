"""A date typed the German way (TT.MM.JJJJ), or picked from a calendar; empty is allowed.

A ``QDateEdit`` cannot be empty and fights people who type "1.4.27"; this field keeps
the typed text as it is and only reports a date once the text makes one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from fh_desktop.domain import action_rules
from fh_desktop.ui.common import translation


class DateField(QWidget):
    """``edited()`` fires when the person finished typing (Enter, leaving) or picked a day."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(40)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Kalender"))
        self.button.setToolTip(self.tr("Datum im Kalender auswählen"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Tab goes from date to date; typing is the fast way, the calendar is for the mouse.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(translation.locale())  # typed dates stay TT.MM.JJJJ in either language
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.line.editingFinished.connect(self._finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._last_finished = ""

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str) -> None:
        if self.line.text() != text:
            self.line.setText(text)
        self._last_finished = text

    def set_date(self, value: dt.date | None) -> None:
        self.set_text(action_rules.format_date(value))

    def date(self) -> dt.date | None:
        """The typed date; raises ``action_rules.DateParseError`` if the text is none."""
        return action_rules.parse_date(self.line.text())

    def _finished(self) -> None:
        # editingFinished also fires when focus just passes through; report real changes only.
        if self.line.text() != self._last_finished:
            self._last_finished = self.line.text()
            self.edited.emit()

    def _prepare_calendar(self) -> None:
        try:
            value = self.date()
        except action_rules.DateParseError:
            value = None
        day = value or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, day: QDate) -> None:
        self.button.menu().hide()
        self.set_text(action_rules.format_date(dt.date(day.year(), day.month(), day.day())))
        self.edited.emit()
