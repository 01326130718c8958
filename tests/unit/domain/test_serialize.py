from __future__ import annotations

import datetime as dt

import pytest

from fh_desktop.domain import model, serialize
from fh_desktop.domain.errors import ValidationError


def sample() -> model.WorkshopData:
    data = model.WorkshopData()
    data.workshop = model.Workshop(title="Ü", date=dt.date(2026, 11, 26))
    data.participants = [model.Participant(id=3, name="Selin Yıldız", role="NZFH")]
    data.board.cards = [model.Card(id=1, title="JHP", x=1.5, influence=2)]
    data.actions = [model.Action(id=1, title="M", due=dt.date(2027, 3, 31), item_ids=[4])]
    return data


def test_round_trip():
    data = sample()
    raw = serialize.to_dict(data)
    assert raw["format"] == "fh-workshop"
    assert raw["workshop"]["date"] == "2026-11-26"
    assert set(raw) >= {"workshop", "participants", "board", "checklist", "actions", "schema_version"}
    assert serialize.from_dict(raw) == data


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda r: r.update(format="excel"), "format"),
        (lambda r: r.update(schema_version=99), "schema_version"),
        (lambda r: r["workshop"].update(date="26.11.2026"), "/workshop/date"),
        (lambda r: r["board"]["cards"][0].update(x="links"), "/board/cards[0]/x"),
        (lambda r: r["participants"][0].update(is_observer="ja"), "is_observer"),
        (lambda r: r["actions"][0].update(extra=1), "unbekannte Felder"),
        (lambda r: r.update(actions={}), "/actions"),
    ],
)
def test_invalid_input_names_the_place(mutate, words):
    raw = serialize.to_dict(sample())
    mutate(raw)
    with pytest.raises(ValidationError) as info:
        serialize.from_dict(raw)
    assert words in str(info.value)


def test_not_an_object():
    with pytest.raises(ValidationError):
        serialize.from_dict([1, 2])
