"""Every use of httpx2's and aiohttp's private attributes, in one place.

The senders need four things neither library offers publicly:

* the transport an httpx2 client would send a URL through (its mounts and
  proxies), so an app's client is used for its connections alone;
* the connection pools behind an httpx2 client, to give them a network
  backend that holds each attempt to its deadline (``_deadline``);
* an aiohttp connector that says when a request waits for a pooled connection
  or makes one (a failure then happened before a byte was sent);
* an aiohttp session that does not silently resend a request once itself;
* the sockets of an aiohttp session whose event loop is closed, closed
  directly (aiohttp closes nothing then, and asyncio's transports need their
  loop to close).

Each works on the versions ``pyproject.toml`` admits (httpx2 2.x from 2.16,
aiohttp 3.x from 3.11, Python 3.11 to 3.13's asyncio transports);
``tests/test_internals.py`` checks every name below on the installed
versions, so an upgrade that moves one fails there, not in an app. Neither
library is imported here at module level: a sync Client never loads aiohttp,
an AsyncClient never loads httpx2.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

    import aiohttp
    import httpx2

# True while an aiohttp attempt waits for a pooled connection or makes one, and
# after it failed doing so (set in the task that sends; see connector()).
CONNECTING = contextvars.ContextVar("twilio_proxy_connecting", default=False)


def transport_for_url(client: httpx2.Client | httpx2.AsyncClient, url: httpx2.URL) -> Any:
    """The transport *client* sends *url* through: its mounted one (a proxy) or its own."""
    return client._transport_for_url(url)


def connection_pools(client: httpx2.Client) -> list[object | None]:
    """The connection pool of each of *client*'s transports (None: a transport without one).

    A mount of None (a NO_PROXY host: nothing is sent there) has no transport.
    """
    transports = [client._transport, *client._mounts.values()]
    return [getattr(t, "_pool", None) for t in transports if t is not None]


def wrap_network_backend(pool: object, wrap: Callable[[Any], Any], wrapped: type) -> bool:
    """Give *pool* the network backend ``wrap(its own)``, unless it is a *wrapped* already.

    False when the pool has no network backend where httpcore2 keeps one.
    """
    backend = getattr(pool, "_network_backend", None)
    if backend is None:
        return False
    if not isinstance(backend, wrapped):  # a second Client over the same pool
        pool._network_backend = wrap(backend)  # type: ignore[attr-defined]
    return True


def no_silent_retry(session: aiohttp.ClientSession) -> None:
    """Stop *session* resending a GET once when its connection drops: retries are ours alone."""
    session._retry_connection = False


def close_sockets(session: aiohttp.ClientSession) -> None:
    """Close every connection of *session*, whose event loop is closed, at the socket.

    aiohttp's close does nothing once the loop is closed, and an asyncio
    transport closes its socket through its loop: without this, each kept-alive
    connection's socket would stay open until the process ends.
    """
    connector: Any = session.connector  # ours always has one
    protocols = [proto for conns in connector._conns.values() for proto, _ in conns]
    protocols += connector._acquired
    connector._close()  # marks it closed; with its loop closed it touches nothing else
    # (A pooled connection that was lost already has no transport, nor its socket.)
    for transport in filter(None, (proto.transport for proto in protocols)):
        inner = getattr(getattr(transport, "_ssl_protocol", None), "_transport", None)
        if inner is not None:  # TLS: the socket is the wrapped transport's
            transport._closed = True
            transport = inner
        for sock in filter(None, [getattr(transport, "_sock", None)]):
            sock.close()
            transport._sock = None  # closed: nothing for its finalizer to warn about


def connector(limit: int, ssl: ssl.SSLContext) -> aiohttp.TCPConnector:
    """An aiohttp connector that sets ``CONNECTING`` while a request waits for a connection."""
    return _connector_class()(limit=limit, ssl=ssl)


@functools.cache
def _connector_class() -> type[aiohttp.TCPConnector]:
    # Defined when first needed: aiohttp is imported by AsyncClient's sender only.
    import aiohttp

    class Connector(aiohttp.TCPConnector):
        # Only these two steps of connect are overridden (aiohttp's own since
        # 3.11), so a request that takes a pooled connection at once pays
        # nothing: no frame, no trace objects as a TraceConfig builds. aiohttp
        # runs them in the task that sends, so the flag is the attempt's own.

        async def _wait_for_available_connection(self, key: Any, traces: Any) -> None:
            CONNECTING.set(True)
            await super()._wait_for_available_connection(key, traces)
            CONNECTING.set(False)

        async def _create_connection(self, req: Any, traces: Any, timeout: Any) -> Any:
            CONNECTING.set(True)
            protocol = await super()._create_connection(req, traces, timeout)
            CONNECTING.set(False)
            return protocol

    return Connector
