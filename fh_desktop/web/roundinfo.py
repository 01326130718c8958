"""What the phones may see of the open round, read on the owner thread into plain data.

Only the round's statements, each with its answer scale, the scoring participants' names
and *whether* each has answered leave the store this way — never an answer or comment.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from fh_desktop import resources
from fh_desktop.domain import enums, scales


@dataclass(frozen=True)
class Statement:
    id: int
    code: str
    topic: str
    statement: str
    help: str
    scale: str = scales.TICK  # domain.scales: the kind of answer this statement asks for


@dataclass(frozen=True)
class ScaleOption:
    value: str
    de: str
    en: str
    unknown: bool  # "kann ich nicht beurteilen": shown apart from the graded answers


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class RoundInfo:
    round_id: int
    number: int
    anonymous: bool
    statements: tuple[Statement, ...]
    # (scale kind, its options in button order) for every kind the statements use, in the
    # order they first appear: a round may mix ticks, graded and frequency items.
    scales: tuple[tuple[str, tuple[ScaleOption, ...]], ...]
    people: tuple[Person, ...]
    answered: frozenset[int]

    def person(self, ident: int) -> Person | None:
        return next((p for p in self.people if p.id == ident), None)

    def options(self, kind: str) -> tuple[ScaleOption, ...]:
        return next((opts for k, opts in self.scales if k == kind), ())

    def complete(self) -> bool:
        return bool(self.people) and all(p.id in self.answered for p in self.people)


@lru_cache(maxsize=4)
def translations(language: str, context: str) -> dict[str, str]:
    """German source -> translation from the app's own .ts file (no Qt needed to read XML)."""
    try:
        tree = ET.parse(resources.path("translations", f"fh_desktop_{language}.ts"))
    except (OSError, ET.ParseError):
        return {}
    out: dict[str, str] = {}
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for msg in ctx.iter("message"):
            source, target = msg.findtext("source"), msg.find("translation")
            if source and target is not None and target.text and target.get("type") != "unfinished":
                out[source] = target.text
    return out


def scale_options(scale: list[str]) -> tuple[ScaleOption, ...]:
    """The catalog's scale as the phone shows it: value, German and English label."""
    english = translations("en", "enums")
    options = []
    for value in scale:
        german = scales.LABELS.get(value, value)
        options.append(ScaleOption(value, german, english.get(german, german), value == enums.Answer.UNKNOWN))
    return tuple(options)


def read_round(wf: object) -> RoundInfo | None:
    """The open individual round of ``wf`` (a WorkshopFile), or None. Owner thread only."""
    cl = wf.checklist  # type: ignore[attr-defined]
    rnd = cl.open_round()
    if rnd is None:
        return None
    # Open questions are discussed in the room, not answered on a phone.
    items = cl.answerable_items(rnd)
    # Each statement is answered on its own scale, as at the shared screen: the same
    # values (domain.scales.values_for) that ChecklistService.submit accepts for it.
    catalog_scale = cl.catalog().scale
    kinds = list(dict.fromkeys(i.scale for i in items))
    people = [p for p in wf.meta.participants() if not p.is_observer]  # type: ignore[attr-defined]
    return RoundInfo(
        round_id=rnd.id,
        number=rnd.number,
        anonymous=rnd.anonymous,
        statements=tuple(Statement(i.id, i.code, i.topic, i.statement, i.help, i.scale) for i in items),
        scales=tuple((kind, scale_options(scales.values_for(kind, catalog_scale))) for kind in kinds),
        people=tuple(Person(p.id, p.name) for p in people),
        answered=frozenset(cl.submitted_ids(rnd.id)),
    )
