"""The services' rules applied to a whole workshop at once (``restore`` and ``check``).

A restored dump and a checked file must satisfy exactly what the services enforce on
every single edit, so this module calls the services' own check functions (card
kinds, colours, geometry, text lengths, names, dates, statuses, "one open round") and
adds the references the database would otherwise only find as a constraint error.
An unknown vocabulary value is reported as ``UnknownValueError`` ("newer version"):
it is what a file written by a later version looks like.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from fh_desktop.domain import enums, model, scales
from fh_desktop.domain.errors import FhError, UnknownValueError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.services import actions as action_rules
from fh_desktop.store.services import board as board_rules
from fh_desktop.domain.checks import MSG_CHOICE
from fh_desktop.store.services.base import check_choice, check_texts
from fh_desktop.store.services.checklist import MSG_NOT_ON_SCALE
from fh_desktop.store.services.meta import MSG_NAME_TAKEN, MetaService

MSG_UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "errors",
    "„{value}“ ist kein bekannter Wert für {field}; die Datei stammt vermutlich aus einer neueren "
    "Version. Bitte aktualisieren Sie das Programm.",
)
MSG_DANGLING = QT_TRANSLATE_NOOP("errors", "{what} Nr. {ident} verweist auf {target} Nr. {ref}, die es nicht gibt.")
MSG_DUPLICATE_ID = QT_TRANSLATE_NOOP("errors", "{what} Nr. {ident} kommt mehrfach vor.")
MSG_TWO_OPEN_ROUNDS = QT_TRANSLATE_NOOP("errors", "Es ist mehr als eine Einzelrunde offen.")
MSG_BAD_STEP = QT_TRANSLATE_NOOP("errors", "Schritt {step} gibt es nicht.")
MSG_WHERE = QT_TRANSLATE_NOOP("errors", "{what} Nr. {ident}: {problem}")
MSG_BAD_COUNT = QT_TRANSLATE_NOOP("errors", "Runde {number}: {count} ist keine Anzahl (ganze Zahl ab 0).")
MSG_ROUND_TWICE = QT_TRANSLATE_NOOP("errors", "Runde {number} kommt mehrfach vor.")

# Entity names as the services use them (``ui.common.errors.ENTITY_NAMES`` translates them).
CARD, LINK, ZONE, DOT, ITEM, ROUND = "Karte", "Verbindung", "Zone", "Klebepunkt", "Aussage", "Runde"
PERSON, STEP, ACTION = "Teilnehmende", "Schritt", "Maßnahme"


Check = Callable[[dict[str, Any]], None]


def _rules(obj: object, *checks: Check) -> Callable[[], None]:
    """Run the services' ``checks`` on the fields of ``obj``, as an edit would."""
    values = dict(vars(obj))

    def run() -> None:
        for check in checks:
            check(values)

    return run


def _choice(field: str, value: str, allowed: tuple[str, ...]) -> Callable[[], None]:
    def run() -> None:
        check_choice(field, value, allowed)

    return run


def _texts(**values: Any) -> Callable[[], None]:
    def run() -> None:
        check_texts(values)

    return run


def _unknown_if_choice(exc: ValidationError) -> FhError:
    if exc.template == MSG_CHOICE:
        return UnknownValueError(MSG_UNKNOWN_VALUE, **exc.args_map)
    return exc


class _Collector:
    def __init__(self) -> None:
        self.problems: list[FhError] = []

    def run(self, what: str, ident: object, check: Callable[[], None]) -> None:
        try:
            check()
        except ValidationError as exc:
            err = _unknown_if_choice(exc)
            if isinstance(err, UnknownValueError):
                self.problems.append(err)
            else:
                self.problems.append(ValidationError(MSG_WHERE, what=what, ident=ident, problem=str(err)))

    def ref(self, what: str, ident: object, target: str, ref: object, known: set[Any]) -> None:
        if ref not in known:
            self.problems.append(ValidationError(MSG_DANGLING, what=what, ident=ident, target=target, ref=ref))

    def unique(self, what: str, ids: Iterable[Any]) -> set[Any]:
        seen: set[Any] = set()
        for ident in ids:
            if ident in seen:
                self.problems.append(ValidationError(MSG_DUPLICATE_ID, what=what, ident=ident))
            seen.add(ident)
        return seen


def workshop_problems(data: model.WorkshopData) -> list[FhError]:
    """Everything in ``data`` the services would refuse; empty when it is sound."""
    c = _Collector()
    c.run("Workshop", 1, _rules(data.workshop, check_texts))
    names: set[str] = set()
    people = c.unique(PERSON, (p.id for p in data.participants))
    for p in data.participants:

        def person(p: model.Participant = p) -> None:
            name = MetaService._valid_name(p.name)
            check_texts({"role": p.role})
            if name.lower() in names:
                raise ValidationError(MSG_NAME_TAKEN, name=name)
            names.add(name.lower())

        c.run(PERSON, p.id, person)
    _board(c, data.board)
    _checklist(c, data.checklist, people)
    _earlier(c, data.earlier)
    cards = {card.id for card in data.board.cards}
    items = {i.id for i in data.checklist.items}
    c.unique(ACTION, (a.id for a in data.actions))
    for a in data.actions:
        c.run(ACTION, a.id, _rules(a, action_rules._check, check_texts))
        for item_id in a.item_ids:
            c.ref(ACTION, a.id, ITEM, item_id, items)
        for card_id in a.card_ids:
            c.ref(ACTION, a.id, CARD, card_id, cards)
    for step in data.steps:
        if step.step not in enums.STEP_TITLES:
            c.problems.append(ValidationError(MSG_BAD_STEP, step=step.step))
        c.run(STEP, step.step, _choice("status", step.status, enums.StepStatus.ALL))
    for q in data.questions:
        if q.step not in enums.STEP_TITLES:
            c.problems.append(ValidationError(MSG_BAD_STEP, step=q.step))
        c.run(STEP, q.step, _texts(text=q.text))
    return c.problems


def _board(c: _Collector, board: model.Board) -> None:
    cards = c.unique(CARD, (card.id for card in board.cards))
    for card in board.cards:
        c.run(CARD, card.id, _rules(card, board_rules._check_card, check_texts))
    c.unique(LINK, (link.id for link in board.links))
    for link in board.links:
        c.run(LINK, link.id, _rules(link, board_rules._check_link, check_texts))
        c.ref(LINK, link.id, CARD, link.source_id, cards)
        c.ref(LINK, link.id, CARD, link.target_id, cards)
    c.unique(ZONE, (zone.id for zone in board.zones))
    for zone in board.zones:
        c.run(ZONE, zone.id, _rules(zone, board_rules._check_zone, check_texts))
    c.unique(DOT, (dot.id for dot in board.dots))
    for dot in board.dots:
        c.run(DOT, dot.id, _rules(dot, lambda values: board_rules._check_color(values["color"])))
        c.ref(DOT, dot.id, CARD, dot.card_id, cards)


def _on_scale(field: str, value: str, offered: list[str]) -> Callable[[], None]:
    """As the checklist service: a known answer code (else "newer version"), offered by the item."""

    def run() -> None:
        check_choice(field, value, scales.ALL_VALUES)
        if value not in offered:
            raise ValidationError(MSG_NOT_ON_SCALE, value=value)

    return run


def _checklist(c: _Collector, cl: model.Checklist, people: set[Any]) -> None:
    for value in cl.catalog.scale:
        c.run("Katalog", 1, _choice("Antwortskala", value, enums.Answer.ALL))
    items = c.unique(ITEM, (i.id for i in cl.items))
    offered: dict[int | None, list[str]] = {}
    for item in cl.items:
        c.run(ITEM, item.id, _rules(item, check_texts))
        c.run(ITEM, item.id, _choice("Skala", item.scale, scales.TYPES))
        offered[item.id] = scales.values_for(item.scale, cl.catalog.scale)
    rounds = c.unique(ROUND, (r.id for r in cl.rounds))
    for rnd in cl.rounds:
        c.run(ROUND, rnd.id, _choice("Rundenstatus", rnd.state, enums.RoundState.ALL))
        for item_id in rnd.item_ids or []:
            c.ref(ROUND, rnd.id, ITEM, item_id, items)
    if sum(r.state == enums.RoundState.OPEN for r in cl.rounds) > 1:
        c.problems.append(ValidationError(MSG_TWO_OPEN_ROUNDS))
    for sub in cl.submissions:
        c.run(ROUND, sub.round_id, _texts(Kommentar=sub.comment))
        c.ref(ROUND, sub.round_id, ROUND, sub.round_id, rounds)
        if sub.participant_id is not None:
            c.ref(ROUND, sub.round_id, PERSON, sub.participant_id, people)
    for answer in cl.answers:
        c.run(ROUND, answer.round_id, _on_scale("Antwort", answer.value, offered.get(answer.item_id, list(scales.ALL_VALUES))))
        c.ref(ROUND, answer.round_id, ROUND, answer.round_id, rounds)
        c.ref(ROUND, answer.round_id, ITEM, answer.item_id, items)
        if answer.participant_id is not None:
            c.ref(ROUND, answer.round_id, PERSON, answer.participant_id, people)
    for joint in cl.joint:
        c.ref(ITEM, joint.item_id, ITEM, joint.item_id, items)
        if joint.value is not None:
            values = offered.get(joint.item_id, list(scales.ALL_VALUES))
            c.run(ITEM, joint.item_id, _on_scale("gemeinsame Einschätzung", joint.value, values))
        c.run(ITEM, joint.item_id, _texts(note=joint.note))


def _earlier(c: _Collector, earlier: list[model.EarlierWorkshop]) -> None:
    """Earlier workshops' results: known scales, and per round one count per value of it."""
    for e in earlier:
        when = e.date.strftime("%d.%m.%Y") if e.date else "–"
        c.run("Workshop", when, _texts(title=e.title, kommune=e.kommune, place=e.place))
        for item in e.items:
            ident = f"{item.code} ({when})"
            c.run(ITEM, ident, _rules(item, lambda v: check_texts({k: v[k] for k in ("statement", "topic", "note")})))
            c.run(ITEM, ident, _choice("Skala", item.scale, scales.TYPES))
            if item.scale not in scales.TYPES:
                continue
            # Levels of the item's own scale and „kann ich nicht beurteilen“ (whatever the catalog offered).
            levels = [*scales.LEVELS[item.scale], scales.UNKNOWN] if scales.is_answerable(item.scale) else []
            if item.joint_value is not None:
                c.run(ITEM, ident, _on_scale("gemeinsame Einschätzung", item.joint_value, levels))
            seen: set[int] = set()
            for r in item.rounds:
                c.run(ITEM, ident, _earlier_round(r, levels, seen))


def _earlier_round(r: model.EarlierRound, levels: list[str], seen: set[int]) -> Callable[[], None]:
    def run() -> None:
        if r.number in seen:
            raise ValidationError(MSG_ROUND_TWICE, number=r.number)
        seen.add(r.number)
        for value, count in r.counts.items():
            check_choice("Antwort", value, scales.ALL_VALUES)
            if value not in levels:
                raise ValidationError(MSG_NOT_ON_SCALE, value=value)
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValidationError(MSG_BAD_COUNT, number=r.number, count=count)

    return run
