"""The window's side of the participation server: start, stop, and the owner-thread pump.

``Participation`` (Qt-free) runs the HTTP server in background threads. Each submission is
queued for this, the GUI thread, which owns the workshop file: the server thread emits
``_wake`` and the queued connection runs the jobs here, between two events of the loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from fh_desktop.store.workshop_file import WorkshopFile
from fh_desktop.web.jobs import OwnerQueue
from fh_desktop.web.participation import Participation
from fh_desktop.web.session import Claim, Limits

PREFERRED_PORT = 8765
# Claims and "abgeschickt" from many phones at once are gathered: at most one update of the
# claims list per this many ms.
CLAIMS_INTERVAL_MS = 200


class DevicesController(QObject):
    changed = Signal()  # started, stopped, or a claim changed
    running_changed = Signal()  # started or stopped (the projector needs no more)
    _wake = Signal()  # from server threads: jobs are waiting
    _claims = Signal()  # from server threads: a device claimed or gave back a name

    def __init__(self, wf: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wf = wf
        self.participation: Participation | None = None
        self._jobs: OwnerQueue | None = None
        # Jobs run from a zero timer, one per turn of the loop: between two submissions the
        # window paints, handles input and fires its other timers (queued signals alone
        # would all be delivered in one batch). Measured: several per turn (a 20 or 50 ms
        # budget) made the loop's delays longer and stored no faster (docs/performance.md).
        self._pump = QTimer(self)
        self._pump.setSingleShot(True)
        self._pump.setInterval(0)
        self._pump.timeout.connect(self._run_jobs)
        self._wake.connect(self._pump.start, Qt.ConnectionType.QueuedConnection)
        # Claim changes from server threads: one ``changed`` for all that come within
        # CLAIMS_INTERVAL_MS (the first starts the clock; later ones join it).
        self._claims_timer = QTimer(self)
        self._claims_timer.setSingleShot(True)
        self._claims_timer.setInterval(CLAIMS_INTERVAL_MS)
        self._claims_timer.timeout.connect(self.changed)
        self._claims.connect(self._claims_changed, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self.participation is not None and self.participation.running

    def start(self, address: str, port: int = PREFERRED_PORT, limits: Limits | None = None) -> Participation:
        """Serve the open round on ``address`` (port 0: any free one); raises FhError."""
        self.stop()
        jobs = OwnerQueue(wake=self._wake.emit)
        participation = Participation(self.wf, address, port, jobs=jobs, limits=limits)
        participation.session.listeners.append(self._claims.emit)
        participation.stopped_listeners.append(self.changed.emit)
        participation.stopped_listeners.append(self.running_changed.emit)
        self.participation, self._jobs = participation, jobs
        self.changed.emit()
        self.running_changed.emit()
        return participation

    def stop(self) -> None:
        if self.participation is not None:
            self.participation.stop()  # emits changed through its stopped listener
            self.participation = None

    def claims(self) -> list[Claim]:
        return self.participation.claims() if self.running and self.participation else []

    def release(self, participant_id: int) -> None:
        if self.running and self.participation:
            self.participation.release(participant_id)

    def _claims_changed(self) -> None:
        if not self._claims_timer.isActive():
            self._claims_timer.start()

    def _run_jobs(self) -> None:
        if self._jobs is not None and self._jobs.run_one():
            self._pump.start()  # maybe more: the next one on the next turn
