"""Workshop header, participants, step plan, guiding questions, settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from fh_desktop import resources
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import CorruptFileError, ValidationError
from fh_desktop.domain import guiding_questions as gq
from fh_desktop.domain.guiding_questions import GROUP_SPAN, QuestionGroup, group_of, position_in, position_range
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
MSG_NO_IDENTITY = QT_TRANSLATE_NOOP("errors", "Der Workshop-Datei fehlt ihre Kennung; „fh-desktop check“ prüft sie.")

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
            raw = resources.load_json("guiding_questions.json")
            for step in enums.STEP_TITLES:
                for i, q in enumerate(gq.parse_questions(raw, step)):
                    pos = position_in(QuestionGroup.IMPULSE, i)
                    s.add(GuidingQuestionRow(step=step, position=pos, text=q.text, origin=q.origin))
            checklist.write_catalog(s, default.catalog, default.items, default.dialogue)

    def file_identity(self) -> str:
        """This file's identity (32 hex digits): kept by copies, new for every created file."""
        from fh_desktop.store.rows import FileIdentityRow

        with self.wf.read() as s:
            row = s.get(FileIdentityRow, 1)
            if row is None:  # check/migrations guarantee the row; a damaged file is refused on open
                raise CorruptFileError(MSG_NO_IDENTITY)
            return row.uuid

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
            old = {(r.text): (r.note, r.origin) for r in s.scalars(rows)}
            for row in s.scalars(rows):
                s.delete(row)
            for i, text in enumerate(texts):
                # An unchanged question keeps its note and origin; an edited one is the moderator's own.
                note, origin = old.get(text, ("", "own"))
                s.add(GuidingQuestionRow(step=step, position=position_in(group, i), text=text, note=note, origin=origin))
        self._emit(Topic.QUESTION, Op.RESET, step)

    def default_questions(self, step: int, group: int = QuestionGroup.IMPULSE) -> list[str]:
        """The shipped questions of ``step`` and ``group``.

        Impulses come from resources/guiding_questions.json; dialogue questions from the
        shipped catalog this workshop uses (step 2 only: they follow the checklist).
        """
        if group == QuestionGroup.DIALOGUE:
            if step != checklist.DIALOGUE_STEP:
                return []
            key = self.wf.checklist.catalog().key
            shipped = {c.catalog.key: c for c in checklist.shipped_catalogs()}
            return list((shipped.get(key) or checklist.default_catalog()).dialogue)
        return [q.text for q in gq.parse_questions(resources.load_json("guiding_questions.json"), step)]

    @staticmethod
    def step_info() -> dict[int, gq.StepInfo]:
        """Name, time range, Zielfokus and Praxisimpuls of every step, from the Praxismaterial."""
        return gq.parse_steps(resources.load_json("guiding_questions.json"))

    def set_question_note(self, question_id: int, note: str) -> model.GuidingQuestion:
        """Keep what the room said about a guiding or dialogue question."""
        check_texts({"Notiz": note})
        with self.wf.transaction() as s:
            row = self._get(s, GuidingQuestionRow, question_id, "Frage")
            row.note = note.strip()
            s.flush()
            result = convert.to_domain(model.GuidingQuestion, row)
        self._emit(Topic.QUESTION, Op.CHANGED, result.step)
        return result

    def conversation_guide(self, with_notes_only: bool = False) -> list[gq.GuideEntry]:
        """The Gesprächsleitfaden for the exports: every question of every step with its note.

        In step order, impulses before the dialogue questions; ``with_notes_only`` keeps
        the questions the room actually answered.
        """
        out = [
            gq.GuideEntry(q.step, group_of(q.position), q.text, q.note, q.origin)
            for q in self.questions()
        ]
        return [e for e in out if e.note] if with_notes_only else out

    # --- settings ---------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self.wf.read() as s:
            row = s.get(SettingRow, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.wf.transaction() as s:
            s.merge(SettingRow(key=key, value=value))
        self._emit(Topic.SETTING, Op.CHANGED, key)
