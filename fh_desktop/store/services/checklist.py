"""Step 2: the workshop's catalog copy, rounds, answers and joint assessments.

Rules that protect the workshop's data live here, not in the widgets:
- the catalog can be switched only while no answers exist;
- one individual round is open at a time; only its items can be answered, every one
  of them, on the catalog's scale, by a scoring (non-observer) participant;
- anonymising or deleting the individual answers rewrites the file (``vacuum``) so
  that neither the names nor the per-person answers can be recovered from it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update

from fh_desktop import resources
from fh_desktop.domain import catalog as catalog_format
from fh_desktop.domain import enums, model, scales
from fh_desktop.domain.guiding_questions import QuestionGroup, position_in, position_range
from fh_desktop.domain.errors import FileAccessError, ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import convert
from fh_desktop.store.events import Op, Topic
from fh_desktop.store.rows import (
    AnswerRow,
    CatalogItemRow,
    GuidingQuestionRow,
    CatalogRow,
    JointAssessmentRow,
    ParticipantRow,
    RoundRow,
    SubmissionRow,
)
from fh_desktop.store.services.base import CrudMixin, check_choice, check_texts

MSG_HAS_ANSWERS = QT_TRANSLATE_NOOP(
    "errors",
    "Der Katalog kann nicht mehr gewechselt werden: Es liegen schon Einschätzungen vor. "
    "Löschen Sie zuerst die Einzelantworten: Sie gehören zu den Aussagen dieses Katalogs.",
)
MSG_ROUND_OPEN = QT_TRANSLATE_NOOP("errors", "Es läuft schon eine Einzelrunde (Runde {number}).")
MSG_ROUND_CLOSED = QT_TRANSLATE_NOOP("errors", "Runde {number} ist schon aufgedeckt; Antworten sind nicht mehr möglich.")
MSG_NO_ITEMS = QT_TRANSLATE_NOOP("errors", "Die Runde braucht mindestens eine Aussage.")
MSG_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("errors", "Aussage Nr. {ident} gehört nicht zu dieser Runde.")
MSG_MISSING = QT_TRANSLATE_NOOP("errors", "Bitte alle Aussagen beantworten ({missing} fehlen noch).")
MSG_OBSERVER = QT_TRANSLATE_NOOP("errors", "{name} hospitiert und gibt keine Einschätzung ab.")
MSG_NOT_ON_SCALE = QT_TRANSLATE_NOOP("errors", "„{value}“ wird in diesem Katalog nicht angeboten.")
MSG_EMPTY_STATEMENT = QT_TRANSLATE_NOOP("errors", "Die Aussage darf nicht leer sein.")
MSG_WHILE_OPEN = QT_TRANSLATE_NOOP(
    "errors", "Das geht erst, wenn keine Einzelrunde mehr läuft (aufdecken oder abbrechen)."
)
MSG_READ = QT_TRANSLATE_NOOP("errors", "Der Katalog „{path}“ kann nicht gelesen werden: {detail}")


def catalogs_dir() -> Path:
    return resources.path("catalogs")


def shipped_catalogs() -> list[catalog_format.CatalogFile]:
    """The catalogs that come with the application, the default first."""
    found = [read_catalog_file(p) for p in sorted(catalogs_dir().glob("*.json"))]
    return sorted(found, key=lambda c: (c.catalog.key != catalog_format.DEFAULT_KEY, c.catalog.title))


def default_catalog() -> catalog_format.CatalogFile:
    return read_catalog_file(catalogs_dir() / f"{catalog_format.DEFAULT_KEY}.json")


def read_catalog_file(path: str | os.PathLike[str]) -> catalog_format.CatalogFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise FileAccessError(MSG_READ, path=path, detail=detail) from None
    return catalog_format.parse_text(text, path.name)


# The step whose dialogue questions follow the chosen catalog: the dialogue-oriented
# exchange follows the checklist ("Das Gesamtbild aus der Checkliste ... ist die
# Grundlage für den anschließenden dialogorientierten Austausch", Praxismaterial).
DIALOGUE_STEP = 2


def write_catalog(
    s: Any, catalog: model.Catalog, items: list[model.CatalogItem], dialogue: list[str] | None = None
) -> None:
    """Replace the catalog copy inside an open transaction (also used for a new file).

    With ``dialogue`` the catalog's dialogue questions replace those of step 2 (and
    their notes): a QD 5 workshop discusses the QD 5 questions.
    """
    s.execute(delete(CatalogItemRow))
    s.merge(CatalogRow(id=1, **convert.columns_of(catalog, CatalogRow)))
    for pos, item in enumerate(items):
        values = convert.columns_of(item, CatalogItemRow, skip=("id", "position"))
        check_choice("Skala", values.get("scale", scales.TICK), scales.TYPES)
        check_texts({k: v for k, v in values.items() if isinstance(v, str)})
        s.add(CatalogItemRow(position=pos, **values))
    if dialogue is not None:
        span = position_range(QuestionGroup.DIALOGUE)
        s.execute(
            delete(GuidingQuestionRow).where(
                GuidingQuestionRow.step == DIALOGUE_STEP,
                GuidingQuestionRow.position >= span.start,
                GuidingQuestionRow.position < span.stop,
            )
        )
        for i, text in enumerate(dialogue):
            s.add(
                GuidingQuestionRow(
                    step=DIALOGUE_STEP, position=position_in(QuestionGroup.DIALOGUE, i), text=text, note="", origin="quoted"
                )
            )


class ChecklistService(CrudMixin):
    # --- catalog copy -----------------------------------------------------

    def catalog(self) -> model.Catalog:
        with self.wf.read() as s:
            row = s.get(CatalogRow, 1)
            return model.Catalog() if row is None else convert.to_domain(model.Catalog, row)

    def items(self) -> list[model.CatalogItem]:
        return self._list(CatalogItemRow, model.CatalogItem, CatalogItemRow.position, CatalogItemRow.id)

    def has_answers(self) -> bool:
        with self.wf.read() as s:
            return bool(s.scalar(select(func.count()).select_from(AnswerRow)))

    def set_catalog(
        self, catalog: model.Catalog, items: list[model.CatalogItem], dialogue: list[str] | None = None
    ) -> None:
        """Replace the catalog copy; refused once answers exist (they would lose their items)."""
        for value in catalog.scale:
            check_choice("Antwortskala", value, enums.Answer.ALL)
        with self.wf.transaction() as s:
            if s.scalar(select(func.count()).select_from(AnswerRow)):
                raise ValidationError(MSG_HAS_ANSWERS)
            # Rounds name item ids; with the items gone they would point at nothing.
            s.execute(delete(SubmissionRow))
            s.execute(delete(RoundRow))
            s.execute(delete(JointAssessmentRow))
            write_catalog(s, catalog, items, dialogue)
        self._emit(Topic.CATALOG, Op.RESET)
        if dialogue is not None:
            self._emit(Topic.QUESTION, Op.RESET, DIALOGUE_STEP)

    def use_catalog(self, chosen: catalog_format.CatalogFile) -> None:
        """Take over a catalog with its dialogue questions (a catalog without any keeps the current ones)."""
        self.set_catalog(chosen.catalog, chosen.items, chosen.dialogue or None)

    def scale_options(self, item: model.CatalogItem) -> list[tuple[str, str]]:
        """``(value, German label)`` pairs of ``item`` in button order, for any renderer."""
        return scales.options(item.scale, self.catalog().scale)

    def add_item(self, item: model.CatalogItem, after_id: int | None = None) -> model.CatalogItem:
        """Add a statement at the end, or right after ``after_id``."""
        values = self._item_values(vars(item))
        with self.wf.transaction() as s:
            ids = list(s.scalars(select(CatalogItemRow.id).order_by(CatalogItemRow.position, CatalogItemRow.id)))
            row = CatalogItemRow(**{**values, "position": 0})
            s.add(row)
            s.flush()
            at = ids.index(after_id) + 1 if after_id in ids else len(ids)
            ids.insert(at, row.id)
            _renumber(s, ids)
            s.flush()
            result = convert.to_domain(model.CatalogItem, row)
        self._emit(Topic.ITEM, Op.ADDED, result.id)
        return result

    def update_item(self, ident: int, **values: Any) -> model.CatalogItem:
        values = self._item_values(values)
        return self._update(CatalogItemRow, model.CatalogItem, ident, values, Topic.ITEM, "Aussage")

    def remove_item(self, ident: int) -> None:
        """Remove a statement; its answers and joint assessment go with it (the UI asks first)."""
        with self.wf.transaction() as s:
            self._get(s, CatalogItemRow, ident, "Aussage")
            s.execute(delete(AnswerRow).where(AnswerRow.item_id == ident))
            s.execute(delete(JointAssessmentRow).where(JointAssessmentRow.item_id == ident))
            s.execute(delete(CatalogItemRow).where(CatalogItemRow.id == ident))
            for r in s.scalars(select(RoundRow).where(RoundRow.item_ids.is_not(None))):
                if r.item_ids and ident in r.item_ids:
                    r.item_ids = [i for i in r.item_ids if i != ident]
        self._emit(Topic.ITEM, Op.REMOVED, ident)

    def answer_count(self, item_id: int) -> int:
        with self.wf.read() as s:
            return s.scalar(select(func.count()).select_from(AnswerRow).where(AnswerRow.item_id == item_id)) or 0

    def move_item(self, ident: int, delta: int) -> None:
        """Move a statement ``delta`` places up (negative) or down within the catalog."""
        with self.wf.transaction() as s:
            ids = list(s.scalars(select(CatalogItemRow.id).order_by(CatalogItemRow.position, CatalogItemRow.id)))
            if ident not in ids:
                self._get(s, CatalogItemRow, ident, "Aussage")
            old = ids.index(ident)
            new = max(0, min(len(ids) - 1, old + delta))
            if new == old:
                return
            ids.insert(new, ids.pop(old))
            _renumber(s, ids)
        self._emit(Topic.ITEM, Op.RESET)

    @staticmethod
    def _item_values(values: dict[str, Any]) -> dict[str, Any]:
        out = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items() if k not in ("id", "position")}
        if "statement" in out and not out["statement"]:
            raise ValidationError(MSG_EMPTY_STATEMENT)
        check_texts(out)
        return out

    # --- rounds -------------------------------------------------------------

    def rounds(self) -> list[model.Round]:
        return self._list(RoundRow, model.Round, RoundRow.number)

    def open_round(self) -> model.Round | None:
        return next((r for r in self.rounds() if r.state == enums.RoundState.OPEN), None)

    def round_items(self, rnd: model.Round) -> list[model.CatalogItem]:
        items = self.items()
        if rnd.item_ids is None:
            return items
        chosen = set(rnd.item_ids)
        return [i for i in items if i.id in chosen]

    def answerable_items(self, rnd: model.Round) -> list[model.CatalogItem]:
        """The round's items that get an individual answer (open questions are discussed instead)."""
        return [i for i in self.round_items(rnd) if scales.is_answerable(i.scale)]

    def start_round(self, item_ids: list[int] | None = None, anonymous: bool = False) -> model.Round:
        with self.wf.transaction() as s:
            running = s.scalar(select(RoundRow).where(RoundRow.state == enums.RoundState.OPEN))
            if running is not None:
                raise ValidationError(MSG_ROUND_OPEN, number=running.number)
            known = set(s.scalars(select(CatalogItemRow.id)))
            if item_ids is not None:
                item_ids = [i for i in dict.fromkeys(item_ids) if i in known]
            if not known or item_ids == []:
                raise ValidationError(MSG_NO_ITEMS)
            number = (s.scalar(select(func.max(RoundRow.number))) or 0) + 1
            row = RoundRow(number=number, item_ids=item_ids, state=enums.RoundState.OPEN, anonymous=anonymous)
            s.add(row)
            s.flush()
            result = convert.to_domain(model.Round, row)
        self._emit(Topic.ROUND, Op.ADDED, result.id)
        return result

    def update_round(self, ident: int, **values: Any) -> model.Round:
        if "state" in values:
            check_choice("Rundenstatus", values["state"], enums.RoundState.ALL)
        return self._update(RoundRow, model.Round, ident, values, Topic.ROUND, "Runde")

    def reveal_round(self, ident: int) -> model.Round:
        return self.update_round(ident, state=enums.RoundState.REVEALED)

    def set_anonymous(self, ident: int, anonymous: bool) -> model.Round:
        return self.update_round(ident, anonymous=anonymous)

    def discard_round(self, ident: int) -> None:
        """Cancel a round: its answers and submissions go too (then the file is rewritten)."""
        with self.wf.transaction() as s:
            row = self._get(s, RoundRow, ident, "Runde")
            s.execute(delete(AnswerRow).where(AnswerRow.round_id == ident))
            s.execute(delete(SubmissionRow).where(SubmissionRow.round_id == ident))
            s.delete(row)
        self.wf.vacuum()
        self._emit(Topic.ROUND, Op.REMOVED, ident)

    # --- answers ----------------------------------------------------------

    def submissions(self, round_id: int | None = None) -> list[model.Submission]:
        with self.wf.read() as s:
            q = select(SubmissionRow).order_by(SubmissionRow.id)
            if round_id is not None:
                q = q.where(SubmissionRow.round_id == round_id)
            return [convert.to_domain(model.Submission, r) for r in s.scalars(q)]

    def submitted_ids(self, round_id: int) -> set[int]:
        """Who has confirmed the round: progress without any answer in it."""
        with self.wf.read() as s:
            q = select(SubmissionRow.participant_id).where(SubmissionRow.round_id == round_id)
            return {pid for pid in s.scalars(q) if pid is not None}

    def answers(self, round_id: int | None = None) -> list[model.IndividualAnswer]:
        with self.wf.read() as s:
            q = select(AnswerRow).order_by(AnswerRow.id)
            if round_id is not None:
                q = q.where(AnswerRow.round_id == round_id)
            return [convert.to_domain(model.IndividualAnswer, r) for r in s.scalars(q)]

    def submit(self, round_id: int, participant_id: int, values: dict[int, str], comment: str = "") -> None:
        """Store one participant's answers of an open round at once, replacing earlier ones."""
        comment = comment.strip()
        check_texts({"Kommentar": comment})
        with self.wf.transaction() as s:
            rnd = self._get(s, RoundRow, round_id, "Runde")
            if rnd.state != enums.RoundState.OPEN:
                raise ValidationError(MSG_ROUND_CLOSED, number=rnd.number)
            person = self._get(s, ParticipantRow, participant_id, "Teilnehmende")
            if person.is_observer:
                raise ValidationError(MSG_OBSERVER, name=person.name)
            catalog = s.get(CatalogRow, 1)
            scale = (catalog.scale if catalog is not None else None) or list(enums.Answer.ALL)
            item_scales = dict(s.execute(select(CatalogItemRow.id, CatalogItemRow.scale)).all())
            asked = set(rnd.item_ids) if rnd.item_ids is not None else set(item_scales)
            # Open questions are discussed, not answered one by one.
            expected = {i for i in asked if scales.is_answerable(item_scales.get(i, scales.TICK))}
            for item_id, value in values.items():
                if item_id not in expected:
                    raise ValidationError(MSG_UNKNOWN_ITEM, ident=item_id)
                check_choice("Antwort", value, scales.ALL_VALUES)
                if value not in scales.values_for(item_scales.get(item_id, scales.TICK), scale):
                    raise ValidationError(MSG_NOT_ON_SCALE, value=value)
            missing = expected - set(values)
            if missing:
                raise ValidationError(MSG_MISSING, missing=len(missing))
            s.execute(
                delete(AnswerRow).where(AnswerRow.round_id == round_id, AnswerRow.participant_id == participant_id)
            )
            s.execute(
                delete(SubmissionRow).where(
                    SubmissionRow.round_id == round_id, SubmissionRow.participant_id == participant_id
                )
            )
            for item_id, value in values.items():
                s.add(AnswerRow(round_id=round_id, participant_id=participant_id, item_id=item_id, value=value))
            s.add(SubmissionRow(round_id=round_id, participant_id=participant_id, comment=comment))
        # The event carries no answer: listeners learn that someone confirmed, not what.
        self._emit(Topic.SUBMISSION, Op.CHANGED, (round_id, participant_id))

    # --- privacy ----------------------------------------------------------

    def anonymise_answers(self) -> None:
        """Keep every answer and comment but drop who gave it, then rewrite the file.

        Answers are re-inserted in an order that depends only on round, item and value,
        and comments sorted by text, so row ids and storage order no longer group one
        person's answers together or follow the order in which people answered.
        """
        with self.wf.transaction() as s:
            if s.scalar(select(RoundRow).where(RoundRow.state == enums.RoundState.OPEN)) is not None:
                raise ValidationError(MSG_WHILE_OPEN)
            answers = [(a.round_id, a.item_id, a.value) for a in s.scalars(select(AnswerRow))]
            subs = [(r.round_id, r.comment) for r in s.scalars(select(SubmissionRow))]
            s.execute(delete(AnswerRow))
            s.execute(delete(SubmissionRow))
            s.flush()
            for round_id, item_id, value in sorted(answers):
                s.add(AnswerRow(round_id=round_id, participant_id=None, item_id=item_id, value=value))
            for round_id, comment in sorted(subs):
                s.add(SubmissionRow(round_id=round_id, participant_id=None, comment=comment))
        self.wf.vacuum()
        self._emit(Topic.SUBMISSION, Op.RESET)

    def delete_answers(self) -> None:
        """Delete all individual answers and comments (joint assessments stay), then rewrite the file."""
        with self.wf.transaction() as s:
            if s.scalar(select(RoundRow).where(RoundRow.state == enums.RoundState.OPEN)) is not None:
                raise ValidationError(MSG_WHILE_OPEN)
            s.execute(delete(AnswerRow))
            s.execute(delete(SubmissionRow))
        self.wf.vacuum()
        self._emit(Topic.SUBMISSION, Op.RESET)

    def is_anonymised(self) -> bool:
        """True when answers exist but none can be attributed to a person any more."""
        with self.wf.read() as s:
            n = s.scalar(select(func.count()).select_from(AnswerRow)) or 0
            named = s.scalar(
                select(func.count()).select_from(AnswerRow).where(AnswerRow.participant_id.is_not(None))
            )
            return n > 0 and not named

    # --- joint assessment -------------------------------------------------

    def joint(self) -> list[model.JointAssessment]:
        return self._list(JointAssessmentRow, model.JointAssessment, JointAssessmentRow.item_id)

    def set_joint(self, item_id: int, **values: Any) -> model.JointAssessment:
        if values.get("value") is not None:
            check_choice("gemeinsame Einschätzung", values["value"], scales.ALL_VALUES)
        check_texts(values)
        with self.wf.transaction() as s:
            item = self._get(s, CatalogItemRow, item_id, "Aussage")
            if values.get("value") is not None:
                catalog_row = s.get(CatalogRow, 1)
                offered = scales.values_for(item.scale, catalog_row.scale if catalog_row else enums.Answer.ALL)
                if values["value"] not in offered:
                    raise ValidationError(MSG_NOT_ON_SCALE, value=values["value"])
            row = s.get(JointAssessmentRow, item_id) or JointAssessmentRow(item_id=item_id, note="", needs_action=False)
            s.add(row)
            convert.apply(row, values)
            s.flush()
            result = convert.to_domain(model.JointAssessment, row)
        self._emit(Topic.JOINT, Op.CHANGED, item_id)
        return result


def _renumber(s: Any, ids: list[int]) -> None:
    for pos, ident in enumerate(ids):
        s.execute(update(CatalogItemRow).where(CatalogItemRow.id == ident).values(position=pos))
