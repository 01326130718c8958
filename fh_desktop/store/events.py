"""A tiny publish/subscribe hub so the Qt layer can mirror store changes.

The store stays Qt-free: services call ``emit(topic, op, ident)`` after a commit,
and ``ui.common.store_signals`` turns that into a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str, str, object], None]


class EventHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, topic: str, op: str, ident: object = None) -> None:
        """topic: e.g. "card"; op: "added" | "changed" | "removed" | "reset"."""
        for listener in list(self._listeners):
            listener(topic, op, ident)
