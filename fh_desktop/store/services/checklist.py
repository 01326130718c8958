"""Step 2: the workshop's catalog copy, rounds, answers and joint assessments."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select

from fh_desktop.domain import enums, model
from fh_desktop.store import convert
from fh_desktop.store.rows import (
    AnswerRow,
    CatalogItemRow,
    CatalogRow,
    JointAssessmentRow,
    RoundRow,
    SubmissionRow,
)
from fh_desktop.store.services.base import CrudMixin, check_choice, check_texts


class ChecklistService(CrudMixin):
    # --- catalog copy -----------------------------------------------------

    def catalog(self) -> model.Catalog:
        with self.wf.read() as s:
            row = s.get(CatalogRow, 1)
            return model.Catalog() if row is None else convert.to_domain(model.Catalog, row)

    def items(self) -> list[model.CatalogItem]:
        return self._list(CatalogItemRow, model.CatalogItem, CatalogItemRow.position, CatalogItemRow.id)

    def set_catalog(self, catalog: model.Catalog, items: list[model.CatalogItem]) -> None:
        """Replace the catalog copy (only sensible before any answers exist)."""
        for value in catalog.scale:
            check_choice("Antwortskala", value, enums.Answer.ALL)
        with self.wf.transaction() as s:
            s.execute(delete(CatalogItemRow))
            s.merge(CatalogRow(id=1, **convert.columns_of(catalog, CatalogRow)))
            for pos, item in enumerate(items):
                values = convert.columns_of(item, CatalogItemRow, skip=("id", "position"))
                check_texts(values)
                s.add(CatalogItemRow(position=pos, **values))
        self._emit("catalog", "reset")

    def add_item(self, item: model.CatalogItem) -> model.CatalogItem:
        with self.wf.read() as s:
            item.position = (s.scalar(select(func.max(CatalogItemRow.position))) or 0) + 1
        return self._add(CatalogItemRow, item, "item")

    def update_item(self, ident: int, **values: Any) -> model.CatalogItem:
        return self._update(CatalogItemRow, model.CatalogItem, ident, values, "item", "Aussage")

    def remove_item(self, ident: int) -> None:
        self._remove(CatalogItemRow, ident, "item", "Aussage")

    # --- rounds and answers -----------------------------------------------

    def rounds(self) -> list[model.Round]:
        return self._list(RoundRow, model.Round, RoundRow.number)

    def start_round(self, item_ids: list[int] | None = None, anonymous: bool = False) -> model.Round:
        with self.wf.read() as s:
            number = (s.scalar(select(func.max(RoundRow.number))) or 0) + 1
        return self._add(
            RoundRow,
            model.Round(number=number, item_ids=item_ids, state=enums.RoundState.OPEN, anonymous=anonymous),
            "round",
        )

    def update_round(self, ident: int, **values: Any) -> model.Round:
        if "state" in values:
            check_choice("Rundenstatus", values["state"], enums.RoundState.ALL)
        return self._update(RoundRow, model.Round, ident, values, "round", "Runde")

    def submissions(self, round_id: int | None = None) -> list[model.Submission]:
        with self.wf.read() as s:
            q = select(SubmissionRow).order_by(SubmissionRow.id)
            if round_id is not None:
                q = q.where(SubmissionRow.round_id == round_id)
            return [convert.to_domain(model.Submission, r) for r in s.scalars(q)]

    def answers(self, round_id: int | None = None) -> list[model.Answer]:
        with self.wf.read() as s:
            q = select(AnswerRow).order_by(AnswerRow.id)
            if round_id is not None:
                q = q.where(AnswerRow.round_id == round_id)
            return [convert.to_domain(model.Answer, r) for r in s.scalars(q)]

    def submit(self, round_id: int, participant_id: int, values: dict[int, str], comment: str = "") -> None:
        """Store one participant's answers of a round at once (replacing earlier ones)."""
        for value in values.values():
            check_choice("Antwort", value, enums.Answer.ALL)
        check_texts({"Kommentar": comment})
        with self.wf.transaction() as s:
            s.execute(
                delete(AnswerRow).where(
                    AnswerRow.round_id == round_id, AnswerRow.participant_id == participant_id
                )
            )
            s.execute(
                delete(SubmissionRow).where(
                    SubmissionRow.round_id == round_id, SubmissionRow.participant_id == participant_id
                )
            )
            for item_id, value in values.items():
                s.add(AnswerRow(round_id=round_id, participant_id=participant_id, item_id=item_id, value=value))
            s.add(SubmissionRow(round_id=round_id, participant_id=participant_id, comment=comment))
        self._emit("submission", "changed", (round_id, participant_id))

    # --- joint assessment -------------------------------------------------

    def joint(self) -> list[model.JointAssessment]:
        return self._list(JointAssessmentRow, model.JointAssessment, JointAssessmentRow.item_id)

    def set_joint(self, item_id: int, **values: Any) -> model.JointAssessment:
        if values.get("value") is not None:
            check_choice("gemeinsame Einschätzung", values["value"], enums.Answer.ALL)
        check_texts(values)
        with self.wf.transaction() as s:
            row = s.get(JointAssessmentRow, item_id) or JointAssessmentRow(item_id=item_id, note="", needs_action=False)
            s.add(row)
            convert.apply(row, values)
            s.flush()
            result = convert.to_domain(model.JointAssessment, row)
        self._emit("joint", "changed", item_id)
        return result
