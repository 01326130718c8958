"""Aggregating checklist answers: distributions, tick counts, disagreement, highlights.

Pure functions over plain data (lists of ``model.IndividualAnswer``, dicts of counts), shared by
the reveal screen and the exporters so both always show the same numbers. A
*distribution* is ``{answer code: count}`` with every code of ``enums.Answer.ALL`` and
every other code that was given (graded and frequency items, ``domain.scales``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from fh_desktop.domain import enums, model, scales

# The opinions in their order on the scale; "kann ich nicht beurteilen" is no opinion.

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
# Graded and frequency levels take the colour of the tick level of the same rank.
ANSWER_COLORS = dict(scales.COLORS)


def empty_distribution(values: Sequence[str] = enums.Answer.ALL) -> dict[str, int]:
    return dict.fromkeys(values, 0)


def _ordered(counts: Mapping[str, int], values: Sequence[str]) -> dict[str, int]:
    keys = list(values) + [v for v in scales.ALL_VALUES if v in counts and v not in values]
    keys += [v for v in counts if v not in keys]
    return {value: counts.get(value, 0) for value in keys}


def distribution(
    answers: Iterable[model.IndividualAnswer], item_id: int, values: Sequence[str] = enums.Answer.ALL
) -> dict[str, int]:
    """Count of each answer value for one item (all of ``values`` present, maybe 0)."""
    counts = Counter(a.value for a in answers if a.item_id == item_id)
    return _ordered(counts, values)


def distributions(answers: Iterable[model.IndividualAnswer]) -> dict[int, dict[str, int]]:
    """``distribution`` for every item that has answers, in one pass."""
    counts: dict[int, Counter[str]] = {}
    for a in answers:
        counts.setdefault(a.item_id, Counter())[a.value] += 1
    return {item: _ordered(c, enums.Answer.ALL) for item, c in counts.items()}


def total(dist: dict[str, int]) -> int:
    return sum(dist.values())


def ticks_per_participant(answers: Iterable[model.IndividualAnswer]) -> dict[int, int]:
    """"Wie viele Häkchen haben Sie gesetzt?": number of "trifft zu" per participant.

    Everyone who answered appears, with 0 if they set no tick; anonymised answers
    (no participant) cannot be attributed and are left out.
    """
    ticks: dict[int, int] = {}
    for a in answers:
        if a.participant_id is None:
            continue
        # The top level of a graded or frequency item counts like a Häkchen.
        ticks[a.participant_id] = ticks.get(a.participant_id, 0) + scales.is_positive(a.value)
    return ticks


def tick_counts(answers: Iterable[model.IndividualAnswer]) -> list[int]:
    """The tick counts of all participants without names, highest first (anonymous view)."""
    return sorted(ticks_per_participant(answers).values(), reverse=True)


def disagreement(dist: dict[str, int], scale: Sequence[str] = enums.Answer.ALL) -> float:
    """Spread of opinions on one item: 0 (all agree) .. 1 (split evenly between the extremes).

    Leik's ordinal dispersion over the opinions the scale offers (no < partly < yes;
    gar nicht < ansatzweise < teilweise < weitgehend; nie < selten < gelegentlich <
    regelmäßig): ``2 / (k - 1) * sum(min(F, 1 - F))`` over the cumulative shares F of the
    first k-1 categories. Unlike a standard deviation it keeps one dissenter in a large
    group low, which is what a moderator looking for "where do we disagree?" wants.
    "kann ich nicht beurteilen" is no opinion and does not count. When the answers
    belong to another scale than ``scale`` (a graded item in a catalog whose catalog-wide
    scale is the tick scale), that item's own scale is used.
    """
    categories = _categories(dist, scale)
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


def _categories(dist: dict[str, int], scale: Sequence[str]) -> list[str]:
    categories = scales.ordinal(scale)
    if any(dist.get(v, 0) for v in categories):
        return categories
    given = [v for v, n in dist.items() if n and v != scales.UNKNOWN]
    if not given:
        return categories
    kind = scales.type_of(given[0])
    return list(reversed(scales.LEVELS[kind]))


def unknown_share(dist: dict[str, int]) -> float:
    """Share of "kann ich nicht beurteilen" among all answers to the item."""
    n = total(dist)
    return dist.get(enums.Answer.UNKNOWN, 0) / n if n else 0.0


def mean_score(dist: dict[str, int]) -> float | None:
    """Average opinion, 0 (lowest level) .. 1 (trifft zu, weitgehend, regelmäßig); ``None`` without opinions."""
    scored: list[tuple[float, int]] = [
        (x, n) for x, n in ((scales.score(v), n) for v, n in dist.items() if n) if x is not None
    ]
    total_n = sum(n for _, n in scored)
    if not total_n:
        return None
    return sum(x * n for x, n in scored) / total_n


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
    scale: Sequence[str] | Mapping[int, Sequence[str]] = enums.Answer.ALL,
    *,
    limit: int = HIGHLIGHT_LIMIT,
    threshold: float = DISAGREEMENT_THRESHOLD,
) -> list[int]:
    """Item ids with the greatest disagreement (at least ``threshold``), greatest first.

    ``scale`` is one scale for all items or ``{item id: that item's values}``.
    """
    def scale_of(i: int) -> Sequence[str]:
        return scale.get(i, enums.Answer.ALL) if isinstance(scale, Mapping) else scale

    return _top({i: disagreement(d, scale_of(i)) for i, d in dists.items()}, limit, threshold)


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
