"""Taking over an action plan edited in Excel, all or nothing (one transaction).

``preview`` compares the sheet with the workshop as it is now; ``apply`` compares
again inside the write transaction (so nothing can change in between), refuses a
plan with problems, and writes every change or none.
"""

from __future__ import annotations

from sqlalchemy import func, select

from fh_desktop.domain import action_import as ai
from fh_desktop.domain import cycle, model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import convert
from fh_desktop.store.events import Op, Topic
from fh_desktop.store.rows import ActionCardRow, ActionItemRow, ActionRow, WorkshopRow
from fh_desktop.store.services.actions import _links
from fh_desktop.store.services.base import Service
from fh_desktop.store.services.cycle import read_earlier

MSG_PROBLEMS = QT_TRANSLATE_NOOP(
    "errors", "{count} Zeile(n) der Tabelle können nicht übernommen werden; es wurde nichts geändert. {first}"
)
MSG_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors", "Die Maßnahmen wurden seit der Vorschau geändert. Bitte die Vorschau erneut ansehen."
)


class ActionImportService(Service):
    def preview(self, sheet: ai.ActionSheet) -> ai.ImportPlan:
        actions, workshop = self.wf.actions.actions(), self.wf.meta.workshop()
        sheet = cycle.sheet_for_follow_up(sheet, actions, workshop, self.wf.cycle.earlier())
        return ai.plan_import(sheet, actions, workshop)

    def apply(self, sheet: ai.ActionSheet, expected: ai.ImportPlan | None = None) -> ai.ImportPlan:
        """Write the plan for ``sheet``; with ``expected``, only if it is still that plan."""
        with self.wf.transaction() as s:
            current = _actions(s)
            workshop = convert.to_domain(model.Workshop, s.get(WorkshopRow, 1))
            sheet = cycle.sheet_for_follow_up(sheet, current, workshop, read_earlier(s))
            plan = ai.plan_import(sheet, current, workshop)
            if not plan.ok:
                raise ValidationError(MSG_PROBLEMS, count=len({p.row for p in plan.problems}), first=plan.problems[0])
            if expected is not None and _summary(plan) != _summary(expected):
                raise ValidationError(MSG_CHANGED_MEANWHILE)
            position = s.scalar(select(func.max(ActionRow.position))) or 0
            added: list[int] = []
            for change in plan.changes:
                if change.is_new:
                    position += 1
                    row = ActionRow(**convert.columns_of(model.Action(position=position), ActionRow, skip=("id",)))
                    convert.apply(row, change.values())
                    s.add(row)
                    s.flush()
                    change.action_id = row.id
                    added.append(row.id)
                else:
                    convert.apply(s.get(ActionRow, change.action_id), change.values())
        for change in plan.changes:
            self._emit(Topic.ACTION, Op.ADDED if change.action_id in added else Op.CHANGED, change.action_id)
        return plan


def _actions(s) -> list[model.Action]:  # noqa: ANN001 - the Session of the running transaction
    items, cards = _links(s, ActionItemRow, "item_id"), _links(s, ActionCardRow, "card_id")
    out = []
    for row in s.scalars(select(ActionRow).order_by(ActionRow.position, ActionRow.id)):
        a = convert.to_domain(model.Action, row)
        a.item_ids, a.card_ids = items.get(row.id, []), cards.get(row.id, [])
        out.append(a)
    return out


def _summary(plan: ai.ImportPlan) -> list[tuple]:
    return [(c.row, c.action_id, tuple(c.changes)) for c in plan.changes]
