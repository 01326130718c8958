"""The checklist service: catalog copy, rounds, answers, joint assessment, privacy."""

from __future__ import annotations

import pytest

from fh_desktop.domain import enums, model, stats
from fh_desktop.domain.errors import ValidationError
from fh_desktop.store.services import checklist as checklist_service
from fh_desktop.store.workshop_file import WorkshopFile

Y, P, N, U = enums.Answer.YES, enums.Answer.PARTLY, enums.Answer.NO, enums.Answer.UNKNOWN


def people(wf, *names: str, observer: str | None = None) -> list[model.Participant]:
    out = [wf.meta.add_participant(n) for n in names]
    if observer:
        wf.meta.add_participant(observer, "Hospitation", is_observer=True)
    return out


def all_items(wf, value: str) -> dict[int, str]:
    return {i.id: value for i in wf.checklist.items()}


def test_new_workshop_has_its_own_copy_of_the_default_catalog(wf):
    assert wf.checklist.catalog().key == "qd4-planung"
    items = wf.checklist.items()
    assert len(items) == 18
    assert [i.position for i in items] == list(range(18))
    assert items[0].code == "1.1"


def test_shipped_catalogs_default_first_and_switch_while_no_answers(wf):
    shipped = checklist_service.shipped_catalogs()
    assert [c.catalog.key for c in shipped][0] == "qd4-planung"
    pk = next(c for c in shipped if c.catalog.key == "pruefkriterien")
    wf.checklist.use_catalog(pk)
    assert wf.checklist.catalog().title.startswith("Prüfkriterien 4.1–5.5")
    assert [i.code for i in wf.checklist.items()][:2] == ["4.1.1", "4.1.2"]

    anna, _ = people(wf, "Anna", "Ben")
    rnd = wf.checklist.start_round()
    wf.checklist.submit(rnd.id, anna.id, {i.id: wf.checklist.scale_options(i)[0][0] for i in wf.checklist.answerable_items(rnd)})
    with pytest.raises(ValidationError, match="nicht mehr gewechselt"):
        wf.checklist.use_catalog(shipped[0])
    assert wf.checklist.catalog().key == "pruefkriterien"


def test_reading_a_broken_catalog_file_names_it(tmp_path):
    bad = tmp_path / "eigene.json"
    bad.write_text('{"format": "fh-catalog", "version": 1}', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"eigene.json.*/key.*fehlt"):
        checklist_service.read_catalog_file(bad)
    with pytest.raises(Exception, match="kann nicht gelesen werden"):
        checklist_service.read_catalog_file(tmp_path / "fehlt.json")


def test_items_are_added_edited_moved_and_removed(wf):
    first, second = wf.checklist.items()[:2]
    added = wf.checklist.add_item(model.CatalogItem(code="1.1a", topic=first.topic, statement="  Neue Aussage "), after_id=first.id)
    ids = [i.id for i in wf.checklist.items()]
    assert ids[:3] == [first.id, added.id, second.id]
    assert wf.checklist.items()[1].statement == "Neue Aussage"
    wf.checklist.update_item(added.id, statement="Geändert", help="Hilfe")
    assert wf.checklist.items()[1].help == "Hilfe"
    with pytest.raises(ValidationError, match="leer"):
        wf.checklist.update_item(added.id, statement="   ")
    wf.checklist.move_item(added.id, -1)
    assert [i.id for i in wf.checklist.items()][:2] == [added.id, first.id]
    wf.checklist.move_item(added.id, -5)  # clamped at the top
    wf.checklist.move_item(first.id, 100)
    assert wf.checklist.items()[-1].id == first.id
    assert [i.position for i in wf.checklist.items()] == list(range(19))
    wf.checklist.remove_item(added.id)
    assert added.id not in [i.id for i in wf.checklist.items()]


def test_round_rules(wf):
    anna, ben = people(wf, "Anna", "Ben", observer="Olga")
    olga = wf.meta.participants()[-1]
    items = wf.checklist.items()
    rnd = wf.checklist.start_round()
    with pytest.raises(ValidationError, match="läuft schon"):
        wf.checklist.start_round()
    with pytest.raises(ValidationError, match="fehlen"):
        wf.checklist.submit(rnd.id, anna.id, {items[0].id: Y})
    with pytest.raises(ValidationError, match="hospitiert"):
        wf.checklist.submit(rnd.id, olga.id, all_items(wf, Y))
    with pytest.raises(ValidationError, match="Ungültiger Wert"):
        wf.checklist.submit(rnd.id, anna.id, all_items(wf, "vielleicht"))
    wf.checklist.submit(rnd.id, anna.id, all_items(wf, Y), "erste Fassung")
    # A correction replaces the earlier answers and comment.
    wf.checklist.submit(rnd.id, anna.id, all_items(wf, N), "korrigiert")
    assert wf.checklist.submitted_ids(rnd.id) == {anna.id}
    assert {a.value for a in wf.checklist.answers(rnd.id)} == {N}
    assert [s.comment for s in wf.checklist.submissions(rnd.id)] == ["korrigiert"]
    wf.checklist.reveal_round(rnd.id)
    with pytest.raises(ValidationError, match="aufgedeckt"):
        wf.checklist.submit(rnd.id, ben.id, all_items(wf, Y))

    # A second round on chosen items only.
    chosen = [items[2].id, items[5].id]
    second = wf.checklist.start_round(chosen + [999_999], anonymous=True)
    assert second.number == 2 and second.item_ids == chosen and second.anonymous
    assert [i.id for i in wf.checklist.round_items(second)] == chosen
    with pytest.raises(ValidationError, match="gehört nicht"):
        wf.checklist.submit(second.id, ben.id, {items[0].id: Y, items[2].id: Y, items[5].id: Y})
    wf.checklist.submit(second.id, ben.id, {items[2].id: Y, items[5].id: P})
    assert len(wf.checklist.answers(second.id)) == 2


def test_scale_of_the_catalog_limits_the_answers(wf):
    cat = wf.checklist.catalog()
    cat.scale = [Y, N]
    wf.checklist.set_catalog(cat, wf.checklist.items()[:2])
    (anna,) = people(wf, "Anna")
    rnd = wf.checklist.start_round()
    with pytest.raises(ValidationError, match="nicht angeboten"):
        wf.checklist.submit(rnd.id, anna.id, all_items(wf, U))
    wf.checklist.submit(rnd.id, anna.id, all_items(wf, N))


def test_discard_round_removes_its_answers(wf):
    (anna,) = people(wf, "Anna")
    rnd = wf.checklist.start_round()
    wf.checklist.submit(rnd.id, anna.id, all_items(wf, Y))
    wf.checklist.discard_round(rnd.id)
    assert wf.checklist.rounds() == [] and wf.checklist.answers() == []
    assert wf.checklist.start_round().number == 1


def test_joint_assessment_and_events(wf):
    item = wf.checklist.items()[3]
    seen = []
    wf.events.subscribe(seen.append)
    wf.checklist.set_joint(item.id, value=P)
    wf.checklist.set_joint(item.id, note="Austausch nur informell", needs_action=True)
    assert wf.checklist.joint() == [model.JointAssessment(item.id, P, "Austausch nur informell", True)]
    assert seen == [("joint", "changed", item.id)] * 2
    with pytest.raises(Exception, match="gibt es nicht"):
        wf.checklist.set_joint(424242, value=Y)


def test_submit_event_carries_no_answer(wf):
    (anna,) = people(wf, "Anna")
    rnd = wf.checklist.start_round()
    seen = []
    wf.events.subscribe(seen.append)
    wf.checklist.submit(rnd.id, anna.id, all_items(wf, Y))
    assert seen == [("submission", "changed", (rnd.id, anna.id))]


# --- privacy: what is left in the file's bytes ----------------------------


def _serial(value) -> tuple[int, bytes]:
    """SQLite record format (https://sqlite.org/fileformat.html#record_format), small values only."""
    if value is None:
        return 0, b""
    if isinstance(value, int):
        if value in (0, 1):
            return 8 + value, b""
        if value < 128:
            return 1, bytes([value])
        return 2, value.to_bytes(2, "big")
    raw = value.encode()
    return 13 + 2 * len(raw), raw


def record(*values) -> bytes:
    types, body = zip(*(_serial(v) for v in values), strict=True)
    header = bytes([len(types) + 1, *types])
    return header + b"".join(body)


def file_bytes(wf: WorkshopFile) -> bytes:
    wal = wf.path.with_name(wf.path.name + "-wal")
    return wf.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def played(wf) -> tuple[list[model.Participant], list[model.IndividualAnswer]]:
    cast = people(wf, "Anna", "Ben", "Cem", "Dora")
    items = wf.checklist.items()[:4]
    cat = wf.checklist.catalog()
    wf.checklist.set_catalog(cat, items)
    rnd = wf.checklist.start_round()
    values = [Y, P, N, U]
    for k, person in enumerate(cast):
        answers = {item.id: values[(k + j) % 4] for j, item in enumerate(wf.checklist.items())}
        wf.checklist.submit(rnd.id, person.id, answers, f"Geheimkommentar-{person.name}")
    wf.checklist.reveal_round(rnd.id)
    for item in wf.checklist.items():
        wf.checklist.set_joint(item.id, value=P, note="gemeinsam")
    return cast, wf.checklist.answers()


def personal_records(answers: list[model.IndividualAnswer]) -> list[bytes]:
    """Each answer's table row and unique-index entry as SQLite stores them."""
    out = []
    for a in answers:
        out.append(record(None, a.round_id, a.participant_id, a.item_id, a.value))
        out.append(record(a.round_id, a.participant_id, a.item_id, a.id))
    return out


def test_anonymise_keeps_distribution_and_leaves_no_names_in_the_file(wf):
    cast, answers = played(wf)
    before = file_bytes(wf)
    # The encoding is right: every personal record is found before anonymising.
    assert all(rec in before for rec in personal_records(answers))
    dists = stats.distributions(answers)

    wf.checklist.anonymise_answers()

    after = file_bytes(wf)
    assert not any(rec in after for rec in personal_records(answers))
    for person in cast:
        assert record(None, 1, person.id, f"Geheimkommentar-{person.name}") not in after
    assert stats.distributions(wf.checklist.answers()) == dists
    assert all(a.participant_id is None for a in wf.checklist.answers())
    assert all(s.participant_id is None for s in wf.checklist.submissions())
    assert wf.checklist.is_anonymised()
    assert len(wf.checklist.joint()) == 4
    assert wf.integrity_check() == []


def test_delete_answers_leaves_no_trace_in_the_file(wf):
    cast, answers = played(wf)
    assert b"Geheimkommentar-Anna" in file_bytes(wf)
    wf.checklist.delete_answers()
    after = file_bytes(wf)
    assert wf.checklist.answers() == [] and wf.checklist.submissions() == []
    assert b"Geheimkommentar" not in after
    assert not any(rec in after for rec in personal_records(answers))
    assert [j.note for j in wf.checklist.joint()] == ["gemeinsam"] * 4
    path = wf.path
    wf.close()
    with WorkshopFile.open(path) as again:
        assert again.checklist.answers() == []
        assert len(again.checklist.rounds()) == 1


def test_privacy_actions_wait_for_the_open_round(wf):
    (anna,) = people(wf, "Anna")
    wf.checklist.start_round()
    with pytest.raises(ValidationError, match="keine Einzelrunde"):
        wf.checklist.delete_answers()
    with pytest.raises(ValidationError, match="keine Einzelrunde"):
        wf.checklist.anonymise_answers()


def test_demo_plays_a_realistic_round(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        scoring = {p.id for p in wf.meta.participants() if not p.is_observer}
        first, second = wf.checklist.rounds()
        assert first.item_ids is None and second.item_ids and len(second.item_ids) < len(wf.checklist.items())
        assert all(r.state == enums.RoundState.REVEALED for r in (first, second))
        assert wf.checklist.submitted_ids(first.id) == scoring == wf.checklist.submitted_ids(second.id)
        answers = wf.checklist.answers(first.id)
        assert len({a.value for a in answers}) == 4  # every answer on the scale occurs
        assert len(set(stats.ticks_per_participant(answers).values())) > 2  # people differ
        joint = wf.checklist.joint()
        assert len(joint) == len(wf.checklist.items()) and all(j.value for j in joint)
        assert sum(j.needs_action for j in joint) >= 3
        dists = {i: stats.distribution(answers, i) for i in second.item_ids}
        later = stats.distributions(wf.checklist.answers(second.id))
        assert sum(stats.convergence(dists[i], later[i]) for i in second.item_ids) > 0  # the talk helped


def test_dump_and_restore_carry_catalog_copy_answers_and_joint(tmp_path, wf):
    from fh_desktop.domain import serialize

    played(wf)
    wf.checklist.update_item(wf.checklist.items()[0].id, statement="Eigene Fassung")
    data = serialize.to_dict(wf.snapshots.snapshot())
    with WorkshopFile.create(tmp_path / "copy.fhw") as copy:
        copy.snapshots.load(serialize.from_dict(data))
        assert serialize.to_dict(copy.snapshots.snapshot()) == data
        assert copy.checklist.items()[0].statement == "Eigene Fassung"
        assert len(copy.checklist.answers()) == 16 and len(copy.checklist.joint()) == 4


def _use(wf, key):
    chosen = next(c for c in checklist_service.shipped_catalogs() if c.catalog.key == key)
    wf.checklist.use_catalog(chosen)
    return {i.code: i for i in wf.checklist.items()}


def test_pruefkriterien_round_takes_each_item_on_its_own_scale_and_skips_open_questions(wf):
    items = _use(wf, "pruefkriterien")
    graded, frequency, open_q = items["4.1.1"], items["4.1.3"], items["4.2.4"]
    assert wf.checklist.scale_options(graded) == [
        ("high", "weitgehend"), ("medium", "teilweise"), ("low", "ansatzweise"), ("none", "gar nicht"),
        ("unknown", "kann ich nicht beurteilen"),
    ]
    assert [v for v, _ in wf.checklist.scale_options(frequency)][:4] == ["regular", "sometimes", "rarely", "never"]
    assert wf.checklist.scale_options(open_q) == []
    anna, ben = people(wf, "Anna", "Ben")
    rnd = wf.checklist.start_round([graded.id, frequency.id, open_q.id])
    assert [i.code for i in wf.checklist.answerable_items(rnd)] == ["4.1.1", "4.1.3"]
    with pytest.raises(ValidationError, match="nicht angeboten"):
        wf.checklist.submit(rnd.id, anna.id, {graded.id: Y, frequency.id: "regular"})
    with pytest.raises(ValidationError, match="gehört nicht"):
        wf.checklist.submit(rnd.id, anna.id, {graded.id: "high", frequency.id: "regular", open_q.id: "high"})
    wf.checklist.submit(rnd.id, anna.id, {graded.id: "high", frequency.id: "regular"})
    wf.checklist.submit(rnd.id, ben.id, {graded.id: "none", frequency.id: "regular"})
    wf.checklist.reveal_round(rnd.id)
    dists = stats.distributions(wf.checklist.answers(rnd.id))
    assert dists[graded.id]["high"] == 1 and dists[graded.id]["none"] == 1
    assert stats.disagreement(dists[graded.id]) == pytest.approx(1.0)  # split between the extremes
    assert stats.disagreement(dists[frequency.id]) == 0.0
    assert stats.mean_score(dists[graded.id]) == pytest.approx(0.5)
    # The joint assessment takes the item's own scale, and a note for the open question.
    wf.checklist.set_joint(graded.id, value="low")
    with pytest.raises(ValidationError, match="nicht angeboten"):
        wf.checklist.set_joint(frequency.id, value="high")
    with pytest.raises(ValidationError, match="nicht angeboten"):
        wf.checklist.set_joint(open_q.id, value=Y)
    wf.checklist.set_joint(open_q.id, note="Über die Netzwerkkonferenz, einmal im Jahr")
    joint = {j.item_id: j for j in wf.checklist.joint()}
    assert joint[graded.id].value == "low" and joint[open_q.id].note.startswith("Über die Netzwerkkonferenz")


def test_catalog_copy_keeps_scale_origin_original_and_refs(wf):
    items = _use(wf, "qd4-planung")
    assert items["1.3"].origin == "adapted" and "im Idealfall" in items["1.3"].original
    assert items["1.5"].refs == ["pruefkriterien:4.1.1"]
    assert {i.scale for i in items.values()} == {"tick"}
