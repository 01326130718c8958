"""Shared fixtures: every test gets its own user folder and a fresh workshop file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, demo file and logs go to a temporary folder, never the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FH_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def wf(tmp_path: Path):
    """A new, empty workshop file, closed after the test."""
    from fh_desktop.store.workshop_file import WorkshopFile

    workshop = WorkshopFile.create(tmp_path / "test.fhw")
    yield workshop
    workshop.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workshop, built once per session; copy it before changing it."""
    from fh_desktop.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.fhw")


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "demo.fhw"
    shutil.copy2(demo_template, target)
    return target
