"""A workshop on a read-only medium can be viewed, presented and exported, never written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from fh_desktop.domain.errors import ReadOnlyError
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.store.small_fs import small_volume


def test_a_workshop_on_a_read_only_file_system_opens_for_viewing(tmp_path, demo_file, monkeypatch):
    with small_volume(tmp_path, "2m") as volume:
        path = volume.folder / "von-der-cd.fhw"
        shutil.copyfile(demo_file, path)
        if volume.real:
            volume.remount_read_only()
        else:  # no mount possible: the operating system's answer says "read-only"
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, m: False if m == os.W_OK else real_access(p, m))
        with WorkshopFile.open(path) as wf:
            assert wf.read_only
            assert "nur zum Ansehen" in str(wf.warnings[0])
            cards = wf.board.cards()
            assert cards and wf.snapshots.snapshot().board.cards == cards
            with pytest.raises(ReadOnlyError):
                wf.board.update_card(cards[0].id, title="geht nicht")
            with pytest.raises(ReadOnlyError):
                wf.meta.add_participant("Neu")
        assert sorted(p.name for p in volume.folder.iterdir()) == ["von-der-cd.fhw"]
        if volume.real:
            out = subprocess.run(
                [sys.executable, "-m", "fh_desktop", "export", str(path), "--xlsx", str(tmp_path / "plan.xlsx")],
                capture_output=True,
                text=True,
            )
            assert out.returncode == 0, out.stderr
            assert (tmp_path / "plan.xlsx").stat().st_size > 0


def test_read_only_on_request_leaves_a_writable_file_alone(demo_file):
    before = demo_file.read_bytes()
    with WorkshopFile.open(demo_file, read_only=True) as wf:
        assert wf.read_only and wf.warnings == []
        with pytest.raises(ReadOnlyError, match="nur zum Ansehen"):
            wf.meta.update_workshop(title="x")
        # Viewing does not lock: the file can be opened for editing at the same time.
        with WorkshopFile.open(demo_file) as editor:
            editor.meta.update_workshop(title="bearbeitet")
    assert demo_file.read_bytes() != before


def test_an_old_file_is_shown_migrated_without_being_changed(demo_file):
    from tests.unit.store.old_files import at_revision

    old = at_revision(demo_file, "0001")
    before = old.read_bytes()
    with WorkshopFile.open(old, read_only=True) as wf:
        assert wf.board.cards()
    assert old.read_bytes() == before
    assert [p.name for p in old.parent.iterdir() if ".vor-update-" in p.name] == []
