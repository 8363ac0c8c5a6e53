"""AsyncClient's default sender: one aiohttp session per client.

Why not httpx2 here: at 50 fetches in flight aiohttp sustains several times
the throughput of httpx2's async pool on our machines (measured for issue 17).
Apps that want httpx2 anyway pass ``http_client=``.
"""

from __future__ import annotations

import asyncio
import math
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

import aiohttp
from aiohttp import ClientResponse, HttpVersion11

from ._body import MAX_BODY_BYTES, SINGLE_LIMITS, BodyLimits
from ._config import Timeouts
from ._exceptions import APIConnectionError, ClientClosedError, EventLoopError
from ._headers import Headers
from ._internals import CONNECTING, close_sockets, connector, no_silent_retry
from ._tls import ssl_context
from ._transport import Request, Response, aread, read, transport_error

# Failures to connect: the request never left this machine.
_UNSENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError, aiohttp.InvalidURL)
# Connections one session opens at most (aiohttp's default).
POOL_SIZE = 100


def _new_attempt() -> None:
    """Forget a failed connection of an earlier attempt in this task (set only when it is).

    CONNECTING is True while an attempt waits for a pooled connection or makes
    one, and after it failed doing so: a failure then (the whole attempt's
    deadline, while every pooled connection is busy) happened before a byte
    was sent.
    """
    if CONNECTING.get():
        CONNECTING.set(False)


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


def _version(response: aiohttp.ClientResponse) -> str:
    """The response's HTTP version, as httpx2 names it."""
    v = response.version
    return "HTTP/1.1" if v is None or v is HttpVersion11 else f"HTTP/{v.major}.{v.minor}"


async def _read(response: aiohttp.ClientResponse, limits: BodyLimits) -> Response:
    """Our Response of aiohttp's *response*, its body read under the body rule."""
    status, headers = response.status, Headers(response.raw_headers)
    length = response.content_length
    encoding = response.headers.get("Content-Encoding")
    if length is not None and length <= (limits.success if 200 <= status <= 299 else limits.error):
        # A declared length within the cap is read in one go (aiohttp reads
        # exactly that much), then decoded under the same rule.
        body = await response.read()
        if encoding is None:  # nothing to decode: the common case
            return Response(status, headers, _version(response), body)
        return read(
            status, headers, _version(response), (body,), limits, math.inf, length, encoding
        )
    chunks = response.content.iter_any()
    return await aread(status, headers, _version(response), chunks, limits, length, encoding)


class AiohttpSender:
    """Requests over one lazily opened aiohttp session; raw bodies, decoded by our reader."""

    __slots__ = (
        "_default",
        "_headers",
        "_loop",
        "_proxy",
        "_secrets",
        "_session",
        "_timeout",
        "closed",
    )

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
        self._loop: asyncio.AbstractEventLoop | None = None  # the session's
        self.closed = False

    def _open(self) -> aiohttp.ClientSession:
        # Opened on first use: an aiohttp session belongs to the running event loop.
        self._loop = asyncio.get_running_loop()
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
            # The trust store Client (httpx2) uses, not aiohttp's system-only default.
            connector=connector(POOL_SIZE, ssl_context()),
            auto_decompress=False,
        )
        # aiohttp silently resends a GET once when the connection drops (even a
        # fresh one): retries are ours alone (max_retries, backoff, the log line).
        no_silent_retry(self._session)
        return self._session

    def _attempt(self) -> aiohttp.ClientSession:
        """The session for a new attempt, opened on first use; refused once closed."""
        if self.closed:
            raise ClientClosedError("this AsyncClient has been closed; create a new one")
        _new_attempt()
        return self._session or self._open()

    def _options(self, request: Request, timeouts: Timeouts) -> dict[str, Any]:
        """The keyword arguments of session.request beyond the session's own settings."""
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

    async def send(self, request: Request, timeouts: Timeouts, limits: BodyLimits) -> Response:
        """Send *request*; the attempt ends by ``timeouts.total`` whatever the server does."""
        session = self._attempt()
        try:
            # Awaited, not `async with`: one frame less on every resumption of a
            # request; released below as the context manager would.
            if (
                request.headers is self._headers
                and request.content is None
                and timeouts is self._default
            ):
                # A GET or DELETE with the session's own headers and timeout:
                # no options dict to build and unpack.
                response = await session.request(
                    request.method, request.url, allow_redirects=False, proxy=self._proxy
                )
            else:
                options = self._options(request, timeouts)
                response = await session.request(request.method, request.url, **options)
            try:
                return await _read(response, limits)
            finally:
                response.release()
                if request.content is not None:  # a body still being written: let it end
                    await response.wait_for_close()
        except (TimeoutError, aiohttp.ClientError) as exc:
            failure = self._failure(exc, request)
        raise failure  # outside the except block: nothing chained (see transport_error)

    async def get(self, url: str, path: str) -> Response | tuple[bytes, ClientResponse]:
        """The usual fetch: a GET of *url* with the client's own headers and timeout.

        As send, in fewer steps: a response that needs no more reading (a 2xx
        of a declared length within the cap, not encoded) comes back as its
        body and aiohttp's response, for ``response_of`` to make our Response
        of only if the caller needs one. *path* is for an error's words only.
        """
        session = self._attempt()
        try:
            response = await session.request("GET", url, allow_redirects=False, proxy=self._proxy)
            try:
                length = response.content_length
                if (
                    200 <= response.status <= 299
                    and length is not None
                    and length <= MAX_BODY_BYTES
                    and "Content-Encoding" not in response.headers
                ):
                    return await response.read(), response
                return await _read(response, SINGLE_LIMITS)
            finally:
                response.release()
        except (TimeoutError, aiohttp.ClientError) as exc:
            failure = self._failure(exc, Request("GET", url, path, self._headers, None))
        raise failure

    @staticmethod
    def response_of(body: bytes, response: ClientResponse) -> Response:
        """Our Response of an aiohttp response whose body ``get`` read."""
        return Response(response.status, Headers(response.raw_headers), _version(response), body)

    def _failure(self, exc: Exception, request: Request) -> APIConnectionError:
        """Our error for a transport failure: timed out or not, sent or not."""
        timed_out = isinstance(exc, asyncio.TimeoutError)
        sent = not (isinstance(exc, _UNSENT) or CONNECTING.get())
        return transport_error(exc, request, self._secrets, timed_out=timed_out, sent=sent)

    async def aclose(self) -> None:
        """Close the session, if one was opened; later requests raise ClientClosedError.

        Its connections belong to the event loop it was opened in: closed from
        another loop while that one is still open, it is refused
        (EventLoopError: close it there); once that loop is closed, its sockets
        are closed directly, so none stays open.
        """
        self.closed = True
        session = self._session
        if session is None:
            return
        owner = self._loop
        assert owner is not None  # set with the session
        if owner is not asyncio.get_running_loop():
            if not owner.is_closed():
                raise EventLoopError(
                    "this AsyncClient's connections belong to the event loop it first ran "
                    "in: close it there (await client.aclose() in that loop)"
                )
            close_sockets(session)
            return
        await session.close()
