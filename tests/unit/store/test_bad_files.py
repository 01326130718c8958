"""Every kind of bad file gets a clear message and stays byte-identical."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from fh_desktop.domain.errors import (
    AlreadyOpenError,
    CorruptFileError,
    FileAccessError,
    NewerVersionError,
    NotAWorkshopError,
)
from fh_desktop.store.workshop_file import WorkshopFile


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def assert_refused(path: Path, error: type[Exception], words: str) -> None:
    before, names = digest(path), siblings(path)
    with pytest.raises(error) as info:
        WorkshopFile.open(path)
    assert words in str(info.value)
    assert str(path.name) in str(info.value)
    assert digest(path) == before, "a refused file must not change"
    assert siblings(path) == names, "no side files may appear next to a refused file"


def test_empty_file(tmp_path):
    path = tmp_path / "leer.fhw"
    path.write_bytes(b"")
    assert_refused(path, NotAWorkshopError, "leer")


def test_text_file(tmp_path):
    path = tmp_path / "notiz.fhw"
    path.write_text("Das ist keine Datenbank.\n", encoding="utf-8")
    assert_refused(path, NotAWorkshopError, "keine Workshop-Datei")


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "fremd.fhw"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kunden (name TEXT)")
    con.execute("INSERT INTO kunden VALUES ('x')")
    con.commit()
    con.close()
    assert_refused(path, NotAWorkshopError, "anderen Programms")


def test_truncated_workshop(demo_file):
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: len(data) // 3])
    assert_refused(demo_file, CorruptFileError, "unvollständig oder beschädigt")


def test_header_only(demo_file):
    demo_file.write_bytes(demo_file.read_bytes()[:60])
    assert_refused(demo_file, CorruptFileError, "beschädigt")


def test_corrupted_pages(demo_file):
    data = bytearray(demo_file.read_bytes())
    # Overwrite the page after the schema page with garbage, keep the header intact.
    page = int.from_bytes(data[16:18], "big")
    data[page : page * 3] = b"\xff" * (page * 2)
    demo_file.write_bytes(bytes(data))
    assert_refused(demo_file, CorruptFileError, "beschädigt")


def test_newer_schema_is_refused(demo_file):
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    assert_refused(demo_file, NewerVersionError, "neueren Version")


def test_workshop_id_without_tables(tmp_path):
    path = tmp_path / "halb.fhw"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id=1179146033")  # our id, but nothing else
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    assert_refused(path, NotAWorkshopError, "keine Tabellen")


def test_missing_file(tmp_path):
    with pytest.raises(FileAccessError, match="gibt es nicht"):
        WorkshopFile.open(tmp_path / "nirgends.fhw")
    assert list(tmp_path.iterdir()) == []


def test_directory(tmp_path):
    with pytest.raises(FileAccessError, match="Ordner"):
        WorkshopFile.open(tmp_path)


def test_second_instance_is_refused_and_first_keeps_working(demo_file):
    first = WorkshopFile.open(demo_file)
    try:
        with pytest.raises(AlreadyOpenError, match="bereits"):
            WorkshopFile.open(demo_file)
        first.meta.update_workshop(title="noch bearbeitbar")
        assert first.meta.workshop().title == "noch bearbeitbar"
    finally:
        first.close()
    with WorkshopFile.open(demo_file) as again:
        assert again.meta.workshop().title == "noch bearbeitbar"


def test_second_process_is_refused(demo_file):
    import subprocess
    import sys

    first = WorkshopFile.open(demo_file)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "fh_desktop", "dump", str(demo_file)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        first.close()
    assert result.returncode == 1
    assert "bereits" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_read_only_location_opens_for_viewing_only(demo_file, monkeypatch):
    """A file in a folder the user may not write is opened read-only, untouched.

    The real read-only file system is in test_read_only.py; here the permission answer
    of the operating system says "no" for an otherwise writable folder.
    """
    from fh_desktop.domain.errors import ReadOnlyError

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before, names = digest(demo_file), siblings(demo_file)
    with WorkshopFile.open(demo_file) as wf:
        assert wf.read_only
        assert "schreibgeschützt" in str(wf.warnings[0])
        assert wf.board.cards()
        with pytest.raises(ReadOnlyError, match="nur zum Ansehen"):
            wf.meta.update_workshop(title="geht nicht")
    assert digest(demo_file) == before
    assert siblings(demo_file) == names


def test_damage_names_the_backup_beside_the_file(demo_file):
    import shutil

    backup = demo_file.with_name("demo.vor-update-0001-20261201-090000.fhw")
    shutil.copyfile(demo_file, backup)
    data = bytearray(demo_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page * 3] = b"\xff" * (page * 2)
    demo_file.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as info:
        WorkshopFile.open(demo_file)
    assert backup.name in str(info.value) and "fh-desktop dump" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_damaged_index_is_named_and_dump_still_rescues_the_data(demo_file):
    import json
    import subprocess
    import sys

    with WorkshopFile.open(demo_file) as wf:
        links = len(wf.board.links())
    conn = sqlite3.connect(demo_file)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_link_source_id'").fetchone()[0]
    conn.close()
    data = bytearray(demo_file.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x0d" + b"\xff" * (page_size - 1)
    demo_file.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as info:
        WorkshopFile.open(demo_file)
    assert "beschädigt" in str(info.value) and "fh-desktop dump" in str(info.value)
    out = subprocess.run([sys.executable, "-m", "fh_desktop", "dump", str(demo_file)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "beschädigt" in out.stderr
    assert len(json.loads(out.stdout)["board"]["links"]) == links
