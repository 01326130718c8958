"""User folders (via platformdirs). Nothing happens at import time.

``FH_DESKTOP_HOME`` overrides everything (tests and development use it so they never
touch the real user profile).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Fruehe-Hilfen-Werkstatt"
ORG_NAME = "FH-Werkstatt"


def data_dir() -> Path:
    override = os.environ.get("FH_DESKTOP_HOME")
    base = Path(override) / "data" if override else Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def config_dir() -> Path:
    override = os.environ.get("FH_DESKTOP_HOME")
    base = Path(override) / "config" if override else Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def documents_dir() -> Path:
    override = os.environ.get("FH_DESKTOP_HOME")
    return Path(override) if override else Path(platformdirs.user_documents_dir())


def demo_workshop() -> Path:
    return data_dir() / "Demo-Workshop.fhw"


def log_dir() -> Path:
    """The log files' folder (``diagnostics``): the user log folder of the platform."""
    override = os.environ.get("FH_DESKTOP_HOME")
    base = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base
