"""Datei → Folgeworkshop anlegen …: the next workshop of the planning cycle.

The moderator picks the date, the title, the new file and which participants come
along; everything else (board, catalog, action plan, earlier results) follows
``domain.cycle.follow_up_data``. The new file is built beside its target and renamed
into place, so a failure leaves nothing half-written; the open workshop is only read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain import action_rules
from fh_desktop.domain.errors import FhError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.fileformat import SUFFIX
from fh_desktop.ui.actions.date_field import DateField
from fh_desktop.ui.common.errors import show_error

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

MSG_NO_NAME = QT_TRANSLATE_NOOP("errors", "Bitte einen Dateinamen für den Folgeworkshop angeben.")


def suggested_path(previous: Path, date: dt.date) -> Path:
    stem = previous.stem
    name = f"{stem} {date.isoformat()}{SUFFIX}"
    return previous.with_name(name)


class FollowUpDialog(QDialog):
    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Folgeworkshop anlegen"))
        self.wf = wf
        self.created: Path | None = None
        workshop = wf.meta.workshop()
        today = today or dt.date.today()
        intro = QLabel(
            self.tr(
                "Der Folgeworkshop übernimmt die Pinnwand, die Checkliste und den ganzen Maßnahmenplan. "
                "Die Ergebnisse dieses Workshops (Verteilungen, gemeinsame Einschätzungen, Notizen) reisen "
                "schreibgeschützt mit; Einzelantworten bleiben hier."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.date_edit = DateField(self)
        self.date_edit.setObjectName("followUpDate")
        self.date_edit.set_date(today)
        self._today = today
        self.title_edit = QLineEdit(workshop.title, self)
        self.title_edit.setObjectName("followUpTitle")
        self.path_edit = QLineEdit(str(suggested_path(wf.path, today)), self)
        self.path_edit.setObjectName("followUpPath")
        browse = QPushButton(self.tr("Wählen …"), self)
        browse.setObjectName("followUpBrowse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.people = QListWidget(self)
        self.people.setObjectName("followUpParticipants")
        for p in wf.meta.participants():
            item = QListWidgetItem(f"{p.name} ({p.role})" if p.role else p.name, self.people)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
        form = QFormLayout()
        form.addRow(self.tr("&Datum"), self.date_edit)
        form.addRow(self.tr("&Titel"), self.title_edit)
        form.addRow(self.tr("Neue Date&i"), path_row)
        form.addRow(self.tr("T&eilnehmende übernehmen"), self.people)
        for row, buddy in ((0, self.date_edit), (1, self.title_edit), (2, self.path_edit), (3, self.people)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(buddy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.addButton(self.tr("Folgeworkshop &anlegen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("followUpCreate")
        self.create_button.setDefault(True)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date_edit.edited.connect(self._date_changed)
        self._suggested = self.path_edit.text()
        self.resize(620, 520)

    def date(self) -> dt.date:
        """The typed date; today while the field is empty or not a date yet."""
        try:
            return self.date_edit.date() or self._today
        except action_rules.DateParseError:
            return self._today

    def chosen_participants(self) -> list[int]:
        out = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _date_changed(self) -> None:
        # Follow the date only while the moderator has not typed a name of their own.
        if self.path_edit.text() == self._suggested:
            self._suggested = str(suggested_path(self.wf.path, self.date()))
            self.path_edit.setText(self._suggested)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Folgeworkshop speichern unter"), self.path_edit.text(), f"*{SUFFIX}"
        )
        if name:
            self.path_edit.setText(name)

    def target(self) -> Path:
        text = self.path_edit.text().strip()
        if not text:
            raise ValidationError(MSG_NO_NAME)
        path = Path(text).expanduser()
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return path

    def _create(self) -> None:
        from fh_desktop.store.services.cycle import follow_up_from

        self._date_changed()

        try:
            target = self.target()
            self.created = follow_up_from(
                self.wf,
                target,
                date=self.date(),
                title=self.title_edit.text().strip(),
                participant_ids=self.chosen_participants(),
            )
        except FhError as exc:
            show_error(self, exc, self.tr("Folgeworkshop kann nicht angelegt werden"))
            return
        self.accept()
