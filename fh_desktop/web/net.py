"""The machine's own addresses, to choose the one interface the server listens on.

Never 0.0.0.0: the server binds one address, by default the first private LAN address
(a venue WLAN or the laptop's own hotspot), else loopback. Nothing is sent anywhere to
find them.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Interface:
    name: str  # e.g. "wlan0"; "" when the platform does not say
    address: str

    @property
    def kind(self) -> str:
        ip = ipaddress.ip_address(self.address)
        if ip.is_loopback:
            return "loopback"
        if ip.is_link_local:
            return "link-local"
        if ip.is_private:
            return "lan"
        return "public"


def _linux_ipv4() -> list[Interface]:
    import fcntl
    import struct

    found = []
    siocgifaddr = 0x8915
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for _index, name in socket.if_nameindex():
            try:
                packed = fcntl.ioctl(s.fileno(), siocgifaddr, struct.pack("256s", name.encode()[:15]))
            except OSError:
                continue  # interface without an IPv4 address
            found.append(Interface(name, socket.inet_ntoa(packed[20:24])))
    return found


def _resolver_ipv4() -> list[Interface]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return []
    return [Interface("", str(info[4][0])) for info in infos]


_ORDER = {"lan": 0, "public": 1, "link-local": 2, "loopback": 3}


def interfaces() -> list[Interface]:
    """IPv4 addresses of this machine, private LAN first and loopback last (always present)."""
    found = _linux_ipv4() if sys.platform.startswith("linux") else _resolver_ipv4()
    unique: dict[str, Interface] = {}
    for iface in found + [Interface("lo", LOOPBACK)]:
        unique.setdefault(iface.address, iface)
    return sorted(unique.values(), key=lambda i: (_ORDER[i.kind], i.name, i.address))


def default_address(available: list[Interface] | None = None) -> str:
    available = interfaces() if available is None else available
    return next((i.address for i in available if i.kind == "lan"), LOOPBACK)


def check_bind_address(address: str) -> str:
    """Refuse wildcard addresses: the server listens on one chosen interface only."""
    ip = ipaddress.ip_address(address)
    if ip.is_unspecified:
        raise ValueError(address)
    return str(ip)
