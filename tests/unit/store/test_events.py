"""Typed store events: an undeclared topic or operation fails where it is emitted."""

from __future__ import annotations

import pytest

from fh_desktop.domain import model
from fh_desktop.store.events import EMITS, EventHub, Op, StoreEvent, Topic


def test_a_plain_string_or_an_undeclared_pair_is_refused():
    hub = EventHub()
    seen: list[StoreEvent] = []
    hub.subscribe(seen.append)
    with pytest.raises(TypeError):
        hub.emit("card", "added", 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        hub.emit(Topic.JOINT, Op.REMOVED, 1)  # joints are only ever changed
    assert seen == []
    hub.emit(Topic.CARD, Op.ADDED, 1)
    assert seen == [StoreEvent(Topic.CARD, Op.ADDED, 1)]
    assert seen[0].topic is Topic.CARD and seen[0].op is Op.ADDED


def test_every_topic_declares_what_it_emits():
    assert set(EMITS) == set(Topic)
    assert all(EMITS[t] for t in Topic)


def test_services_emit_typed_events(wf):
    seen: list[StoreEvent] = []
    wf.events.subscribe(seen.append)
    card = wf.board.add_card(model.Card(title="A"))
    wf.board.update_card(card.id, title="B")
    wf.meta.update_workshop(title="neu")
    wf.board.remove_items(card_ids=[card.id])
    assert [(type(e.topic), type(e.op)) for e in seen] == [(Topic, Op)] * len(seen)
    assert seen == [
        (Topic.CARD, Op.ADDED, card.id),
        (Topic.CARD, Op.CHANGED, card.id),
        (Topic.WORKSHOP, Op.CHANGED, 1),
        (Topic.CARD, Op.REMOVED, card.id),
    ]
