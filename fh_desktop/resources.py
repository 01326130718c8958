"""The one accessor for files shipped with the application.

``resources/`` (catalogs, templates, fonts, icons, translations) and ``db/``
(migrations) sit beside the package in a source tree (and an editable install); an
installed wheel carries them in ``fh_desktop/_data/`` (see setup.py); a PyInstaller
bundle puts them under ``sys._MEIPASS``. This is the only module that knows the difference.
"""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    wheel_data = package / "_data"
    if (wheel_data / "resources").is_dir():
        return wheel_data
    return package.parent


def resources_dir() -> Path:
    return root() / "resources"


def migrations_dir() -> Path:
    return root() / "db"


def path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with open(path(*parts), encoding="utf-8") as fh:
        return json.load(fh)
