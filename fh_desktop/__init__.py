"""Frühe Hilfen Werkstatt: a moderator's desktop app for the NZFH planning workshop."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _version() -> str:
    # Package metadata is the single source (pyproject.toml); the PyInstaller bundle
    # ships it too. importlib.metadata costs ~30 ms to import, so only on first use.
    from importlib import metadata

    try:
        return metadata.version("fh-desktop")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0+unbekannt"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
