"""Typed store events: what changed in the workshop file, for whoever mirrors it.

The store stays Qt-free: after a commit a service calls
``wf.events.emit(Topic.CARD, Op.ADDED, ident)``; ``ui.common.store_signals`` re-emits the
``StoreEvent`` as a Qt signal. Topics and operations are enums, and ``EMITS`` says which
operations each topic can have, so a misspelt topic fails where it is written (an
``AttributeError`` on ``Topic.CRAD``) and an event nobody declared fails when emitted,
instead of reaching no handler silently. Handlers are connected explicitly (see
``BoardScene.HANDLERS``); tests check that every declared event has one where needed.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple


class Topic(StrEnum):
    WORKSHOP = "workshop"  # the header (changed) or the whole file (reset: restore, import of a snapshot)
    PARTICIPANT = "participant"
    CARD = "card"
    LINK = "link"
    ZONE = "zone"
    DOT = "dot"
    CATALOG = "catalog"  # the whole catalogue was replaced
    ITEM = "item"  # one catalogue statement
    ROUND = "round"
    SUBMISSION = "submission"  # ident: (round id, participant id)
    JOINT = "joint"  # ident: catalogue item id
    ACTION = "action"
    STEP = "step"  # ident: step number (plan, timer)
    QUESTION = "question"  # ident: step number of the guiding questions
    SETTING = "setting"  # ident: the key


class Op(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    RESET = "reset"  # many things at once: reload (ident None or the scope, e.g. a step)


_ROW = frozenset({Op.ADDED, Op.CHANGED, Op.REMOVED})

EMITS: dict[Topic, frozenset[Op]] = {
    Topic.WORKSHOP: frozenset({Op.CHANGED, Op.RESET}),
    Topic.PARTICIPANT: _ROW,
    Topic.CARD: _ROW,
    Topic.LINK: _ROW,
    Topic.ZONE: _ROW,
    Topic.DOT: _ROW,
    Topic.CATALOG: frozenset({Op.RESET}),
    Topic.ITEM: _ROW | {Op.RESET},
    Topic.ROUND: _ROW,
    Topic.SUBMISSION: frozenset({Op.CHANGED, Op.RESET}),
    Topic.JOINT: frozenset({Op.CHANGED}),
    Topic.ACTION: _ROW | {Op.RESET},
    Topic.STEP: frozenset({Op.CHANGED}),
    Topic.QUESTION: frozenset({Op.RESET}),
    Topic.SETTING: frozenset({Op.CHANGED}),
}

BOARD_TOPICS = (Topic.CARD, Topic.LINK, Topic.ZONE, Topic.DOT)


class StoreEvent(NamedTuple):
    topic: Topic
    op: Op
    ident: object = None


Listener = Callable[[StoreEvent], None]


class EventHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, topic: Topic, op: Op, ident: object = None) -> None:
        """Tell every listener; a topic or operation that is not declared raises ``TypeError``."""
        if not isinstance(topic, Topic) or not isinstance(op, Op) or op not in EMITS[topic]:
            raise TypeError(f"undeclared store event {topic!r} {op!r}")
        event = StoreEvent(topic, op, ident)
        for listener in list(self._listeners):
            listener(event)
