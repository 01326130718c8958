"""Workshop header, participants, step plan, guiding questions, settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from fh_desktop import resources
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.guiding_questions import GROUP_SPAN, QuestionGroup, position_in, position_range
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store import convert
from fh_desktop.store.events import Op, Topic
from fh_desktop.store.rows import (
    GuidingQuestionRow,
    ParticipantRow,
    SettingRow,
    StepPlanRow,
    WorkshopRow,
)
from fh_desktop.store.services import checklist
from fh_desktop.store.services.base import Service, check_choice, check_texts

MSG_NAME_EMPTY = QT_TRANSLATE_NOOP("errors", "Bitte einen Namen oder ein Kürzel angeben.")
MSG_NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "„{name}“ ist schon in der Teilnehmendenliste.")

WORKSHOP_FIELDS = ("title", "kommune", "date", "place", "moderator", "notes")


class MetaService(Service):
    # --- workshop header --------------------------------------------------

    def initialise_defaults(self) -> None:
        """Fill a brand-new file: header row, step plan, guiding questions, default catalog."""
        default = checklist.default_catalog()
        with self.wf.transaction() as s:
            s.add(WorkshopRow(id=1, title=""))
            for step, minutes in enums.STEP_DEFAULT_MINUTES.items():
                s.add(StepPlanRow(step=step, planned_minutes=minutes, status=enums.StepStatus.OPEN))
            for step in enums.STEP_TITLES:
                for group in QuestionGroup.ALL:
                    for i, text in enumerate(self.default_questions(step, group)):
                        s.add(GuidingQuestionRow(step=step, position=position_in(group, i), text=text))
            checklist.write_catalog(s, default.catalog, default.items)

    def workshop(self) -> model.Workshop:
        with self.wf.read() as s:
            return convert.to_domain(model.Workshop, s.get(WorkshopRow, 1))

    def update_workshop(self, **values: Any) -> model.Workshop:
        unknown = set(values) - set(WORKSHOP_FIELDS)
        if unknown:
            raise AttributeError(f"unknown workshop fields {unknown}")
        check_texts(values)
        with self.wf.transaction() as s:
            row = s.get(WorkshopRow, 1)
            convert.apply(row, values)
            result = convert.to_domain(model.Workshop, row)
        self._emit(Topic.WORKSHOP, Op.CHANGED, 1)
        return result

    # --- participants -----------------------------------------------------

    def participants(self) -> list[model.Participant]:
        with self.wf.read() as s:
            rows = s.scalars(select(ParticipantRow).order_by(ParticipantRow.position, ParticipantRow.id))
            return [convert.to_domain(model.Participant, r) for r in rows]

    def add_participant(self, name: str, role: str = "", is_observer: bool = False) -> model.Participant:
        name = self._valid_name(name)
        check_texts({"role": role})
        with self.wf.transaction() as s:
            self._unique(s, name, None)
            pos = (s.scalar(select(func.max(ParticipantRow.position))) or 0) + 1
            row = ParticipantRow(name=name, role=role.strip(), is_observer=is_observer, position=pos)
            s.add(row)
            s.flush()
            result = convert.to_domain(model.Participant, row)
        self._emit(Topic.PARTICIPANT, Op.ADDED, result.id)
        return result

    def update_participant(self, ident: int, **values: Any) -> model.Participant:
        if "name" in values:
            values["name"] = self._valid_name(values["name"])
        check_texts(values)
        with self.wf.transaction() as s:
            row = self._get(s, ParticipantRow, ident, "Teilnehmende")
            if "name" in values:
                self._unique(s, values["name"], ident)
            convert.apply(row, values)
            result = convert.to_domain(model.Participant, row)
        self._emit(Topic.PARTICIPANT, Op.CHANGED, ident)
        return result

    def remove_participant(self, ident: int) -> None:
        with self.wf.transaction() as s:
            s.delete(self._get(s, ParticipantRow, ident, "Teilnehmende"))
        self._emit(Topic.PARTICIPANT, Op.REMOVED, ident)

    @staticmethod
    def _valid_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValidationError(MSG_NAME_EMPTY)
        check_texts({"name": name})
        return name

    @staticmethod
    def _unique(s: Any, name: str, ident: int | None) -> None:
        clash = s.scalar(
            select(ParticipantRow.id).where(func.lower(ParticipantRow.name) == name.lower())
        )
        if clash is not None and clash != ident:
            raise ValidationError(MSG_NAME_TAKEN, name=name)

    # --- step plan --------------------------------------------------------

    def steps(self) -> list[model.StepPlan]:
        with self.wf.read() as s:
            rows = s.scalars(select(StepPlanRow).order_by(StepPlanRow.step))
            return [convert.to_domain(model.StepPlan, r) for r in rows]

    def update_step(self, step: int, **values: Any) -> model.StepPlan:
        if "status" in values:
            check_choice("status", values["status"], enums.StepStatus.ALL)
        with self.wf.transaction() as s:
            row = self._get(s, StepPlanRow, step, "Schritt")
            convert.apply(row, values)
            result = convert.to_domain(model.StepPlan, row)
        self._emit(Topic.STEP, Op.CHANGED, step)
        return result

    # --- guiding questions ------------------------------------------------

    def questions(self, step: int | None = None) -> list[model.GuidingQuestion]:
        with self.wf.read() as s:
            q = select(GuidingQuestionRow).order_by(GuidingQuestionRow.step, GuidingQuestionRow.position)
            if step is not None:
                q = q.where(GuidingQuestionRow.step == step)
            return [convert.to_domain(model.GuidingQuestion, r) for r in s.scalars(q)]

    def set_questions(self, step: int, texts: list[str], group: int = QuestionGroup.IMPULSE) -> None:
        """Replace the questions of one group of ``step`` (see ``domain.guiding_questions``)."""
        check_choice("group", group, QuestionGroup.ALL)
        check_texts({f"Frage {i + 1}": t for i, t in enumerate(texts)})
        texts = [" ".join(t.split()) for t in texts if t.strip()][:GROUP_SPAN]
        span = position_range(group)
        with self.wf.transaction() as s:
            rows = select(GuidingQuestionRow).where(
                GuidingQuestionRow.step == step,
                GuidingQuestionRow.position >= span.start,
                GuidingQuestionRow.position < span.stop,
            )
            for row in s.scalars(rows):
                s.delete(row)
            for i, text in enumerate(texts):
                s.add(GuidingQuestionRow(step=step, position=position_in(group, i), text=text))
        self._emit(Topic.QUESTION, Op.RESET, step)

    @staticmethod
    def default_questions(step: int, group: int = QuestionGroup.IMPULSE) -> list[str]:
        """The shipped questions of ``step`` and ``group`` (resources/guiding_questions.json)."""
        data = resources.load_json("guiding_questions.json")
        return list(data.get(QuestionGroup.RESOURCE_KEYS[group], {}).get(str(step), []))

    # --- settings ---------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self.wf.read() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.wf.transaction() as s:
            s.merge(SettingRow(key=key, value=value))
        self._emit(Topic.SETTING, Op.CHANGED, key)
