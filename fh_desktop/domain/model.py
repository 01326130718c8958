"""Plain-data entities of one workshop.

These dataclasses are what every layer exchanges: the store returns them, the
exporters and the dump read them, the UI shows them. They hold no Qt and no SQL.
Field names equal the column names of the matching ORM rows (``store.rows``), so
the conversion between both is mechanical.

Dates are ``datetime.date`` (or ``None``); geometry is plain floats.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from fh_desktop.domain import enums

# The longest text any field may hold: generous, but stops a pasted novel from making the
# board and the exports unusable. The store refuses longer texts, the forms stop there.
MAX_TEXT = 20_000


@dataclass
class Workshop:
    title: str = ""
    kommune: str = ""
    date: _dt.date | None = None
    place: str = ""
    moderator: str = ""
    notes: str = ""


@dataclass
class Participant:
    id: int | None = None
    name: str = ""
    role: str = ""  # Fachbereich / Funktion
    is_observer: bool = False  # observers take part but do not score the checklist
    position: int = 0


# --- Step 1: Pinnwand -------------------------------------------------------


@dataclass
class Card:
    id: int | None = None
    kind: str = enums.CardKind.ACTOR
    title: str = ""
    text: str = ""
    area: str = enums.PlanningArea.OTHER
    x: float = 0.0
    y: float = 0.0
    w: float = 220.0
    h: float = 120.0
    z: float = 0.0
    influence: int | None = None  # 0-3 for actors, None = not rated


@dataclass
class Link:
    id: int | None = None
    source_id: int = 0
    target_id: int = 0
    kind: str = enums.LinkKind.EXCHANGE
    direction: str = enums.LinkDirection.FORWARD
    label: str = ""


@dataclass
class Zone:
    id: int | None = None
    label: str = ""
    color: str = "#e8eef7"
    x: float = 0.0
    y: float = 0.0
    w: float = 600.0
    h: float = 400.0
    z: float = -100.0


@dataclass
class Dot:
    """A Klebepunkt on a card."""

    id: int | None = None
    card_id: int = 0
    color: str = enums.DOT_COLORS[0]


@dataclass
class DotMeaning:
    """What a Klebepunkt colour means in this workshop ("rot = dringend klären")."""

    color: str = enums.DOT_COLORS[0]
    meaning: str = ""


# --- Step 2: Checkliste -----------------------------------------------------


@dataclass
class Catalog:
    """The workshop's own copy of the chosen checklist catalog (header)."""

    key: str = ""
    title: str = ""
    source: str = ""
    scale: list[str] = field(default_factory=lambda: list(enums.Answer.ALL))  # tick values offered
    dialogue_source: str = ""  # where the catalog's dialogue questions come from


@dataclass
class CatalogItem:
    id: int | None = None
    position: int = 0
    code: str = ""
    topic: str = ""
    statement: str = ""
    help: str = ""
    scale: str = "tick"  # domain.scales: tick, graded, frequency, open
    origin: str = "quoted"  # domain.catalog: quoted, adapted, own
    original: str = ""  # the verbatim source text of an adapted statement
    level: str = ""  # "strategisch", "operativ" or "" (not stated by the source)
    refs: list[str] = field(default_factory=list)  # crosswalk, e.g. ["pruefkriterien:4.1.2"]


@dataclass
class Round:
    """One individual round of the checklist (1 = first, 2 = second ...)."""

    id: int | None = None
    number: int = 1
    item_ids: list[int] | None = None  # None = all items
    state: str = enums.RoundState.OPEN
    anonymous: bool = False


@dataclass
class Submission:
    """Marks that a participant has confirmed their answers in a round."""

    round_id: int = 0
    participant_id: int | None = None
    comment: str = ""


@dataclass
class IndividualAnswer:
    """One participant's answer to one item in one round: personal data until anonymised.
    (The answer *values* are the vocabulary ``enums.Answer`` and the ``domain.scales``.)"""

    id: int | None = None
    round_id: int = 0
    participant_id: int | None = None  # None once anonymised
    item_id: int = 0
    value: str = enums.Answer.UNKNOWN


@dataclass
class JointAssessment:
    item_id: int = 0
    value: str | None = None
    note: str = ""
    needs_action: bool = False


# --- Step 3: Maßnahmen ------------------------------------------------------


@dataclass
class Action:
    id: int | None = None
    position: int = 0
    title: str = ""
    goal: str = ""
    description: str = ""
    responsible: str = ""
    involved: str = ""
    start: _dt.date | None = None
    due: _dt.date | None = None
    priority: str = enums.Priority.MEDIUM
    status: str = enums.Status.OPEN
    resources: str = ""
    indicator: str = ""
    item_ids: list[int] = field(default_factory=list)  # linked checklist items
    card_ids: list[int] = field(default_factory=list)  # linked board cards
    # The planning cycle (``domain.cycle``): Stand der Umsetzung, next review, the
    # decision of this workshop's Wiedervorlage, and where a carried-over action began.
    progress: str = ""
    review_on: _dt.date | None = None
    review_decision: str = ""  # "" = not reviewed in this workshop (cycle.ReviewDecision)
    origin_date: _dt.date | None = None  # date of the workshop it was first planned in
    origin_number: int | None = None  # its Nr. there (kept through every follow-up)
    origin_file_id: str = ""
    dimension: str = ""  # Qualitätsdimension/Entwicklungsziel, e.g. "QD 4 · 1.5"
    working_group: str = ""  # Kleingruppe or the two Fachbereiche planning together
    needs_committee: bool = False  # Befassung im Gremium nötig (Vorlage an JHA/Kreistag)
    level: str = ""  # Ebene: "strategisch", "operativ" or ""


# --- Moderation ------------------------------------------------------------


@dataclass
class StepPlan:
    step: int = 1
    planned_minutes: int = 60
    status: str = enums.StepStatus.OPEN
    elapsed_seconds: float = 0.0


@dataclass
class GuidingQuestion:
    id: int | None = None
    step: int = 1
    position: int = 0
    text: str = ""
    note: str = ""  # what the room said about it (Gesprächsleitfaden)
    origin: str = "quoted"  # quoted, adapted or own, as in the catalogs


# --- The planning cycle: results of earlier workshops (read-only) -------------


@dataclass
class EarlierRound:
    """How many gave which answer on one item in one individual round (no names).

    ``counts`` holds one entry per answer value the item offered, in button order
    (``scales.values_for``: the levels of its tick, graded or frequency scale, then
    „kann ich nicht beurteilen“ where the catalog offers it), 0 where nobody chose it.
    """

    number: int = 1
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class EarlierItem:
    id: int | None = None
    earlier_id: int = 0
    position: int = 0
    code: str = ""
    topic: str = ""
    statement: str = ""
    scale: str = "tick"  # the item's scale then (domain.scales: tick, graded, frequency, open)
    joint_value: str | None = None
    note: str = ""
    needs_action: bool = False
    rounds: list[EarlierRound] = field(default_factory=list)


@dataclass
class EarlierWorkshop:
    """One earlier workshop of the chain ("Workshop vom <Datum>"); the last one is the origin."""

    id: int | None = None
    position: int = 0
    title: str = ""
    kommune: str = ""
    date: _dt.date | None = None
    place: str = ""
    file_id: str = ""
    catalog_key: str = ""
    catalog_title: str = ""
    items: list[EarlierItem] = field(default_factory=list)


# --- The whole workshop ----------------------------------------------------


@dataclass
class Board:
    cards: list[Card] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    # One per colour, the workshop's legend; not part of equality: a board is empty without cards.
    dot_meanings: list[DotMeaning] = field(default_factory=list, compare=False)


@dataclass
class Checklist:
    catalog: Catalog = field(default_factory=Catalog)
    items: list[CatalogItem] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    submissions: list[Submission] = field(default_factory=list)
    answers: list[IndividualAnswer] = field(default_factory=list)
    joint: list[JointAssessment] = field(default_factory=list)


@dataclass
class WorkshopData:
    """A complete, detached snapshot: what dump, restore and the exporters use."""

    workshop: Workshop = field(default_factory=Workshop)
    participants: list[Participant] = field(default_factory=list)
    board: Board = field(default_factory=Board)
    checklist: Checklist = field(default_factory=Checklist)
    actions: list[Action] = field(default_factory=list)
    steps: list[StepPlan] = field(default_factory=list)
    questions: list[GuidingQuestion] = field(default_factory=list)
    earlier: list[EarlierWorkshop] = field(default_factory=list)  # oldest first
