"""A journal left by a crash is applied to its own file and never to another one."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from fh_desktop.domain import model, serialize
from fh_desktop.domain.errors import AlreadyOpenError, StoreWarning
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.store.crash import crash_mid_transaction


def titles(path) -> list[str]:
    with WorkshopFile.open(path) as wf:
        return sorted(c.title for c in wf.board.cards())


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fh_desktop", *args], capture_output=True, text=True, timeout=120)


def test_a_crashed_workshop_opens_with_every_committed_edit(tmp_path):
    path = tmp_path / "absturz.fhw"
    WorkshopFile.create(path).close()
    crash_mid_transaction(path, committed=5)
    with WorkshopFile.open(path) as wf:
        assert sorted(c.title for c in wf.board.cards()) == [f"bestätigt {i}" for i in range(5)]
        assert wf.warnings == []
        assert wf.integrity_check() == []
    assert [p.name for p in tmp_path.iterdir()] == ["absturz.fhw"]


def test_another_workshop_copied_over_a_crashed_one_is_never_merged(tmp_path, demo_file):
    path = tmp_path / "absturz.fhw"
    WorkshopFile.create(path).close()
    crash_mid_transaction(path)
    with WorkshopFile.open(demo_file) as wf:
        expected = serialize.to_dict(wf.snapshots.snapshot())
    shutil.copyfile(demo_file, path)  # the mail attachment saved over the crashed file
    with WorkshopFile.open(path) as wf:
        assert serialize.to_dict(wf.snapshots.snapshot()) == expected
        assert len(wf.warnings) == 1 and isinstance(wf.warnings[0], StoreWarning)
        assert "beiseitegelegt" in str(wf.warnings[0])
        assert wf.integrity_check() == []
    aside = [p.name for p in tmp_path.iterdir() if ".verwaist-" in p.name]
    assert len(aside) == 1 and aside[0].startswith("absturz.fhw-journal.verwaist-")
    assert not (tmp_path / "absturz.fhw-journal").exists()


def test_an_older_copy_of_the_same_workshop_over_its_crash_is_not_merged(tmp_path):
    path = tmp_path / "absturz.fhw"
    with WorkshopFile.create(path) as wf:
        wf.board.add_card(model.Card(title="in der Sicherung"))
    backup = tmp_path / "sicherung.fhw"
    shutil.copyfile(path, backup)
    crash_mid_transaction(path, committed=3)  # three more cards, then the crash
    shutil.copyfile(backup, path)  # the user restores yesterday's backup over it
    with WorkshopFile.open(path) as wf:
        assert [c.title for c in wf.board.cards()] == ["in der Sicherung"]
        assert len(wf.warnings) == 1
        assert wf.integrity_check() == []


def test_restore_force_over_a_crashed_workshop_yields_exactly_the_new_one(tmp_path, demo_file):
    dump = cli("dump", str(demo_file))
    assert dump.returncode == 0, dump.stderr
    (tmp_path / "demo.json").write_text(dump.stdout, encoding="utf-8")
    path = tmp_path / "ziel.fhw"
    WorkshopFile.create(path).close()
    crash_mid_transaction(path)
    result = cli("restore", str(path), str(tmp_path / "demo.json"), "--force")
    assert result.returncode == 0, result.stderr
    assert cli("check", str(path)).returncode == 0
    again = cli("dump", str(path))
    assert json.loads(again.stdout) == json.loads(dump.stdout)
    assert not (tmp_path / "ziel.fhw-journal").exists()


def test_demo_force_is_refused_while_another_process_holds_the_file(tmp_path):
    path = tmp_path / "offen.fhw"
    wf = WorkshopFile.create(path)
    try:
        wf.meta.update_workshop(title="vor dem Versuch")
        result = cli("demo", str(path), "--force")
        assert result.returncode == 1
        assert "bereits" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        restore = cli("restore", str(path), str(tmp_path / "fehlt.json"), "--force")
        assert restore.returncode == 1
        wf.meta.update_workshop(title="nach dem Versuch")  # the open instance keeps editing
    finally:
        wf.close()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with WorkshopFile.open(path) as again:
        assert again.meta.workshop().title == "nach dem Versuch"


def test_create_overwrite_is_refused_while_this_process_holds_the_file(tmp_path):
    path = tmp_path / "offen.fhw"
    with WorkshopFile.create(path) as wf:
        wf.meta.update_workshop(title="bleibt")
        with pytest.raises(AlreadyOpenError, match="bereits"):
            WorkshopFile.create(path, overwrite=True)
        wf.meta.update_workshop(title="bleibt wirklich")
    with WorkshopFile.open(path) as wf:
        assert wf.meta.workshop().title == "bleibt wirklich"


def test_create_overwrite_of_a_closed_file_starts_afresh(tmp_path):
    path = tmp_path / "alt.fhw"
    with WorkshopFile.create(path) as wf:
        wf.meta.update_workshop(title="alt")
        identity = wf.meta.file_identity()
    with WorkshopFile.create(path, overwrite=True) as wf:
        assert wf.meta.workshop().title == ""
        assert wf.meta.file_identity() != identity


def test_a_crashed_workshop_of_the_previous_version_keeps_the_edits_in_its_wal(tmp_path, demo_file):
    """Before #11 files were kept in WAL mode; a crash left the day's edits in ``-wal``."""
    import sqlite3

    from tests.unit.store.old_files import at_revision

    old = at_revision(demo_file, "0001")
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE workshop SET title = 'nur im WAL'")
    crashed = tmp_path / "abgestuerzt.fhw"
    shutil.copyfile(old, crashed)  # file and WAL as a killed process leaves them
    shutil.copyfile(old.with_name(old.name + "-wal"), crashed.with_name(crashed.name + "-wal"))
    conn.close()
    assert crashed.with_name(crashed.name + "-wal").stat().st_size > 0
    with WorkshopFile.open(crashed) as wf:
        assert wf.meta.workshop().title == "nur im WAL"
        assert wf.warnings == []
    assert not crashed.with_name(crashed.name + "-wal").exists()
    with WorkshopFile.open(crashed) as wf:
        assert wf.meta.workshop().title == "nur im WAL"
