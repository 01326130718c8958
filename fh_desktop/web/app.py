"""The WSGI application the phones talk to (interface: docs/participation.md).

Every request passes, in this order: the Host check (DNS rebinding), the rate limit per
client address, the route (the round token in the path), then for a POST the size
limit, the JSON content type, the Origin check and the CSRF token bound to the device.
No route returns an answer or a comment, not even the device's own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from fh_desktop import resources
from fh_desktop.domain.errors import FhError
from fh_desktop.web.jobs import OwnerBusy, OwnerClosed
from fh_desktop.web.session import Device, ParticipationSession, Refused, normalise_code

COOKIE = "fh_device"
CSRF_HEADER = "HTTP_X_FH_CSRF"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
WAIT_FOR_TWIN = 20.0  # seconds a retry waits for the same submission still being stored

STATIC = {
    "app.js": "application/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "join.js": "application/javascript; charset=utf-8",
}
PAGES = {"page": "page.html", "join": "join.html"}

SECURITY_HEADERS = [
    (
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
]

# store(device, participant id, {item id: value}, comment): on the owner thread, or raises.
Store = Callable[[Device, int, dict[int, str], str], None]
StartResponse = Callable[..., Any]


def _asset(name: str) -> bytes:
    return resources.path("web", name).read_bytes()


def _json_bytes(data: Any) -> bytes:
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    # Never a raw "<", ">" or "&": the JSON stays inert even if some browser sniffed it as HTML.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("ascii")


class Reply(Exception):
    """Ends a request early with a status and a small JSON body."""

    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


class ParticipationApp:
    def __init__(self, session: ParticipationSession, store: Store) -> None:
        self.session = session
        self.store = store
        self.allowed_hosts: set[str] = set()  # "address:port", set once the server is bound
        self._assets = {name: _asset(name) for name in list(STATIC) + list(PAGES.values())}

    # --- WSGI entry -----------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, headers, body = self._handle(environ)
        except Reply as r:
            status, headers, body = self._error(r.status, r.code, r.message)
        except Exception:  # never a traceback over the network
            status, headers, body = self._error(500, "internal", "Interner Fehler.")
        phrase = HTTPStatus(status).phrase
        headers = headers + SECURITY_HEADERS + [("Content-Length", str(len(body)))]
        start_response(f"{status} {phrase}", headers)
        return [body]

    def _handle(self, environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes]:
        host = environ.get("HTTP_HOST", "")
        if host not in self.allowed_hosts:
            raise Reply(421, "wrong_host", "Unbekannte Adresse.")
        client = environ.get("REMOTE_ADDR", "")
        if not self.session.requests.take(client):
            raise Reply(429, "slow_down", "Zu viele Anfragen, bitte kurz warten.")
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/")
        parts = [p for p in path.split("/") if p]
        if method in ("GET", "HEAD"):
            if not parts:
                return self._page("join")
            if parts == ["join"]:
                return self._join(environ, client)
            if len(parts) == 2 and parts[0] == "static" and parts[1] in STATIC:
                return 200, self._static_headers(STATIC[parts[1]]), self._assets[parts[1]]
        if len(parts) >= 2 and parts[0] == "r" and self._token_ok(parts[1]):
            rest = parts[2:]
            if rest == [] and method in ("GET", "HEAD"):
                if not path.endswith("/"):
                    return 308, [("Location", f"/r/{parts[1]}/"), ("Cache-Control", "no-store")], b""
                return self._page("page")
            if len(rest) == 2 and rest[0] == "api":
                return self._api(environ, method, rest[1], client)
        raise Reply(404, "not_found", "Nicht gefunden.")

    def _token_ok(self, token: str) -> bool:
        import hmac

        return hmac.compare_digest(token.encode(), self.session.round_token.encode())

    # --- pages ------------------------------------------------------------------

    def _page(self, name: str) -> tuple[int, list[tuple[str, str]], bytes]:
        headers = [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")]
        return 200, headers, self._assets[PAGES[name]]

    @staticmethod
    def _static_headers(content_type: str) -> list[tuple[str, str]]:
        return [("Content-Type", content_type), ("Cache-Control", "no-cache")]

    def _join(self, environ: dict[str, Any], client: str) -> tuple[int, list[tuple[str, str]], bytes]:
        code = normalise_code((parse_qs(environ.get("QUERY_STRING", "")).get("code") or [""])[0])
        if code == self.session.join_code:
            target = f"/r/{self.session.round_token}/"
        elif not self.session.code_failures.take(client):
            raise Reply(429, "slow_down", "Zu viele falsche Codes, bitte eine Minute warten.")
        else:
            target = "/?wrong=1"
        return 303, [("Location", target), ("Cache-Control", "no-store")], b""

    # --- API --------------------------------------------------------------------

    def _api(self, environ: dict[str, Any], method: str, name: str, client: str) -> tuple[int, list[tuple[str, str]], bytes]:
        if self.session.closed:
            raise Reply(410, "closed", "Die Runde ist beendet.")
        routes: dict[tuple[str, str], Callable[..., tuple[int, list[tuple[str, str]], bytes]]] = {
            ("POST", "device"): self._new_device,
            ("GET", "state"): self._state,
            ("POST", "claim"): self._claim,
            ("POST", "release"): self._release,
            ("POST", "submit"): self._submit,
        }
        handler = routes.get((method, name))
        if handler is None:
            if any(n == name for _m, n in routes):
                raise Reply(405, "method", "Methode nicht erlaubt.")
            raise Reply(404, "not_found", "Nicht gefunden.")
        device = self._device_of(environ)
        if method == "POST":
            body = self._post_body(environ, device, needs_csrf=name != "device")
            return handler(environ, device, body, client)
        return handler(environ, device, None, client)

    def _device_of(self, environ: dict[str, Any]) -> Device | None:
        try:
            cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
        except CookieError:
            return None
        morsel = cookie.get(COOKIE)
        return self.session.device(morsel.value if morsel else None)

    def _post_body(self, environ: dict[str, Any], device: Device | None, needs_csrf: bool) -> dict[str, Any]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise Reply(400, "bad_request", "Ungültige Anfrage.") from None
        if length > self.session.limits.max_body:
            raise Reply(413, "too_large", "Die Anfrage ist zu groß.")
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None and origin not in {f"http://{h}" for h in self.allowed_hosts}:
            raise Reply(403, "wrong_origin", "Anfrage von einer fremden Seite.")
        if environ.get("HTTP_SEC_FETCH_SITE") not in (None, "same-origin", "none"):
            raise Reply(403, "wrong_origin", "Anfrage von einer fremden Seite.")
        if (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower() != "application/json":
            raise Reply(415, "json_only", "Nur JSON wird angenommen.")
        if needs_csrf:
            if device is None:
                raise Reply(401, "no_device", "Dieses Gerät ist nicht angemeldet.")
            if not self.session.csrf_ok(device, environ.get(CSRF_HEADER)):
                raise Reply(403, "csrf", "Sicherheitsmerkmal fehlt oder ist falsch.")
        raw = environ["wsgi.input"].read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, ValueError):
            raise Reply(400, "bad_json", "Ungültige Anfrage.") from None
        if not isinstance(body, dict):
            raise Reply(400, "bad_json", "Ungültige Anfrage.")
        return body

    def _ok(self, data: Any, extra: list[tuple[str, str]] | None = None) -> tuple[int, list[tuple[str, str]], bytes]:
        headers = [("Content-Type", "application/json"), ("Cache-Control", "no-store")] + (extra or [])
        return 200, headers, _json_bytes(data)

    def _error(self, status: int, code: str, message: str) -> tuple[int, list[tuple[str, str]], bytes]:
        headers = [("Content-Type", "application/json"), ("Cache-Control", "no-store")]
        return status, headers, _json_bytes({"error": code, "message": message})

    def _cookie(self, device: Device) -> tuple[str, str]:
        return (
            "Set-Cookie",
            f"{COOKIE}={device.token}; Path=/r/{self.session.round_token}/; HttpOnly; SameSite=Strict; Max-Age=43200",
        )

    def _new_device(self, environ: dict[str, Any], device: Device | None, body: Any, client: str):  # noqa: ANN202
        if device is None:
            if not self.session.device_births.take(client):
                raise Reply(429, "slow_down", "Zu viele neue Geräte von dieser Adresse.")
            try:
                device = self.session.new_device(environ.get("HTTP_USER_AGENT", ""))
            except Refused as r:
                raise Reply(r.status, r.code, r.message) from None
        return self._ok({"csrf": self.session.csrf_token(device)}, [self._cookie(device)])

    def _need(self, device: Device | None) -> Device:
        if device is None:
            raise Reply(401, "no_device", "Dieses Gerät ist nicht angemeldet.")
        return device

    def _state(self, environ: dict[str, Any], device: Device | None, body: Any, client: str):  # noqa: ANN202
        device = self._need(device)
        return self._ok(self.state_of(device))

    def state_of(self, device: Device) -> dict[str, Any]:
        """Everything one phone may know: statements with their scales, names, its own claim."""
        info = self.session.info
        free = self.session.free(device)
        mine = device.participant_id
        person = info.person(mine) if mine is not None else None
        return {
            "round": {"number": info.number, "anonymous": info.anonymous},
            "statements": [
                {"id": s.id, "code": s.code, "topic": s.topic, "text": s.statement, "help": s.help, "scale": s.scale}
                for s in info.statements
            ],
            "scales": {
                kind: [{"value": o.value, "de": o.de, "en": o.en, "unknown": o.unknown} for o in options]
                for kind, options in info.scales
            },
            "people": [{"id": p.id, "name": p.name, "free": p.id in free} for p in info.people],
            "me": {
                "participant": mine if person is not None else None,
                "name": person.name if person is not None else "",
                "submitted": device.submitted,
            },
            "csrf": self.session.csrf_token(device),
            "maxComment": self.session.limits.max_comment,
        }

    def _claim(self, environ: dict[str, Any], device: Device | None, body: dict[str, Any], client: str):  # noqa: ANN202
        device = self._need(device)
        pid = body.get("participant")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise Reply(400, "bad_request", "Ungültige Anfrage.")
        try:
            self.session.claim(device, pid)
        except Refused as r:
            raise Reply(r.status, r.code, r.message) from None
        return self._ok(self.state_of(device))

    def _release(self, environ: dict[str, Any], device: Device | None, body: dict[str, Any], client: str):  # noqa: ANN202
        device = self._need(device)
        try:
            self.session.release_own(device)
        except Refused as r:
            raise Reply(r.status, r.code, r.message) from None
        return self._ok(self.state_of(device))

    def _submit(self, environ: dict[str, Any], device: Device | None, body: dict[str, Any], client: str):  # noqa: ANN202
        device = self._need(device)
        key, answers, comment, pid = body.get("key"), body.get("answers"), body.get("comment", ""), body.get("participant")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            raise Reply(400, "bad_request", "Ungültige Anfrage.")
        if not isinstance(answers, dict) or not isinstance(comment, str) or not isinstance(pid, int):
            raise Reply(400, "bad_request", "Ungültige Anfrage.")
        if len(comment) > self.session.limits.max_comment:
            raise Reply(413, "too_large", "Der Kommentar ist zu lang.")
        values: dict[int, str] = {}
        for item, value in answers.items():
            if not (isinstance(item, str) and item.isdigit() and isinstance(value, str)):
                raise Reply(400, "bad_request", "Ungültige Anfrage.")
            values[int(item)] = value
        state, twin = self.session.begin_key(device, key)
        if state == "wait":
            assert twin is not None
            twin.wait(WAIT_FOR_TWIN)
            if not self.session.key_done(device, key):
                raise Reply(409, "retry", "Bitte noch einmal senden.")
            state = "done"
        if state == "go":
            stored = False
            try:
                if not self.session.holds(device, pid):
                    raise Reply(403, "not_yours", "Dieser Name ist nicht auf diesem Gerät gewählt.")
                self.store(device, pid, values, comment)
                stored = True
            except Refused as r:
                raise Reply(r.status, r.code, r.message) from None
            except FhError as exc:
                raise Reply(422, "invalid", str(exc)) from None
            except OwnerBusy:
                raise Reply(503, "busy", "Bitte gleich noch einmal senden.") from None
            except OwnerClosed:
                raise Reply(410, "closed", "Die Runde ist beendet.") from None
            finally:
                self.session.end_key(device, key, stored)
        return self._ok({"submitted": True})
