"""What the moderator chose for one export."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field


def _today() -> dt.date:
    return dt.date.today()


def _seed() -> int:
    return random.SystemRandom().randrange(2**63)


@dataclass(frozen=True)
class ExportOptions:
    # Individual checklist answers (one column per person) are personal data: off by default.
    individual: bool = False
    # With ``individual``: "Person 1", "Person 2" ... in an order unrelated to the participant list.
    anonymous: bool = False
    # Draws the order of the pseudonyms: new for every export, shared by its Excel and PDF
    # file, so "Person 3" is the same person in both (and in neither a name's position).
    pseudonym_seed: int = field(default_factory=_seed)
    # Paper for the board's pages ("a4" or "a3"); the rest of the record stays on A4.
    paper: str = "a4"
    created: dt.date = field(default_factory=_today)  # "erstellt am" in footers and sheets
    # Called with a short German message before each part (the UI shows it as progress,
    # translated in context "ExportProgress").
    progress: Callable[[str], None] | None = None

    def report(self, message: str) -> None:
        if self.progress is not None:
            self.progress(message)
