"""SQLAlchemy ORM rows: the tables of a workshop file.

Column names equal the field names of ``domain.model`` so rows convert mechanically
(see ``store.convert``). Schema changes need a new migration in ``db/versions``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class WorkshopRow(Base):
    __tablename__ = "workshop"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    title: Mapped[str] = mapped_column(Text, default="")
    kommune: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(Text, default="")
    moderator: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ParticipantRow(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    is_observer: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


# --- Step 1 ---------------------------------------------------------------


class CardRow(Base):
    __tablename__ = "card"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[str] = mapped_column(String(20))
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    w: Mapped[float] = mapped_column(Float, default=220.0)
    h: Mapped[float] = mapped_column(Float, default=120.0)
    z: Mapped[float] = mapped_column(Float, default=0.0)
    influence: Mapped[int | None] = mapped_column(Integer, nullable=True)


class LinkRow(Base):
    __tablename__ = "link"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(Text, default="")


class ZoneRow(Base):
    __tablename__ = "zone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="")
    color: Mapped[str] = mapped_column(String(9))
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    w: Mapped[float] = mapped_column(Float, default=600.0)
    h: Mapped[float] = mapped_column(Float, default=400.0)
    z: Mapped[float] = mapped_column(Float, default=-100.0)


class DotRow(Base):
    __tablename__ = "dot"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    color: Mapped[str] = mapped_column(String(9))


# --- Step 2 ---------------------------------------------------------------


class CatalogRow(Base):
    __tablename__ = "catalog"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    key: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[list] = mapped_column(JSON, default=list)
    dialogue_source: Mapped[str] = mapped_column(Text, default="")


class CatalogItemRow(Base):
    __tablename__ = "catalog_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    help: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[str] = mapped_column(String(12), default="tick")
    origin: Mapped[str] = mapped_column(String(10), default="quoted")
    original: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(12), default="")
    refs: Mapped[list] = mapped_column(JSON, default=list)


class RoundRow(Base):
    __tablename__ = "round"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    item_ids: Mapped[list | None] = mapped_column(JSON, nullable=True)
    state: Mapped[str] = mapped_column(String(10))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)


class SubmissionRow(Base):
    __tablename__ = "submission"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")


class AnswerRow(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("round_id", "participant_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("catalog_item.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(10))


class JointAssessmentRow(Base):
    __tablename__ = "joint_assessment"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    needs_action: Mapped[bool] = mapped_column(Boolean, default=False)


# --- Step 3 ---------------------------------------------------------------


class ActionRow(Base):
    __tablename__ = "action"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(Text, default="")
    involved: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    priority: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12))
    resources: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    # The planning cycle (migration 0003)
    progress: Mapped[str] = mapped_column(Text, default="", server_default="")
    review_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    review_decision: Mapped[str] = mapped_column(String(12), default="", server_default="")
    origin_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    origin_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    origin_file_id: Mapped[str] = mapped_column(Text, default="", server_default="")
    dimension: Mapped[str] = mapped_column(Text, default="")
    working_group: Mapped[str] = mapped_column(Text, default="")
    needs_committee: Mapped[bool] = mapped_column(Boolean, default=False)
    level: Mapped[str] = mapped_column(String(12), default="")


class ActionItemRow(Base):
    __tablename__ = "action_item"
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="CASCADE"), primary_key=True
    )


class ActionCardRow(Base):
    __tablename__ = "action_card"
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), primary_key=True)


# --- The planning cycle: earlier workshops' results (read-only) -----------


class EarlierWorkshopRow(Base):
    __tablename__ = "earlier_workshop"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    kommune: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(Text, default="")
    file_id: Mapped[str] = mapped_column(Text, default="")
    catalog_key: Mapped[str] = mapped_column(Text, default="")
    catalog_title: Mapped[str] = mapped_column(Text, default="")


class EarlierItemRow(Base):
    __tablename__ = "earlier_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    earlier_id: Mapped[int] = mapped_column(ForeignKey("earlier_workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[str] = mapped_column(String(12), default="tick")  # migration 0005
    joint_value: Mapped[str | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    needs_action: Mapped[bool] = mapped_column(Boolean, default=False)
    # [{"number": 1, "counts": {value: count, ...}}]: every value of the item's scale (0005)
    rounds: Mapped[list] = mapped_column(JSON, default=list)


# --- Moderation -----------------------------------------------------------


class StepPlanRow(Base):
    __tablename__ = "step_plan"
    step: Mapped[int] = mapped_column(Integer, primary_key=True)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=60)
    status: Mapped[str] = mapped_column(String(10))
    elapsed_seconds: Mapped[float] = mapped_column(Float, default=0.0)


class GuidingQuestionRow(Base):
    __tablename__ = "guiding_question"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(10), default="quoted")


class SettingRow(Base):
    """Small per-workshop preferences (e.g. board grid on/off), as key/JSON value."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class FileIdentityRow(Base):
    """One row: the file's identity (uuid) and a generation bumped by every transaction."""

    __tablename__ = "file_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    uuid: Mapped[str] = mapped_column(String(32))
    generation: Mapped[int] = mapped_column(Integer, default=0)
