"""A round whose statements use different scales, answered over the real server.

Catalogs may give each item its own scale (domain.scales): ticks, graded levels,
frequencies, open questions. Each statement reaches the phone with its own options, and
what the phone sends is checked by the same ChecklistService.submit as at the laptop.
"""

from __future__ import annotations

import dataclasses

import pytest

from fh_desktop.domain import enums
from fh_desktop.store.services.checklist import shipped_catalogs
from fh_desktop.web.participation import Participation
from tests.unit.web.phone import Phone

PK_CODES = ["4.1.1", "4.1.3", "4.2.4"]  # graded, frequency, open
TICKS_NO_PARTLY = [enums.Answer.YES, enums.Answer.NO, enums.Answer.UNKNOWN]


@pytest.fixture
def mixed(wf, people):
    """Two tick statements (a catalog without "teilweise"), a graded, a frequency and an open one."""
    catalogs = {c.catalog.key: c for c in shipped_catalogs()}
    ticks = [dataclasses.replace(i, id=None) for i in catalogs["qd4-planung"].items[:2]]
    pk = [dataclasses.replace(i, id=None) for i in catalogs["pruefkriterien"].items if i.code in PK_CODES]
    catalog = dataclasses.replace(catalogs["pruefkriterien"].catalog, scale=list(TICKS_NO_PARTLY))
    wf.checklist.set_catalog(catalog, ticks + pk)
    rnd = wf.checklist.start_round()
    p = Participation(wf, "127.0.0.1", 0)
    yield p, rnd
    p.stop()


def by_code(wf) -> dict[str, int]:
    return {i.code: i.id for i in wf.checklist.items()}


def test_each_statement_comes_with_its_own_scale_and_open_questions_stay_in_the_room(wf, mixed):
    p, _rnd = mixed
    phone = Phone.of(p)
    phone.join()
    state = phone.state().json()
    ids = by_code(wf)
    kinds = {s["id"]: s["scale"] for s in state["statements"]}
    assert kinds == {ids["1.1"]: "tick", ids["1.2"]: "tick", ids["4.1.1"]: "graded", ids["4.1.3"]: "frequency"}
    assert ids["4.2.4"] not in kinds  # the open question is discussed, not answered on a phone
    values = {kind: [o["value"] for o in options] for kind, options in state["scales"].items()}
    assert values == {
        "tick": ["yes", "no", "unknown"],  # the catalog's own tick scale: no "teilweise"
        "graded": ["high", "medium", "low", "none", "unknown"],
        "frequency": ["regular", "sometimes", "rarely", "never", "unknown"],
    }
    graded = state["scales"]["graded"][0]
    assert graded == {"value": "high", "de": "weitgehend", "en": graded["en"], "unknown": False}
    assert graded["en"] and graded["en"] != "weitgehend"
    assert state["scales"]["frequency"][-1]["unknown"] is True
    # What the laptop's answer form offers for each item is what the phone offers.
    for item in wf.checklist.items():
        if item.id in kinds:
            assert [v for v, _label in wf.checklist.scale_options(item)] == values[kinds[item.id]]


def test_a_phone_answers_each_statement_on_its_scale_and_it_is_stored_once(wf, mixed, people):
    p, rnd = mixed
    phone = Phone.of(p)
    phone.join()
    phone.claim(people[0].id)
    ids = by_code(wf)
    answers = {ids["1.1"]: "yes", ids["1.2"]: "unknown", ids["4.1.1"]: "medium", ids["4.1.3"]: "rarely"}
    first = phone.submit(people[0].id, answers, key="mixed-key-0001")
    assert first.status == 200
    assert phone.submit(people[0].id, answers, key="mixed-key-0001").status == 200  # a retry
    stored = {a.item_id: a.value for a in wf.checklist.answers(rnd.id)}
    assert stored == answers
    assert len(wf.checklist.answers(rnd.id)) == 4


@pytest.mark.parametrize(
    ("code", "wrong"),
    [("4.1.1", "yes"), ("4.1.3", "high"), ("1.1", "partly"), ("1.1", "regular")],
)
def test_a_value_from_another_scale_is_refused_by_the_service(wf, mixed, people, code, wrong):
    p, rnd = mixed
    phone = Phone.of(p)
    phone.join()
    phone.claim(people[1].id)
    ids = by_code(wf)
    answers = {ids["1.1"]: "no", ids["1.2"]: "yes", ids["4.1.1"]: "high", ids["4.1.3"]: "never"}
    answers[ids[code]] = wrong
    r = phone.submit(people[1].id, answers)
    assert r.status == 422 and r.json()["error"] == "invalid"
    assert f"„{wrong}“" in r.json()["message"]
    assert wf.checklist.answers(rnd.id) == []
    assert phone.state().json()["me"]["submitted"] is False


def test_a_second_round_over_graded_items_only_lists_only_that_scale(wf, mixed, people):
    p, rnd = mixed
    p.stop()
    for person in people:
        values = {i.id: v for i, v in zip(wf.checklist.answerable_items(rnd), ["yes", "no", "low", "never"], strict=True)}
        wf.checklist.submit(rnd.id, person.id, values)
    wf.checklist.reveal_round(rnd.id)
    second = wf.checklist.start_round([by_code(wf)["4.1.1"]])
    p2 = Participation(wf, "127.0.0.1", 0)
    try:
        phone = Phone.of(p2)
        phone.join()
        state = phone.state().json()
        assert [s["scale"] for s in state["statements"]] == ["graded"]
        assert list(state["scales"]) == ["graded"]
        phone.claim(people[2].id)
        assert phone.submit(people[2].id, {by_code(wf)["4.1.1"]: "none"}).status == 200
        assert [a.value for a in wf.checklist.answers(second.id)] == ["none"]
    finally:
        p2.stop()
