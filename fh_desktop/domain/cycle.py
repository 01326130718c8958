"""The planning cycle: a follow-up workshop built from a previous one, and its Wiedervorlage.

``follow_up_data`` is a pure function from the previous workshop (a ``WorkshopData``)
to the new one: same header (new date, maybe a new title), the participants the
moderator keeps, the board as it was, the same catalog with no answers yet, the whole
action plan with its status and origin, and the previous checklist *results* as a
read-only ``EarlierWorkshop``: distributions per round, joint assessments and notes.
Individual answers never leave the previous file.

Ids of cards, items and actions are kept, so an action's Nr. stays the same through
a chain of follow-ups and the previous workshop's Excel export still fits.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from fh_desktop.domain import action_import as ai
from fh_desktop.domain import enums, model, scales, stats
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP


class ReviewDecision:
    """What the Wiedervorlage decided about one carried-over action."""

    DONE = "erledigt"
    CONTINUED = "weiter"
    CHANGED = "geaendert"
    DROPPED = "verworfen"
    ALL = (DONE, CONTINUED, CHANGED, DROPPED)
    LABELS = {
        DONE: QT_TRANSLATE_NOOP("enums", "erledigt"),
        CONTINUED: QT_TRANSLATE_NOOP("enums", "wird fortgesetzt"),
        CHANGED: QT_TRANSLATE_NOOP("enums", "wird geändert fortgesetzt"),
        DROPPED: QT_TRANSLATE_NOOP("enums", "wird nicht weiterverfolgt"),
    }


CLOSED = (enums.Status.DONE, enums.Status.DROPPED)


def status_after(decision: str, status: str) -> str:
    """The action's status once ``decision`` is taken (an open action stays open when continued)."""
    if decision == ReviewDecision.DONE:
        return enums.Status.DONE
    if decision == ReviewDecision.DROPPED:
        return enums.Status.DROPPED
    return enums.Status.IN_PROGRESS if status in CLOSED else status


def origin_label(action: model.Action) -> str:
    """"aus Workshop vom 12.03.2025, Nr. 4" (German source text), or "" for a new action."""
    if action.origin_number is None:
        return ""
    when = action.origin_date.strftime("%d.%m.%Y") if action.origin_date else "?"
    return f"aus Workshop vom {when}, Nr. {action.origin_number}"


def is_carried(action: model.Action, earlier: list[model.EarlierWorkshop]) -> bool:
    """Planned in an earlier workshop of the chain (not added in this one)."""
    return action.origin_number is not None and bool(earlier)


def to_review(actions: Iterable[model.Action], earlier: list[model.EarlierWorkshop]) -> list[model.Action]:
    """The Wiedervorlage's list: carried-over actions that were neither done nor dropped.

    An action already reviewed in this workshop stays in the list (so going back shows
    it), even when the review closed it.
    """
    origin = earlier[-1] if earlier else None
    out = []
    for a in sorted(actions, key=lambda a: (a.position, a.id or 0)):
        if not is_carried(a, earlier) or origin is None:
            continue
        if a.review_decision or a.status not in CLOSED:
            out.append(a)
    return out


@dataclass
class ReviewSummary:
    total: int = 0
    decided: dict[str, list[model.Action]] = field(default_factory=dict)
    pending: list[model.Action] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return not self.pending


def review_summary(actions: list[model.Action]) -> ReviewSummary:
    """What the Wiedervorlage decided over ``to_review``'s list, by decision."""
    summary = ReviewSummary(total=len(actions), decided={d: [] for d in ReviewDecision.ALL})
    for a in actions:
        if a.review_decision in summary.decided:
            summary.decided[a.review_decision].append(a)
        else:
            summary.pending.append(a)
    return summary


# --- building the follow-up -------------------------------------------------------


def results_of(data: model.WorkshopData, file_id: str = "") -> model.EarlierWorkshop:
    """The checklist results of ``data`` as an earlier workshop: counts and joint assessments only."""
    cl = data.checklist
    rounds = sorted(cl.rounds, key=lambda r: r.number)
    by_round: dict[int | None, list[model.IndividualAnswer]] = {}
    for a in cl.answers:
        by_round.setdefault(a.round_id, []).append(a)
    joint = {j.item_id: j for j in cl.joint}
    items = []
    for n, item in enumerate(sorted(cl.items, key=lambda i: (i.position, i.id or 0)), start=1):
        # One count per value the item offers (its own scale), and any other value given.
        values = scales.values_for(item.scale, cl.catalog.scale)
        counts = []
        for r in rounds:
            if r.item_ids is not None and item.id not in r.item_ids:
                continue
            dist = stats.distribution(by_round.get(r.id, []), item.id or 0, values)
            if stats.total(dist):
                counts.append(model.EarlierRound(r.number, dist))
        j = joint.get(item.id) if item.id is not None else None
        items.append(
            model.EarlierItem(
                position=n,
                code=item.code,
                topic=item.topic,
                statement=item.statement,
                scale=item.scale,
                joint_value=j.value if j else None,
                note=j.note if j else "",
                needs_action=j.needs_action if j else False,
                rounds=counts,
            )
        )
    w = data.workshop
    return model.EarlierWorkshop(
        title=w.title,
        kommune=w.kommune,
        date=w.date,
        place=w.place,
        file_id=file_id,
        catalog_key=cl.catalog.key,
        catalog_title=cl.catalog.title,
        items=items,
    )


def follow_up_data(
    previous: model.WorkshopData,
    *,
    date: dt.date | None,
    title: str | None = None,
    participant_ids: Iterable[int] | None = None,
    file_id: str = "",
) -> model.WorkshopData:
    """The new workshop built from ``previous`` (see the module doc). ``participant_ids``: None = all."""
    prev = copy.deepcopy(previous)
    keep = None if participant_ids is None else set(participant_ids)
    workshop = model.Workshop(
        title=prev.workshop.title if title is None else title,
        kommune=prev.workshop.kommune,
        date=date,
        place=prev.workshop.place,
        moderator=prev.workshop.moderator,
        notes="",
    )
    actions = []
    for a in prev.actions:
        if a.origin_number is None:
            a.origin_date, a.origin_number, a.origin_file_id = prev.workshop.date, a.id, file_id
        a.review_decision = ""
        actions.append(a)
    earlier = [*prev.earlier, results_of(prev, file_id)]
    next_item = 1
    for pos, e in enumerate(earlier, start=1):
        e.id, e.position = pos, pos
        for it in e.items:
            it.id, it.earlier_id = next_item, pos
            next_item += 1
    return model.WorkshopData(
        workshop=workshop,
        participants=[p for p in prev.participants if keep is None or p.id in keep],
        board=prev.board,
        checklist=model.Checklist(catalog=prev.checklist.catalog, items=prev.checklist.items),
        actions=actions,
        steps=[model.StepPlan(s.step, s.planned_minutes, enums.StepStatus.OPEN, 0.0) for s in prev.steps],
        questions=prev.questions,
        earlier=earlier,
    )


# --- Excel re-import of an earlier workshop's export --------------------------------


def sheet_for_follow_up(
    sheet: ai.ActionSheet, actions: list[model.Action], workshop: model.Workshop, earlier: list[model.EarlierWorkshop]
) -> ai.ActionSheet:
    """An export of an earlier workshop of the chain, with its Nr. matched by origin.

    A carried-over action keeps its Nr. (``origin_number``); a row whose Nr. no
    carried-over action has (e.g. the action was removed here) is refused by name
    instead of touching whatever action now has that id. The follow-up's own export,
    and exports without a date in their record, are returned unchanged.
    """
    date = sheet.source_date
    if date is None or date == workshop.date or not any(e.date == date for e in earlier):
        return sheet
    by_origin = {a.origin_number: a.id for a in actions if a.origin_number is not None and a.id is not None}
    out = copy.copy(sheet)
    out.rows, out.problems = [], list(sheet.problems)
    for row in sheet.rows:
        try:
            ident = ai.parse_id(row.cells.get("id"))
        except ai.CellError:
            out.rows.append(row)
            continue
        if ident is None:
            out.rows.append(row)
        elif ident in by_origin:
            out.rows.append(ai.SheetRow(row.number, {**row.cells, "id": by_origin[ident]}))
        else:
            out.problems.append(ai.Problem(ai.msg(ai.MSG_UNKNOWN_ID, ident=ident), row=row.number))
    if sheet.originals is not None:
        out.originals = {by_origin[i]: v for i, v in sheet.originals.items() if i in by_origin}
    return out
