"""Hand work from the server's threads to the one thread that owns the workshop file.

The store's SQLite connection belongs to one thread (the window's GUI thread, or the
main thread of ``fh-desktop collect``). A server thread calls ``OwnerQueue.call``: the
job is queued, ``wake`` is called (in the window it emits a queued Qt signal) and the
server thread waits for the owner to run it with ``run_pending``.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

DEFAULT_TIMEOUT = 15.0


class OwnerBusy(Exception):
    """The owner thread did not run the job in time (the job is dropped, not run later)."""


class OwnerClosed(Exception):
    """The participation stopped: no job is run any more."""


class OwnerQueue:
    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._jobs: queue.Queue[tuple[Callable[..., Any], tuple[Any, ...], Future[Any]]] = queue.Queue()
        self._wake = wake
        self._lock = threading.Lock()
        self._closed = False
        self.owner = threading.get_ident()

    def close(self) -> None:
        """Refuse new jobs and fail the queued ones (their callers get ``OwnerClosed``)."""
        with self._lock:
            self._closed = True
        while True:
            try:
                _fn, _args, future = self._jobs.get_nowait()
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                future.set_exception(OwnerClosed())

    def call(self, fn: Callable[..., Any], *args: Any, timeout: float = DEFAULT_TIMEOUT) -> Any:
        """Run ``fn(*args)`` on the owner thread and return its result (or raise its error)."""
        if threading.get_ident() == self.owner:
            return fn(*args)
        future: Future[Any] = Future()
        with self._lock:
            if self._closed:
                raise OwnerClosed()
            self._jobs.put((fn, args, future))
        if self._wake is not None:
            self._wake()
        try:
            return future.result(timeout)
        except TimeoutError:
            # A job not yet started is cancelled, so it can never run after its caller gave up.
            if future.cancel():
                raise OwnerBusy() from None
            return future.result()

    def run_pending(self) -> int:
        """Run every queued job (owner thread only); returns how many ran."""
        ran = 0
        while True:
            try:
                fn, args, future = self._jobs.get_nowait()
            except queue.Empty:
                return ran
            ran += self._run(fn, args, future)

    def run_one(self) -> int:
        """Run the oldest queued job, if any (the window: one per wake-up, so the event
        loop paints and handles input between two submissions)."""
        while True:  # a job its caller gave up on (cancelled) is skipped, not counted
            try:
                fn, args, future = self._jobs.get_nowait()
            except queue.Empty:
                return 0
            if self._run(fn, args, future):
                return 1

    def wait_and_run(self, timeout: float) -> int:
        """Block up to ``timeout`` seconds for a job, then run all that are queued (CLI loop)."""
        try:
            fn, args, future = self._jobs.get(timeout=timeout)
        except queue.Empty:
            return 0
        return self._run(fn, args, future) + self.run_pending()

    @staticmethod
    def _run(fn: Callable[..., Any], args: tuple[Any, ...], future: Future[Any]) -> int:
        if not future.set_running_or_notify_cancel():
            return 0
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # handed to the waiting server thread
            future.set_exception(exc)
        return 1
