"""Migration 0005 (earlier results: one count per value of the item's scale) on files
built at revision 0004, as that version of the program wrote them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from fh_desktop.domain import model
from fh_desktop.store import migrate
from fh_desktop.store.services import checklist as checklist_service
from fh_desktop.store.services.cycle import create_follow_up
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.store.old_files import at_revision

OLD_KEYS = ["number", "yes", "partly", "no", "unknown"]


def _raw_rounds(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"
        assert "scale" not in {r[1] for r in conn.execute("PRAGMA table_info(earlier_item)")}
        return {code: json.loads(raw) for code, raw in conn.execute("SELECT code, rounds FROM earlier_item")}
    finally:
        conn.close()


def test_a_0004_follow_up_of_ticked_items_keeps_every_count(demo_file: Path, tmp_path: Path):
    new = create_follow_up(demo_file, tmp_path / "folge.fhw", date=dt.date(2027, 11, 20))
    with WorkshopFile.open(new) as wf:
        (before,) = wf.cycle.earlier()
    assert any(r.total for i in before.items for r in i.rounds)
    raw = _raw_rounds(at_revision(new, "0004"))
    assert all(list(r) == OLD_KEYS for rounds in raw.values() for r in rounds), "the 0004 shape"
    with WorkshopFile.open(new) as wf:
        assert wf.schema_version() == migrate.head()
        (after,) = wf.cycle.earlier()
        assert wf.integrity_check() == []
    assert after == before
    assert all(i.scale == "tick" for i in after.items)
    first = raw[after.items[0].code]
    assert [{"number": r.number, **r.counts} for r in after.items[0].rounds] == first


def test_a_0004_follow_up_of_a_graded_catalog_gets_its_scales(tmp_path: Path):
    path = tmp_path / "pk.fhw"
    with WorkshopFile.create(path) as wf:
        pk = next(c for c in checklist_service.shipped_catalogs() if c.catalog.key == "pruefkriterien")
        wf.checklist.use_catalog(pk)
        wf.meta.update_workshop(date=dt.date(2026, 3, 1))
        people = [wf.meta.add_participant(name) for name in ("Anna", "Ben", "Cem")]
        items = {i.code: i for i in wf.checklist.items()}
        rnd = wf.checklist.start_round([items["4.1.1"].id, items["4.1.3"].id])
        for person, graded in zip(people, ("high", "low", "unknown"), strict=True):
            wf.checklist.submit(rnd.id, person.id, {items["4.1.1"].id: graded, items["4.1.3"].id: "rarely"})
        wf.checklist.reveal_round(rnd.id)
        wf.checklist.set_joint(items["4.1.1"].id, value="low", note="uneinig")
        wf.checklist.set_joint(items["4.2.4"].id, note="Netzwerkkonferenz")
    new = create_follow_up(path, tmp_path / "folge.fhw", date=dt.date(2027, 3, 1))
    raw = _raw_rounds(at_revision(new, "0004"))
    # What 0004 kept of a graded item: its round, but none of its levels.
    assert raw["4.1.1"] == [{"number": 1, "yes": 0, "partly": 0, "no": 0, "unknown": 1}]
    with WorkshopFile.open(new) as wf:
        items = {i.code: i for i in wf.cycle.origin().items}
    graded, frequency, open_q = items["4.1.1"], items["4.1.3"], items["4.2.4"]
    assert (graded.scale, frequency.scale, open_q.scale) == ("graded", "frequency", "open")
    # Rounds whose levels were never recorded are not passed off as "nobody chose a level".
    assert graded.rounds == [] and frequency.rounds == []
    assert (graded.joint_value, graded.note, open_q.note) == ("low", "uneinig", "Netzwerkkonferenz")


def test_old_rows_of_another_catalog_take_the_scale_their_joint_value_shows(tmp_path: Path):
    path = tmp_path / "w.fhw"
    with WorkshopFile.create(path) as wf:
        wf.checklist.set_catalog(model.Catalog(key="eigene", title="Eigene", scale=["yes", "no", "unknown"]),
                                 [model.CatalogItem(code="1", statement="Eins")])  # fmt: skip
    at_revision(path, "0004")
    conn = sqlite3.connect(path)
    rows = [
        # (earlier workshop, code, statement, joint value, rounds as 0004 wrote them)
        (1, "1", "Eins", "yes", [{"number": 1, "yes": 2, "partly": 0, "no": 1, "unknown": 0}]),
        (2, "1", "Eins", "sometimes", [{"number": 1, "yes": 0, "partly": 0, "no": 0, "unknown": 2}]),
        (2, "2", "Zwei", None, [{"number": 2, "yes": 1, "partly": 3, "no": 0, "unknown": 0}]),
        (2, "3", "Drei", "high", []),
    ]
    conn.executescript(
        """
        INSERT INTO earlier_workshop (id, position, title, kommune, date, place, file_id, catalog_key, catalog_title)
            VALUES (1, 1, 'A', '', '2024-01-01', '', '', 'eigene', 'Eigene'),
                   (2, 2, 'B', '', '2025-01-01', '', '', 'andere', 'Andere');
        """
    )
    for earlier_id, code, statement, joint, rounds in rows:
        conn.execute(
            "INSERT INTO earlier_item (earlier_id, position, code, topic, statement, joint_value, note, needs_action, rounds)"
            " VALUES (?, 0, ?, '', ?, ?, '', 0, ?)",
            (earlier_id, code, statement, joint, json.dumps(rounds)),
        )
    conn.commit()
    conn.close()
    with WorkshopFile.open(path) as wf:
        first, second = wf.cycle.earlier()
    (same,) = first.items
    assert (same.scale, [(r.number, r.counts) for r in same.rounds]) == ("tick", [(1, {"yes": 2, "no": 1, "unknown": 0})])
    frequency, ticked, graded = second.items
    assert (frequency.scale, frequency.rounds, frequency.joint_value) == ("frequency", [], "sometimes")
    # Another catalog: all four tick values kept, as 0004 stored them.
    assert (ticked.scale, ticked.rounds[0].counts) == ("tick", {"yes": 1, "partly": 3, "no": 0, "unknown": 0})
    assert (graded.scale, graded.rounds) == ("graded", [])
