"""One running participation: session, app and server for the open individual round.

Created and driven on the thread that owns the workshop file. Submissions arrive on
server threads and are handed back to that thread through ``OwnerQueue`` (the window
wakes it with a queued Qt signal; ``fh-desktop collect`` runs it in its main loop), where
``ChecklistService.submit`` stores them with the same validation as at the shared screen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from fh_desktop.domain.errors import ValidationError
from fh_desktop.domain.i18n import QT_TRANSLATE_NOOP
from fh_desktop.store.events import Op, StoreEvent, Topic
from fh_desktop.web.app import ParticipationApp
from fh_desktop.web.jobs import OwnerQueue
from fh_desktop.web.roundinfo import read_round
from fh_desktop.web.server import BackgroundServer
from fh_desktop.web.session import Claim, Device, Limits, ParticipationSession, Refused, format_code

if TYPE_CHECKING:
    from fh_desktop.store.workshop_file import WorkshopFile

MSG_NO_ROUND = QT_TRANSLATE_NOOP("errors", "Es läuft keine Einzelrunde, für die Geräte antworten könnten.")
MSG_BIND = QT_TRANSLATE_NOOP("errors", "Der Server kann auf {address}:{port} nicht starten: {detail}")

REFRESH_TOPICS = (Topic.ROUND, Topic.SUBMISSION, Topic.PARTICIPANT, Topic.CATALOG, Topic.ITEM, Topic.WORKSHOP)


class Participation:
    def __init__(
        self,
        wf: WorkshopFile,
        address: str,
        port: int = 0,
        *,
        jobs: OwnerQueue | None = None,
        limits: Limits | None = None,
        threads: int = 8,
    ) -> None:
        info = read_round(wf)
        if info is None:
            raise ValidationError(MSG_NO_ROUND)
        self.wf = wf
        self.jobs = jobs or OwnerQueue()
        self.session = ParticipationSession(info, limits)
        self.app = ParticipationApp(self.session, self._store)
        try:
            self.server = BackgroundServer(self.app, address, port, threads=threads, max_body=self.session.limits.max_body)
        except (OSError, ValueError) as exc:
            detail = getattr(exc, "strerror", None) or str(exc)
            raise ValidationError(MSG_BIND, address=address, port=port, detail=detail) from None
        self.app.allowed_hosts = {self.server.host}
        self.stopped_listeners: list[Callable[[], None]] = []
        self._running = False
        wf.events.subscribe(self._on_event)
        self.server.start()
        self._running = True

    # --- what the moderator shows ----------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def base_url(self) -> str:
        return f"http://{self.server.host}"

    @property
    def url(self) -> str:
        """The address with the round's token: what the QR code holds."""
        return f"{self.base_url}/r/{self.session.round_token}/"

    @property
    def join_code(self) -> str:
        return format_code(self.session.join_code)

    def claims(self) -> list[Claim]:
        return self.session.claims()

    def release(self, participant_id: int) -> None:
        self.session.release(participant_id)

    def complete(self) -> bool:
        return self.session.info.complete()

    # --- life cycle (owner thread) ---------------------------------------------------

    def refresh(self) -> None:
        if not self._running:
            return
        self.session.update(read_round(self.wf))
        if self.session.closed:
            self.stop()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self.session.close()
        self.wf.events.unsubscribe(self._on_event)
        self.jobs.close()
        self.server.stop()
        for listener in list(self.stopped_listeners):
            listener()

    def _on_event(self, event: StoreEvent) -> None:
        if (event.topic, event.op) == (Topic.SUBMISSION, Op.CHANGED) and self._running:
            # Someone answered (a phone or the shared screen): only "who has answered"
            # changed, so that is all that is read again (not statements, scale, names).
            info = self.session.info
            answered = frozenset(self.wf.checklist.submitted_ids(info.round_id))
            self.session.update(dataclasses.replace(info, answered=answered))
            return
        if event.topic in REFRESH_TOPICS:
            self.refresh()

    # --- submissions -----------------------------------------------------------------

    def _store(self, device: Device, participant_id: int, values: dict[int, str], comment: str) -> None:
        """Server thread: hand the submission to the owner thread and wait for it."""
        self.jobs.call(self._store_here, device, participant_id, values, comment)

    def _store_here(self, device: Device, participant_id: int, values: dict[int, str], comment: str) -> None:
        """Owner thread: the same service call as at the shared screen, after the claim checks."""
        if not self._running:
            raise Refused("closed", 410, "Die Runde ist beendet.")
        if not self.session.holds(device, participant_id):
            raise Refused("not_yours", 403, "Dieser Name ist nicht auf diesem Gerät gewählt.")
        cl = self.wf.checklist
        rnd = cl.open_round()
        if rnd is None or rnd.id != self.session.info.round_id:
            raise Refused("closed", 410, "Die Runde ist beendet.")
        if participant_id in cl.submitted_ids(rnd.id):
            raise Refused("answered", 409, "Für diesen Namen liegt schon eine Einschätzung vor.")
        cl.submit(rnd.id, participant_id, values, comment)
        self.session.mark_submitted(device)
