"""What the three HTTP paths share: the request, the response, its body rule, transport errors.

The senders (``_httpx``: sync httpx2 and the app's async httpx2 client;
``_aiohttp``: AsyncClient's default) are loaded only by the clients that use
them, so importing twilio_proxy loads neither HTTP stack. A sender takes a
prepared request and gives back a ``Response``: status, headers (one
case-insensitive ``Mapping[str, str]`` on every path), HTTP version and the
body read under one rule (``_body.BodyReader``: a cap on decoded bytes). Every
transport failure becomes the same ``APIConnectionError`` or
``APITimeoutError``, with ``sent`` telling whether the request may have reached
the server; a closed client is ``ClientClosedError`` on every path.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable, Mapping

from ._body import BodyLimits, BodyReader, UnsupportedEncoding
from ._exceptions import APIConnectionError, APITimeoutError
from ._headers import Headers
from ._status import redact


class Response:
    """What came back, on any transport; ``body`` is None when unreadable (``problem`` says why)."""

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


def _start(status: int, length: int | None, encoding: str | None, limits: BodyLimits) -> BodyReader:
    """A reader for this response's body; raises _Unreadable when a 2xx says it is too big.

    *length* and *encoding* come from the transport's own parsed headers: our
    Headers are only indexed when something reads them.
    """
    if 200 <= status <= 299:
        if length is not None and length > limits.success:
            raise _Unreadable(f"the body is larger than {limits.success} bytes")
        return BodyReader(encoding, limits.success)
    # An error body is only excerpted: a smaller cap, and never refused.
    return BodyReader(encoding, limits.error)


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
    limits: BodyLimits,
    deadline: float,
    length: int | None,
    encoding: str | None,
) -> Response:
    """The Response from a sync stream of raw chunks, read under the body rule and *deadline*."""
    try:
        reader = _start(status, length, encoding, limits)
        for chunk in chunks:
            reader.feed(chunk)
            if reader.full:
                break
            # An app's own client has no deadline backend: check between chunks too.
            if time.monotonic() > deadline:
                raise TimeoutError("the attempt's deadline passed")
        return Response(status, headers, version, _finish(status, reader))
    except (_Unreadable, UnsupportedEncoding, ValueError) as exc:
        return Response(status, headers, version, None, str(exc))


async def aread(
    status: int,
    headers: Headers,
    version: str,
    chunks: AsyncIterator[bytes],
    limits: BodyLimits,
    length: int | None,
    encoding: str | None,
) -> Response:
    """The async twin of read (the deadline is the caller's asyncio timeout)."""
    try:
        reader = _start(status, length, encoding, limits)
        async for chunk in chunks:
            reader.feed(chunk)
            if reader.full:
                break
        return Response(status, headers, version, _finish(status, reader))
    except (_Unreadable, UnsupportedEncoding, ValueError) as exc:
        return Response(status, headers, version, None, str(exc))


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
