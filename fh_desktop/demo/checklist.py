"""Demo content for the checklist step (written when that step is built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile


def fill(wf: WorkshopFile) -> None:
    """Nothing yet: the step's issue adds its demo data here."""
