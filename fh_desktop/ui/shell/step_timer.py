"""The time box of the running step, bound to a workshop file.

``Countdown`` (domain) does the arithmetic; this object decides which step it counts
for, keeps the step plan in the file up to date, and tells the widgets. Persistence:
``elapsed_seconds`` is written on start, pause, step change, close and every
``PERSIST_EVERY`` seconds; while running, a marker with the wall-clock start sits in the
``setting`` table, so after a crash the reopened file continues with the time the room
actually spent (nothing lost), not with the last periodic save.

The time box belongs to the step on screen: showing another step pauses (and saves) the
running one. The stored status says what is true: "läuft" only while the clock runs (a
pause or a reopened file without a running marker makes it "offen" again), "erledigt"
once finished, and a finished step is never resumed from a marker.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.domain import enums, model
from fh_desktop.domain.errors import FhError
from fh_desktop.domain.timer import RUNNING_KEY, Clocks, Countdown, RunningMarker

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile

PERSIST_EVERY = 15.0  # seconds of running between two saves of elapsed time
TICK_MS = 250
WARN_SECONDS = 5 * 60  # "noch 5 Minuten": the countdown turns to the warning colour


class StepTimer(QObject):
    """Counts down the active step, which is always the step on screen (``follow``)."""

    ticked = Signal()  # the displayed time may have changed
    state_changed = Signal()  # running / paused / step / plan changed
    time_up = Signal(int)  # the running step just used up its time box
    error = Signal(object)  # an FhError while saving (the file went away, disk full ...)

    def __init__(self, wf: WorkshopFile, clocks: Clocks | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wf = wf
        self.clocks = clocks or Clocks()
        self.active_step = 1
        self._plans: dict[int, model.StepPlan] = {p.step: p for p in wf.meta.steps()}
        self._countdown = self._make_countdown(1)
        self._saved_at = 0.0  # elapsed when last written
        self._announced = False  # time_up already emitted for this run
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        wf.events.subscribe(self._store_event)
        self._recover()

    # --- reading ----------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._countdown.running

    def plan(self, step: int) -> model.StepPlan:
        return self._plans[step]

    def elapsed(self, step: int | None = None) -> float:
        if step is None or step == self.active_step:
            return self._countdown.elapsed()
        return self._plans[step].elapsed_seconds

    def remaining(self) -> float:
        return self._countdown.remaining()

    def planned_seconds(self) -> float:
        return self._countdown.planned

    def is_warning(self) -> bool:
        return 0 < self.remaining() <= min(WARN_SECONDS, self.planned_seconds() / 3)

    def is_over(self) -> bool:
        return self._countdown.is_over()

    # --- commands ---------------------------------------------------------

    def is_done(self, step: int | None = None) -> bool:
        return self._plans[step or self.active_step].status == enums.StepStatus.DONE

    def follow(self, step: int) -> None:
        """The moderator shows ``step``: a running step is paused (and saved), the countdown follows."""
        if step != self.active_step:
            self.pause()
            self._switch(step)

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self, step: int | None = None) -> None:
        if step is not None and step != self.active_step:
            self.pause()
            self._switch(step)
        if self.running:
            return
        self._countdown.start()
        self._announced = self._countdown.is_over()  # no cue for a box already used up
        self._write(status=enums.StepStatus.RUNNING, marker=True)
        self._ticker.start()
        self.state_changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._countdown.pause()
        self._ticker.stop()
        # "läuft" only while the clock runs; a paused step is open again (its time kept).
        status = enums.StepStatus.OPEN if self.plan(self.active_step).status == enums.StepStatus.RUNNING else None
        self._write(status=status, marker=False)
        self.state_changed.emit()

    def finish(self, step: int | None = None) -> None:
        """Mark the step done (erledigt); its time stops."""
        step = step or self.active_step
        if step == self.active_step:
            self.pause()
            self._write(status=enums.StepStatus.DONE)
        else:
            self._update(step, status=enums.StepStatus.DONE)
        self.state_changed.emit()

    def reset(self, step: int | None = None) -> None:
        """Back to zero and "offen" (a rehearsal, a wrong start)."""
        step = step or self.active_step
        if step == self.active_step:
            self.pause()
            self._countdown.set_elapsed(0.0)
            self._write(status=enums.StepStatus.OPEN)
        else:
            self._update(step, status=enums.StepStatus.OPEN, elapsed_seconds=0.0)
        self.state_changed.emit()

    def set_planned_minutes(self, step: int, minutes: int) -> None:
        minutes = max(1, min(int(minutes), 24 * 60))
        if self._plans[step].planned_minutes == minutes:
            return
        self._update(step, planned_minutes=minutes)
        if step == self.active_step:
            self._countdown.planned = minutes * 60.0
            if not self._countdown.is_over():
                self._announced = False
        self.state_changed.emit()

    def set_status(self, step: int, status: str) -> None:
        """The status chosen in the agenda; "läuft" starts the clock of the step on screen."""
        if status == enums.StepStatus.RUNNING:
            if step == self.active_step:
                self.start()
            else:  # only the step on screen can run: nothing changes
                self.state_changed.emit()
            return
        if step == self.active_step:
            self.pause()
        self._update(step, status=status)
        self.state_changed.emit()

    def tick(self) -> None:
        if self.running:
            if self._countdown.elapsed() - self._saved_at >= PERSIST_EVERY:
                self._write()
            if not self._announced and self._countdown.is_over():
                self._announced = True
                self.time_up.emit(self.active_step)
        self.ticked.emit()

    def reload(self) -> None:
        """The file was replaced (restore): take the plan from it again."""
        self._plans = {p.step: p for p in self.wf.meta.steps()}
        if not self.running:
            self._countdown = self._make_countdown(self.active_step)
        self.state_changed.emit()

    def shutdown(self) -> None:
        """Closing the file: a running timer is paused and saved."""
        self.pause()
        self._ticker.stop()
        self.wf.events.unsubscribe(self._store_event)

    def _store_event(self, event: StoreEvent) -> None:
        if event[:2] == (Topic.WORKSHOP, Op.RESET):
            self.reload()

    # --- internals --------------------------------------------------------

    def _make_countdown(self, step: int) -> Countdown:
        plan = self._plans[step]
        return Countdown(plan.planned_minutes * 60.0, plan.elapsed_seconds, self.clocks.monotonic)

    def _switch(self, step: int) -> None:
        self.active_step = step
        self._countdown = self._make_countdown(step)
        self._saved_at = self._countdown.elapsed()
        self._announced = self._countdown.is_over()
        self.state_changed.emit()

    def _recover(self) -> None:
        try:
            marker = RunningMarker.from_value(self.wf.meta.setting(RUNNING_KEY))
        except FhError:
            marker = None
        if marker is not None and marker.step not in self._plans:
            marker = None
        elapsed = marker.recovered_elapsed(self.clocks.wall()) if marker is not None else None
        resumed = marker.step if marker is not None and elapsed is not None and not self.is_done(marker.step) else None
        # Only a step that really runs says "läuft": the others of an earlier session are open again.
        for step, plan in list(self._plans.items()):
            if plan.status == enums.StepStatus.RUNNING and step != resumed:
                self._update(step, status=enums.StepStatus.OPEN)
        if marker is None:
            return
        self._switch(marker.step)
        if resumed is None or elapsed is None:  # stale marker, or a finished step: not running
            self._write(marker=False)
            return
        self._countdown.set_elapsed(elapsed)
        self._countdown.start()
        self._announced = self._countdown.is_over()
        self._write(status=enums.StepStatus.RUNNING, marker=True)
        self._ticker.start()

    def _write(self, status: str | None = None, marker: bool | None = None) -> None:
        """Save the active step's elapsed time (and status); set or clear the running marker."""
        values: dict[str, object] = {"elapsed_seconds": round(self._countdown.elapsed(), 1)}
        if status is not None:
            values["status"] = status
        self._update(self.active_step, **values)
        self._saved_at = self._countdown.elapsed()
        if marker is not None:
            value = (
                RunningMarker(self.active_step, self._countdown.elapsed(), self.clocks.wall()).to_value()
                if marker
                else None
            )
            if self._read_only:
                return
            try:
                self.wf.meta.set_setting(RUNNING_KEY, value)
            except FhError as exc:
                self.error.emit(exc)

    @property
    def _read_only(self) -> bool:
        return bool(getattr(self.wf, "read_only", False))

    def _update(self, step: int, **values: object) -> None:
        if self._read_only:  # presenting a workshop from a CD: the clock runs, nothing is saved
            self._plans[step] = dataclasses.replace(self._plans[step], **values)  # type: ignore[arg-type]
            return
        try:
            self._plans[step] = self.wf.meta.update_step(step, **values)
        except FhError as exc:
            self.error.emit(exc)
