"""One small interface over the three HTTP paths: sync httpx2, async httpx2, async aiohttp.

A sender takes a prepared request and gives back an ``Answer``: status, headers
(one case-insensitive ``Mapping[str, str]``, ``httpx2.Headers``, on every path),
HTTP version and the body read under one rule (``_body.BodyReader``: a cap on
decoded bytes). Every transport failure becomes the same ``APIConnectionError``
or ``APITimeoutError``, with ``sent`` telling whether the request may have
reached the server; a closed client is ``ClientClosedError`` on every path.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any

import httpx2

from ._body import BodyReader, UnsupportedEncoding
from ._config import Timeouts
from ._deadline import DEADLINE
from ._exceptions import APIConnectionError, APITimeoutError, ClientClosedError
from ._headers import Headers
from ._status import redact


class Answer:
    """What came back: ``body`` is None when it could not be read (``problem`` says why)."""

    __slots__ = ("body", "headers", "http_version", "problem", "status")

    def __init__(
        self,
        status: int,
        headers: Headers,
        http_version: str,
        body: bytes | None,
        problem: str | None = None,
    ) -> None:
        self.status = status
        self.headers = headers
        self.http_version = http_version
        self.body = body
        self.problem = problem


class Request:
    """Everything a sender needs for one request; built once per call, reused by retries."""

    __slots__ = ("content", "headers", "method", "path", "private", "url")

    def __init__(
        self,
        method: str,
        url: str,
        path: str,
        headers: Mapping[str, str],
        content: bytes | None,
        private: tuple[str, ...] = (),
    ) -> None:
        self.method = method
        self.url = url
        self.path = path  # for log lines: no host, no query
        self.headers = headers
        self.content = content
        # Text this request carries that no error may quote back (a message body).
        self.private = private


def _start(
    status: int, length: int | None, encoding: str | None, limits: tuple[int, int]
) -> BodyReader:
    """A reader for this answer; raises _Unreadable when a 2xx says it is too big.

    *length* and *encoding* come from the transport's own parsed headers: our
    Headers are only indexed when something reads them.
    """
    if 200 <= status <= 299:
        if length is not None and length > limits[0]:
            raise _Unreadable(f"the body is larger than {limits[0]} bytes")
        return BodyReader(encoding, limits[0])
    # An error body is only excerpted: a smaller cap, and never refused.
    return BodyReader(encoding, limits[1])


def content_length(value: str | None) -> int | None:
    """Content-Length as an int, or None when absent or not a plain number."""
    return int(value) if value is not None and value.isdigit() else None


def _finish(status: int, reader: BodyReader) -> bytes:
    if reader.full and 200 <= status <= 299:
        raise _Unreadable(f"the body is larger than {reader.limit} bytes")
    return reader.body()


class _Unreadable(Exception):
    """Internal: a body that cannot be read (too big, corrupt or of an unknown encoding)."""


def read(
    status: int,
    headers: Headers,
    version: str,
    chunks: Iterable[bytes],
    limits: tuple[int, int],
    deadline: float,
    length: int | None,
    encoding: str | None,
) -> Answer:
    """The Answer from a sync stream of raw chunks, read under the body rule and *deadline*."""
    try:
        reader = _start(status, length, encoding, limits)
        for chunk in chunks:
            reader.feed(chunk)
            if reader.full:
                break
            # An app's own client has no deadline backend: check between chunks too.
            if time.monotonic() > deadline:
                raise httpx2.ReadTimeout("the attempt's deadline passed")
        return Answer(status, headers, version, _finish(status, reader))
    except (_Unreadable, UnsupportedEncoding, ValueError) as exc:
        return Answer(status, headers, version, None, str(exc))


async def aread(
    status: int,
    headers: Headers,
    version: str,
    chunks: AsyncIterator[bytes],
    limits: tuple[int, int],
    length: int | None,
    encoding: str | None,
) -> Answer:
    """The async twin of read (the deadline is the caller's asyncio timeout)."""
    try:
        reader = _start(status, length, encoding, limits)
        async for chunk in chunks:
            reader.feed(chunk)
            if reader.full:
                break
        return Answer(status, headers, version, _finish(status, reader))
    except (_Unreadable, UnsupportedEncoding, ValueError) as exc:
        return Answer(status, headers, version, None, str(exc))


def transport_error(
    exc: BaseException, request: Request, secrets: tuple[str, ...], *, timed_out: bool, sent: bool
) -> APIConnectionError:
    """Our error for a transport failure: its type and redacted text, and nothing chained.

    The transports' exceptions keep the request they were sending, Authorization
    header included (httpx2's ``.request``, aiohttp's ``request_info``), and
    error reporters walk chained exceptions' attributes: so the senders raise
    this outside their ``except`` blocks, leaving no ``__cause__`` or
    ``__context__`` to reach them by.
    """
    cls = APITimeoutError if timed_out else APIConnectionError
    what = "Timed out" if timed_out else "Could not get an answer"
    # A malformed answer is quoted by the transport: it may echo the message sent.
    detail = redact(str(exc) or "no detail", secrets + request.private)
    error = cls(
        f"{what} from {request.method} {request.url}: {type(exc).__name__}: {detail}",
        method=request.method,
        url=request.url,
        sent=sent,
    )
    error.cause_name = type(exc).__name__
    return error


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

    def send(self, request: Request, timeouts: Timeouts, limits: tuple[int, int]) -> Answer:
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
                response = self._client._transport_for_url(built.url).handle_request(built)
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
        except httpx2.TransportError as exc:
            timed_out = isinstance(exc, httpx2.TimeoutException)
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

    async def send(self, request: Request, timeouts: Timeouts, limits: tuple[int, int]) -> Answer:
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
        transport = self._client._transport_for_url(built.url)
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
