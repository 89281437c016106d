"""Fetching a page the client names by URL: bounded, and never into the service's own network.

Every hop (the URL, then each redirect) is resolved here, each address it resolves to is checked,
and the connection goes to the checked address (the name is only sent as Host and TLS server
name), so a name that resolves differently a second time cannot slip past the check. Loopback,
private, link-local (cloud metadata services live there), multicast, reserved and other
non-public addresses are refused unless `allowed` names a network holding them.

Time (one deadline for all hops), size (counted after decompression), redirects and content
types are bounded; proxies and credentials from the environment are never used.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from email.message import Message
from urllib.parse import urljoin

import httpx
import msgspec

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
_REDIRECTS = {301, 302, 303, 307, 308}
_USER_AGENT = "news-intel/0.1 (+article ingest)"


class FetchError(Exception):
    """The page could not be had. `kind`: "refused" (the address or URL is not allowed),
    "unusable" (the answer is not a page we take), "unreachable" (network failure, timeout,
    an error status)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


class FetchPolicy(msgspec.Struct, frozen=True, kw_only=True):
    allowed: tuple[Network, ...] = ()
    timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    content_types: tuple[str, ...] = HTML_TYPES


class Fetched(msgspec.Struct, frozen=True, kw_only=True):
    url: str  # after redirects
    body: bytes
    content_type: str | None
    charset: str | None


def parse_networks(value: str) -> tuple[Network, ...]:
    """`127.0.0.1, 10.0.0.0/8, ::1`: addresses or networks, comma-separated. Raises ValueError."""
    return tuple(
        ipaddress.ip_network(part.strip(), strict=False) for part in value.split(",") if part.strip()
    )


def refusal(address: Address, allowed: tuple[Network, ...] = ()) -> str | None:
    """Why `address` may not be fetched from, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address.version == net.version and address in net for net in allowed):
        return None
    for kind, hit in (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local (where cloud metadata services answer)", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
    ):
        if hit:
            return f"{address} is a {kind} address"
    if not address.is_global:
        return f"{address} is not a public address"
    return None


async def resolve(host: str, port: int) -> list[Address]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError("unreachable", f"the host {host!r} could not be resolved ({error})") from None
    addresses: list[Address] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError("unreachable", f"the host {host!r} has no address")
    return addresses


async def checked_address(url: str, allowed: tuple[Network, ...]) -> tuple[Address, httpx.URL]:
    """The address to connect to for `url`, every address of its host checked."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as error:
        raise FetchError("refused", f"not a URL we can fetch ({error})") from None
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise FetchError("refused", "only http and https URLs with a host are fetched")
    if parsed.userinfo:
        raise FetchError("refused", "URLs with credentials are not fetched")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    addresses = await resolve(parsed.host, port)
    for address in addresses:
        reason = refusal(address, allowed)
        if reason:
            raise FetchError("refused", f"{parsed.host} resolves to {address}: {reason.split(' is ', 1)[1]}")
    return addresses[0], parsed


def _media_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


async def _get(client: httpx.AsyncClient, url: str, policy: FetchPolicy) -> Fetched | str:
    """One hop: the page, or the next URL when the answer is a redirect."""
    address, parsed = await checked_address(url, policy.allowed)
    host = f"[{address}]" if address.version == 6 else str(address)
    pinned = parsed.copy_with(host=host)
    headers = {"Host": parsed.netloc.decode("ascii"), "Accept": ", ".join(policy.content_types)}
    extensions = {"sni_hostname": parsed.host} if parsed.scheme == "https" else {}
    request = client.build_request("GET", pinned, headers=headers, extensions=extensions)
    response = await client.send(request, stream=True)
    try:
        if response.status_code in _REDIRECTS and "location" in response.headers:
            return urljoin(url, response.headers["location"])
        if response.status_code >= 400:
            raise FetchError("unreachable", f"the page answered HTTP {response.status_code}")
        if response.status_code != 200:
            raise FetchError("unusable", f"the page answered HTTP {response.status_code}, not 200")
        media, charset = _media_type(response.headers.get("content-type"))
        if media is not None and media not in policy.content_types:
            raise FetchError("unusable", f"the page is {media}, not one of {', '.join(policy.content_types)}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > policy.max_bytes:
            raise FetchError("unusable", f"the page is larger than {policy.max_bytes} bytes")
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > policy.max_bytes:
                raise FetchError("unusable", f"the page is larger than {policy.max_bytes} bytes")
        return Fetched(url=url, body=bytes(body), content_type=media, charset=charset)
    finally:
        await response.aclose()


async def fetch(url: str, policy: FetchPolicy) -> Fetched:
    """GET `url` within `policy`. Raises FetchError."""
    timeout = httpx.Timeout(policy.timeout)
    try:
        async with (
            asyncio.timeout(policy.timeout),
            httpx.AsyncClient(
                follow_redirects=False,
                trust_env=False,
                timeout=timeout,
                headers={"User-Agent": _USER_AGENT},
            ) as client,
        ):
            for _ in range(policy.max_redirects + 1):
                got = await _get(client, url, policy)
                if isinstance(got, Fetched):
                    return got
                url = got
    except TimeoutError:
        raise FetchError("unreachable", f"the page did not arrive within {policy.timeout:g} s") from None
    except httpx.HTTPError as error:
        raise FetchError("unreachable", f"the page could not be fetched ({type(error).__name__})") from None
    raise FetchError("unreachable", f"more than {policy.max_redirects} redirects")
