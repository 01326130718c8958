"""Run the participation app with waitress in background threads, on one address.

waitress parses HTTP (no hand-written parsing here) and enforces the header and body
size limits before the app sees a request. ``stop()`` first lets the requests already being
answered finish (the last phone of a round must see its confirmation, not a dropped
connection), then ends the accept loop, closes every open connection and stops the
worker threads.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from waitress import wasyncore
from waitress.server import create_server

from fh_desktop.web import net

log = logging.getLogger(__name__)
# How long ``stop()`` waits for replies that are being computed or sent.
DRAIN_SECONDS = 3.0
# waitress warns on every queued request ("Task queue depth is 2"): normal when 50 phones send at once.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)


def host_header(address: str, port: int) -> str:
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


class BackgroundServer:
    def __init__(self, app: Any, address: str, port: int = 0, *, threads: int = 8, max_body: int = 16 * 1024) -> None:
        address = net.check_bind_address(address)
        self._server = create_server(
            app,
            host=address,
            port=port,
            threads=threads,
            ident="fh-desktop",
            connection_limit=200,
            channel_timeout=30,
            max_request_header_size=16 * 1024,
            max_request_body_size=max_body,
            expose_tracebacks=False,
            clear_untrusted_proxy_headers=True,
            asyncore_use_poll=True,
        )
        self.address = address
        self.port: int = int(self._server.effective_port)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="fh-participation-server", daemon=True)

    @property
    def host(self) -> str:
        return host_header(self.address, self.port)

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        server = self._server
        while not self._stopping.is_set():
            try:
                wasyncore.loop(timeout=0.2, use_poll=True, map=server._map, count=1)
            except Exception:  # a broken connection must not end the server
                log.exception("participation server loop")

    def busy(self) -> int:
        """Connections with a request being answered or a reply not yet sent."""
        return sum(
            1
            for channel in list(self._server._map.values())
            if getattr(channel, "requests", None) or getattr(channel, "total_outbufs_len", 0)
        )

    def stop(self, drain: float = DRAIN_SECONDS) -> None:
        if self._stopping.is_set():
            return
        deadline = time.monotonic() + drain
        while self._thread.is_alive() and self.busy() and time.monotonic() < deadline:
            time.sleep(0.01)
        self._stopping.set()
        self._server.pull_trigger()
        if self._thread.is_alive():
            self._thread.join(5)
        for channel in list(self._server._map.values()):
            try:
                channel.close()
            except OSError:
                pass
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
