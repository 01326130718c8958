"""Groups of guiding questions within a step, kept in the question's ``position``.

A step has its "Frageimpulse" (from the NZFH practice material) and may have a second
group, the dialogue questions for the strategic-political level, which follow the
chosen catalog (QD 4, QD 5, Prüfkriterien each bring their own). The file's ``guiding_question`` table has no group column, so the group is
the thousands of ``position``: 0-999 Frageimpulse, 1000-1999 dialogue questions. Order
by position therefore lists the groups one after the other, and the JSON dump keeps them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, nonmember
from dataclasses import dataclass

from fh_desktop.domain import enums
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

GROUP_SPAN = 1000


def _codes(*values: int) -> nonmember[tuple[int, ...]]:
    return nonmember(values)


def _table(entries: Mapping[int, str]) -> nonmember[dict[int, str]]:
    return nonmember(dict(entries))


class QuestionGroup(IntEnum):
    IMPULSE = 0
    DIALOGUE = 1
    ALL = _codes(IMPULSE, DIALOGUE)
    LABELS = _table({
        IMPULSE: QT_TRANSLATE_NOOP("enums", "Frageimpulse"),
        DIALOGUE: QT_TRANSLATE_NOOP("enums", "Dialog mit der strategisch-politischen Ebene"),
    })
    # The impulses come from resources/guiding_questions.json ("steps"); the dialogue
    # questions from the chosen catalog ("dialogue"), for step 2.


def group_of(position: int) -> int:
    group = position // GROUP_SPAN
    return group if group in QuestionGroup.ALL else QuestionGroup.IMPULSE


def position_in(group: int, index: int) -> int:
    return group * GROUP_SPAN + index


def position_range(group: int) -> range:
    return range(group * GROUP_SPAN, (group + 1) * GROUP_SPAN)


# --- the shipped file (resources/guiding_questions.json, format 2) ----------

QUOTED, ADAPTED, OWN = "quoted", "adapted", "own"
ORIGINS = (QUOTED, ADAPTED, OWN)


@dataclass(frozen=True)
class StepInfo:
    """What the Praxismaterial says about one step: name, time range, Zielfokus, Praxisimpuls."""

    step: int
    min_minutes: int
    max_minutes: int | None  # None: "mind. 30 Min."
    time_label: str
    zielfokus: str
    praxisimpuls: str

    @property
    def title(self) -> str:
        """The material's name of the step, from the one naming (``enums.STEP_NAMES``)."""
        return enums.STEP_NAMES[self.step]

    @property
    def short(self) -> str:
        """The step bar's title (``enums.STEP_TITLES``)."""
        return enums.STEP_TITLES[self.step]

    def minutes_warning(self, minutes: int) -> str | None:
        """A German hint when the planned time lies outside the material's range, else ``None``."""
        if minutes < self.min_minutes:
            return MSG_TOO_SHORT
        if self.max_minutes is not None and minutes > 2 * self.max_minutes:
            return MSG_TOO_LONG
        return None


MSG_TOO_SHORT = QT_TRANSLATE_NOOP("guiding", "Kürzer als im Praxismaterial empfohlen ({range}).")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("guiding", "Deutlich länger als im Praxismaterial empfohlen ({range}).")


@dataclass(frozen=True)
class ShippedQuestion:
    text: str
    origin: str = QUOTED
    original: str = ""


# What the Praxismaterial's table says about each step ("Darstellung der Arbeitsschritte
# mit zeitlicher Orientierung und Zielfokus") and its two Praxisimpulse, verbatim. Kept
# here, not in a data file, so that the English UI can translate them.
STEPS: dict[int, StepInfo] = {
    1: StepInfo(
        step=1,
        min_minutes=60,
        max_minutes=90,
        time_label=QT_TRANSLATE_NOOP("guiding", "60–90 Min."),
        zielfokus=QT_TRANSLATE_NOOP("guiding", "Kenntnisse anreichern über Planungsakteure und -aufgaben, Bereiche visualisieren und gemeinsam aktuellen Stand planerischer Verankerung in der Kommune wahrnehmen"),
        praxisimpuls=QT_TRANSLATE_NOOP("guiding", "Dieser erste Arbeitsschritt kann bereits im Vorfeld vorbereitet werden. Dazu können Informationen aus Dokumentenanalysen (Berichte, Protokolle, Beschlüsse etc.) und ggf. vorhandener Stakeholder-Analysen aufbereitet und visualisiert werden. Die Beteiligten haben dann bereits eine Übersicht vorliegen, die gemeinsam weiterbearbeitet wird."),
    ),
    2: StepInfo(
        step=2,
        min_minutes=60,
        max_minutes=90,
        time_label=QT_TRANSLATE_NOOP("guiding", "60–90 Min."),
        zielfokus=QT_TRANSLATE_NOOP("guiding", "Gemeinsame Ist-Einschätzung der kommunalen Planungskonzeption und Ideenentwicklung zur qualitativen Weiterentwicklung kommunaler Verankerung Früher Hilfen"),
        praxisimpuls=QT_TRANSLATE_NOOP("guiding", "Verschiedene Praxiserfahrungen zeigen: Es ist nicht davon auszugehen, dass bereits alle Kommunen über eine schriftlich fixierte und systematisch aktualisierte Planungskonzeption verfügen, die die Zusammenarbeit aller Planungsinstanzen bzw. -aufgaben klar regelt und koordiniert. Es ist daher empfehlenswert, die aktuelle Situation gemeinsam anzuschauen und weitere oder auch erste Überlegungen für eine stärkere Bündelung planerischer Prozesse zu treffen."),
    ),
    3: StepInfo(
        step=3,
        min_minutes=30,
        max_minutes=None,
        time_label=QT_TRANSLATE_NOOP("guiding", "mind. 30 Min."),
        zielfokus=QT_TRANSLATE_NOOP("guiding", "Konkrete Aktivitäten zur Weiterentwicklung Früher Hilfen planen"),
        praxisimpuls="",
    ),
}


def parse_steps(raw: dict | None = None) -> dict[int, StepInfo]:
    return dict(STEPS)


def parse_questions(raw: dict, step: int) -> list[ShippedQuestion]:
    entries = raw.get("steps", {}).get(str(step), [])
    out = []
    for e in entries:
        if isinstance(e, str):  # format 1: plain texts
            out.append(ShippedQuestion(e))
        else:
            out.append(ShippedQuestion(e["text"], e.get("origin", QUOTED), e.get("original", "")))
    return out


@dataclass(frozen=True)
class GuideEntry:
    """One line of the Gesprächsleitfaden: a question of a step with what the room noted."""

    step: int
    group: int  # QuestionGroup
    text: str
    note: str
    origin: str
