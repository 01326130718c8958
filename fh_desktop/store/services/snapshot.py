"""The whole workshop as one detached ``WorkshopData`` (dump, restore, exports)."""

from __future__ import annotations

from sqlalchemy import delete

from fh_desktop.domain import model
from fh_desktop.store import convert
from fh_desktop.store.events import Op, Topic
from fh_desktop.store.rows import (
    ActionCardRow,
    ActionItemRow,
    ActionRow,
    AnswerRow,
    Base,
    CardRow,
    CatalogItemRow,
    CatalogRow,
    DotRow,
    GuidingQuestionRow,
    JointAssessmentRow,
    LinkRow,
    ParticipantRow,
    RoundRow,
    StepPlanRow,
    SubmissionRow,
    WorkshopRow,
    ZoneRow,
)
from fh_desktop.store.services.base import Service
from fh_desktop.store.services.cycle import write_earlier


class SnapshotService(Service):
    def snapshot(self) -> model.WorkshopData:
        wf = self.wf
        cl = wf.checklist
        return model.WorkshopData(
            workshop=wf.meta.workshop(),
            participants=wf.meta.participants(),
            board=wf.board.board(),
            checklist=model.Checklist(
                catalog=cl.catalog(),
                items=cl.items(),
                rounds=cl.rounds(),
                submissions=cl.submissions(),
                answers=cl.answers(),
                joint=cl.joint(),
            ),
            actions=wf.actions.actions(),
            steps=wf.meta.steps(),
            questions=wf.meta.questions(),
            earlier=wf.cycle.earlier(),
        )

    def load(self, data: model.WorkshopData) -> None:
        """Replace everything in this file by ``data``, keeping ids (one transaction)."""
        with self.wf.transaction() as s:
            for table in reversed(Base.metadata.sorted_tables):
                if table.name != "alembic_version":
                    s.execute(delete(table))
            s.add(WorkshopRow(id=1, **convert.columns_of(data.workshop, WorkshopRow)))
            rows: list[tuple[type, list]] = [
                (ParticipantRow, data.participants),
                (CardRow, data.board.cards),
                (ZoneRow, data.board.zones),
                (CatalogItemRow, data.checklist.items),
                (RoundRow, data.checklist.rounds),
                (StepPlanRow, data.steps),
                (GuidingQuestionRow, data.questions),
            ]
            for row_cls, objs in rows:
                s.add_all(row_cls(**convert.columns_of(o, row_cls)) for o in objs)
            s.flush()
            s.add(CatalogRow(id=1, **convert.columns_of(data.checklist.catalog, CatalogRow)))
            later: list[tuple[type, list]] = [
                (LinkRow, data.board.links),
                (DotRow, data.board.dots),
                (SubmissionRow, data.checklist.submissions),
                (AnswerRow, data.checklist.answers),
                (JointAssessmentRow, data.checklist.joint),
            ]
            for row_cls, objs in later:
                s.add_all(row_cls(**convert.columns_of(o, row_cls)) for o in objs)
            for a in data.actions:
                s.add(ActionRow(**convert.columns_of(a, ActionRow)))
            s.flush()
            for a in data.actions:
                s.add_all(ActionItemRow(action_id=a.id, item_id=i) for i in a.item_ids)
                s.add_all(ActionCardRow(action_id=a.id, card_id=c) for c in a.card_ids)
            write_earlier(s, data.earlier)
        self._emit(Topic.WORKSHOP, Op.RESET)
