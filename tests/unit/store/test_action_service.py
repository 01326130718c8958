"""The action plan service: one transaction per edit, events, order, links, undo support."""

from __future__ import annotations

import datetime as dt

import pytest

from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import NotFoundError, ValidationError
from fh_desktop.store.workshop_file import WorkshopFile

H, M, L = enums.Priority.HIGH, enums.Priority.MEDIUM, enums.Priority.LOW


@pytest.fixture
def events(wf):
    seen = []
    wf.events.subscribe(seen.append)
    return seen


def add(wf, title, **kw):
    return wf.actions.add_action(model.Action(title=title, **kw))


def titles(wf):
    return [a.title for a in wf.actions.actions()]


def test_add_appends_and_survives_reopen(tmp_path):
    path = tmp_path / "plan.fhw"
    with WorkshopFile.create(path) as wf:
        card = wf.board.add_card(model.Card(title="Jugendhilfeausschuss"))
        first = add(wf, "Planungskonzeption fortschreiben", start=dt.date(2027, 1, 1), due=dt.date(2027, 6, 30))
        second = add(wf, "Bericht im Ausschuss", priority=H, card_ids=[card.id, card.id])
        assert (first.position, second.position) == (1, 2)
        assert second.card_ids == [card.id]
    with WorkshopFile.open(path) as wf:
        stored = wf.actions.actions()
        assert [a.title for a in stored] == ["Planungskonzeption fortschreiben", "Bericht im Ausschuss"]
        assert stored[0].due == dt.date(2027, 6, 30)
        assert stored[1] == second
        assert wf.actions.action(second.id) == second


def test_empty_title_and_odd_dates_are_stored_as_typed(wf):
    # The editor shows the problem; the store keeps what was typed.
    a = add(wf, "", start=dt.date(2027, 5, 1), due=dt.date(2027, 4, 1))
    assert wf.actions.action(a.id).title == ""


def test_vocabulary_length_and_dates_are_refused_without_change(wf, events):
    a = add(wf, "A")
    events.clear()
    for values in (
        {"priority": "dringend"},
        {"status": "fertig"},
        {"title": "x" * 20_001},
        {"due": "2027-01-01"},
        {"start": dt.datetime(2027, 1, 1, 12, 0)},
    ):
        with pytest.raises(ValidationError):
            wf.actions.update_action(a.id, **values)
    with pytest.raises(ValidationError):
        wf.actions.add_action(model.Action(title="B", status="fertig"))
    assert wf.actions.actions() == [a]
    assert events == []


def test_update_changes_fields_and_links_and_emits(wf, events):
    item = wf.checklist.add_item(model.CatalogItem(code="4.1.1", statement="Planungskonzeption"))
    card = wf.board.add_card(model.Card(title="Netzwerkkoordination"))
    a = add(wf, "A")
    events.clear()
    new = wf.actions.update_action(a.id, title="B", status=enums.Status.IN_PROGRESS, card_ids=[card.id])
    assert (new.title, new.status, new.card_ids) == ("B", enums.Status.IN_PROGRESS, [card.id])
    assert events == [("action", "changed", a.id)]
    # Links of the other kind stay when only one list is given.
    new = wf.actions.update_action(a.id, item_ids=[item.id])
    assert new.card_ids == [card.id] and new.item_ids == [item.id]
    assert wf.actions.update_action(a.id, goal="Ziel").card_ids == [card.id]


def test_links_to_missing_things_are_refused_readably(wf):
    a = add(wf, "A")
    with pytest.raises(NotFoundError, match="Karte Nr. 99"):
        wf.actions.update_action(a.id, card_ids=[99])
    with pytest.raises(NotFoundError, match="Checklisten-Punkt Nr. 7777"):
        wf.actions.add_action(model.Action(title="B", item_ids=[7777]))
    assert titles(wf) == ["A"]
    with pytest.raises(NotFoundError, match="Maßnahme Nr. 42"):
        wf.actions.update_action(42, title="x")


def test_remove_then_restore_brings_back_id_place_and_links(wf, events):
    card = wf.board.add_card(model.Card(title="Kreistag"))
    a, b, c = add(wf, "A"), add(wf, "B", card_ids=[card.id]), add(wf, "C")
    events.clear()
    gone = wf.actions.remove_action(b.id)
    assert gone == b
    assert titles(wf) == ["A", "C"]
    wf.actions.restore_action(gone)
    assert wf.actions.actions() == [a, b, wf.actions.action(c.id)]
    assert titles(wf) == ["A", "B", "C"]
    assert wf.actions.action(b.id).card_ids == [card.id]
    assert events == [("action", "removed", b.id), ("action", "added", b.id)]


def test_removed_card_drops_out_of_the_links(wf):
    card = wf.board.add_card(model.Card(title="Kreistag"))
    a = add(wf, "A", card_ids=[card.id])
    wf.board.remove_card(card.id)
    assert wf.actions.action(a.id).card_ids == []


def test_set_order_is_one_event_and_checks_the_ids(wf, events):
    a, b, c = add(wf, "A"), add(wf, "B"), add(wf, "C")
    events.clear()
    wf.actions.set_order([c.id, a.id, b.id])
    assert titles(wf) == ["C", "A", "B"]
    assert [x.position for x in wf.actions.actions()] == [1, 2, 3]
    assert events == [("action", "reset", None)]
    for bad in ([a.id, b.id], [a.id, b.id, c.id, 99], [a.id, a.id, b.id]):
        with pytest.raises(ValidationError, match="Reihenfolge"):
            wf.actions.set_order(bad)
    assert wf.actions.order() == [c.id, a.id, b.id]


def test_order_by_priority_in_one_step_returns_old_order(wf, events):
    ids = [add(wf, t, priority=p).id for t, p in (("a", L), ("b", H), ("c", M), ("d", H))]
    events.clear()
    old = wf.actions.order_by_priority()
    assert old == ids
    assert titles(wf) == ["b", "d", "c", "a"]
    assert events == [("action", "reset", None)]
    wf.actions.set_order(old)
    assert titles(wf) == ["a", "b", "c", "d"]


def test_new_action_goes_after_the_last_even_after_reorder(wf):
    a, b = add(wf, "A"), add(wf, "B")
    wf.actions.set_order([b.id, a.id])
    add(wf, "C")
    assert titles(wf) == ["B", "A", "C"]


def test_hostile_text_is_stored_verbatim(wf):
    hostile = "=HYPERLINK(\"http://x\") <b>fett</b> & „Zitat“ 𝔘𝔫𝔦 \n zweite Zeile"
    a = add(wf, hostile, responsible="@SUMME(A1)")
    assert wf.actions.action(a.id).title == hostile
    assert wf.actions.action(a.id).responsible == "@SUMME(A1)"


def test_remove_several_in_one_step_and_restore_all(wf, events):
    a, b, c, d = (add(wf, t) for t in "ABCD")
    wf.actions.set_order([d.id, a.id, b.id, c.id])
    events.clear()
    gone = wf.actions.remove_actions([c.id, d.id])
    assert [g.title for g in gone] == ["D", "C"]
    assert titles(wf) == ["A", "B"]
    wf.actions.restore_actions(gone)
    assert titles(wf) == ["D", "A", "B", "C"]
    assert sorted(e[2] for e in events if e[1] == "removed") == sorted([c.id, d.id])


def test_failed_multi_remove_changes_nothing(wf):
    a = add(wf, "A")
    with pytest.raises(NotFoundError):
        wf.actions.remove_actions([a.id, 999])
    assert titles(wf) == ["A"]


# --- the demo plan ----------------------------------------------------------------


def test_demo_plan_links_to_the_cards_and_items_it_finds(wf):
    from fh_desktop.demo import actions as demo

    def card(title):
        return wf.board.add_card(model.Card(title=title)).id

    jhp, kt, jha = card("Jugendhilfeplanung"), card("Rat/Kreistag"), card("Jugendhilfeausschuss")
    nwk = card("Netzwerkkoordination Frühe Hilfen")
    card("Jugendhilfeplanung und Netzwerk")  # contains a wanted title, but is not the card meant
    wf.checklist.set_catalog(
        model.Catalog(key="qd4", title="QD 4"),
        [
            model.CatalogItem(code="4.1.1", statement="Inwieweit gibt es eine vom Rat/Kreistag verabschiedete Planungskonzeption?"),
            model.CatalogItem(code="", statement="Die Koordination des Netzwerks Frühe Hilfen wird als Planungsaufgabe verstanden."),
            model.CatalogItem(code="P7", statement="Die Berichte werden für die kommunale Politik kontinuierlich vorgestellt."),
        ],
    )
    concept, coordination, reports = (i.id for i in wf.checklist.items())
    demo.fill(wf)
    plan = {a.title: a for a in wf.actions.actions()}
    assert len(plan) >= 8
    first = plan["Planungskonzeption Frühe Hilfen fortschreiben und vom Kreistag beschließen lassen"]
    assert first.item_ids == [concept] and first.card_ids == [jhp, kt]
    second = plan["Netzwerkkoordination verbindlich in die Jugendhilfeplanung einbinden"]
    assert second.item_ids == [coordination] and set(second.card_ids) == {nwk, jhp}
    committee = plan["Berichterstattung im Jugendhilfeausschuss verstetigen"]
    assert committee.item_ids == [reports] and committee.card_ids == [jha]


def test_demo_plan_is_complete_and_valid_whatever_board_and_checklist_hold(wf):
    from fh_desktop.demo import actions as demo
    from fh_desktop.domain import action_rules

    assert wf.board.cards() == []  # a new file may come with a catalog copy, never with cards
    demo.fill(wf)
    plan = wf.actions.actions()
    assert len(plan) >= 8
    assert {a.status for a in plan} == set(enums.Status.ALL)
    assert {a.priority for a in plan} == set(enums.Priority.ALL)
    for a in plan:
        assert action_rules.validate_action(a) == [], a.title
        assert a.responsible and a.goal
        assert a.card_ids == [] and set(a.item_ids) <= {i.id for i in wf.checklist.items()}
    assert sum(1 for a in plan if a.due is not None) >= 8


def test_demo_file_has_the_plan(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        plan = wf.actions.actions()
        assert len(plan) >= 8
        known_cards = {c.id for c in wf.board.cards()}
        known_items = {i.id for i in wf.checklist.items()}
        for a in plan:
            assert set(a.card_ids) <= known_cards and set(a.item_ids) <= known_items
