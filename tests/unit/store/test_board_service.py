"""The board service: batch edits in one transaction, events, undo data, the template."""

from __future__ import annotations

import json
import shutil

import pytest

from fh_desktop import resources
from fh_desktop.domain import board_template, model
from fh_desktop.domain.errors import NotFoundError, ValidationError
from fh_desktop.store.workshop_file import WorkshopFile


@pytest.fixture
def events(wf):
    seen: list[tuple[str, str, object]] = []
    wf.events.subscribe(seen.append)
    return seen


def _three_cards(wf):
    return [wf.board.add_card(model.Card(title=t, x=i * 300)) for i, t in enumerate("ABC")]


def test_single_getters(wf):
    a, b, _ = _three_cards(wf)
    link = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id))
    zone = wf.board.add_zone(model.Zone(label="Planungslücke", color="#fff6bf"))
    dot = wf.board.add_dot(model.Dot(card_id=a.id, color="#d62728"))
    assert wf.board.card(a.id) == a
    assert wf.board.link(link.id) == link
    assert wf.board.zone(zone.id) == zone
    assert wf.board.dot(dot.id) == dot
    with pytest.raises(NotFoundError):
        wf.board.card(999)


def test_update_items_is_one_transaction_with_one_event_each(wf, events):
    a, b, c = _three_cards(wf)
    zone = wf.board.add_zone(model.Zone(label="Z"))
    events.clear()
    wf.board.update_items(cards={a.id: {"x": 20.0, "y": 40.0}, b.id: {"w": 300.0}}, zones={zone.id: {"x": -20.0}})
    assert (wf.board.card(a.id).x, wf.board.card(a.id).y, wf.board.card(b.id).w) == (20, 40, 300)
    assert wf.board.zone(zone.id).x == -20
    assert sorted(events) == sorted([("card", "changed", a.id), ("card", "changed", b.id), ("zone", "changed", zone.id)])
    # A bad value anywhere leaves everything as it was.
    with pytest.raises(ValidationError):
        wf.board.update_items(cards={a.id: {"x": 0.0}, c.id: {"area": "mars"}})
    assert wf.board.card(a.id).x == 20
    with pytest.raises(ValidationError):
        wf.board.update_items(cards={a.id: {"w": -5.0}})
    with pytest.raises(NotFoundError):
        wf.board.update_items(cards={a.id: {"x": 0.0}, 999: {"x": 1.0}})
    assert wf.board.card(a.id).x == 20


def test_remove_items_takes_links_dots_and_action_refs_and_restore_brings_all_back(wf, events):
    a, b, c = _three_cards(wf)
    ab = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id, kind="bericht"))
    bc = wf.board.add_link(model.Link(source_id=b.id, target_id=c.id))
    dot_a = wf.board.add_dot(model.Dot(card_id=a.id))
    dot_c = wf.board.add_dot(model.Dot(card_id=c.id, color="#2ca02c"))
    zone = wf.board.add_zone(model.Zone(label="Z"))
    action = wf.actions.add_action(model.Action(title="Datenkonzept", card_ids=[a.id, c.id]))
    before = wf.board.board()
    events.clear()

    removed = wf.board.remove_items(card_ids=[a.id], zone_ids=[zone.id], dot_ids=[dot_c.id])
    assert [x.id for x in removed.board.cards] == [a.id]
    assert [x.id for x in removed.board.links] == [ab.id]
    assert sorted(x.id for x in removed.board.dots) == sorted([dot_a.id, dot_c.id])
    assert removed.action_cards == [(action.id, a.id)]
    assert [x.id for x in wf.board.links()] == [bc.id]
    assert wf.board.zones() == [] and wf.board.dots() == []
    assert wf.actions.actions()[0].card_ids == [c.id]
    # links and dots are announced before their card goes; the action hears about it
    topics = [e[0] for e in events]
    assert topics.index("link") < topics.index("card")
    assert ("action", "changed", action.id) in events

    wf.board.restore_items(removed)
    assert wf.board.board() == before
    assert wf.actions.actions()[0].card_ids == [a.id, c.id]


def test_add_items_maps_local_keys_to_new_ids(wf):
    existing = wf.board.add_card(model.Card(title="schon da"))
    part = model.Board(
        cards=[model.Card(id=existing.id, title="Kopie 1"), model.Card(id=77, title="Kopie 2")],
        links=[model.Link(id=5, source_id=existing.id, target_id=77, kind="daten")],
        dots=[model.Dot(id=9, card_id=77)],
        zones=[model.Zone(id=3, label="Zone")],
    )
    added = wf.board.add_items(part)
    new_ids = [c.id for c in added.cards]
    assert existing.id not in new_ids and 77 not in new_ids
    assert (added.links[0].source_id, added.links[0].target_id) == tuple(new_ids)
    assert added.dots[0].card_id == new_ids[1]
    assert len(wf.board.cards()) == 3 and wf.board.zones()[0].label == "Zone"


def test_add_items_refuses_bad_data_without_writing(wf):
    a = wf.board.add_card(model.Card())
    with pytest.raises(ValidationError):
        wf.board.add_items(model.Board(cards=[model.Card(id=1), model.Card(id=2, kind="person")]))
    with pytest.raises(ValidationError):
        wf.board.add_items(model.Board(links=[model.Link(source_id=a.id, target_id=a.id)]))
    with pytest.raises(ValidationError):
        wf.board.add_items(model.Board(zones=[model.Zone(color="blau")]))
    with pytest.raises(ValidationError):
        wf.board.add_items(model.Board(cards=[model.Card(title="x" * 30_000)]))
    assert wf.board.cards() == [a] and wf.board.zones() == []


def test_self_link_refused(wf):
    a = wf.board.add_card(model.Card())
    with pytest.raises(ValidationError, match="zwei verschiedene"):
        wf.board.add_link(model.Link(source_id=a.id, target_id=a.id))


def test_apply_template_in_one_transaction_and_undo_data(wf, events):
    template = wf.board.template()
    added = wf.board.apply_template(template, origin=(1000, 0))
    stored = wf.board.board()
    assert len(stored.cards) == len(added.cards) >= 15
    assert len(stored.zones) == len(added.zones) >= 5
    assert len(stored.links) == len(template.links)
    assert min(c.x for c in stored.cards) >= 1000
    assert {e[0] for e in events} == {"card", "zone", "link"}
    removed = wf.board.remove_items(card_ids=[c.id for c in added.cards], zone_ids=[z.id for z in added.zones])
    assert wf.board.board() == model.Board()
    wf.board.restore_items(removed)
    assert wf.board.board() == stored


def test_template_errors_name_file_and_place(wf, tmp_path, monkeypatch):
    fake_root = tmp_path / "root"
    shutil.copytree(resources.resources_dir(), fake_root / "resources")
    monkeypatch.setattr(resources, "root", lambda: fake_root)
    target = fake_root / "resources" / "board_template.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    data["links"][0]["kind"] = "telepathie"
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(board_template.TemplateError) as err:
        wf.board.template()
    assert "board_template.json" in str(err.value) and "/links/0/kind" in str(err.value)
    target.write_text("{ kaputt", encoding="utf-8")
    with pytest.raises(board_template.TemplateError, match="kein gültiges JSON"):
        wf.board.template()
    target.unlink()
    with pytest.raises(board_template.TemplateError, match="Datei fehlt"):
        wf.board.template()


def test_batches_survive_reopen(tmp_path):
    path = tmp_path / "b.fhw"
    with WorkshopFile.create(path) as wf:
        added = wf.board.apply_template(wf.board.template())
        wf.board.update_items(cards={added.cards[0].id: {"x": 999.0, "z": 50.0}})
        expected = wf.board.board()
    with WorkshopFile.open(path) as wf:
        assert wf.board.board() == expected


def test_demo_board_is_meaningful(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        board = wf.board.board()
    assert len(board.cards) >= 15 and len({c.area for c in board.cards}) >= 4
    assert len(board.links) >= 12 and len({lk.kind for lk in board.links}) >= 4
    assert len(board.zones) >= 2 and board.dots
    assert any(c.influence is not None for c in board.cards)
