"""Comparing checklist results: over time (a follow-up and its origin) and across workshops.

Everything here works on counts and joint assessments (``model.EarlierWorkshop``,
built by ``cycle.results_of``), never on individual answers. Items are matched by
catalog and code; an item whose statement changed is named and left out of the
comparison instead of being mixed with its old wording, and so is a workshop with
another catalog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from fh_desktop.domain import cycle, enums, model, scales, stats
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.domain.messages import Message

CTX = "compare"  # translation context of the messages below


class Direction:
    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    NEW = "new"  # no earlier joint assessment to compare with
    NONE = "none"  # not (yet) assessed in this workshop
    CHANGED = "changed"  # the statement or the catalog changed: not comparable
    ALL = (BETTER, WORSE, SAME, NEW, NONE, CHANGED)
    LABELS = {
        BETTER: QT_TRANSLATE_NOOP("compare", "besser"),
        WORSE: QT_TRANSLATE_NOOP("compare", "schlechter"),
        SAME: QT_TRANSLATE_NOOP("compare", "unverändert"),
        NEW: QT_TRANSLATE_NOOP("compare", "neu eingeschätzt"),
        NONE: QT_TRANSLATE_NOOP("compare", "noch nicht eingeschätzt"),
        CHANGED: QT_TRANSLATE_NOOP("compare", "Aussage geändert, nicht vergleichbar"),
    }
    # Shape, not colour alone, carries the direction (projector, grey print).
    ARROWS = {BETTER: "▲", WORSE: "▼", SAME: "=", NEW: "•", NONE: "–", CHANGED: "≠"}


# Heat-map fills a black-and-white printer keeps apart: clearly different greys by the
# rank of the level on its scale (the top level of every scale is the darkest), white for
# "kann ich nicht beurteilen"; each cell also carries its label, so nothing depends on
# telling shades apart.
_GREYS = {3: ("#4a4a4a", "#a6a6a6", "#e6e6e6"), 4: ("#4a4a4a", "#8c8c8c", "#c8c8c8", "#ececec")}
HEAT: dict[str, tuple[str, str]] = {  # value -> (fill, text)
    **{
        value: (fill, "#ffffff" if rank == 0 else "#000000")
        for levels in (scales.TICK_LEVELS, scales.GRADED_LEVELS, scales.FREQUENCY_LEVELS)
        for rank, (value, fill) in enumerate(zip(levels, _GREYS[len(levels)], strict=True))
    },
    enums.Answer.UNKNOWN: ("#ffffff", "#000000"),
}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def direction(before: str | None, after: str | None) -> str:
    """From an earlier joint assessment to the current one (``unknown`` counts as none).

    Both are levels of the item's own scale (``scales.score``: 0 lowest .. 1 highest).
    """
    old = scales.score(before) if before else None
    new = scales.score(after) if after else None
    if new is None:
        return Direction.NONE
    if old is None:
        return Direction.NEW
    if new > old:
        return Direction.BETTER
    if new < old:
        return Direction.WORSE
    return Direction.SAME


def values_of(item: model.EarlierItem) -> list[str]:
    """The answer values ``item`` offered, in button order (from its rounds, else its scale)."""
    for r in item.rounds:
        return list(r.counts)
    return scales.values_for(item.scale)


def counts(item: model.EarlierItem) -> dict[str, int]:
    """The distribution of the item's last round that has answers: every value of its scale.

    All zeros (on the item's scale) when no round has answers, and empty for an open question.
    """
    if not item.rounds:
        return stats.empty_distribution(values_of(item))
    last = max(item.rounds, key=lambda r: r.number)
    return dict(last.counts)


def unknown_share(dist: dict[str, int]) -> float | None:
    total = stats.total(dist)
    return dist.get(enums.Answer.UNKNOWN, 0) / total if total else None


def comparable(before: model.EarlierItem, after: model.EarlierItem) -> bool:
    """The same statement on the same scale: its results can be set side by side."""
    return _norm(before.statement) == _norm(after.statement) and before.scale == after.scale


# --- over time: a follow-up against its origin -----------------------------------


@dataclass
class ItemChange:
    item: model.EarlierItem  # this workshop's result (counts and joint assessment)
    previous: model.EarlierItem | None  # the same item in the earlier workshop, None if absent
    direction: str

    @property
    def is_open(self) -> bool:
        """Still open: neither better nor worse, and not agreed at the top of its scale ("trifft zu")."""
        if self.direction in (Direction.BETTER, Direction.WORSE, Direction.CHANGED):
            return False
        value = self.item.joint_value or (self.previous.joint_value if self.previous else None)
        return not (value and scales.is_positive(value)) or self.item.needs_action


@dataclass
class OverTime:
    earlier: model.EarlierWorkshop | None
    changes: list[ItemChange] = field(default_factory=list)
    other_catalog: bool = False

    def by_code(self) -> dict[str, ItemChange]:
        return {c.item.code: c for c in self.changes}

    @property
    def improved(self) -> list[ItemChange]:
        return [c for c in self.changes if c.direction == Direction.BETTER]

    @property
    def worse(self) -> list[ItemChange]:
        return [c for c in self.changes if c.direction == Direction.WORSE]

    @property
    def still_open(self) -> list[ItemChange]:
        return [c for c in self.changes if c.is_open]

    @property
    def changed(self) -> list[ItemChange]:
        return [c for c in self.changes if c.direction == Direction.CHANGED]


def over_time(data: model.WorkshopData, earlier: model.EarlierWorkshop | None = None) -> OverTime:
    """This workshop's items against ``earlier`` (default: the workshop it was built from)."""
    if earlier is None:
        earlier = data.earlier[-1] if data.earlier else None
    now = cycle.results_of(data)
    result = OverTime(earlier)
    if earlier is None:
        return result
    result.other_catalog = earlier.catalog_key != data.checklist.catalog.key
    before = {} if result.other_catalog else {i.code: i for i in earlier.items}
    for item in now.items:
        prev = before.get(item.code)
        if prev is not None and not comparable(prev, item):
            result.changes.append(ItemChange(item, prev, Direction.CHANGED))
        else:
            result.changes.append(ItemChange(item, prev, direction(prev.joint_value if prev else None, item.joint_value)))
    return result


# --- across workshops: the matrix ------------------------------------------------

MSG_OTHER_CATALOG = QT_TRANSLATE_NOOP(
    "compare", "{label}: andere Checkliste („{catalog}“), nicht in den Vergleich aufgenommen"
)
MSG_CHANGED_ITEM = QT_TRANSLATE_NOOP(
    "compare", "{label}: Aussage {code} hat einen anderen Wortlaut, dort nicht verglichen"
)
MSG_CHANGED_SCALE = QT_TRANSLATE_NOOP(
    "compare", "{label}: Aussage {code} hat eine andere Antwortskala, dort nicht verglichen"
)


@dataclass
class Source:
    """One workshop as the comparison sees it: results (counts only) and its action plan.

    ``actions`` is None for an earlier workshop known only from a follow-up's record.
    """

    label: str
    results: model.EarlierWorkshop
    actions: list[model.Action] | None = field(default_factory=list)


def source_of(data: model.WorkshopData, label: str | None = None) -> Source:
    results = cycle.results_of(data)
    if label is None:
        label = workshop_label(results)
    return Source(label, results, list(data.actions))


def sources_with_earlier(workshops: list[model.WorkshopData]) -> list[Source]:
    """Each workshop and the earlier workshops its file records, once each, oldest first.

    A workshop given as a file wins over the same workshop known from a follow-up's record
    (it has its action plan); "the same" is the same Kommune, title and date.
    """
    found: dict[tuple, Source] = {}
    for data in workshops:
        own = source_of(data)
        found[_key(own.results)] = own
        for e in data.earlier:
            found.setdefault(_key(e), Source(workshop_label(e), e, None))
    return sorted(found.values(), key=lambda s: (s.results.date or dt.date.min, s.label))


def _key(e: model.EarlierWorkshop) -> tuple:
    return (_norm(e.kommune), _norm(e.title), e.date)


def workshop_label(e: model.EarlierWorkshop) -> str:
    when = e.date.strftime("%d.%m.%Y") if e.date else "ohne Datum"
    return f"{e.kommune or e.title or 'Workshop'} {when}"


@dataclass
class Cell:
    joint: str | None
    distribution: dict[str, int]
    unknown_share: float | None
    needs_action: bool = False


@dataclass
class Row:
    code: str
    topic: str
    statement: str
    cells: list[Cell | None]  # one per column; None: not asked there (or changed)
    scale: str = scales.TICK  # the item's scale (domain.scales)
    values: list[str] = field(default_factory=list)  # its answer values, in button order

    def distribution_values(self) -> list[str]:
        """Every value a cell of this row counts: the scale's, then any other one given."""
        out = list(self.values)
        for cell in self.cells:
            out += [v for v in (cell.distribution if cell else {}) if v not in out]
        return out


@dataclass
class Progress:
    by_status: dict[str, int]
    overdue: int
    total: int


@dataclass
class Matrix:
    catalog_key: str
    catalog_title: str
    columns: list[str]  # workshop labels
    rows: list[Row]
    progress: list[Progress | None]  # None: the action plan of that workshop is not at hand
    excluded: list[Message] = field(default_factory=list)  # workshops left out, named
    notes: list[Message] = field(default_factory=list)  # changed items, named


def progress_of(actions: list[model.Action], today: dt.date) -> Progress:
    by_status = dict.fromkeys(enums.Status.ALL, 0)
    overdue = 0
    for a in actions:
        by_status[a.status] = by_status.get(a.status, 0) + 1
        if a.status not in cycle.CLOSED and a.due is not None and a.due < today:
            overdue += 1
    return Progress(by_status, overdue, len(actions))


def build_matrix(sources: list[Source], today: dt.date | None = None) -> Matrix:
    """Items × workshops of the first source's catalog; others are named in ``excluded``."""
    today = today or dt.date.today()
    if not sources:
        return Matrix("", "", [], [], [])
    ref = sources[0].results
    labels = _unique([s.label for s in sources])
    kept: list[tuple[str, Source]] = []
    excluded = []
    for label, s in zip(labels, sources, strict=True):
        if s.results.catalog_key != ref.catalog_key:
            excluded.append(Message.of(MSG_OTHER_CATALOG, context=CTX, label=label, catalog=s.results.catalog_title or s.results.catalog_key))
        else:
            kept.append((label, s))
    order: dict[str, model.EarlierItem] = {}
    for _label, s in kept:
        for it in s.results.items:
            order.setdefault(it.code, it)
    notes = []
    rows = []
    for code, first in order.items():
        cells: list[Cell | None] = []
        for label, s in kept:
            cur = next((i for i in s.results.items if i.code == code), None)
            if cur is not None and _norm(cur.statement) != _norm(first.statement):
                notes.append(Message.of(MSG_CHANGED_ITEM, context=CTX, label=label, code=code))
                cur = None
            elif cur is not None and cur.scale != first.scale:
                notes.append(Message.of(MSG_CHANGED_SCALE, context=CTX, label=label, code=code))
                cur = None
            if cur is None:
                cells.append(None)
                continue
            dist = counts(cur)
            cells.append(Cell(cur.joint_value, dist, unknown_share(dist), cur.needs_action))
        rows.append(Row(code, first.topic, first.statement, cells, first.scale, values_of(first)))
    progress = [None if s.actions is None else progress_of(s.actions, today) for _label, s in kept]
    return Matrix(ref.catalog_key, ref.catalog_title, [label for label, _ in kept], rows, progress, excluded, notes)


def _unique(labels: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def mean_score(dist: dict[str, int]) -> float | None:
    """Average level on the item's scale (0 = lowest, 1 = highest) of those who had an opinion."""
    return stats.mean_score(dist)


def distribution_direction(before: dict[str, int], after: dict[str, int], threshold: float = 0.1) -> str:
    """Did the room's answers move up or down the scale since the earlier workshop?"""
    old, new = mean_score(before), mean_score(after)
    if new is None:
        return Direction.NONE
    if old is None:
        return Direction.NEW
    if new - old > threshold:
        return Direction.BETTER
    if old - new > threshold:
        return Direction.WORSE
    return Direction.SAME
