"""A real HTTP client that plays one phone against the real participation server.

Requests run in a helper thread while the test's own thread, which owns the workshop
file, runs the submissions the server hands it — exactly what the window and the CLI
do with their event loops.
"""

from __future__ import annotations

import http.client
import json
import secrets
import threading
from http.cookies import SimpleCookie
from typing import Any

from fh_desktop.web.participation import Participation


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def raw_request(
    port: int, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> Response:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return Response(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    finally:
        conn.close()


class Phone:
    def __init__(self, participation: Participation | None, port: int, host: str, token: str) -> None:
        self.p = participation
        self.port, self.host, self.token = port, host, token
        self.cookie: str | None = None
        self.csrf: str | None = None
        self.user_agent = "Mozilla/5.0 (Linux; Android 9) TestPhone"

    @classmethod
    def of(cls, participation: Participation) -> Phone:
        return cls(participation, participation.server.port, participation.server.host, participation.session.round_token)

    @property
    def api(self) -> str:
        return f"/r/{self.token}/api/"

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> Response:
        h = {"Host": self.host, "User-Agent": self.user_agent}
        if self.cookie:
            h["Cookie"] = f"fh_device={self.cookie}"
        h.update(headers or {})
        if self.p is None:
            return raw_request(self.port, method, path, body, h)
        out: list[Response | BaseException] = []

        def go() -> None:
            try:
                out.append(raw_request(self.port, method, path, body, h))
            except BaseException as exc:  # handed to the test thread
                out.append(exc)

        worker = threading.Thread(target=go)
        worker.start()
        while worker.is_alive():
            if self.p.running:
                self.p.jobs.wait_and_run(0.01)
            else:
                worker.join(0.05)
        worker.join()
        if isinstance(out[0], BaseException):
            raise out[0]
        return out[0]

    def post(self, name: str, data: Any, headers: dict[str, str] | None = None) -> Response:
        h = {"Content-Type": "application/json", "Origin": f"http://{self.host}"}
        if self.csrf:
            h["X-FH-CSRF"] = self.csrf
        h.update(headers or {})
        return self.request("POST", self.api + name, json.dumps(data).encode(), h)

    def join(self) -> Response:
        r = self.post("device", {})
        if r.status == 200:
            cookie = SimpleCookie(r.headers["set-cookie"])
            self.cookie = cookie["fh_device"].value
            self.csrf = r.json()["csrf"]
        return r

    def state(self) -> Response:
        return self.request("GET", self.api + "state")

    def claim(self, participant_id: int) -> Response:
        return self.post("claim", {"participant": participant_id})

    def submit(self, participant_id: int, answers: dict[int, str], comment: str = "", key: str | None = None) -> Response:
        payload = {
            "key": key or secrets.token_urlsafe(12),
            "participant": participant_id,
            "answers": {str(k): v for k, v in answers.items()},
            "comment": comment,
        }
        return self.post("submit", payload)
