"""Managing the participants of the open workshop."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common import theme
from fh_desktop.ui.common.errors import error_text
from fh_desktop.ui.shell.participant_table_model import ParticipantTableModel


class ParticipantsDialog(QDialog):
    def __init__(self, wf: WorkshopFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teilnehmende"))
        self.setObjectName("participantsDialog")
        self.resize(720, 480)
        self.model = ParticipantTableModel(wf, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name oder Kürzel"))
        self.name_edit.setAccessibleName(self.tr("Name der neuen Person"))
        self.role_edit = QLineEdit(self)
        self.role_edit.setPlaceholderText(self.tr("Fachbereich / Funktion"))
        self.role_edit.setAccessibleName(self.tr("Fachbereich der neuen Person"))
        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.add_button.setDefault(True)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.message = QLabel(self)
        self.message.setObjectName("participantMessage")
        self.message.setStyleSheet(f"color: {theme.css(theme.ERROR)};")
        self.message.setWordWrap(True)

        # Enter in either field presses the default button "Hinzufügen": once. (Also
        # connecting the fields' returnPressed added the person and then, the fields
        # emptied, said "Bitte einen Namen … angeben" for the second, empty add.)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.model.dataChanged.connect(lambda *_: self.message.clear())

        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 2)
        entry.addWidget(self.role_edit, 2)
        entry.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _add(self) -> None:
        try:
            self.model.add(self.name_edit.text(), self.role_edit.text())
        except FhError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.name_edit.clear()
        self.role_edit.clear()
        self.name_edit.setFocus()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows:
            return
        names = ", ".join(self.model.participant(r).name for r in rows)
        answer = QMessageBox.question(
            self,
            self.tr("Teilnehmende entfernen"),
            self.tr("{names} entfernen? Ihre Einschätzungen bleiben anonym in der Verteilung erhalten.").format(
                names=names
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            for r in rows:
                self.model.remove(r)
