"""The action plan as a Qt table: one row per action in the plan's order.

The model mirrors the store: ``sync()`` reads the plan again after every ``action``
event and tells the views exactly what changed (rows in/out, a new order as a layout
change so selections survive, narrow ``dataChanged`` for edits). Edits typed into a
cell go through ``ActionCommands`` (undoable); a refused one is announced with
``edit_rejected`` so the page can keep the typed text visible beside the message.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fh_desktop.domain import action_rules, action_style, enums, model
from fh_desktop.domain.errors import FhError
from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.ui.actions.commands import ActionCommands
from fh_desktop.ui.actions.link_targets import LinkTargets
from fh_desktop.ui.actions.plain_text import cell_text, plain_tooltip
from fh_desktop.ui.common.errors import error_text, problem_text

Index = QModelIndex | QPersistentModelIndex

(
    COL_NUMBER,
    COL_TITLE,
    COL_GOAL,
    COL_RESPONSIBLE,
    COL_INVOLVED,
    COL_START,
    COL_DUE,
    COL_PRIORITY,
    COL_STATUS,
    COL_DESCRIPTION,
    COL_RESOURCES,
    COL_INDICATOR,
    COL_LINKS,
) = range(13)
COLUMN_COUNT = 13

# Column -> Action field (the number and links columns are derived).
FIELDS = {
    COL_TITLE: "title",
    COL_GOAL: "goal",
    COL_RESPONSIBLE: "responsible",
    COL_INVOLVED: "involved",
    COL_START: "start",
    COL_DUE: "due",
    COL_PRIORITY: "priority",
    COL_STATUS: "status",
    COL_DESCRIPTION: "description",
    COL_RESOURCES: "resources",
    COL_INDICATOR: "indicator",
}
COLUMN_OF_FIELD = {name: col for col, name in FIELDS.items()}
# Editable in the cell itself; long texts are edited in the detail form.
CELL_EDITABLE = frozenset({COL_TITLE, COL_RESPONSIBLE, COL_INVOLVED, COL_START, COL_DUE, COL_PRIORITY, COL_STATUS})
DATE_COLUMNS = frozenset({COL_START, COL_DUE})
# The table is what the room reads; the form beside it shows every field of the current row.
# Shown at first: Nr., Maßnahme, Verantwortlich, Zeitrahmen bis, Priorität, Status (they fit
# a 1280 px screen beside the form); "Spalten …" above the table shows the others.
HIDDEN_BY_DEFAULT = (COL_GOAL, COL_INVOLVED, COL_START, COL_DESCRIPTION, COL_RESOURCES, COL_INDICATOR, COL_LINKS)

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the model.Action of the row
IdRole = Qt.ItemDataRole.UserRole + 2  # its id
SortRole = Qt.ItemDataRole.UserRole + 3  # a key Qt can compare (int or str)
ProblemsRole = Qt.ItemDataRole.UserRole + 4  # list[action_rules.Problem] of the row

MIME_TYPE = "application/x-fh-action-ids"
_NO_DATE_KEY = 99_999_999  # empty dates sort after every real date


def status_label(value: str) -> str:
    return f"{action_style.STATUS_SYMBOLS.get(value, '?')} " + QCoreApplication.translate(
        "enums", enums.Status.LABELS.get(value, value)
    )


def priority_label(value: str) -> str:
    return f"{action_style.PRIORITY_SYMBOLS.get(value, '?')} " + QCoreApplication.translate(
        "enums", enums.Priority.LABELS.get(value, value)
    )


def stored_ids(actions: Iterable[model.Action]) -> list[int]:
    """The ids of actions read from the file (the store numbers each one)."""
    ids = []
    for action in actions:
        assert action.id is not None
        ids.append(action.id)
    return ids


class ActionTableModel(QAbstractTableModel):
    edit_rejected = Signal(int, str, str, str)  # action id, field, typed text, message

    def __init__(self, wf: WorkshopFile, commands: ActionCommands, targets: LinkTargets, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._wf = wf
        self._commands = commands
        self._targets = targets
        self._rows: list[model.Action] = []
        self._problems: dict[int, list[action_rules.Problem]] = {}
        self.sync()

    # --- following the store ----------------------------------------------

    def sync(self) -> None:
        """Read the plan again and report the difference to the views."""
        new = self._wf.actions.actions()
        old_ids = stored_ids(self._rows)
        new_ids = stored_ids(new)
        if new_ids == old_ids:
            self._replace_changed(new)
        elif sorted(new_ids) == sorted(old_ids):
            self._reorder(new)
        elif not self._apply_single_difference(new_ids, old_ids):
            self.beginResetModel()
            self._set_rows(new)
            self.endResetModel()

    def refresh_links(self) -> None:
        """Cards or items changed: new names in the links column; a deleted one drops out of the links."""
        self._targets.reload()
        self.sync()  # the store removes links to deleted cards and items without an "action" event
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_LINKS), self.index(len(self._rows) - 1, COL_LINKS))

    def reload(self) -> None:
        self._targets.reload()
        self.beginResetModel()
        self._set_rows(self._wf.actions.actions())
        self.endResetModel()

    def _set_rows(self, rows: list[model.Action]) -> None:
        self._rows = rows
        self._problems = {a.id: action_rules.validate_action(a) for a in rows}  # type: ignore[misc]

    def _replace_changed(self, new: list[model.Action]) -> None:
        for row, (old_a, new_a) in enumerate(zip(self._rows, new, strict=True)):
            if old_a != new_a:
                self._rows[row] = new_a
                self._problems[new_a.id] = action_rules.validate_action(new_a)  # type: ignore[index]
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def _reorder(self, new: list[model.Action]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_row = {a.id: row for row, a in enumerate(new)}
        persistent = self.persistentIndexList()
        moved = [self.index(new_row[self._rows[i.row()].id], i.column()) for i in persistent]
        self._set_rows(new)
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        # The number column shows the new places.
        self.dataChanged.emit(self.index(0, COL_NUMBER), self.index(len(new) - 1, COL_NUMBER))

    def _apply_single_difference(self, new_ids: list[int], old_ids: list[int]) -> bool:
        """Insert or remove the one action that differs, with narrow signals; False if it is more."""
        if len(new_ids) == len(old_ids) + 1:
            for row, ident in enumerate(new_ids):
                if row >= len(old_ids) or old_ids[row] != ident:
                    if new_ids[:row] + new_ids[row + 1 :] != old_ids:
                        return False
                    action = self._wf.actions.action(ident)
                    self.beginInsertRows(QModelIndex(), row, row)
                    self._rows.insert(row, action)
                    self._problems[action.id] = action_rules.validate_action(action)  # type: ignore[index]
                    self.endInsertRows()
                    self._renumber_from(row + 1)
                    return True
        if len(new_ids) == len(old_ids) - 1:
            for row, ident in enumerate(old_ids):
                if row >= len(new_ids) or new_ids[row] != ident:
                    if old_ids[:row] + old_ids[row + 1 :] != new_ids:
                        return False
                    self.beginRemoveRows(QModelIndex(), row, row)
                    gone = self._rows.pop(row)
                    self._problems.pop(gone.id, None)  # type: ignore[arg-type]
                    self.endRemoveRows()
                    self._renumber_from(row)
                    return True
        return False

    def _renumber_from(self, row: int) -> None:
        if row < len(self._rows):
            self.dataChanged.emit(self.index(row, COL_NUMBER), self.index(len(self._rows) - 1, COL_NUMBER))

    # --- access -----------------------------------------------------------

    def action(self, row: int) -> model.Action:
        return self._rows[row]

    def row_of(self, ident: int) -> int:
        for row, a in enumerate(self._rows):
            if a.id == ident:
                return row
        return -1

    def actions(self) -> list[model.Action]:
        return list(self._rows)

    def responsible_values(self, *, besides: int | None = None) -> list[str]:
        """Distinct non-empty entries of "Verantwortlich", for the filter and the completer.

        ``besides``: leave out that action's own entry (the completer of the action being
        typed must not offer the half-typed text back as a suggestion).
        """
        seen = {a.responsible.strip(): None for a in self._rows if a.responsible.strip() and a.id != besides}
        return sorted(seen, key=str.casefold)

    # --- Qt model API -----------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_NUMBER:
                return self.tr("Nummer in der Reihenfolge des Plans; nach Nr. sortiert lässt sich die Reihenfolge ändern.")
            return self._headers()[section]  # the whole heading, where a narrow column ends it in "…"
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nr."),
            self.tr("Maßnahme"),
            self.tr("Zielsetzung"),
            self.tr("Verantwortlich"),
            self.tr("Beteiligte"),
            self.tr("Beginn"),
            self.tr("Zeitrahmen bis"),
            self.tr("Priorität"),
            self.tr("Status"),
            self.tr("Beschreibung"),
            self.tr("Ressourcen"),
            self.tr("Erfolgsindikator"),
            self.tr("Bezüge"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in CELL_EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, index.row(), col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(a, index.row(), col)
        if role == ObjectRole:
            return a
        if role == IdRole:
            return a.id
        if role == SortRole:
            return self._sort_key(a, index.row(), col)
        if role == ProblemsRole:
            return self._problems.get(a.id, [])  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(a, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(a, col)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(a, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(a, col)
            return None if tip is None else plain_tooltip(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, *DATE_COLUMNS):
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.AccessibleTextRole and col in (COL_PRIORITY, COL_STATUS):
            return self._display(a, index.row(), col)
        return None

    def _display(self, a: model.Action, row: int, col: int) -> str:
        if col == COL_NUMBER:
            return str(row + 1)
        if col == COL_TITLE:
            mark = "⚠ " if action_rules.errors_only(self._problems.get(a.id, [])) else ""  # type: ignore[arg-type]
            return mark + (cell_text(a.title) if a.title.strip() else self.tr("(ohne Titel)"))
        if col in DATE_COLUMNS:
            return action_rules.format_date(getattr(a, FIELDS[col]))
        if col == COL_PRIORITY:
            return priority_label(a.priority)
        if col == COL_STATUS:
            return status_label(a.status)
        if col == COL_LINKS:
            return "\n".join(self._targets.short_label(kind, ident) for kind, ident in self._targets.links_of(a))
        return cell_text(getattr(a, FIELDS[col]))

    def _edit_value(self, a: model.Action, row: int, col: int) -> Any:
        if col in DATE_COLUMNS:
            return action_rules.format_date(getattr(a, FIELDS[col]))
        if col in FIELDS:
            return getattr(a, FIELDS[col])
        return self._display(a, row, col)

    def _sort_key(self, a: model.Action, row: int, col: int) -> int | str:
        if col == COL_NUMBER:
            return row
        if col in DATE_COLUMNS:
            value: dt.date | None = getattr(a, FIELDS[col])
            return _NO_DATE_KEY if value is None else value.toordinal()
        if col == COL_PRIORITY:
            return action_rules.PRIORITY_RANK.get(a.priority, 9)
        if col == COL_STATUS:
            return action_rules.STATUS_RANK.get(a.status, 9)
        if col == COL_LINKS:
            return len(a.item_ids) + len(a.card_ids)
        return text_sort_key(getattr(a, FIELDS[col]))

    def _background(self, a: model.Action, col: int) -> QBrush | None:
        if col == COL_PRIORITY:
            return QBrush(QColor(action_style.PRIORITY_COLORS.get(a.priority, "#ffffff")))
        if col == COL_STATUS:
            return QBrush(QColor(action_style.STATUS_COLORS.get(a.status, "#ffffff")))
        return None

    def _foreground(self, a: model.Action, col: int) -> QBrush | None:
        if col in (COL_PRIORITY, COL_STATUS):
            return QBrush(QColor(action_style.TEXT_COLOR))
        if col == COL_TITLE and action_rules.errors_only(self._problems.get(a.id, [])):  # type: ignore[arg-type]
            return QBrush(QColor(action_style.PROBLEM_COLOR))
        if a.status == enums.Status.DROPPED:
            return QBrush(QColor(action_style.MUTED_TEXT_COLOR))
        return None

    def _font(self, a: model.Action, col: int) -> QFont | None:
        if col == COL_TITLE:
            font = QFont()
            font.setBold(True)
            font.setItalic(not a.title.strip())
            font.setStrikeOut(a.status == enums.Status.DROPPED)
            return font
        return None

    def _tooltip(self, a: model.Action, col: int) -> str | None:
        problems = [p for p in self._problems.get(a.id, []) if COLUMN_OF_FIELD.get(p.field) == col]  # type: ignore[arg-type]
        if col == COL_TITLE:
            problems = self._problems.get(a.id, [])  # type: ignore[arg-type]
        if problems:
            return "\n".join(problem_text(p) for p in problems)
        if col == COL_LINKS:
            return "\n".join(self._targets.label(kind, ident) for kind, ident in self._targets.links_of(a)) or None
        if col in FIELDS and col not in DATE_COLUMNS | {COL_PRIORITY, COL_STATUS}:
            text = getattr(a, FIELDS[col])
            return text if len(text) > 60 or len(text) > len(cell_text(text)) else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in CELL_EDITABLE:
            return False
        a = self._rows[index.row()]
        name = FIELDS[index.column()]
        typed = "" if value is None else str(value)
        try:
            if index.column() in DATE_COLUMNS:
                new: Any = value if isinstance(value, dt.date) or value is None else action_rules.parse_date(typed)
            else:
                new = typed
            self._commands.edit(a.id, {name: new})  # type: ignore[arg-type]
        except action_rules.DateParseError as exc:
            self.edit_rejected.emit(a.id, name, typed, problem_text(exc.problem(name)))
            return False
        except FhError as exc:
            self.edit_rejected.emit(a.id, name, typed, error_text(exc))
            return False
        return True  # the store event has already updated the row

    # --- dragging (the view turns a drop into ActionCommands.move) -----------

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps([self._rows[r].id for r in rows]).encode()))
        return data


def text_sort_key(text: str) -> str:
    """German dictionary order (DIN 5007-1: "Ä" like "A") that plain string comparison gets right.

    Empty texts sort after all others ("\uffff"), so unfilled cells gather at the end.
    """
    folded = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    key = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return key or "\uffff"


def dragged_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []
