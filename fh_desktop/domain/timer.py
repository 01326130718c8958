"""The time box of a workshop step: a countdown over injected clocks (no Qt, no store).

Two clocks, because they answer different questions: the *monotonic* clock measures
how long the step has been running while the app runs (immune to the system clock
being changed mid-workshop); the *wall* clock survives a crash, so a marker written
when the timer starts lets a restarted app continue where the room actually is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Clock = Callable[[], float]

# A marker older than this is a workshop long over, not a crash to recover from.
MAX_RECOVERY_SECONDS = 12 * 3600


@dataclass(frozen=True)
class Clocks:
    monotonic: Clock = time.monotonic
    wall: Clock = time.time


class Countdown:
    """``planned`` seconds counting down; ``elapsed`` grows only while running."""

    def __init__(self, planned_seconds: float, elapsed: float = 0.0, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.planned = max(0.0, float(planned_seconds))
        self._banked = max(0.0, float(elapsed))  # time of earlier runs
        self._since: float | None = None  # monotonic start of the current run

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        """Start or resume; a running countdown stays as it is."""
        if self._since is None:
            self._since = self._clock()

    resume = start

    def pause(self) -> None:
        if self._since is not None:
            self._banked += max(0.0, self._clock() - self._since)
            self._since = None

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._clock() - self._since)

    def set_elapsed(self, seconds: float) -> None:
        running = self.running
        self._since = self._clock() if running else None
        self._banked = max(0.0, float(seconds))

    def remaining(self) -> float:
        """Seconds left; negative once the time box is exceeded."""
        return self.planned - self.elapsed()

    def overrun(self) -> float:
        """Seconds beyond the time box (0 while within it)."""
        return max(0.0, -self.remaining())

    def is_over(self) -> bool:
        return self.planned > 0 and self.remaining() <= 0


def format_clock(seconds: float) -> str:
    """``75:00`` for time left, ``+03:20`` for time over; ``1:40:00`` only from 100 minutes on.

    Time boxes are planned in minutes (60-90), so minutes stay minutes up to 99.
    Time left is rounded up (0.4 s left still shows ``00:01``), time over down.
    """
    over = seconds < 0
    total = int(abs(seconds) + (0 if over else 0.999))
    minutes, secs = divmod(total, 60)
    if minutes >= 100:
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{secs:02d}"
    else:
        text = f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if over and total else text


@dataclass
class RunningMarker:
    """What the ``setting`` table holds while a step's timer runs (key ``RUNNING_KEY``)."""

    step: int
    elapsed: float  # elapsed seconds when the run started
    wall_start: float  # wall-clock time when the run started

    def to_value(self) -> dict[str, Any]:
        return {"step": self.step, "elapsed": self.elapsed, "wall_start": self.wall_start}

    @classmethod
    def from_value(cls, value: Any) -> RunningMarker | None:
        """The marker from a stored value, or None for anything malformed."""
        if not isinstance(value, dict):
            return None
        try:
            step = int(value["step"])
            elapsed = float(value["elapsed"])
            wall_start = float(value["wall_start"])
        except (KeyError, TypeError, ValueError):
            return None
        if step not in (1, 2, 3) or elapsed < 0:
            return None
        return cls(step, elapsed, wall_start)

    def recovered_elapsed(self, now_wall: float) -> float | None:
        """Elapsed time now, if the marker is plausible (not from the future, not stale)."""
        gone = now_wall - self.wall_start
        if gone < 0 or gone > MAX_RECOVERY_SECONDS:
            return None
        return self.elapsed + gone


RUNNING_KEY = "timer.running"
