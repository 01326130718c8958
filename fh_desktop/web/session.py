"""Tokens, devices, claims and rate limits of one participation session (memory only).

Thread-safe: server threads and the owner thread share it under one lock. It never
holds an answer: a submission passes through to the owner thread and is forgotten,
only its idempotency key and the fact "this device has submitted" are kept.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

from fh_desktop.web.roundinfo import Person, RoundInfo

# No 0/O, 1/I/L: a code read off the projector is typed without doubt.
JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_LENGTH = 8


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_LENGTH))


def normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def format_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


@dataclass(frozen=True)
class Limits:
    max_body: int = 16 * 1024  # bytes of one request body
    max_comment: int = 2000  # characters
    requests_per_second: float = 10.0  # per client address, sustained ...
    burst: int = 120  # ... and at once (a page load plus retries)
    new_devices: int = 40  # per client address and 10 minutes
    wrong_codes: int = 10  # wrong join codes per client address and minute
    max_devices: int = 400


class TokenBucket:
    """``take(key)`` is False once ``key`` used more than ``burst`` at ``rate`` per second."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens < 1:
                self._state[key] = (tokens, now)
                return False
            self._state[key] = (tokens - 1, now)
            return True


@dataclass
class Device:
    token: str
    number: int
    label: str
    participant_id: int | None = None
    submitted: bool = False
    done_keys: set[str] = field(default_factory=set)
    busy_keys: dict[str, threading.Event] = field(default_factory=dict)


@dataclass(frozen=True)
class Claim:
    participant_id: int
    name: str
    device_number: int
    device_label: str
    submitted: bool


class Refused(Exception):
    """A request the session turns down: ``code`` for the page, German ``message``, HTTP status."""

    def __init__(self, code: str, status: int, message: str) -> None:
        super().__init__(message)
        self.code, self.status, self.message = code, status, message


class ParticipationSession:
    def __init__(self, info: RoundInfo, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self.round_token = secrets.token_urlsafe(18)
        self.join_code = new_join_code()
        self._csrf_key = secrets.token_bytes(32)
        self._lock = threading.RLock()
        self._info = info
        self._devices: dict[str, Device] = {}
        self._claims: dict[int, str] = {}  # participant id -> device token
        self._closed = False
        self.requests = TokenBucket(self.limits.requests_per_second, self.limits.burst)
        self.device_births = TokenBucket(self.limits.new_devices / 600.0, self.limits.new_devices)
        self.code_failures = TokenBucket(self.limits.wrong_codes / 60.0, self.limits.wrong_codes)
        self.listeners: list = []  # called (no arguments) after a claim changed, from any thread

    # --- the round ----------------------------------------------------------

    @property
    def info(self) -> RoundInfo:
        with self._lock:
            return self._info

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        self._closed = True

    def update(self, info: RoundInfo | None) -> None:
        """New plain data from the owner thread; another or no round closes the session."""
        with self._lock:
            if info is None or info.round_id != self._info.round_id:
                self._closed = True
                return
            self._info = info
            known = {p.id for p in info.people}
            for pid in [pid for pid in self._claims if pid not in known]:
                self._drop_claim(pid)

    # --- devices ------------------------------------------------------------

    def new_device(self, user_agent: str) -> Device:
        with self._lock:
            if len(self._devices) >= self.limits.max_devices:
                raise Refused("too_many_devices", 429, "Zu viele Geräte in dieser Runde.")
            device = Device(secrets.token_urlsafe(24), len(self._devices) + 1, device_label(user_agent))
            self._devices[device.token] = device
            return device

    def device(self, token: str | None) -> Device | None:
        if not token:
            return None
        with self._lock:
            return self._devices.get(token)

    def csrf_token(self, device: Device) -> str:
        return hmac.new(self._csrf_key, device.token.encode(), hashlib.sha256).hexdigest()[:40]

    def csrf_ok(self, device: Device, value: str | None) -> bool:
        return bool(value) and hmac.compare_digest(self.csrf_token(device), value or "")

    # --- claims -------------------------------------------------------------

    def claim(self, device: Device, participant_id: int) -> Person:
        with self._lock:
            info = self._info
            person = info.person(participant_id)
            if person is None:
                raise Refused("unknown_person", 404, "Diesen Namen gibt es in dieser Runde nicht.")
            if device.submitted:
                raise Refused("already_submitted", 409, "Von diesem Gerät wurde schon abgeschickt.")
            holder = self._claims.get(participant_id)
            if holder is not None and holder != device.token:
                raise Refused("taken", 409, "Dieser Name ist schon auf einem anderen Gerät gewählt.")
            if participant_id in info.answered:
                raise Refused("answered", 409, "Für diesen Namen liegt schon eine Einschätzung vor.")
            if device.participant_id is not None and device.participant_id != participant_id:
                self._drop_claim(device.participant_id)
            self._claims[participant_id] = device.token
            device.participant_id = participant_id
        self._notify()
        return person

    def release_own(self, device: Device) -> None:
        with self._lock:
            if device.submitted:
                raise Refused("already_submitted", 409, "Von diesem Gerät wurde schon abgeschickt.")
            if device.participant_id is not None:
                self._drop_claim(device.participant_id)
        self._notify()

    def release(self, participant_id: int) -> None:
        """The moderator frees a name (e.g. a phone went flat); that device may claim again."""
        with self._lock:
            self._drop_claim(participant_id)
        self._notify()

    def _drop_claim(self, participant_id: int) -> None:
        token = self._claims.pop(participant_id, None)
        device = self._devices.get(token) if token else None
        if device is not None and device.participant_id == participant_id:
            device.participant_id = None
            device.submitted = False

    def holds(self, device: Device, participant_id: int) -> bool:
        with self._lock:
            return self._claims.get(participant_id) == device.token and device.participant_id == participant_id

    def mark_submitted(self, device: Device) -> None:
        with self._lock:
            device.submitted = True
        self._notify()

    def claims(self) -> list[Claim]:
        with self._lock:
            info = self._info
            out = []
            for pid, token in self._claims.items():
                person, device = info.person(pid), self._devices[token]
                if person is not None:
                    out.append(Claim(pid, person.name, device.number, device.label, pid in info.answered))
            return sorted(out, key=lambda c: c.name.casefold())

    def free(self, device: Device) -> set[int]:
        """Names this device may claim: not answered, not held by another device."""
        with self._lock:
            info = self._info
            return {
                p.id
                for p in info.people
                if p.id not in info.answered and self._claims.get(p.id) in (None, device.token)
            }

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()

    # --- idempotent submissions ---------------------------------------------------

    def begin_key(self, device: Device, key: str) -> tuple[str, threading.Event | None]:
        """("done", None): stored before; ("wait", event): another try runs; ("go", None):
        the caller stores it and must call ``end_key``."""
        with self._lock:
            if key in device.done_keys:
                return "done", None
            if key in device.busy_keys:
                return "wait", device.busy_keys[key]
            device.busy_keys[key] = threading.Event()
            return "go", None

    def key_done(self, device: Device, key: str) -> bool:
        with self._lock:
            return key in device.done_keys

    def end_key(self, device: Device, key: str, stored: bool) -> None:
        with self._lock:
            if stored:
                device.done_keys.add(key)
            event = device.busy_keys.pop(key, None)
        if event is not None:
            event.set()


def device_label(user_agent: str) -> str:
    """A coarse, non-identifying description for the moderator's claims list."""
    ua = user_agent.lower()
    for needle, label in (
        ("iphone", "iPhone"),
        ("ipad", "iPad"),
        ("android", "Android"),
        ("windows", "Windows"),
        ("mac os", "Mac"),
        ("linux", "Linux"),
    ):
        if needle in ua:
            return label
    return ""
