"""Rules for one action of the plan (Maßnahme), shared by the editor and the Excel re-import.

``validate_action`` never refuses anything by itself: it lists what is wrong or worth a
second look, so the editor can show it next to the field while keeping what was typed,
and the re-import can decide which problems stop a row. Messages are German source
texts marked for translation (context ``"action_rules"``), carried as ``messages.Problem``
(the field, the ``Message``, error or warning); the UI translates and fills them in.

Dates in the UI are German (``TT.MM.JJJJ``); ``parse_date`` accepts what people type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from fh_desktop.domain import enums, model
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.domain.messages import ERROR, WARNING, Message, Problem

CTX = "action_rules"
# ERROR: the action is not fit to be handed over like this; WARNING: worth a look, may be intended

MAX_TEXT = model.MAX_TEXT
TEXT_FIELDS = (
    "title", "goal", "description", "responsible", "involved", "resources", "indicator", "progress",
    "dimension", "working_group",
)

# Field names as people read them (labels of the detail form and the table headers).
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("action_rules", "Maßnahme"),
    "goal": QT_TRANSLATE_NOOP("action_rules", "Zielsetzung"),
    "description": QT_TRANSLATE_NOOP("action_rules", "Beschreibung"),
    "responsible": QT_TRANSLATE_NOOP("action_rules", "Verantwortlich"),
    "involved": QT_TRANSLATE_NOOP("action_rules", "Beteiligte"),
    "start": QT_TRANSLATE_NOOP("action_rules", "Beginn"),
    "due": QT_TRANSLATE_NOOP("action_rules", "Zeitrahmen bis"),
    "priority": QT_TRANSLATE_NOOP("action_rules", "Priorität"),
    "status": QT_TRANSLATE_NOOP("action_rules", "Status"),
    "resources": QT_TRANSLATE_NOOP("action_rules", "Ressourcen"),
    "indicator": QT_TRANSLATE_NOOP("action_rules", "Erfolgsindikator"),
    "dimension": QT_TRANSLATE_NOOP("action_rules", "Qualitätsdimension/Entwicklungsziel"),
    "working_group": QT_TRANSLATE_NOOP("action_rules", "Kleingruppe/Fachbereiche"),
    "needs_committee": QT_TRANSLATE_NOOP("action_rules", "Befassung im Gremium nötig"),
    "level": QT_TRANSLATE_NOOP("action_rules", "Ebene"),
    "progress": QT_TRANSLATE_NOOP("action_rules", "Stand der Umsetzung"),
    "review_on": QT_TRANSLATE_NOOP("action_rules", "Wiedervorlage am"),
    "item_ids": QT_TRANSLATE_NOOP("action_rules", "Checklisten-Punkte"),
    "card_ids": QT_TRANSLATE_NOOP("action_rules", "Karten der Pinnwand"),
}

MSG_TITLE_EMPTY = QT_TRANSLATE_NOOP("action_rules", "Bitte einen Titel für die Maßnahme angeben.")
MSG_DUE_BEFORE_START = QT_TRANSLATE_NOOP(
    "action_rules", "„Zeitrahmen bis“ {due} liegt vor dem Beginn {start}."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "action_rules", "Der Text ist zu lang ({length} Zeichen, höchstens {limit})."
)
MSG_BAD_CHOICE = QT_TRANSLATE_NOOP("action_rules", "„{value}“ ist kein gültiger Wert; erlaubt: {allowed}.")
MSG_OVERDUE = QT_TRANSLATE_NOOP(
    "action_rules", "Der Zeitrahmen bis {due} ist überschritten, die Maßnahme ist aber noch nicht erledigt."
)
MSG_BAD_DATE = QT_TRANSLATE_NOOP(
    "action_rules", "„{text}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 31.03.2027."
)

# The order "Nach Priorität ordnen" produces, and the order the table sorts by.
PRIORITY_RANK: dict[str, int] = {enums.Priority.HIGH: 0, enums.Priority.MEDIUM: 1, enums.Priority.LOW: 2}
STATUS_RANK: dict[str, int] = {enums.Status.OPEN: 0, enums.Status.IN_PROGRESS: 1, enums.Status.DONE: 2, enums.Status.DROPPED: 3}


def problem(name: str, template: str, severity: str = ERROR, **args: object) -> Problem:
    """A problem of field ``name`` (its message translated in context ``"action_rules"``)."""
    return Problem(Message.of(template, context=CTX, **args), field=name, severity=severity)


def validate_action(action: model.Action, *, today: dt.date | None = None) -> list[Problem]:
    """Everything that is wrong with ``action`` (empty list = fine), in field order.

    ``today`` enables the time-dependent hint "overdue" (left out when ``None`` so the
    result of a plain check does not change with the calendar).
    """
    problems: list[Problem] = []
    if not action.title.strip():
        problems.append(problem("title", MSG_TITLE_EMPTY))
    for name in TEXT_FIELDS:
        text = getattr(action, name)
        if isinstance(text, str) and len(text) > MAX_TEXT:
            problems.append(problem(name, MSG_TOO_LONG, length=len(text), limit=MAX_TEXT))
    if action.start is not None and action.due is not None and action.due < action.start:
        problems.append(
            problem("due", MSG_DUE_BEFORE_START, due=format_date(action.due), start=format_date(action.start))
        )
    for name, allowed in (("priority", enums.Priority.ALL), ("status", enums.Status.ALL)):
        value = getattr(action, name)
        if value not in allowed:
            problems.append(problem(name, MSG_BAD_CHOICE, value=value, allowed=", ".join(allowed)))
    if (
        today is not None
        and action.due is not None
        and action.due < today
        and action.status in (enums.Status.OPEN, enums.Status.IN_PROGRESS)
    ):
        problems.append(problem("due", MSG_OVERDUE, WARNING, due=format_date(action.due)))
    return problems


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


# --- German dates ---------------------------------------------------------

_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2}|\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateParseError(ValueError):
    def problem(self, field_name: str) -> Problem:
        return problem(field_name, MSG_BAD_DATE, text=str(self.args[0]) if self.args else "")


def parse_date(text: str) -> dt.date | None:
    """``"31.03.2027"``, ``"1.4.27"`` or ``"2027-03-31"`` -> date; empty -> ``None``.

    Two-digit years mean 20xx (the plan looks ahead, never back to the 1900s).
    Raises ``DateParseError`` (with the text) for anything else.
    """
    if not text.strip():
        return None
    m = _DATE_RE.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += 2000
    else:
        m = _ISO_RE.match(text)
        if not m:
            raise DateParseError(text.strip())
        year, month, day = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateParseError(text.strip()) from None


def is_complete_date(text: str) -> bool:
    """A date typed out in full (four-digit year) that exists: safe to store while still typing."""
    m = _DATE_RE.match(text)
    if not (m and len(m.group(3)) == 4) and not _ISO_RE.match(text):
        return False
    try:
        parse_date(text)
    except DateParseError:
        return False
    return True


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


# --- ordering ---------------------------------------------------------------


def order_by_priority(actions: Sequence[model.Action]) -> list[int]:
    """Ids ordered hoch, mittel, niedrig; within one priority the plan's order stays.

    Keeping the moderator's own order inside a priority makes the command predictable:
    running it twice changes nothing, and nothing agreed on jumps around by accident.
    """
    ranked = sorted(
        enumerate(actions),
        key=lambda pair: (PRIORITY_RANK.get(pair[1].priority, len(PRIORITY_RANK)), pair[0]),
    )
    return [a.id for _, a in ranked if a.id is not None]


def moved(order: Sequence[int], ids: Sequence[int], before: int | None, *, after: int | None = None) -> list[int]:
    """``order`` with ``ids`` (kept in their present order) taken out and put before ``before``.

    ``before=None`` puts them right after ``after``, or at the end when that is ``None`` too.
    If ``before`` is one of the moved ids, the block lands where the first following
    unmoved action is (so dropping onto itself is a no-op).
    """
    moving = [i for i in order if i in set(ids)]
    if before is None and after is not None and after in order:
        before = next((i for i in order[order.index(after) + 1 :] if i not in moving), None)
    if before in moving:
        following = order[order.index(before) :]
        before = next((i for i in following if i not in moving), None)
    rest = [i for i in order if i not in moving]
    at = len(rest) if before is None else rest.index(before)
    return rest[:at] + moving + rest[at:]
