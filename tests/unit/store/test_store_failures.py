"""Storage failures reach people as one translated line, and leave nothing locked or lost."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fh_desktop.domain import model
from fh_desktop.domain.errors import (
    AlreadyOpenError,
    DiskFullError,
    FhError,
    PathTooLongError,
)
from fh_desktop.store.workshop_file import WorkshopFile
from tests.unit.store.small_fs import small_volume


def assert_one_clean_line(exc: FhError) -> None:
    text = str(exc)
    assert "\n" not in text
    for raw in ("sqlalche", "SQL", "Traceback", "Errno", "No space", "Permission denied"):
        assert raw not in text, text


def test_disk_full_gives_one_line_and_every_acknowledged_edit_survives(tmp_path):
    with small_volume(tmp_path, "2m") as volume:
        path = volume.folder / "voll.fhw"
        wf = WorkshopFile.create(path)
        filler = None
        if volume.real:
            filler = volume.fill(leave=64 * 1024)
        else:
            pages = wf.connection.execute("PRAGMA page_count").fetchone()[0]
            wf.connection.execute(f"PRAGMA max_page_count={pages + 4}")
        acknowledged = []
        with pytest.raises(DiskFullError) as info:
            for i in range(100_000):
                wf.board.add_card(model.Card(title=f"Karte {i}", text="Notiz " * 200))
                acknowledged.append(f"Karte {i}")
        assert_one_clean_line(info.value)
        assert "kein Platz" in str(info.value)
        assert acknowledged, "some edits fit before the disk was full"
        # The same file keeps answering reads and the failed edit left no trace.
        assert [c.title for c in wf.board.cards()] == acknowledged
        wf.close()
        if filler is not None:
            filler.unlink()
        with WorkshopFile.open(path) as again:
            assert [c.title for c in again.board.cards()] == acknowledged
            again.board.add_card(model.Card(title="nach dem Aufräumen"))


def test_a_255_byte_name_is_refused_clearly(tmp_path):
    path = tmp_path / ("ä" * 124 + ".fhw")  # 252 bytes: the -journal beside it would not fit
    with pytest.raises(PathTooLongError) as info:
        WorkshopFile.create(path)
    assert_one_clean_line(info.value)
    assert "zu lang" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_path_over_500_bytes_is_refused_clearly(tmp_path):
    folder = tmp_path
    while len(str(folder).encode()) < 520:
        folder = folder / ("Unterordner-" + "x" * 40)
    folder.mkdir(parents=True)
    with pytest.raises(PathTooLongError) as info:
        WorkshopFile.create(folder / "w.fhw")
    assert_one_clean_line(info.value)
    assert "Pfad" in str(info.value) and "kürzerem" in str(info.value)
    with pytest.raises(PathTooLongError):
        WorkshopFile.open(folder / "w.fhw")


def test_second_open_in_the_same_process_keeps_the_first_lock(demo_file):
    first = WorkshopFile.open(demo_file)
    try:
        for _ in range(2):
            with pytest.raises(AlreadyOpenError):
                WorkshopFile.open(demo_file)
            with pytest.raises(AlreadyOpenError):
                WorkshopFile.open(demo_file, read_only=True)
        # The refused attempts did not drop the first instance's lock: another process
        # is still kept out.
        out = subprocess.run(
            [sys.executable, "-m", "fh_desktop", "check", str(demo_file)], capture_output=True, text=True
        )
        assert out.returncode == 1 and "bereits" in out.stderr
        first.meta.update_workshop(title="weiter")
    finally:
        first.close()
    with WorkshopFile.open(demo_file) as wf:
        assert wf.meta.workshop().title == "weiter"


def test_a_forgotten_instance_does_not_block_the_file_forever(demo_file):
    import gc

    wf = WorkshopFile.open(demo_file)
    del wf
    gc.collect()
    with WorkshopFile.open(demo_file) as again:
        assert again.board.cards()
