"""The wheel: built from the source tree, installed into a fresh venv, and run from there.

``resources/`` and ``db/`` lie outside the package in the source tree; the wheel must
carry them (setup.py copies them into ``fh_desktop/_data``). The fresh venv gets the
wheel itself and reaches the already-installed dependencies through a plain path entry,
so it reads nothing of the checkout: ``demo``, ``export`` and a window start prove it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # builds a wheel (about 30 s)
SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__", "*.pyc", "*.egg-info", ".pytest_cache")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False, **kw)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=SKIP)  # build outside the checkout: no build/ or egg-info left there
    out = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp / "dist"), str(src)])
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    (whl,) = (tmp / "dist").glob("fh_desktop-*.whl")
    return whl


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv") / "v"
    out = _run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)])
    assert out.returncode == 0, out.stderr
    py = env_dir / "bin" / "python"
    purelib = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # The dependencies as installed for the tests (a path entry, not a site dir: the
    # checkout's editable-install hook in there is not run).
    (purelib / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    out = _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--quiet", str(wheel)])
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    return env_dir


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(FH_DESKTOP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return env


def test_wheel_carries_resources_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = subprocess.run(
        ["git", "ls-files", "--", "resources", "db"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    shipped = [f for f in tracked if not f.endswith(".ts")]
    assert "db/env.py" in shipped and any(f.startswith("resources/catalogs/") for f in shipped)
    assert [f for f in shipped if f"fh_desktop/_data/{f}" not in names] == []
    assert not any("__pycache__" in n or n.endswith(".ts") for n in names)


@pytest.mark.timeout(900)
def test_installed_wheel_runs_demo_export_and_the_window(venv, tmp_path):
    exe = venv / "bin" / "fh-desktop"
    env = _env(tmp_path)
    where = _run([str(venv / "bin" / "python"), "-c", "import fh_desktop; print(fh_desktop.__file__)"], cwd=tmp_path, env=env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    demo = _run([str(exe), "demo", "x.fhw"], cwd=tmp_path, env=env)
    assert demo.returncode == 0 and (tmp_path / "x.fhw").stat().st_size > 0, demo.stderr
    export = _run([str(exe), "export", "x.fhw", "--xlsx", "x.xlsx", "--pdf", "x.pdf"], cwd=tmp_path, env=env)
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "x.xlsx").read_bytes()[:2] == b"PK" and (tmp_path / "x.pdf").read_bytes()[:5] == b"%PDF-"

    # The window, offscreen, on the demo workshop: it opens the file (recorded in the
    # settings) and keeps running until stopped.
    gui = subprocess.Popen([str(exe), "x.fhw"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        settings = tmp_path / "home" / "config" / "settings.ini"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and gui.poll() is None:
            if settings.exists() and "x.fhw" in settings.read_text(encoding="utf-8", errors="replace"):
                break
            time.sleep(0.2)
        assert gui.poll() is None, gui.communicate()[0]
        assert "x.fhw" in settings.read_text(encoding="utf-8", errors="replace")
    finally:
        gui.kill()
        gui.wait()
