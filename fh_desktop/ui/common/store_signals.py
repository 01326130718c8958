"""Qt adaptor for the store's event hub: one signal the widgets connect to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.events import StoreEvent
    from fh_desktop.store.workshop_file import WorkshopFile


class StoreSignals(QObject):
    """Re-emits each ``store.events.StoreEvent`` as ``changed(event)``.

    Handlers take the event and compare with the enums (``event.topic is Topic.CARD``,
    ``event[:2] == (Topic.WORKSHOP, Op.RESET)``); ``store.events.EMITS`` lists them all.
    """

    changed = Signal(object)  # a StoreEvent (topic, op, ident)

    def __init__(self, wf: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wf = wf
        wf.events.subscribe(self._forward)

    def _forward(self, event: StoreEvent) -> None:
        self.changed.emit(event)

    def detach(self) -> None:
        self._wf.events.unsubscribe(self._forward)
