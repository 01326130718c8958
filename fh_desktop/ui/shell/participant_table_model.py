"""Participants as an editable Qt table (name, Fachbereich/Funktion, Beobachtung)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fh_desktop.domain import model
from fh_desktop.domain.errors import FhError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.common.commands import StoreCommand, WorkshopCommands

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_ROLE, COL_OBSERVER = range(3)
ObjectRole = Qt.ItemDataRole.UserRole + 1
MSG_HAS_ANSWERED = QT_TRANSLATE_NOOP(
    "errors", "Diese Person hat inzwischen geantwortet; das Hinzufügen lässt sich nicht mehr rückgängig machen."
)


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, wf: WorkshopFile, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._wf = wf
        self._commands = WorkshopCommands.of(wf)
        self._rows: list[model.Participant] = []
        self.last_error: FhError | None = None
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._wf.meta.participants()
        self.endResetModel()

    def participant(self, row: int) -> model.Participant:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name oder Kürzel"), self.tr("Fachbereich / Funktion"), self.tr("hospitiert (ohne Einschätzung)"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_OBSERVER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        col = index.column()
        if role == ObjectRole:
            return p
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NAME:
                return p.name
            if col == COL_ROLE:
                return p.role
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_OBSERVER:
            return Qt.CheckState.Checked if p.is_observer else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_OBSERVER:
            return self.tr("Beobachtende nehmen teil, geben aber keine Einschätzung in der Checkliste ab.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if not index.isValid():
            return False
        p = self._rows[index.row()]
        col = index.column()
        if col == COL_OBSERVER and role == Qt.ItemDataRole.CheckStateRole:
            values: dict[str, Any] = {"is_observer": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole and col in (COL_NAME, COL_ROLE):
            values = {"name" if col == COL_NAME else "role": str(value)}
        else:
            return False
        old = {name: getattr(p, name) for name in values}
        pid = p.id
        assert pid is not None  # the table's rows are read from the file
        try:
            self._commands.call(
                self.tr("Teilnehmende ändern"),
                lambda: self._wf.meta.update_participant(pid, **values),
                lambda: self._wf.meta.update_participant(pid, **old),
                raise_error=True,
            )
        except FhError as exc:
            self.last_error = exc
            return False
        self.last_error = None
        self._rows[index.row()] = next(q for q in self._wf.meta.participants() if q.id == pid)
        self.dataChanged.emit(index, index)
        return True

    def add(self, name: str, role: str = "") -> int:
        command = AddParticipantCommand(self._wf, name, role)
        self._commands.push(command, raise_error=True)
        p = command.stored()  # push raised if the command failed
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(p)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        pid = self._rows[row].id
        assert pid is not None  # the table's rows are read from the file
        # Their answers go with them: no undo brings a person back, the history is cleared.
        self._commands.irreversible(self.tr("Teilnehmende entfernen"), lambda: self._wf.meta.remove_participant(pid))
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()


class AddParticipantCommand(StoreCommand):
    """Add a person; undo takes them out again, but never once they have answered."""

    def __init__(self, wf: WorkshopFile, name: str, role: str) -> None:
        from PySide6.QtCore import QCoreApplication

        super().__init__(QCoreApplication.translate("ParticipantTableModel", "Teilnehmende hinzufügen"))
        self.wf = wf
        self.name, self.role = name, role
        self.added: model.Participant | None = None

    def apply(self) -> None:
        self.added = self.wf.meta.add_participant(self.name, self.role)

    def stored(self) -> model.Participant:
        """The person as the store holds them, with their id (once the command has run)."""
        assert self.added is not None
        return self.added

    def revert(self) -> None:
        if self.added is None:
            return
        pid = self.added.id
        assert pid is not None  # add_participant hands back the stored person
        if any(s.participant_id == pid for s in self.wf.checklist.submissions()):
            raise ValidationError(MSG_HAS_ANSWERED)
        self.wf.meta.remove_participant(pid)
