"""Every workshop file has an identity and a generation; files at 0001 carry their data to head."""

from __future__ import annotations

import shutil
import sqlite3

from fh_desktop.domain import model, serialize
from fh_desktop.store import migrate
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.store.old_files import at_revision


def test_new_files_get_their_own_identity(tmp_path):
    with WorkshopFile.create(tmp_path / "a.fhw") as a, WorkshopFile.create(tmp_path / "b.fhw") as b:
        assert len(a.meta.file_identity()) == 32
        assert a.meta.file_identity() != b.meta.file_identity()


def test_a_copy_keeps_the_identity_and_every_edit_bumps_the_generation(tmp_path):
    path = tmp_path / "w.fhw"
    with WorkshopFile.create(path) as wf:
        identity, start = wf.meta.file_identity(), wf.generation()
        wf.meta.update_workshop(title="eins")
        wf.board.add_card(model.Card(title="zwei"))
        assert wf.generation() == start + 2
    copy = tmp_path / "kopie.fhw"
    shutil.copyfile(path, copy)
    with WorkshopFile.open(copy) as wf:
        assert wf.meta.file_identity() == identity
        assert wf.generation() == start + 2


def test_restored_snapshot_keeps_the_identity_of_its_file(demo_file, tmp_path):
    with WorkshopFile.open(demo_file) as wf:
        data = wf.snapshots.snapshot()
    with WorkshopFile.create(tmp_path / "neu.fhw") as wf:
        identity = wf.meta.file_identity()
        wf.snapshots.load(data)
        assert wf.meta.file_identity() == identity


def test_a_0001_file_with_content_migrates_to_head_keeping_everything(demo_file, tmp_path):
    with WorkshopFile.open(demo_file) as wf:
        before = serialize.to_dict(wf.snapshots.snapshot())
    old = at_revision(demo_file, "0001")
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert "file_identity" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert conn.execute("SELECT count(*) FROM card").fetchone()[0] > 10
    at_0001 = _contents(conn)
    conn.close()
    with WorkshopFile.open(old) as wf:
        assert wf.schema_version() == migrate.head()
        after = serialize.to_dict(wf.snapshots.snapshot())
    # Every value the 0001 file held is still there, in the same rows and columns; later
    # revisions only add (their new fields take their defaults, not the demo's values).
    conn = sqlite3.connect(old)
    assert _contents(conn, like=at_0001) == at_0001
    conn.close()
    assert len(after["board"]["cards"]) == len(before["board"]["cards"])
    assert [a["title"] for a in after["actions"]] == [a["title"] for a in before["actions"]]
    with WorkshopFile.open(old) as wf:
        assert len(wf.meta.file_identity()) == 32
        wf.meta.update_workshop(title="nach dem Update")
    with WorkshopFile.open(old) as wf:
        assert wf.meta.workshop().title == "nach dem Update"
    backups = [p for p in tmp_path.iterdir() if ".vor-update-0001" in p.name]
    assert len(backups) == 1


def _contents(conn: sqlite3.Connection, like: dict | None = None) -> dict:
    """Every table's rows (ordered by rowid) over the columns it has, or over ``like``'s."""
    out = {}
    tables = like or {
        r[0]: None
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        if r[0] != "alembic_version"
    }
    for table in tables:
        cols = like[table]["columns"] if like else [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in cols)
        rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        out[table] = {"columns": cols, "rows": rows}
    return out
