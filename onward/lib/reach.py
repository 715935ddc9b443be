"""Who can open an address: anyone, the machines on this network, or only this computer.

Links Onward hands to other people (a mentor's private page) only work if their device
can reach the address. Judged from the address alone: no name is looked up, so the
answer is "public" unless the address says otherwise for certain.
"""

from __future__ import annotations

import ipaddress
from enum import StrEnum
from urllib.parse import urlsplit

# Names that never leave a home or office network (RFC 6762, 6761, 8375 and common use).
_NETWORK_SUFFIXES = (".local", ".lan", ".internal", ".home.arpa", ".localdomain", ".intranet")


class Reach(StrEnum):
    PUBLIC = "public"
    NETWORK = "network"  # this computer, and others on the same home or office network
    MACHINE = "machine"  # this computer only

    @property
    def is_local(self) -> bool:
        return self is not Reach.PUBLIC


def reach(url: str) -> Reach:
    """How far `url` (or a bare host, with or without a port) can be opened from."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return Reach.MACHINE
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return Reach.NETWORK if host.endswith(_NETWORK_SUFFIXES) else Reach.PUBLIC
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback or address.is_unspecified:
        return Reach.MACHINE
    return Reach.PUBLIC if address.is_global else Reach.NETWORK
