"""Aggregating checklist answers: distributions, tick counts, disagreement, highlights.

Pure functions over plain data (lists of ``model.Answer``, dicts of counts), shared by
the reveal screen and the exporters so both always show the same numbers. A
*distribution* is ``{answer code: count}`` with every code of ``enums.Answer.ALL``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from fh_desktop.domain import enums, model

# The opinions in their order on the scale; "kann ich nicht beurteilen" is no opinion.
OPINIONS = (enums.Answer.NO, enums.Answer.PARTLY, enums.Answer.YES)
SCORES: dict[str, float] = {enums.Answer.YES: 1.0, enums.Answer.PARTLY: 0.5, enums.Answer.NO: 0.0}

# Below this many answers on an item, an "anonymous" chart still lets the room guess
# who answered what (two people, one tick: everyone knows whose tick it is).
MIN_ANONYMOUS_GROUP = 3

# Highlight thresholds: a single dissenter in a group of six (D = 0.33) is not yet a
# "disagreement" worth the room's time; a 4:2 split between two answers is (D = 0.67).
DISAGREEMENT_THRESHOLD = 0.5
UNKNOWN_THRESHOLD = 0.25  # at least a quarter could not judge the statement
HIGHLIGHT_LIMIT = 3

# Colour-blind-safe (Okabe-Ito) colours for every renderer (reveal screen, PDF):
# green for a tick, yellow-orange for "teilweise", vermillion for "no", grey for "unknown".
ANSWER_COLORS: dict[str, str] = {
    enums.Answer.YES: "#009e73",
    enums.Answer.PARTLY: "#e69f00",
    enums.Answer.NO: "#d55e00",
    enums.Answer.UNKNOWN: "#9a9a9a",
}


def empty_distribution() -> dict[str, int]:
    return dict.fromkeys(enums.Answer.ALL, 0)


def distribution(answers: Iterable[model.Answer], item_id: int) -> dict[str, int]:
    """Count of each answer value for one item (all scale values present, maybe 0)."""
    counts = Counter(a.value for a in answers if a.item_id == item_id)
    return {value: counts.get(value, 0) for value in enums.Answer.ALL}


def distributions(answers: Iterable[model.Answer]) -> dict[int, dict[str, int]]:
    """``distribution`` for every item that has answers, in one pass."""
    out: dict[int, dict[str, int]] = {}
    for a in answers:
        dist = out.setdefault(a.item_id, empty_distribution())
        dist[a.value] = dist.get(a.value, 0) + 1
    return out


def total(dist: dict[str, int]) -> int:
    return sum(dist.values())


def ticks_per_participant(answers: Iterable[model.Answer]) -> dict[int, int]:
    """"Wie viele Häkchen haben Sie gesetzt?": number of "trifft zu" per participant.

    Everyone who answered appears, with 0 if they set no tick; anonymised answers
    (no participant) cannot be attributed and are left out.
    """
    ticks: dict[int, int] = {}
    for a in answers:
        if a.participant_id is None:
            continue
        ticks[a.participant_id] = ticks.get(a.participant_id, 0) + (a.value == enums.Answer.YES)
    return ticks


def tick_counts(answers: Iterable[model.Answer]) -> list[int]:
    """The tick counts of all participants without names, highest first (anonymous view)."""
    return sorted(ticks_per_participant(answers).values(), reverse=True)


def disagreement(dist: dict[str, int], scale: Sequence[str] = enums.Answer.ALL) -> float:
    """Spread of opinions on one item: 0 (all agree) .. 1 (split evenly between the extremes).

    Leik's ordinal dispersion over the opinions the scale offers (no < partly < yes):
    ``2 / (k - 1) * sum(min(F, 1 - F))`` over the cumulative shares F of the first k-1
    categories. Unlike a standard deviation it keeps one dissenter in a large group low,
    which is what a moderator looking for "where do we disagree?" wants.
    "kann ich nicht beurteilen" is no opinion and does not count.
    """
    categories = [v for v in OPINIONS if v in scale]
    n = sum(dist.get(v, 0) for v in categories)
    if n < 2 or len(categories) < 2:
        return 0.0
    cumulative = 0
    spread = 0.0
    for v in categories[:-1]:
        cumulative += dist.get(v, 0)
        share = cumulative / n
        spread += min(share, 1.0 - share)
    return min(1.0, 2.0 * spread / (len(categories) - 1))


def unknown_share(dist: dict[str, int]) -> float:
    """Share of "kann ich nicht beurteilen" among all answers to the item."""
    n = total(dist)
    return dist.get(enums.Answer.UNKNOWN, 0) / n if n else 0.0


def mean_score(dist: dict[str, int]) -> float | None:
    """Average opinion, 0 (trifft nicht zu) .. 1 (trifft zu); ``None`` without opinions."""
    n = sum(dist.get(v, 0) for v in SCORES)
    if not n:
        return None
    return sum(SCORES[v] * dist.get(v, 0) for v in SCORES) / n


def majority(dist: dict[str, int]) -> str | None:
    """The most frequent answer, a suggestion for the joint assessment; ``None`` on a tie."""
    if not total(dist):
        return None
    ranked = sorted(dist.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def too_few_for_anonymity(dist: dict[str, int]) -> bool:
    """True when answers exist but so few that an anonymous chart could be traced to persons."""
    return 0 < total(dist) < MIN_ANONYMOUS_GROUP


def most_disagreed(
    dists: dict[int, dict[str, int]],
    scale: Sequence[str] = enums.Answer.ALL,
    *,
    limit: int = HIGHLIGHT_LIMIT,
    threshold: float = DISAGREEMENT_THRESHOLD,
) -> list[int]:
    """Item ids with the greatest disagreement (at least ``threshold``), greatest first."""
    return _top({i: disagreement(d, scale) for i, d in dists.items()}, limit, threshold)


def least_known(
    dists: dict[int, dict[str, int]], *, limit: int = HIGHLIGHT_LIMIT, threshold: float = UNKNOWN_THRESHOLD
) -> list[int]:
    """Item ids where most people could not judge (share at least ``threshold``), most first."""
    return _top({i: unknown_share(d) for i, d in dists.items()}, limit, threshold)


def _top(values: dict[int, float], limit: int, threshold: float) -> list[int]:
    """The ``limit`` highest values at or above ``threshold``; a tie at the cut is kept whole.

    Cutting a tie arbitrarily would highlight one item and not its equal twin, which a
    room would rightly question. Ties are ordered by item id (= catalog order mostly).
    """
    # Rounded so that equal splits computed along different paths compare equal.
    values = {i: round(v, 9) for i, v in values.items()}
    ranked = sorted((i for i, v in values.items() if v >= threshold), key=lambda i: (-values[i], i))
    if len(ranked) <= limit:
        return ranked
    cut = values[ranked[limit - 1]]
    return [i for i in ranked if values[i] >= cut]


def convergence(before: dict[str, int], after: dict[str, int], scale: Sequence[str] = enums.Answer.ALL) -> float:
    """How much closer opinions came between two rounds: positive = converged, negative = diverged."""
    return disagreement(before, scale) - disagreement(after, scale)
