"""Creating, reopening, migrating and round-tripping workshop files."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from fh_desktop.domain import model, serialize
from fh_desktop.domain.errors import FileAccessError, ValidationError
from fh_desktop.store import migrate
from fh_desktop.store.fileformat import APPLICATION_ID
from fh_desktop.store.workshop_file import WorkshopFile


def test_new_file_has_header_defaults_and_identity(wf):
    assert int.from_bytes(wf.path.read_bytes()[68:72], "big") == APPLICATION_ID
    assert wf.schema_version() == migrate.head()
    assert [s.planned_minutes for s in wf.meta.steps()] == [75, 75, 30]
    assert len(wf.meta.questions(1)) >= 5
    assert wf.meta.workshop() == model.Workshop()


def test_edits_survive_reopen(tmp_path):
    path = tmp_path / "w.fhw"
    with WorkshopFile.create(path) as wf:
        wf.meta.update_workshop(title="Planung 2027", kommune="Stadt Beispiel", date=dt.date(2026, 12, 1))
        anna = wf.meta.add_participant("Anna Äbel", "Jugendhilfeplanung")
        card = wf.board.add_card(model.Card(title="Jugendhilfeausschuss", x=10.5, y=-3))
    with WorkshopFile.open(path) as wf:
        assert wf.meta.workshop().date == dt.date(2026, 12, 1)
        assert wf.meta.participants()[0] == anna
        assert wf.board.cards() == [card]


def test_create_refuses_existing_file(wf):
    with pytest.raises(FileAccessError, match="gibt es schon"):
        WorkshopFile.create(wf.path)


def test_participant_rules(wf):
    with pytest.raises(ValidationError, match="Namen"):
        wf.meta.add_participant("   ")
    wf.meta.add_participant("Bea")
    with pytest.raises(ValidationError, match="schon"):
        wf.meta.add_participant("bea")
    assert [p.name for p in wf.meta.participants()] == ["Bea"]


def test_huge_text_is_refused_and_nothing_changes(wf):
    wf.meta.update_workshop(title="kurz")
    with pytest.raises(ValidationError, match="zu lang"):
        wf.meta.update_workshop(title="x" * 1_000_000)
    assert wf.meta.workshop().title == "kurz"


def test_markup_and_formula_text_is_stored_verbatim(wf):
    hostile = "<b>fett</b> & =SUMME(A1:A9) <script>alert(1)</script> „Zitat“ – 𝔘𝔫𝔦"
    wf.meta.update_workshop(title=hostile)
    assert wf.meta.workshop().title == hostile


def test_failed_edit_rolls_back_whole_transaction(wf):
    card = wf.board.add_card(model.Card(title="A"))
    with pytest.raises(ValidationError):
        wf.board.update_card(card.id, title="B", area="gibt-es-nicht")
    assert wf.board.cards()[0].title == "A"


def test_remove_card_and_restore_brings_back_links_and_dots(wf):
    a = wf.board.add_card(model.Card(title="A"))
    b = wf.board.add_card(model.Card(title="B"))
    link = wf.board.add_link(model.Link(source_id=a.id, target_id=b.id, label="Bericht"))
    dot = wf.board.add_dot(model.Dot(card_id=a.id))
    removed = wf.board.remove_card(a.id)
    assert wf.board.links() == [] and wf.board.dots() == []
    wf.board.restore_card(*removed)
    assert wf.board.links() == [link]
    assert wf.board.dots() == [dot]


def test_events_are_emitted_after_commit(wf):
    seen = []
    wf.events.subscribe(lambda e: seen.append((e, wf.meta.workshop().title)))
    wf.meta.update_workshop(title="neu")
    assert seen == [(("workshop", "changed", 1), "neu")]


def test_snapshot_load_round_trip(demo_file, tmp_path):
    with WorkshopFile.open(demo_file) as wf:
        original = wf.snapshots.snapshot()
    with WorkshopFile.create(tmp_path / "copy.fhw") as copy:
        copy.snapshots.load(original)
        assert serialize.to_dict(copy.snapshots.snapshot()) == serialize.to_dict(original)


def test_migration_from_empty_schema_writes_backup_first(tmp_path):
    """A workshop file whose schema was never created is migrated to head, after a backup."""
    path = tmp_path / "alt.fhw"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with WorkshopFile.open(path) as wf:
        assert wf.schema_version() == migrate.head()
        wf.meta.add_participant("Neu")
    backups = [p for p in tmp_path.iterdir() if ".vor-update-" in p.name]
    assert len(backups) == 1
    assert backups[0].read_bytes()[68:72] == before[68:72]  # application id kept
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0
    con.close()


def test_integrity_check_of_sound_file(demo_file):
    with WorkshopFile.open(demo_file) as wf:
        assert wf.integrity_check() == []


def test_closed_file_is_self_contained(tmp_path):
    """After closing, the .fhw alone holds everything (mailing the file loses nothing)."""
    path = tmp_path / "mail.fhw"
    with WorkshopFile.create(path) as wf:
        wf.meta.update_workshop(title="per Mail")
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    moved = tmp_path / "kopie.fhw"
    moved.write_bytes(path.read_bytes())
    with WorkshopFile.open(moved) as wf:
        assert wf.meta.workshop().title == "per Mail"
