"""Taking back an action plan the administration edited in Excel.

The exported sheet "Maßnahmenplan" has one row per action with its id in the column
"Nr."; rows can be sorted, filtered, edited and added. Reading the file
(``export.xlsx_import``) yields an ``ActionSheet`` of raw cell values; ``plan_import``
compares it with the workshop's current actions and returns an ``ImportPlan``: what
would change, and every row that cannot be read (row number and reason). A plan with
problems is never applied, not even partly.

The export also stores the values as they were exported (a hidden sheet). With them
the comparison is three-way: only cells the administration changed are taken over,
so edits made in the workshop after the export are not overwritten by stale cells.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from fh_desktop.domain import action_rules, enums, model
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.domain.messages import Message, Problem

CTX = "action_import"  # the markers below spell it out: lupdate reads only a literal context
SHEET_TITLE = enums.STEP_TITLES[3]  # the sheet is named like its step: "Maßnahmenplan"
# Names the sheet had in earlier versions, still read back.
SHEET_TITLES = tuple(dict.fromkeys((SHEET_TITLE, "Maßnahmenplan")))
MARKER_SHEET = "fh_export"  # very hidden: format marker, source workshop, values as exported
MARKER = "fh-desktop/actions"
MARKER_VERSION = 1
MAX_TEXT_LENGTH = action_rules.MAX_TEXT

TEXT, DATE, CHOICE, IDENT, REFERENCE = "text", "date", "choice", "id", "reference"
YES_NO = "yes_no"  # a tick of the window: "ja" or "nein" in the sheet


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = TEXT
    width: float = 24  # Excel column width in characters
    optional: bool = False  # may be missing in older exports: the workshop's value is kept

    @property
    def imported(self) -> bool:
        return self.kind != REFERENCE


# The sheet's columns, in order. Export and import both use this table, so a header
# renamed here is renamed on both sides.
ACTION_COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("action_import", "Nr."), IDENT, 7),
    Column("title", QT_TRANSLATE_NOOP("action_import", "Maßnahme"), TEXT, 34),
    Column("goal", QT_TRANSLATE_NOOP("action_import", "Zielsetzung"), TEXT, 34),
    Column("description", QT_TRANSLATE_NOOP("action_import", "Beschreibung"), TEXT, 44),
    Column("responsible", QT_TRANSLATE_NOOP("action_import", "Verantwortlich"), TEXT, 22),
    Column("involved", QT_TRANSLATE_NOOP("action_import", "Beteiligte"), TEXT, 24),
    Column("start", QT_TRANSLATE_NOOP("action_import", "Beginn"), DATE, 12),
    Column("due", QT_TRANSLATE_NOOP("action_import", "Zeitrahmen bis"), DATE, 14),
    Column("priority", QT_TRANSLATE_NOOP("action_import", "Priorität"), CHOICE, 11),
    Column("status", QT_TRANSLATE_NOOP("action_import", "Status"), CHOICE, 12),
    Column("resources", QT_TRANSLATE_NOOP("action_import", "Ressourcen"), TEXT, 26),
    Column("indicator", QT_TRANSLATE_NOOP("action_import", "Erfolgsindikator"), TEXT, 28),
    Column("item_ids", QT_TRANSLATE_NOOP("action_import", "Bezug Checkliste"), REFERENCE, 18),
    Column("card_ids", QT_TRANSLATE_NOOP("action_import", "Bezug Pinnwand"), REFERENCE, 22),
    # The planning cycle (a follow-up's Wiedervorlage); after the older columns, which keep their place.
    Column("progress", QT_TRANSLATE_NOOP("action_import", "Stand der Umsetzung"), TEXT, 34, optional=True),
    Column("review_on", QT_TRANSLATE_NOOP("action_import", "Wiedervorlage am"), DATE, 14, optional=True),
    Column("origin", QT_TRANSLATE_NOOP("action_import", "Herkunft"), REFERENCE, 22),
    # The worksheet's fields ("dimensionsübergreifend"); after the older columns too.
    Column("dimension", QT_TRANSLATE_NOOP("action_import", "Qualitätsdimension/Entwicklungsziel"), TEXT, 26, optional=True),
    Column("working_group", QT_TRANSLATE_NOOP("action_import", "Kleingruppe/Fachbereiche"), TEXT, 24, optional=True),
    Column("level", QT_TRANSLATE_NOOP("action_import", "Ebene"), CHOICE, 13, optional=True),
    Column("needs_committee", QT_TRANSLATE_NOOP("action_import", "Befassung im Gremium nötig"), YES_NO, 13, optional=True),
)
COLUMNS_BY_FIELD = {c.field: c for c in ACTION_COLUMNS}
IMPORTED_FIELDS = tuple(c.field for c in ACTION_COLUMNS if c.imported and c.kind != IDENT)
CHOICES: dict[str, tuple[tuple[str, ...], dict[str, str], str]] = {
    # field -> (codes, labels in the sheet, default for new rows; "": the cell may stay empty)
    "priority": (enums.Priority.ALL, enums.Priority.LABELS, enums.Priority.MEDIUM),
    "status": (enums.Status.ALL, enums.Status.LABELS, enums.Status.OPEN),
    # The window's choice (or "nicht festgelegt"); short words in the sheet, as a list
    # in the cell's drop-down cannot hold the comma of "operative, umsetzende Ebene".
    "level": (catalog_format.LEVELS, {c: c for c in catalog_format.LEVELS}, ""),
}
# Other spellings read back: the labels of the window and the PDF ("strategisch-politische Ebene").
ALIASES: dict[str, dict[str, str]] = {"level": {v: k for k, v in catalog_format.LEVEL_LABELS.items()}}
YES, NO = QT_TRANSLATE_NOOP("enums", "ja"), QT_TRANSLATE_NOOP("enums", "nein")
YES_NO_LABELS = {True: YES, False: NO}
# What else a spreadsheet makes of a tick: a boolean cell (WAHR/FALSCH), 1/0, or the English words.
_YES_NO_WORDS = {"ja": True, "nein": False, "wahr": True, "falsch": False, "true": True, "false": False,
                 "1": True, "0": False, "yes": True, "no": False}  # fmt: skip
# Columns an existing action must not leave empty; a new row gets the default.
REQUIRED: dict[str, Any] = {
    **{name: default for name, (_c, _l, default) in CHOICES.items() if default != ""},
    **{c.field: False for c in ACTION_COLUMNS if c.kind == YES_NO},
}

# --- messages (German source text; the UI translates them in context "action_import") ---
MSG_NOT_A_NUMBER = QT_TRANSLATE_NOOP("action_import", "„Nr.“ muss eine Zahl sein, nicht „{value}“.")
MSG_DUPLICATE = QT_TRANSLATE_NOOP("action_import", "Nr. {ident} steht mehrfach in der Tabelle (auch in Zeile {other}).")
MSG_UNKNOWN_ID = QT_TRANSLATE_NOOP("action_import", "Nr. {ident} gibt es in diesem Workshop nicht (mehr).")
MSG_BAD_DATE = QT_TRANSLATE_NOOP("action_import", "„{column}“: „{value}“ ist kein gültiges Datum (TT.MM.JJJJ).")
MSG_BAD_CHOICE = QT_TRANSLATE_NOOP("action_import", "„{column}“: „{value}“ ist unbekannt; erlaubt sind {allowed}.")
MSG_BAD_CHOICE_OR_EMPTY = QT_TRANSLATE_NOOP(
    "action_import", "„{column}“: „{value}“ ist unbekannt; erlaubt sind {allowed} oder eine leere Zelle."
)
MSG_EMPTY_CHOICE = QT_TRANSLATE_NOOP("action_import", "„{column}“ darf nicht leer sein.")
MSG_NO_TITLE = QT_TRANSLATE_NOOP("action_import", "„Maßnahme“ (der Titel) darf nicht leer sein.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("action_import", "„{column}“ ist zu lang ({length} Zeichen, höchstens {limit}).")
MSG_DUE_BEFORE_START = QT_TRANSLATE_NOOP("action_import", "„Zeitrahmen bis“ ({due}) liegt vor dem „Beginn“ ({start}).")
MSG_FORMULA = QT_TRANSLATE_NOOP("action_import", "„{column}“ enthält eine Formel; bitte den Wert selbst eintragen.")
MSG_CLEARED_ID = QT_TRANSLATE_NOOP(
    "action_import",
    "Die Nr. fehlt, die Zeile gehört aber offenbar zu Nr. {ident} („{title}“), die sonst nirgends in der Tabelle "
    "steht. Bitte die Nr. {ident} wieder eintragen (eine neue Maßnahme bekommt einen eigenen Titel).",
)
MSG_MISSING_ROW = QT_TRANSLATE_NOOP(
    "action_import", "Nr. {ident} („{title}“) fehlt in der Tabelle; die Maßnahme bleibt unverändert."
)
MSG_ALREADY_THERE = QT_TRANSLATE_NOOP(
    "action_import",
    "Zeile {row}: „{title}“ steht ohne Nr. in der Tabelle, gibt es im Workshop aber schon "
    "(vermutlich bereits übernommen); die Zeile wird übersprungen.",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "action_import",
    "Die Datei wurde aus dem Workshop „{source}“ exportiert, geöffnet ist „{target}“. "
    "Bitte prüfen Sie, ob es der richtige Workshop ist.",
)
MSG_NO_MARKER = QT_TRANSLATE_NOOP(
    "action_import",
    "Die Datei enthält keine Angaben zum Export-Stand; jede abweichende Zelle ersetzt den Wert "
    "im Workshop, auch wenn er dort inzwischen geändert wurde.",
)


def msg(template: str, **args: object) -> Message:
    """A message of the re-import (translated in context ``"action_import"``)."""
    return Message.of(template, context=CTX, **args)


@dataclass
class SheetRow:
    number: int  # row number as Excel shows it
    cells: dict[str, Any]  # field -> raw cell value (str, int, float, date, datetime or None)


@dataclass
class ActionSheet:
    """An action plan as read from a workbook, before any interpretation."""

    rows: list[SheetRow] = field(default_factory=list)
    # action id -> field -> value as exported (None: the file carries no export record)
    originals: dict[int, dict[str, Any]] | None = None
    source_title: str | None = None
    source_kommune: str | None = None
    source_date: dt.date | None = None  # the exporting workshop's date (newer exports)
    problems: list[Problem] = field(default_factory=list)  # found while reading (e.g. formulas)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any
    # The workshop's value had changed since the export too (the sheet's value wins).
    conflict: bool = False


@dataclass
class ActionChange:
    row: int
    action_id: int | None  # None: a new action
    title: str
    changes: list[FieldChange]

    @property
    def is_new(self) -> bool:
        return self.action_id is None

    def values(self) -> dict[str, Any]:
        return {c.field: c.new for c in self.changes}


@dataclass
class ImportPlan:
    changes: list[ActionChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    foreign: bool = False  # exported from a workshop with another title and Kommune

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def added(self) -> list[ActionChange]:
        return [c for c in self.changes if c.is_new]

    @property
    def updated(self) -> list[ActionChange]:
        return [c for c in self.changes if not c.is_new]


# --- reading single cells ------------------------------------------------------


class CellError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def parse_date(raw: Any, column: str) -> dt.date | None:
    if raw is None:
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip()
    if not text:
        return None
    if isinstance(raw, str):
        # The editor's rules: German dates (also "1.4.27") and ISO, a time part ignored.
        with contextlib.suppress(action_rules.DateParseError):
            return action_rules.parse_date(text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", text) else text)
    raise CellError(msg(MSG_BAD_DATE, column=column, value=_short(text)))


def parse_choice(raw: Any, fieldname: str, column: str) -> str | None:
    """A status, priority or Ebene from its German label or its code; when empty None
    (or "" for a column that may stay empty)."""
    codes, labels, default = CHOICES[fieldname]
    text = "" if raw is None else " ".join(str(raw).split())
    if not text:
        return "" if default == "" else None
    key = text.casefold()
    for code in codes:
        if key in (code.casefold(), labels[code].casefold()):
            return code
    for alias, code in ALIASES.get(fieldname, {}).items():
        if key == alias.casefold():
            return code
    allowed = ", ".join(f"„{labels[c]}“" for c in codes)
    message = MSG_BAD_CHOICE_OR_EMPTY if default == "" else MSG_BAD_CHOICE
    raise CellError(msg(message, column=column, value=_short(text), allowed=allowed))


def parse_yes_no(raw: Any, column: str) -> bool | None:
    """A tick: "ja"/"nein" (also a boolean cell, 1/0); None when empty."""
    if isinstance(raw, bool):
        return raw
    text = "" if raw is None else " ".join(parse_text(raw).split())
    if not text:
        return None
    value = _YES_NO_WORDS.get(text.casefold())
    if value is None:
        raise CellError(msg(MSG_BAD_CHOICE, column=column, value=_short(text), allowed="„ja“, „nein“"))
    return value


def parse_text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "WAHR" if raw else "FALSCH"
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return raw.strftime("%d.%m.%Y")
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() else str(raw).replace(".", ",")
    return str(raw).replace("\r\n", "\n").replace("_x000D_", "")


def parse_id(raw: Any) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise CellError(msg(MSG_NOT_A_NUMBER, value=raw))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    text = str(raw).strip()
    if text.isdigit():
        return int(text)
    raise CellError(msg(MSG_NOT_A_NUMBER, value=_short(text)))


def parse_cell(fieldname: str, raw: Any) -> Any:
    """The domain value of one cell of column ``fieldname``; raises ``CellError``."""
    col = COLUMNS_BY_FIELD[fieldname]
    if col.kind == DATE:
        return parse_date(raw, col.header)
    if col.kind == CHOICE:
        return parse_choice(raw, fieldname, col.header)
    if col.kind == YES_NO:
        return parse_yes_no(raw, col.header)
    if col.kind == IDENT:
        return parse_id(raw)
    return parse_text(raw)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_empty_row(row: SheetRow) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row.cells.values())


# --- comparing -------------------------------------------------------------------


def plan_import(
    sheet: ActionSheet, current: list[model.Action], workshop: model.Workshop | None = None
) -> ImportPlan:
    plan = ImportPlan(problems=list(sheet.problems))
    by_id = {a.id: a for a in current}
    originals = _parse_originals(sheet.originals)
    seen: dict[int, int] = {}
    formula_rows = {p.row for p in sheet.problems}
    unnumbered: list[tuple[int, str]] = []  # (row, title) of rows without Nr.
    bad_id_titles: set[str] = set()  # titles of rows whose Nr. cannot be read
    for row in sheet.rows:
        if is_empty_row(row) or row.number in formula_rows:
            continue
        problems: list[Message] = []
        try:
            ident = parse_id(row.cells.get("id"))
        except CellError as err:
            plan.problems.append(Problem(err.message, row=row.number))
            bad_id_titles.add(_title_key(row.cells.get("title")))
            continue
        if ident is None:
            unnumbered.append((row.number, _title_key(row.cells.get("title"))))
        if ident is not None:
            if ident in seen:
                problems.append(msg(MSG_DUPLICATE, ident=ident, other=seen[ident]))
            seen.setdefault(ident, row.number)
            if ident not in by_id:
                problems.append(msg(MSG_UNKNOWN_ID, ident=ident))
        values: dict[str, Any] = {}
        keep = by_id.get(ident) or model.Action()
        for name in IMPORTED_FIELDS:
            if name not in row.cells:  # an optional column the file does not have
                values[name] = getattr(keep, name)
                continue
            try:
                values[name] = parse_cell(name, row.cells.get(name))
            except CellError as err:
                problems.append(err.message)
        if not problems:
            action = by_id.get(ident) if ident is not None else None
            original = originals.get(ident) if originals is not None and ident is not None else None
            if action is None and _already_there(values, current, originals):
                plan.warnings.append(msg(MSG_ALREADY_THERE, row=row.number, title=_short(values["title"])))
                continue
            change: ActionChange | None
            if action is None:
                change, problems = _new_action(row.number, values)
            else:
                change, problems = _changed_action(row.number, action, values, original)
            if change is not None and not problems:
                plan.changes.append(change)
        plan.problems.extend(Problem(m, row=row.number) for m in problems)
    if originals is not None:
        # An exported action missing from the sheet, with a row without Nr. of its title:
        # the Nr. was cleared. Taking the row as new would make a second action.
        cleared: set[int] = set()
        for number, key in unnumbered:
            match = next((i for i, o in originals.items() if i not in seen and i in by_id and i not in cleared and key
                          and key in (_title_key(o.get("title")), _title_key(by_id[i].title))), None)  # fmt: skip
            if match is not None:
                cleared.add(match)
                plan.changes = [c for c in plan.changes if c.row != number]
                plan.problems.append(Problem(msg(MSG_CLEARED_ID, ident=match, title=_short(by_id[match].title)), row=number))
        for ident, original in originals.items():
            if ident not in seen and ident in by_id and ident not in cleared:
                title = by_id[ident].title or original.get("title") or ""
                if _title_key(title) not in bad_id_titles:  # its row is there, with a Nr. that cannot be read
                    plan.warnings.append(msg(MSG_MISSING_ROW, ident=ident, title=_short(title)))
    else:
        plan.warnings.append(msg(MSG_NO_MARKER))
    if workshop is not None and _foreign(sheet, originals, by_id, workshop):
        plan.foreign = True
        source = _label(sheet.source_title or "?", sheet.source_kommune or "")
        plan.warnings.insert(
            0, msg(MSG_FOREIGN, source=source, target=_label(workshop.title, workshop.kommune))
        )
    plan.problems.sort(key=lambda p: (p.row or 0))
    return plan


def _foreign(
    sheet: ActionSheet,
    originals: dict[int, dict[str, Any]] | None,
    by_id: dict[int | None, model.Action],
    workshop: model.Workshop,
) -> bool:
    """Was the file exported from another workshop? Ids alone would match the wrong actions.

    A renamed workshop is not foreign as long as its Kommune or its exported actions
    (same id, same title) still match.
    """
    if sheet.source_title is None:
        return False
    renamed = sheet.source_title != workshop.title and (sheet.source_kommune or "") != workshop.kommune
    if originals:
        known = sum(1 for i, o in originals.items() if i in by_id and by_id[i].title == o.get("title"))
        return renamed or known == 0
    return renamed


def _label(title: str, kommune: str) -> str:
    return f"{title} ({kommune})" if kommune else title


def _parse_originals(raw: dict[int, dict[str, Any]] | None) -> dict[int, dict[str, Any]] | None:
    if raw is None:
        return None
    out: dict[int, dict[str, Any]] = {}
    for ident, cells in raw.items():
        parsed = {}
        for name in IMPORTED_FIELDS:
            if name not in cells:  # an older export's record: compare with the workshop
                parsed[name] = _UNKNOWN
                continue
            try:
                parsed[name] = parse_cell(name, cells.get(name))
            except CellError:
                parsed[name] = _UNKNOWN
        out[ident] = parsed
    return out


_UNKNOWN = object()  # an export record that cannot be read: compare with the workshop instead


def _title_key(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def _already_there(
    values: dict[str, Any], current: list[model.Action], originals: dict[int, dict[str, Any]] | None
) -> bool:
    """A row without Nr. that matches an action added after the export: imported before."""
    key = " ".join(values["title"].split()).casefold()
    if not key:
        return False
    return any(
        " ".join(a.title.split()).casefold() == key and (originals is None or a.id not in originals) for a in current
    )


def _new_action(row: int, values: dict[str, Any]) -> tuple[ActionChange, list[Message]]:
    for name, default in REQUIRED.items():
        if values.get(name) is None:
            values[name] = default
    problems = _check(values, values)
    defaults = model.Action()
    shown = {name for name in REQUIRED if name in CHOICES}  # a new row's status and priority are always shown
    changes = [
        FieldChange(name, getattr(defaults, name) if name not in shown else None, values[name])
        for name in IMPORTED_FIELDS
        if values[name] != getattr(defaults, name) or name in shown
    ]
    return ActionChange(row, None, values["title"], changes), problems


def _changed_action(
    row: int, action: model.Action, values: dict[str, Any], original: dict[str, Any] | None
) -> tuple[ActionChange | None, list[Message]]:
    changes = []
    for name in IMPORTED_FIELDS:
        new = values[name]
        now = getattr(action, name)
        before = original.get(name, _UNKNOWN) if original is not None else _UNKNOWN
        edited_in_sheet = new != (now if before is _UNKNOWN else before)
        if edited_in_sheet and new != now:
            changes.append(FieldChange(name, now, new, conflict=before is not _UNKNOWN and now != before))
    if not changes:
        return None, []
    changed = {c.field: c.new for c in changes}
    merged = {name: changed.get(name, getattr(action, name)) for name in IMPORTED_FIELDS}
    return ActionChange(row, action.id, merged["title"], changes), _check(merged, changed)


def _check(merged: dict[str, Any], changed: dict[str, Any]) -> list[Message]:
    """Rules for the values an import would write (only changed values can break them)."""
    problems = []
    if "title" in changed and not merged["title"].strip():
        problems.append(msg(MSG_NO_TITLE))
    for name in REQUIRED:
        if name in changed and changed[name] is None:
            problems.append(msg(MSG_EMPTY_CHOICE, column=COLUMNS_BY_FIELD[name].header))
    for name, value in changed.items():
        if isinstance(value, str) and len(value) > MAX_TEXT_LENGTH:
            problems.append(
                msg(
                    MSG_TOO_LONG, column=COLUMNS_BY_FIELD[name].header, length=len(value), limit=MAX_TEXT_LENGTH
                )
            )
    start, due = merged.get("start"), merged.get("due")
    if ({"start", "due"} & changed.keys()) and start is not None and due is not None and due < start:
        problems.append(
            msg(MSG_DUE_BEFORE_START, due=due.strftime("%d.%m.%Y"), start=start.strftime("%d.%m.%Y"))
        )
    return problems


def display_value(fieldname: str, value: Any) -> str:
    """A value as the preview shows it (German dates and labels)."""
    if value is None:
        return "–"
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return YES_NO_LABELS[value]
    if fieldname == "level":
        return catalog_format.LEVEL_LABELS.get(value, value) or "–"  # as the window says it
    if fieldname in CHOICES:
        return CHOICES[fieldname][1].get(value, value) or "–"
    text = " ".join(str(value).split())
    return _short(text, 80) if text else "–"


def describe(change: ActionChange) -> str:
    """One line per action for the command line: what the import would do to it."""
    if change.is_new:
        return f"Zeile {change.row}: neue Maßnahme „{_short(change.title or '', 60)}“"
    parts = []
    for c in change.changes:
        note = " (auch im Workshop geändert)" if c.conflict else ""
        parts.append(
            f"{COLUMNS_BY_FIELD[c.field].header}: {display_value(c.field, c.old)} → {display_value(c.field, c.new)}{note}"
        )
    return f"Zeile {change.row}: Nr. {change.action_id} „{_short(change.title or '', 60)}“: " + "; ".join(parts)
