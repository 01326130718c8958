"""Groups of guiding questions within a step, kept in the question's ``position``.

A step has its "Frageimpulse" (from the NZFH practice material) and may have a second
group, the dialogue questions for the strategic-political level (Qualitätsrahmen QD 4
and QD 5). The file's ``guiding_question`` table has no group column, so the group is
the thousands of ``position``: 0-999 Frageimpulse, 1000-1999 dialogue questions. Order
by position therefore lists the groups one after the other, and the JSON dump keeps them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, nonmember

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
    # Keys of the groups in resources/guiding_questions.json.
    RESOURCE_KEYS = _table({IMPULSE: "steps", DIALOGUE: "dialogue"})


def group_of(position: int) -> int:
    group = position // GROUP_SPAN
    return group if group in QuestionGroup.ALL else QuestionGroup.IMPULSE


def position_in(group: int, index: int) -> int:
    return group * GROUP_SPAN + index


def position_range(group: int) -> range:
    return range(group * GROUP_SPAN, (group + 1) * GROUP_SPAN)
