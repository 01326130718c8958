"""Answer scales per checklist item: tick, graded, frequency, or an open question.

The NZFH statements (QD 4, QD 5) are ticked: „trifft zu“ is the Häkchen. The
Prüfkriterien ask questions instead, and the question decides the fitting scale:
„Inwieweit …“, „In welchem Maße …“, „Wie angemessen …“ are graded, „Wie regelmäßig …“,
„Wie kontinuierlich …“ ask for a frequency, and „Auf welche Weise …“, „Welche …“ are
open questions: no scale, the group discusses them and keeps a note.

Every scale is ordinal (listed here from the highest to the lowest level, the order
of the buttons) plus the shared „kann ich nicht beurteilen“, which is no opinion. The
stored answer codes are stable ASCII and distinct across scales, so a distribution
``{code: count}`` never mixes two scales up.

This module is plain data for every renderer: the desktop buttons, the phones (h13)
and the exporters ask ``options`` for the ``(value, label)`` pairs of an item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from fh_desktop.domain import enums
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP

TICK = "tick"
GRADED = "graded"
FREQUENCY = "frequency"
OPEN = "open"
TYPES = (TICK, GRADED, FREQUENCY, OPEN)
TYPE_LABELS = {
    TICK: QT_TRANSLATE_NOOP("enums", "Häkchen"),
    GRADED: QT_TRANSLATE_NOOP("enums", "Ausmaß"),
    FREQUENCY: QT_TRANSLATE_NOOP("enums", "Häufigkeit"),
    OPEN: QT_TRANSLATE_NOOP("enums", "offene Frage"),
}

UNKNOWN = enums.Answer.UNKNOWN

# Highest level first, as the buttons stand; "unknown" is appended where the catalog offers it.
TICK_LEVELS = (enums.Answer.YES, enums.Answer.PARTLY, enums.Answer.NO)
GRADED_LEVELS = ("high", "medium", "low", "none")
FREQUENCY_LEVELS = ("regular", "sometimes", "rarely", "never")
LEVELS = {TICK: TICK_LEVELS, GRADED: GRADED_LEVELS, FREQUENCY: FREQUENCY_LEVELS, OPEN: ()}

LABELS = {
    **enums.Answer.LABELS,
    "high": QT_TRANSLATE_NOOP("enums", "weitgehend"),
    "medium": QT_TRANSLATE_NOOP("enums", "teilweise"),
    "low": QT_TRANSLATE_NOOP("enums", "ansatzweise"),
    "none": QT_TRANSLATE_NOOP("enums", "gar nicht"),
    "regular": QT_TRANSLATE_NOOP("enums", "regelmäßig"),
    "sometimes": QT_TRANSLATE_NOOP("enums", "gelegentlich"),
    "rarely": QT_TRANSLATE_NOOP("enums", "selten"),
    "never": QT_TRANSLATE_NOOP("enums", "nie"),
}

# Every stored answer code, tick codes first (their order is the historic one).
ALL_VALUES = tuple(enums.Answer.ALL) + GRADED_LEVELS + FREQUENCY_LEVELS
# The order charts and legends show answers in: every scale's levels, "kann ich nicht
# beurteilen" always last (also for graded and frequency items and mixed rounds).
DISPLAY_ORDER = tuple(v for v in ALL_VALUES if v != enums.Answer.UNKNOWN) + (enums.Answer.UNKNOWN,)

# Colour-blind-safe (Okabe-Ito) colours by rank, so "weitgehend" looks like "trifft zu"
# and "nie" like "trifft nicht zu": a room reads every chart the same way.
_RANK_COLORS_4 = ("#009e73", "#f0e442", "#e69f00", "#d55e00")
_RANK_COLORS_3 = ("#009e73", "#e69f00", "#d55e00")
UNKNOWN_COLOR = "#9a9a9a"
COLORS: dict[str, str] = {
    **dict(zip(TICK_LEVELS, _RANK_COLORS_3, strict=True)),
    **dict(zip(GRADED_LEVELS, _RANK_COLORS_4, strict=True)),
    **dict(zip(FREQUENCY_LEVELS, _RANK_COLORS_4, strict=True)),
    UNKNOWN: UNKNOWN_COLOR,
}

# A symbol per answer beside the colour, so charts read the same in grey print, on a
# washed-out beamer and for colour-blind people (screen and PDF use these).
MARKS: dict[str, str] = {
    enums.Answer.YES: "✓",
    enums.Answer.PARTLY: "◐",
    enums.Answer.NO: "✗",
    enums.Answer.UNKNOWN: "?",
    # graded and frequency levels: filled, three quarters, a quarter, empty (highest first)
    **dict(zip(GRADED_LEVELS, ("●", "◕", "◔", "○"), strict=True)),
    **dict(zip(FREQUENCY_LEVELS, ("●", "◕", "◔", "○"), strict=True)),
}


def type_of(value: str) -> str:
    """The scale an answer code belongs to (``TICK`` for ``unknown``)."""
    for kind, levels in LEVELS.items():
        if value in levels:
            return kind
    return TICK


def values_for(item_scale: str, catalog_scale: Sequence[str] = enums.Answer.ALL) -> list[str]:
    """The answer codes an item offers, in button order; empty for an open question.

    A tick item offers what the catalog's ``scale`` lists (a catalog may leave out
    „teilweise“); graded and frequency items offer their four levels, and
    „kann ich nicht beurteilen“ wherever the catalog offers it.
    """
    if item_scale == OPEN:
        return []
    if item_scale == TICK:
        return [v for v in enums.Answer.ALL if v in catalog_scale] or list(enums.Answer.ALL)
    levels = list(LEVELS.get(item_scale, TICK_LEVELS))
    return levels + ([UNKNOWN] if UNKNOWN in catalog_scale else [])


def options(
    item_scale: str,
    catalog_scale: Sequence[str] = enums.Answer.ALL,
    translate: Callable[[str], str] | None = None,
) -> list[tuple[str, str]]:
    """``(value, label)`` pairs of an item, in button order (key 1 = the first pair).

    Labels are the German source strings unless ``translate`` is given (for example
    ``lambda s: QCoreApplication.translate("enums", s)``).
    """
    tr = translate or (lambda s: s)
    return [(v, tr(LABELS[v])) for v in values_for(item_scale, catalog_scale)]


def is_answerable(item_scale: str) -> bool:
    """Open questions get no individual answer: the group discusses them and takes a note."""
    return item_scale != OPEN


def ordinal(values: Sequence[str]) -> list[str]:
    """The opinions among ``values`` from the lowest to the highest level (no „unknown“).

    ``values`` may be a whole scale or any answer codes of one scale; the scale is
    recognised from its codes, tick codes winning for the historic catalog-wide scale.
    """
    present = [v for v in values if v != UNKNOWN]
    if not present:
        return []
    kind = type_of(present[0])
    return [v for v in reversed(LEVELS[kind]) if v in values]


def score(value: str) -> float | None:
    """The level of an answer on its scale, 0 (lowest) .. 1 (highest); ``None`` for no opinion."""
    if value == UNKNOWN:
        return None
    levels = LEVELS[type_of(value)]
    if value not in levels:
        return None
    rank = len(levels) - 1 - levels.index(value)
    return rank / (len(levels) - 1)


def is_positive(value: str) -> bool:
    """The top level of any scale: what counts as a Häkchen in "Häkchen pro Person"."""
    return value in (enums.Answer.YES, GRADED_LEVELS[0], FREQUENCY_LEVELS[0])


def guess_type(question: str) -> str:
    """The fitting scale for a Prüfkriterien-style question, from how it begins.

    Used by the catalog tests to check that every Konkretisierung got the scale its
    wording asks for; a catalog states each item's scale explicitly.
    """
    q = question.strip()
    if q.startswith(("Wie regelmäßig", "Wie kontinuierlich")):
        return FREQUENCY
    if q.startswith(("Inwieweit", "In welchem Maße", "In welchem Umfang", "Wie angemessen", "Wie bekannt", "Wie bewusst")):
        return GRADED
    if q.endswith("?"):
        return OPEN
    return TICK
