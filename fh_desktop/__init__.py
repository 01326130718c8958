"""Frühe Hilfen Werkstatt: a moderator's desktop app for the NZFH planning workshop."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("fh-desktop")
except metadata.PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.1.0"
