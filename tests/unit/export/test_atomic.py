"""An export is complete or not there: failures leave no partial file and a readable message."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from fh_desktop.domain.errors import FileAccessError
from fh_desktop.export import atomic
from fh_desktop.export.atomic import write_atomically
from fh_desktop.export.xlsx import write_xlsx


def _refusing_folder(tmp_path: Path) -> Path:
    """A folder the operating system refuses to write into, for root too."""
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    folder.chmod(0o555)
    probe = folder / "probe"
    try:
        probe.write_bytes(b"")
    except PermissionError:
        return folder
    probe.unlink()  # root ignores file modes: use a kernel file system that refuses new files
    return Path("/sys/fs")


def test_read_only_folder_gives_a_message_and_no_file(tmp_path, rich):
    folder = _refusing_folder(tmp_path)
    before = sorted(os.listdir(folder))
    with pytest.raises(FileAccessError) as info:
        write_xlsx(rich, folder / "plan.xlsx")
    assert "Schreibrechte" in str(info.value)
    assert sorted(os.listdir(folder)) == before


def test_failure_mid_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "bericht.pdf"
    target.write_bytes(b"alte Fassung")

    def half_then_crash(tmp: Path) -> None:
        tmp.write_bytes(b"halb geschrie")
        raise RuntimeError("Absturz mitten im Schreiben")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_crash)
    assert target.read_bytes() == b"alte Fassung"
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.pdf"]


def test_full_disk_is_named_and_old_file_kept(tmp_path):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"alt")

    def disk_full(tmp: Path) -> None:
        tmp.write_bytes(b"x")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(FileAccessError) as info:
        write_atomically(target, disk_full)
    assert "Datenträger ist voll" in str(info.value)
    assert target.read_bytes() == b"alt"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


def test_target_open_in_another_program(tmp_path, monkeypatch):
    """Windows refuses to replace a file Excel holds open; os.replace then raises PermissionError."""
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"in Excel offen")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Zugriff verweigert")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(FileAccessError) as info:
        write_atomically(target, lambda tmp: tmp.write_bytes(b"neu"))
    assert "anderen Programm geöffnet" in str(info.value)
    assert target.read_bytes() == b"in Excel offen"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


def test_missing_folder_and_folder_as_target(tmp_path):
    with pytest.raises(FileAccessError, match="existiert nicht"):
        write_atomically(tmp_path / "fehlt" / "x.pdf", lambda tmp: None)
    with pytest.raises(FileAccessError, match="ist ein Ordner"):
        write_atomically(tmp_path, lambda tmp: None)


def test_success_replaces_and_uses_normal_permissions(tmp_path):
    target = tmp_path / "x.bin"
    target.write_bytes(b"alt")
    write_atomically(target, lambda tmp: tmp.write_bytes(b"neu"))
    assert target.read_bytes() == b"neu"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["x.bin"]
