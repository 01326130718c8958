"""Hidden full-workshop copies never outlive a killed demo or restore."""

from __future__ import annotations

import subprocess
import sys
import time

from fh_desktop.store.workshop_file import WorkshopFile


def test_a_killed_demo_leaves_its_copy_only_until_the_next_create(tmp_path):
    target = tmp_path / "demo.fhw"
    proc = subprocess.Popen(
        [sys.executable, "-m", "fh_desktop", "demo", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        time.sleep(0.005)
    proc.kill()  # SIGKILL: no clean-up of its own runs
    proc.wait(30)
    hidden = [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert hidden, "the killed process left its half-built copy"
    assert not target.exists()
    WorkshopFile.create(tmp_path / "anderer.fhw").close()
    assert [p.name for p in tmp_path.iterdir()] == ["anderer.fhw"]


def test_a_running_builder_keeps_its_temporary_file(tmp_path):
    from fh_desktop.store.replace import building, remove_stale_temp_files

    with building(tmp_path / "neu.fhw") as tmp:
        tmp.write_bytes(b"in Arbeit")
        assert remove_stale_temp_files(tmp_path) == []
        assert tmp.exists()
