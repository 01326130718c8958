"""The checklist results as both exports print them (numbers from ``domain.stats``).

One place decides which round's answers count for an item, how people are named
(or not) and in which order, so the Excel sheet and the PDF never disagree.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from fh_desktop.domain import enums, model, scales, stats

# Short marks for the individual-answer matrix of the PDF (all drawn by DejaVu Sans).
ANSWER_MARKS: dict[str, str] = scales.MARKS
# The same colours as the reveal screen, so the room recognises its chart on paper.
ANSWER_COLORS = stats.ANSWER_COLORS
# Light tints of those colours for table cells with dark text.
ANSWER_FILLS: dict[str, str] = {
    enums.Answer.YES: "#cdeee4",
    enums.Answer.PARTLY: "#fbe8c2",
    enums.Answer.NO: "#f7d3bd",
    enums.Answer.UNKNOWN: "#e6e6e6",
    "high": "#cdeee4", "medium": "#fbf7c8", "low": "#fbe8c2", "none": "#f7d3bd",
    "regular": "#cdeee4", "sometimes": "#fbf7c8", "rarely": "#fbe8c2", "never": "#f7d3bd",
}


@dataclass
class RoundResult:
    number: int
    distribution: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.distribution.values())


@dataclass
class ItemResult:
    item: model.CatalogItem
    rounds: list[RoundResult]  # every round that asked this item, in order
    joint: model.JointAssessment | None

    @property
    def item_id(self) -> int:
        assert self.item.id is not None  # summarize() only takes items read from the file
        return self.item.id

    @property
    def latest(self) -> RoundResult | None:
        return self.rounds[-1] if self.rounds else None

    values: list[str] = field(default_factory=list)  # what this item offers (empty: open question)

    @property
    def disagreement(self) -> float:
        return stats.disagreement(self.latest.distribution, self.values) if self.latest and self.values else 0.0


@dataclass
class PersonColumn:
    label: str  # "Name" or "Name (R2)" when there are several rounds
    round_number: int
    person: str  # name, or "Person 3" when anonymised
    answers: dict[int, str]  # item id -> answer value


@dataclass
class ChecklistSummary:
    scale: list[str]
    items: list[ItemResult]
    rounds: list[model.Round]
    respondents: dict[int, int]  # round number -> people who confirmed
    ticks: list[tuple[str, int]]  # first round: (label, "trifft zu" count)
    people: list[PersonColumn] = field(default_factory=list)  # only when asked for

    @property
    def has_answers(self) -> bool:
        return any(r.total for i in self.items for r in i.rounds)

    def most_disputed(self, limit: int = 5) -> list[ItemResult]:
        disputed = [i for i in self.items if i.disagreement > 0]
        disputed.sort(key=lambda i: (-i.disagreement, i.item.position))
        return disputed[:limit]


def summarize(data: model.WorkshopData, *, individual: bool, anonymous: bool, seed: int | None = None) -> ChecklistSummary:
    """``seed``: the order of the pseudonyms (``ExportOptions.pseudonym_seed``); None: fresh."""
    cl = data.checklist
    rounds = sorted(cl.rounds, key=lambda r: r.number)
    tick_scale = [v for v in enums.Answer.ALL if v in cl.catalog.scale] or list(enums.Answer.ALL)
    offered = {i.id: scales.values_for(i.scale, tick_scale) for i in cl.items}
    # Every answer some item offers, in scale order (the columns of the Excel sheet).
    scale = [v for v in scales.DISPLAY_ORDER if any(v in vs for vs in offered.values())] or tick_scale
    by_round: dict[int, list[model.IndividualAnswer]] = {r.id: [] for r in rounds if r.id is not None}
    for a in cl.answers:
        by_round.setdefault(a.round_id, []).append(a)
    joint = {j.item_id: j for j in cl.joint}
    items = []
    for item in sorted(cl.items, key=lambda i: (i.position, i.id or 0)):
        assert item.id is not None  # an item read from the file has its id
        results = [
            RoundResult(r.number, stats.distribution(_answers(by_round, r), item.id, offered[item.id]))
            for r in rounds
            if r.item_ids is None or item.id in r.item_ids
        ]
        items.append(
            ItemResult(item, [r for r in results if r.total] or results[-1:], joint.get(item.id), offered[item.id])
        )
    respondents = {
        r.number: len({s.participant_id for s in cl.submissions if s.round_id == r.id} - {None})
        or len({a.participant_id for a in _answers(by_round, r) if a.participant_id is not None})
        for r in rounds
    }
    labels = _labels(data, anonymous, seed)
    first = _answers(by_round, rounds[0]) if rounds else []
    ticks = _ticks(first, labels, anonymous)
    people = _people(rounds, by_round, labels) if individual else []
    return ChecklistSummary(scale, items, rounds, respondents, ticks, people)


def _answers(by_round: dict[int, list[model.IndividualAnswer]], rnd: model.Round) -> list[model.IndividualAnswer]:
    """The answers given in one round (none for a round not yet stored)."""
    return by_round.get(rnd.id, []) if rnd.id is not None else []


def _labels(data: model.WorkshopData, anonymous: bool, seed: int | None) -> dict[int, str]:
    # (position, id, name): ordered by position, then id; ids are unique, names never compared.
    people = sorted((p.position, p.id, p.name) for p in data.participants if p.id is not None)
    if not anonymous:
        return {pid: name for _, pid, name in people}
    # Only those who answered get a number, in an order unrelated to the participant
    # list, so "Person 3" is not simply the third name on the cover.
    answered = {a.participant_id for a in data.checklist.answers}
    order = [pid for _, pid, _ in people if pid in answered]
    (random.SystemRandom() if seed is None else random.Random(seed)).shuffle(order)
    # The dict's order is the display order: Person 1, Person 2, ...
    return {pid: f"Person {n}" for n, pid in enumerate(order, start=1)}


def _ticks(answers: list[model.IndividualAnswer], labels: dict[int, str], anonymous: bool) -> list[tuple[str, int]]:
    counts = stats.ticks_per_participant(answers)
    rows = [(labels.get(pid, f"#{pid}"), n) for pid, n in counts.items()]
    if anonymous:
        rows.sort(key=lambda r: -r[1])  # a ranking reveals nothing about who is who
    else:
        order = list(labels)
        rows = [(labels.get(pid, f"#{pid}"), counts[pid]) for pid in sorted(counts, key=_index(order))]
    return rows


def _index(order: list[int]):  # noqa: ANN202 - tiny sort key factory
    return lambda pid: order.index(pid) if pid in order else len(order)


def _people(
    rounds: list[model.Round], by_round: dict[int, list[model.IndividualAnswer]], labels: dict[int, str]
) -> list[PersonColumn]:
    columns = []
    many = len([r for r in rounds if _answers(by_round, r)]) > 1
    order = list(labels)
    for r in rounds:
        per_person: dict[int, dict[int, str]] = {}
        for a in _answers(by_round, r):
            if a.participant_id is not None:
                per_person.setdefault(a.participant_id, {})[a.item_id] = a.value
        for pid in sorted(per_person, key=_index(order)):
            label = labels.get(pid, f"#{pid}")
            columns.append(PersonColumn(f"{label} (R{r.number})" if many else label, r.number, label, per_person[pid]))
    return columns
