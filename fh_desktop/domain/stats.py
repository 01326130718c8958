"""Aggregating checklist answers: distributions, tick counts, disagreement.

Pure functions over ``domain.model`` lists, shared by the reveal screen and the
exporters so both always show the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from fh_desktop.domain import enums, model

# Numeric position of each opinion on the scale; "unknown" is no opinion.
SCORES = {enums.Answer.YES: 1.0, enums.Answer.PARTLY: 0.5, enums.Answer.NO: 0.0}


def distribution(answers: Iterable[model.Answer], item_id: int) -> dict[str, int]:
    """Count of each answer value for one item (all scale values present, maybe 0)."""
    counts = Counter(a.value for a in answers if a.item_id == item_id)
    return {value: counts.get(value, 0) for value in enums.Answer.ALL}


def ticks_per_participant(answers: Iterable[model.Answer]) -> dict[int, int]:
    """"Wie viele Häkchen haben Sie gesetzt?": number of "trifft zu" per participant."""
    ticks: Counter[int] = Counter()
    for a in answers:
        if a.participant_id is None:
            continue
        ticks[a.participant_id] += 0
        if a.value == enums.Answer.YES:
            ticks[a.participant_id] += 1
    return dict(ticks)


def disagreement(dist: dict[str, int]) -> float:
    """Spread of opinions on one item, 0 (all agree) .. 1 (split between the extremes).

    Twice the standard deviation of the scores of those who had an opinion; "kann ich
    nicht beurteilen" does not count as an opinion.
    """
    values = [SCORES[v] for v, n in dist.items() if v in SCORES for _ in range(n)]
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    return min(1.0, 2 * var**0.5)


def unknown_share(dist: dict[str, int]) -> float:
    total = sum(dist.values())
    return dist.get(enums.Answer.UNKNOWN, 0) / total if total else 0.0
