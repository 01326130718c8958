"""Build hook: the wheel carries ``resources/`` and ``db/`` inside the package.

They sit at the top of the source tree (the design's layout); a wheel has only the
package, so ``build_py`` copies them to ``fh_desktop/_data/`` in the build. An editable
install reads them where they are. ``fh_desktop.resources`` finds them in all three
places (source tree, installed wheel, PyInstaller bundle). Everything else is in
pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_DIRS = ("resources", "db")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")  # .ts: translation sources


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "fh_desktop" / "_data"
        for name in DATA_DIRS:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(HERE / name, target / name, ignore=SKIP)


setup(cmdclass={"build_py": BuildPyWithData})
