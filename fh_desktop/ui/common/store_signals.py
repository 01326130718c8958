"""Qt adaptor for the store's event hub: one signal the widgets connect to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the store loads only when a workshop opens (bench/startup.py)
    from fh_desktop.store.workshop_file import WorkshopFile


class StoreSignals(QObject):
    """Re-emits ``EventHub`` events: ``changed(topic, op, ident)``.

    topic: "workshop", "participant", "card", "link", "zone", "dot", "catalog", "item",
    "round", "submission", "joint", "action", "step", "question", "setting".
    op: "added" | "changed" | "removed" | "reset".
    """

    changed = Signal(str, str, object)

    def __init__(self, wf: WorkshopFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wf = wf
        wf.events.subscribe(self._forward)

    def _forward(self, topic: str, op: str, ident: object) -> None:
        self.changed.emit(topic, op, ident)

    def detach(self) -> None:
        self._wf.events.unsubscribe(self._forward)
