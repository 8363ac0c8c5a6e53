"""AsyncClient's default sender: one aiohttp session per client.

Why not httpx2 here: at 50 fetches in flight aiohttp sustains several times
the throughput of httpx2's async pool on our machines (benchmarks/results.md).
Apps that want httpx2 anyway pass ``http_client=``.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

import aiohttp
from aiohttp.client_reqrep import ClientRequest
from aiohttp.connector import Connection
from aiohttp.tracing import Trace

from ._config import Timeouts
from ._exceptions import ClientClosedError
from ._headers import Headers
from ._transport import Answer, Request, aread, read, transport_error

# Failures to connect: the request never left this machine.
_UNSENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError, aiohttp.InvalidURL)
# Connections one session opens at most (aiohttp's default).
POOL_SIZE = 100
# True from when an attempt asks the pool for a connection until it has one:
# a failure then (the whole attempt's deadline, while every pooled connection
# is busy) happened before a byte was sent.
_CONNECTING = contextvars.ContextVar("twilio_proxy_connecting", default=False)


class _Connector(aiohttp.TCPConnector):
    """aiohttp's connector, telling our attempt when it waits for (or makes) a connection.

    Cheaper than a TraceConfig, which builds trace objects on every request.
    aiohttp awaits ``connect`` in the task that sends, so the context variable
    is the attempt's own.
    """

    async def connect(
        self, req: ClientRequest, traces: list[Trace], timeout: aiohttp.ClientTimeout
    ) -> Connection:
        _CONNECTING.set(True)
        connection = await super().connect(req, traces, timeout)
        _CONNECTING.set(False)
        return connection


def client_timeout(timeouts: Timeouts) -> aiohttp.ClientTimeout:
    """The aiohttp equivalent of our Timeouts (every phase is set: see resolve_timeout)."""
    total = timeouts.total
    # `total` is the whole attempt's deadline, so a limit no shorter than it adds
    # nothing but a timer on every request (aiohttp's `connect`, which covers
    # waiting for a pooled connection plus connecting) or on every chunk
    # (`sock_read`): those are left out.
    pool_and_connect = timeouts.pool + timeouts.connect
    read = timeouts.read if timeouts.read < total else None
    return aiohttp.ClientTimeout(
        total=total,
        connect=pool_and_connect if pool_and_connect < total else None,
        sock_connect=timeouts.connect,
        sock_read=read,
    )


def env_proxy(base_url: str) -> str | None:
    """The proxy that HTTPS_PROXY/HTTP_PROXY/NO_PROXY give for *base_url*, as httpx2 would use."""
    url = urllib.parse.urlsplit(base_url)
    if urllib.request.proxy_bypass(url.hostname or ""):
        return None
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    # aiohttp speaks to http(s) proxies only; a socks ALL_PROXY is not for it.
    return proxy if proxy and proxy.startswith(("http://", "https://")) else None


class AiohttpSender:
    """Requests over one lazily opened aiohttp session; raw bodies, decoded by our reader."""

    __slots__ = ("_default", "_headers", "_proxy", "_secrets", "_session", "_timeout", "closed")

    def __init__(
        self,
        *,
        base_url: str,
        timeouts: Timeouts,
        secrets: tuple[str, ...],
        headers: Mapping[str, str],
    ) -> None:
        self._default = timeouts
        self._headers = headers
        self._timeout = client_timeout(timeouts)
        self._proxy = env_proxy(base_url)
        self._secrets = secrets
        self._session: aiohttp.ClientSession | None = None
        self.closed = False

    def _open(self) -> aiohttp.ClientSession:
        # Opened on first use: an aiohttp session belongs to the running event loop.
        # trust_env stays off: with it aiohttp reads ~/.netrc and the proxy
        # variables in a thread on every request (2.4x slower at 50 in flight),
        # and a netrc `default` entry clashes with our Authorization header.
        # auto_decompress is off: bodies are decoded under our cap (_body.py).
        # No cookie jar: Twilio's API sets none worth keeping, and filtering a
        # jar costs every request.
        self._session = aiohttp.ClientSession(
            headers=self._headers,
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=self._timeout,
            connector=_Connector(limit=POOL_SIZE),
            auto_decompress=False,
        )
        # aiohttp silently resends a GET once when the connection drops (even a
        # fresh one): retries are ours alone (max_retries, backoff, the log line).
        self._session._retry_connection = False
        return self._session

    def _options(self, request: Request, timeouts: Timeouts) -> dict[str, Any]:
        options: dict[str, Any] = {"allow_redirects": False}
        if request.headers is not self._headers:  # the session sends ours already
            options["headers"] = request.headers
        if request.content is not None:
            options["data"] = request.content
        if self._proxy is not None:
            options["proxy"] = self._proxy
        if timeouts is not self._default:
            options["timeout"] = client_timeout(timeouts)  # else the session's, built once
        return options

    async def send(self, request: Request, timeouts: Timeouts, limits: tuple[int, int]) -> Answer:
        """Send *request*; the attempt ends by ``timeouts.total`` whatever the server does."""
        if self.closed:
            raise ClientClosedError("this AsyncClient has been closed; create a new one")
        session = self._session or self._open()
        usual = (
            request.headers is self._headers
            and request.content is None
            and timeouts is self._default
            and self._proxy is None
        )
        _CONNECTING.set(False)
        try:
            # Awaited, not `async with`: one frame less on every resumption of a
            # request; released below as the context manager would.
            if usual:
                # A GET with the session's own headers and timeout: no options
                # dict to build and unpack on every call.
                response = await session.request(request.method, request.url, allow_redirects=False)
            else:
                options = self._options(request, timeouts)
                response = await session.request(request.method, request.url, **options)
            try:
                v = response.version
                version = "HTTP/1.1" if v is None or v == (1, 1) else f"HTTP/{v.major}.{v.minor}"
                status, headers = response.status, Headers(response.raw_headers)
                length = response.content_length
                encoding = response.headers.get("Content-Encoding")
                if length is not None and length <= limits[0 if 200 <= status <= 299 else 1]:
                    # A declared length within the cap is read in one go (aiohttp reads
                    # exactly that much), then decoded under the same rule.
                    body = await response.read()
                    if encoding is None:  # nothing to decode: the common case
                        return Answer(status, headers, version, body)
                    return read(
                        status, headers, version, (body,), limits, math.inf, length, encoding
                    )
                chunks = response.content.iter_any()
                return await aread(status, headers, version, chunks, limits, length, encoding)
            finally:
                response.release()
                if request.content is not None:  # a body still being written: let it end
                    await response.wait_for_close()
        except (TimeoutError, aiohttp.ClientError) as exc:
            timed_out = isinstance(exc, asyncio.TimeoutError)
            sent = not (isinstance(exc, _UNSENT) or _CONNECTING.get())
            failure = transport_error(exc, request, self._secrets, timed_out=timed_out, sent=sent)
        raise failure  # outside the except block: nothing chained (see transport_error)

    async def aclose(self) -> None:
        """Close the session, if one was opened; later requests raise ClientClosedError."""
        self.closed = True
        if self._session is not None:
            await self._session.close()
