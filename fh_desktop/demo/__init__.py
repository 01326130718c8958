"""The demo workshop (``fh-desktop demo FILE``): a fictional Kreis, filled step by step.

Each step contributes its part in its own module; ``FILLERS`` runs them in order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fh_desktop.demo import actions as _actions
from fh_desktop.demo import board as _board
from fh_desktop.demo import checklist as _checklist
from fh_desktop.demo import workshop as _workshop

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

# Order matters: actions link to checklist items and board cards made before them.
FILLERS: list[Callable[[WorkshopFile], None]] = [
    _workshop.fill,
    _board.fill,
    _checklist.fill,
    _actions.fill,
]


def write_demo(path: Path, *, overwrite: bool = False) -> Path:
    """Build the demo under a temporary name and move it into place when complete."""
    from fh_desktop.store.workshop_file import build_empty, building

    with building(path, overwrite=overwrite) as tmp:
        wf = build_empty(tmp)
        try:
            for fill in FILLERS:
                fill(wf)
        finally:
            wf.close()
    return path
