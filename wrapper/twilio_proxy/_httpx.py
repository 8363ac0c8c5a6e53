"""The httpx2 senders: Client's own pool, or an app's httpx2.Client / httpx2.AsyncClient.

Imported only when a Client is built, or an AsyncClient is given an
httpx2.AsyncClient: ``import twilio_proxy`` does not load httpx2.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import time
from collections.abc import Iterable, Mapping
from typing import Any

import httpx2

from ._body import BodyLimits
from ._config import Timeouts
from ._deadline import DEADLINE
from ._deadline import install as install_deadline
from ._exceptions import ClientClosedError
from ._headers import Headers
from ._internals import transport_for_url
from ._tls import ssl_context
from ._transport import Request, Response, aread, content_length, read, transport_error


def owned_client(timeouts: Timeouts) -> httpx2.Client:
    """Client's own pool: httpx2's defaults, the process's trust store (_tls), no redirects."""
    client = httpx2.Client(verify=ssl_context(), timeout=_timeout(timeouts), follow_redirects=False)
    install_deadline(client)
    return client


def _timeout(timeouts: Timeouts) -> httpx2.Timeout:
    return httpx2.Timeout(
        connect=timeouts.connect, read=timeouts.read, write=timeouts.write, pool=timeouts.pool
    )


def _raw(response: httpx2.Response) -> tuple[Iterable[bytes], str | None]:
    """The raw chunks and their encoding.

    A body an app's transport or event hook already read (httpx2 decoded it
    then) is taken as it is.
    """
    if response.is_stream_consumed:
        return (response.content,), None
    return response.iter_raw(), response.headers.get("content-encoding")


# httpx2 failures that happen before a byte of the request was written.
_UNSENT = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
    httpx2.UnsupportedProtocol,
)


class HttpxSender:
    """Sync requests over an ``httpx2.Client`` (ours, or the app's).

    Of an app's client only the connections are used: its transport (or the
    one mounted for the URL, a proxy), so its TLS settings and limits. Its auth,
    params, cookies, default headers and event hooks are not: they would send
    Twilio other credentials, or raise httpx2's own errors, which hold our
    Authorization header, in place of ours and without a retry.
    """

    __slots__ = ("_client", "_defaults", "_owned", "_prepared", "_secrets", "closed")

    def __init__(
        self,
        client: httpx2.Client,
        *,
        owned: bool,
        secrets: tuple[str, ...],
        headers: Mapping[str, str],
    ) -> None:
        self._client = client
        self._owned = owned
        self._secrets = secrets
        # Our own client has no defaults of its own to merge: its requests are
        # built directly, from headers converted once (merging costs ~20 us).
        self._defaults = headers
        self._prepared = httpx2.Headers(headers)
        self.closed = False

    def _build(self, request: Request, timeouts: Timeouts) -> httpx2.Request:
        # Not build_request: it would merge in an app client's params, cookies and headers.
        headers = self._prepared if request.headers is self._defaults else request.headers
        return httpx2.Request(
            request.method,
            request.url,
            headers=headers,
            content=request.content,
            extensions={"timeout": timeouts.extension},
        )

    def send(self, request: Request, timeouts: Timeouts, limits: BodyLimits) -> Response:
        """Send *request*; the attempt ends by ``timeouts.total`` whatever the server does."""
        if self.closed:
            raise ClientClosedError("this Client has been closed; create a new one")
        if self._client.is_closed:
            raise ClientClosedError("the http_client given to this Client was closed")
        deadline = time.monotonic() + timeouts.total
        token = DEADLINE.set(deadline)
        try:
            built = self._build(request, timeouts)
            if self._owned:
                response = self._client.send(built, follow_redirects=False, stream=True)
            else:
                response = transport_for_url(self._client, built.url).handle_request(built)
            try:
                native = response.headers
                chunks, encoding = _raw(response)
                return read(
                    response.status_code,
                    Headers(native.raw),
                    response.http_version,
                    chunks,
                    limits,
                    deadline,
                    content_length(native.get("content-length")),
                    encoding,
                )
            finally:
                response.close()
        except (httpx2.TransportError, TimeoutError) as exc:  # TimeoutError: see read()
            timed_out = isinstance(exc, httpx2.TimeoutException | TimeoutError)
            sent = not isinstance(exc, _UNSENT)
            failure = transport_error(exc, request, self._secrets, timed_out=timed_out, sent=sent)
        finally:
            DEADLINE.reset(token)
        raise failure  # outside the except block: nothing chained (see transport_error)

    def close(self) -> None:
        """Close the pool if it is ours; requests after this raise ClientClosedError."""
        self.closed = True
        if self._owned:
            self._client.close()


# Set when httpcore starts writing an attempt's request (its "trace" extension,
# called in the task that sends): a deadline of ours that fires before then
# (while every pooled connection is busy) ends an attempt that was never sent.
_WRITING = contextvars.ContextVar("twilio_proxy_writing", default=False)


async def _trace(event: str, info: Mapping[str, Any]) -> None:
    if event.endswith("send_request_headers.started"):
        _WRITING.set(True)
        # Nothing later is needed: the later phases skip the callback (12 us less an attempt).
        info["request"].extensions.pop("trace", None)


class AsyncHttpxSender:
    """Async requests over the app's ``httpx2.AsyncClient``."""

    __slots__ = ("_client", "_secrets", "closed")

    def __init__(self, client: httpx2.AsyncClient, *, secrets: tuple[str, ...]) -> None:
        self._client = client
        self._secrets = secrets
        self.closed = False

    async def send(self, request: Request, timeouts: Timeouts, limits: BodyLimits) -> Response:
        """Send *request*; the attempt ends by ``timeouts.total`` whatever the server does."""
        if self.closed:
            raise ClientClosedError("this AsyncClient has been closed; create a new one")
        if self._client.is_closed:
            raise ClientClosedError("the http_client given to this AsyncClient was closed")
        built = httpx2.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.content,
            extensions={"timeout": timeouts.extension},
        )
        # Straight to the transport, as HttpxSender does with the app's client.
        transport = transport_for_url(self._client, built.url)
        # Only httpx2's own transport is known to report writing (through httpcore).
        traced = type(transport) is httpx2.AsyncHTTPTransport
        if traced:
            built.extensions["trace"] = _trace
            _WRITING.set(False)
        try:
            async with asyncio.timeout(timeouts.total):
                response = await transport.handle_async_request(built)
                try:
                    native = response.headers
                    length = content_length(native.get("content-length"))
                    if response.is_stream_consumed:
                        chunks, encoding = _raw(response)
                        return read(
                            response.status_code,
                            Headers(native.raw),
                            response.http_version,
                            chunks,
                            limits,
                            math.inf,
                            length,
                            encoding,
                        )
                    return await aread(
                        response.status_code,
                        Headers(native.raw),
                        response.http_version,
                        response.aiter_raw(),
                        limits,
                        length,
                        native.get("content-encoding"),
                    )
                finally:
                    await response.aclose()
        except (httpx2.TransportError, TimeoutError) as exc:
            timed_out = isinstance(exc, httpx2.TimeoutException | TimeoutError)
            if traced and not isinstance(exc, httpx2.TransportError):
                sent = _WRITING.get()  # our deadline fired: had the request started out?
            else:
                sent = not isinstance(exc, _UNSENT)
            failure = transport_error(exc, request, self._secrets, timed_out=timed_out, sent=sent)
        raise failure  # outside the except block: nothing chained (see transport_error)

    async def aclose(self) -> None:
        """The app's client stays open (it is the app's); requests after this are refused."""
        self.closed = True
