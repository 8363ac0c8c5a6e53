"""The one core under every operation: SyncCore and AsyncCore.

Every operation of the spec follows one path. The generated resource classes
(``client.services.fetch(...)``) hand their ``Operation`` and arguments to
``call``/``items``/``pages`` here (``runtime.SyncRunner`` is that contract),
which check the arguments before any I/O (``_arguments``), send through the
sender chosen at construction (``_httpx``/``_aiohttp``), retry what the rule
for the method allows (``_retry``), and read the response: an APIStatusError
for a non-2xx (``_status``), else the spec's result type, every field checked
(the generated parse function), for the resource asked for.

``Client`` and ``AsyncClient`` hold one core each, so these methods are not
theirs: an app sees the resources, ``close`` and the context manager.
"""

from __future__ import annotations

import functools
import logging
import time
import urllib.parse
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from . import _retry
from ._arguments import Prepared, prepare
from ._body import ACCEPT_ENCODING, SINGLE_LIMITS, BodyLimits
from ._config import (
    DEFAULT_TIMEOUTS,
    Timeout,
    Timeouts,
    check_retries,
    has_every_limit,
    resolve_base_url,
    resolve_timeout,
    user_agent,
)
from ._credentials import resolve_credentials
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    EventLoopError,
    ResponseValidationError,
)
from ._pages import CycleCheck, page_limits, page_size_for, read_page
from ._parsing import InvalidBody
from ._response import APIResponse
from ._status import private_forms, redact, redact_headers, status_error
from ._transport import Request, Response

if TYPE_CHECKING:
    import asyncio

    import httpx2

    from ._aiohttp import AiohttpSender
    from ._httpx import AsyncHttpxSender, HttpxSender
    from ._operation import Operation

logger = logging.getLogger("twilio_proxy")
# Whether each attempt is logged (see _read); logging caches the answer.
_LOGGING_ATTEMPTS = functools.partial(logger.isEnabledFor, logging.DEBUG)

R = TypeVar("R")
T = TypeVar("T")
_FORM = "application/x-www-form-urlencoded"
# Statuses after which a request may have been carried out by Twilio.
_MAY_HAVE_RUN = frozenset({500, 502, 503, 504})


def _not_httpx(value: object, expected: str) -> ConfigurationError:
    hint = ""
    if type(value).__module__.split(".")[0] == "httpx":
        hint = (
            " (this client runs on httpx2, httpx's maintained continuation:"
            f" pass {expected}(...) from `import httpx2`)"
        )
    return ConfigurationError(
        f"http_client must be an {expected}, got a {type(value).__name__}{hint}"
    )


class _Reader:
    """What a response should hold, and the function that reads it from the decoded body."""

    __slots__ = ("gone_is_done", "parse", "what")

    def __init__(self, what: str, parse: Callable[[object], Any], gone_is_done: bool) -> None:
        self.what = what  # "a Session", "a page of Session": for an error's words
        self.parse = parse
        # A DELETE retried after an attempt that may have run: 404 means done.
        self.gone_is_done = gone_is_done


class Settings(TypedDict):
    """What Client and AsyncClient take, but ``http_client``: see Client."""

    account_sid: str | None
    auth_token: str | None
    api_key: str | None
    api_secret: str | None
    region: str | None
    edge: str | None
    base_url: str | None
    timeout: Timeout | None
    max_retries: int
    retry_timeout: float
    user_agent_extra: str | None


class _Core:
    """Everything but the I/O: settings, request building, response reading."""

    def __init__(self, settings: Settings, app_timeout: httpx2.Timeout | None) -> None:
        # Everything is checked before a connection pool exists, so a bad
        # argument leaks nothing.
        self._credentials = resolve_credentials(
            account_sid=settings["account_sid"],
            auth_token=settings["auth_token"],
            api_key=settings["api_key"],
            api_secret=settings["api_secret"],
        )
        self.base_url = resolve_base_url(
            region=settings["region"], edge=settings["edge"], base_url=settings["base_url"]
        )
        max_retries, retry_timeout = settings["max_retries"], settings["retry_timeout"]
        check_retries(max_retries, retry_timeout)
        self.max_retries = max_retries
        self.retry_timeout = float(retry_timeout)
        # With the app's own client and no timeout given, its timeout applies,
        # unless it leaves a phase unlimited: there is always a limit.
        timeout = settings["timeout"]
        if timeout is not None:
            self._timeouts = resolve_timeout(timeout)
        elif app_timeout is not None and has_every_limit(app_timeout):
            self._timeouts = resolve_timeout(app_timeout)
        else:
            self._timeouts = DEFAULT_TIMEOUTS
        # Built once; the Authorization value is sent as a header, never through
        # an auth flow, and never appears in a repr or a log line.
        self._headers = {
            "User-Agent": user_agent(settings["user_agent_extra"]),
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "Authorization": self._credentials.authorization,
        }
        self._form_headers = {**self._headers, "Content-Type": _FORM}
        import orjson  # a third of json's time per response; loaded by the first client

        self._loads = orjson.loads

    def describe(self) -> str:
        """The settings a client's repr shows (never a secret)."""
        return (
            f"base_url={self.base_url!r}, username={self._credentials.username!r}, "
            f"max_retries={self.max_retries}"
        )

    def _prepare(
        self, operation: Operation[Any], arguments: Mapping[str, object]
    ) -> tuple[Request, Prepared]:
        """The request for *operation*: every argument checked, before any I/O."""
        prepared = prepare(operation, arguments, secrets=self._credentials.secrets)
        url = self.base_url + prepared.path
        if prepared.query:
            url += "?" + urllib.parse.urlencode(prepared.query)
        if prepared.form is None:
            request = Request(operation.method, url, prepared.path, self._headers, None)
        else:
            content = urllib.parse.urlencode(prepared.form).encode("ascii")
            request = Request(operation.method, url, prepared.path, self._form_headers, content)
        if prepared.private:
            # A proxy or server echoing the form must not put it in an error.
            forms = (form for text in prepared.private for form in private_forms(text))
            request.private = tuple(dict.fromkeys(forms))
        return request, prepared

    def _timeouts_for(self, timeout: Timeout | None) -> Timeouts:
        return self._timeouts if timeout is None else resolve_timeout(timeout)

    def _retry_wait(
        self, exc: Exception, request: Request, attempt: int, started: float
    ) -> float | None:
        if not self.max_retries:
            return None
        return _retry.next_wait(
            exc,
            attempt=attempt,
            max_attempts=self.max_retries + 1,
            deadline=started + self.retry_timeout,
            # GET and DELETE may be repeated; a POST creates or changes
            # something, so it is only resent when it provably did not run.
            idempotent=request.method != "POST",
            what=f"{request.method} {request.path}",
        )

    def _path_request(self, path: str) -> Request:
        """The GET of *path*, a path built from checked SIDs (see fetch_path)."""
        return Request("GET", self.base_url + path, path, self._headers, None)

    def _reader(self, operation: Operation[R], identity: tuple[str, str] | None) -> _Reader:
        """The reader of a response holding one resource: the one *identity* names.

        *identity* is (field, value) the response must hold; None: a ``sid``, any.
        """
        parse = operation.parse
        if parse is None:  # a delete: any 2xx, with or without a body
            return _Reader(operation.what, _nothing, False)
        field, wanted = identity or ("sid", None)

        def read(payload: object) -> R:
            assert parse is not None
            parsed = parse(payload)
            got = getattr(parsed, field, None)
            if got is None:
                # A wrong route or base URL can answer 2xx with something else:
                # a page, or another service's {"ok": true}.
                raise InvalidBody(f"it has no {field}")
            # SIDs compare case-insensitively (their hex digits may come either way).
            if (
                wanted is not None
                and got != wanted
                and not (field == "sid" and got.lower() == wanted.lower())
            ):
                raise InvalidBody(f"it is for {field} {got!a}, not the {wanted!a} asked for")
            return parsed

        return _Reader(operation.what, read, False)

    def _read(
        self, request: Request, response: Response, began: float, attempt: int, reader: _Reader
    ) -> Any:
        status = response.status
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d)",
                request.method,
                request.path,
                status,
                (time.perf_counter() - began) * 1000,
                attempt,
            )
        if not 200 <= status <= 299:
            if status == 404 and reader.gone_is_done:
                return None  # see _after: deleted by an earlier attempt
            raise status_error(
                status_code=status,
                headers=response.headers,
                body=response.body or b"",
                method=request.method,
                url=request.url,
                secrets=self._credentials.secrets + request.private,
            )
        if reader.parse is _nothing:
            return None
        try:
            if response.body is None:
                raise InvalidBody(response.problem or "the body could not be read")
            try:
                payload = self._loads(response.body)
            except ValueError:  # orjson's errors, nesting too deep included
                raise InvalidBody(
                    "the body is not JSON" if response.body else "the body is empty"
                ) from None
            return reader.parse(payload)
        except InvalidBody as exc:
            problem = str(exc)
        # Raised outside the except block: a chained JSON error would hold the
        # whole body (its .doc), and our InvalidBody unredacted server text.
        raise self._invalid(reader.what, problem, request, response)

    def _invalid(
        self, what: str, problem: str, request: Request, response: Response
    ) -> ResponseValidationError:
        secrets = self._credentials.secrets + request.private
        request_id = response.headers.get("twilio-request-id")
        return ResponseValidationError(
            f"Twilio's answer is not {what}: {redact(problem, secrets)}",
            status_code=response.status,
            url=request.url,
            request_id=redact(request_id, secrets) if request_id else None,
        )

    def _list_request(
        self,
        operation: Operation[Any],
        arguments: Mapping[str, object],
        page_size: int | None,
        limit: int | None,
    ) -> tuple[Request, int]:
        """The first page's request and the page size asked for, arguments checked."""
        size = page_size_for(page_size, limit)
        request, _ = self._prepare(operation, arguments)
        separator = "&" if "?" in request.url else "?"
        request.url += f"{separator}PageSize={size}"
        return request, size

    def _page_reader(self, operation: Operation[Any], size: int) -> _Reader:
        key = operation.items or ""

        def read(payload: object) -> tuple[list[object], object]:
            return read_page(payload, key, size)

        return _Reader(operation.what, read, False)

    def _parse_page(
        self,
        operation: Operation[R],
        raw: list[object],
        request: Request,
        response: Response,
    ) -> list[R]:
        """The items of a page, every field checked; a bad one is named by its index.

        Parsed when the page is reached, all of them but those past ``limit``
        (cut off by the caller); a page holds no more than the page size asked
        for, so the work is bounded.
        """
        parse = operation.parse
        assert parse is not None
        items: list[R] = []
        try:
            # extend keeps what was parsed before a refusal: its length is the index.
            items.extend(map(parse, raw))
        except InvalidBody as exc:
            problem = f"item {len(items)}: {exc}"
        else:
            return items
        # Raised outside the except block (see _read).
        raise self._invalid(operation.what, problem, request, response)

    def _next(
        self,
        reader: _Reader,
        first: Request,
        page: Request,
        next_url: object,
        response: Response,
        cycle: CycleCheck,
    ) -> Request | None:
        """The request for the page after *page*, or None after the last one.

        Checked only when it is about to be followed, so a ``limit`` reached on
        this page never fails on a next_page_url it does not need.
        """
        try:
            following = cycle.next(next_url, base_url=self.base_url, path=first.path)
        except InvalidBody as exc:
            problem = str(exc)
        else:
            if following is None:
                return None
            return Request("GET", self.base_url + following, first.path, first.headers, None)
        raise self._invalid(reader.what, problem, page, response)


def _flat(pages: Generator[tuple[Response, list[R]], None, None]) -> Generator[R]:
    """Every item of every page (``yield from``: each item handed on in C)."""
    for _, items in pages:
        yield from items


def _nothing(payload: object) -> None:
    """What a delete reads: nothing."""


def _api_response(parsed: T, response: Response, secrets: tuple[str, ...]) -> APIResponse[T]:
    # Scanned only when the headers leave the library (not on every call): a
    # server echoing the credential back must not put it in the app's hands.
    headers = redact_headers(response.headers, secrets)
    return APIResponse(
        parsed=parsed,
        status_code=response.status,
        headers=headers,
        request_id=headers.get("twilio-request-id"),
        http_version=response.http_version,
    )


def _after(reader: _Reader, exc: Exception) -> _Reader:
    """The reader for the next attempt: a DELETE that may have run accepts a 404."""
    if reader.parse is not _nothing or reader.gone_is_done:
        return reader
    ran = (isinstance(exc, APIConnectionError) and exc.sent) or (
        isinstance(exc, APIStatusError) and exc.status_code in _MAY_HAVE_RUN
    )
    return _Reader(reader.what, reader.parse, True) if ran else reader


class SyncCore(_Core):
    """The synchronous core: construction, one send loop, paging. See Client."""

    def __init__(self, settings: Settings, http_client: httpx2.Client | None) -> None:
        import httpx2  # the sync client's HTTP stack, loaded with the first one

        from ._httpx import HttpxSender, owned_client

        if http_client is not None and not isinstance(http_client, httpx2.Client):
            raise _not_httpx(http_client, "httpx2.Client")
        super().__init__(settings, http_client.timeout if http_client is not None else None)
        owned = http_client is None
        if http_client is None:
            http_client = owned_client(self._timeouts)
        else:
            from ._deadline import install as install_deadline

            install_deadline(http_client)  # the whole-attempt deadline holds on the app's too
        self._sender: HttpxSender = HttpxSender(
            http_client, owned=owned, secrets=self._credentials.secrets, headers=self._headers
        )

    def call(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> R:
        """Run one operation that answers one resource (or nothing: a delete)."""
        request, prepared = self._prepare(operation, arguments)
        reader = self._reader(operation, prepared.identity)
        parsed: R = self._send(request, self._timeouts_for(timeout), SINGLE_LIMITS, reader)[0]
        return parsed

    def fetch_path(self, operation: Operation[R], path: str, sid: str) -> R:
        """The usual fetch: *path* built by the generated code from SIDs it checked."""
        reader = self._reader(operation, ("sid", sid))
        parsed: R = self._send(self._path_request(path), self._timeouts, SINGLE_LIMITS, reader)[0]
        return parsed

    def call_with_response(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> APIResponse[R]:
        """As call, with the status, headers and request id."""
        request, prepared = self._prepare(operation, arguments)
        reader = self._reader(operation, prepared.identity)
        parsed, response = self._send(request, self._timeouts_for(timeout), SINGLE_LIMITS, reader)
        return _api_response(parsed, response, self._credentials.secrets)

    def items(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> Generator[R, None, None]:
        """The items of a list, pages fetched lazily; arguments checked now, before any I/O."""
        request, size = self._list_request(operation, arguments, page_size, limit)
        return _flat(self._walk(operation, request, size, self._timeouts_for(timeout), limit))

    def pages(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> Generator[APIResponse[list[R]], None, None]:
        """Each page of a list with its HTTP response; arguments checked now, before any I/O."""
        request, size = self._list_request(operation, arguments, page_size, limit)
        pages = self._walk(operation, request, size, self._timeouts_for(timeout), limit)
        secrets = self._credentials.secrets
        return (_api_response(items, response, secrets) for response, items in pages)

    def _walk(
        self,
        operation: Operation[R],
        request: Request,
        size: int,
        timeouts: Timeouts,
        limit: int | None,
    ) -> Generator[tuple[Response, list[R]], None, None]:
        left = limit
        reader = self._page_reader(operation, size)
        limits = page_limits(size)
        cycle = CycleCheck(request.url, self.base_url)
        page: Request | None = request if left != 0 else None
        while page is not None:
            (raw, next_url), response = self._send(page, timeouts, limits, reader)
            taken = raw if left is None else raw[:left]
            yield response, self._parse_page(operation, taken, page, response)
            if left is not None:
                left -= len(taken)
            # An empty page ends the list, whatever its next_page_url says: a
            # server handing out empty pages forever must not hold the caller.
            done = left == 0 or not raw
            page = None if done else self._next(reader, request, page, next_url, response, cycle)

    def _send(
        self, request: Request, timeouts: Timeouts, limits: BodyLimits, reader: _Reader
    ) -> tuple[Any, Response]:
        """(what *reader* read, the response): attempts until one succeeds or no retry is left."""
        started = time.monotonic()
        attempt = 1
        while True:
            began = time.perf_counter()
            try:
                response = self._sender.send(request, timeouts, limits)
                return self._read(request, response, began, attempt, reader), response
            except (APIStatusError, APIConnectionError) as exc:
                wait = self._retry_wait(exc, request, attempt, started)
                if wait is None:
                    raise
                reader = _after(reader, exc)
            _retry.sleep(wait)
            attempt += 1

    def close(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        self._sender.close()


class AsyncCore(_Core):
    """The asyncio core: construction, one send loop, paging. See AsyncClient."""

    def __init__(self, settings: Settings, http_client: httpx2.AsyncClient | None) -> None:
        if http_client is not None:
            import httpx2  # already loaded: the app made an httpx2 client

            if not isinstance(http_client, httpx2.AsyncClient):
                raise _not_httpx(http_client, "httpx2.AsyncClient")
        super().__init__(settings, http_client.timeout if http_client is not None else None)
        import asyncio  # the loop this client runs in has loaded it already

        self._running_loop = asyncio.get_running_loop
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sender: AsyncHttpxSender | AiohttpSender
        # The same sender, when it is aiohttp's: the usual fetch's shorter way (fetch_path).
        self._aiohttp: AiohttpSender | None
        if http_client is not None:
            from ._httpx import AsyncHttpxSender

            self._sender = AsyncHttpxSender(http_client, secrets=self._credentials.secrets)
            self._aiohttp = None
        else:
            from ._aiohttp import AiohttpSender  # aiohttp loads only for AsyncClient

            self._sender = self._aiohttp = AiohttpSender(
                base_url=self.base_url,
                timeouts=self._timeouts,
                secrets=self._credentials.secrets,
                headers=self._headers,
            )

    def call(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> Coroutine[object, None, R]:
        """Run one operation that answers one resource (or nothing: a delete).

        Not a coroutine function: the arguments are checked when it is called,
        before any I/O, and the coroutine returned does the rest.
        """
        request, prepared = self._prepare(operation, arguments)
        reader = self._reader(operation, prepared.identity)
        return self._result(request, self._timeouts_for(timeout), SINGLE_LIMITS, reader)

    async def fetch_path(self, operation: Operation[R], path: str, sid: str) -> R:
        """The usual fetch: *path* built by the generated code from SIDs it checked.

        In fewer steps than call: a 2xx holding the resource asked for is read
        here. Any other response or failure goes to _send as its first attempt,
        which reads it as it reads every response (errors, retries, the log line).
        """
        aiohttp = self._aiohttp
        if aiohttp is None or _LOGGING_ATTEMPTS():
            # The app's httpx2 client, or every attempt logged: the general way.
            reader = self._reader(operation, ("sid", sid))
            request = self._path_request(path)
            parsed: R = await self._result(request, self._timeouts, SINGLE_LIMITS, reader)
            return parsed
        if self._loop is not self._running_loop():
            self._check_loop()
        started = time.monotonic()
        first: Response | APIConnectionError
        try:
            got = await aiohttp.get(self.base_url + path, path)
        except APIConnectionError as exc:
            first = exc
        else:
            if isinstance(got, Response):
                first = got
            else:
                body, native = got
                try:
                    parsed = operation.parse(self._loads(body))  # type: ignore[misc]  # a fetch has one
                except (ValueError, InvalidBody):
                    pass  # refused by _read, in its words
                else:
                    if getattr(parsed, "sid", None) == sid:
                        return parsed
                first = aiohttp.response_of(body, native)
        reader = self._reader(operation, ("sid", sid))
        request = self._path_request(path)
        result: R = await self._result(
            request, self._timeouts, SINGLE_LIMITS, reader, first_attempt=(started, first)
        )
        return result

    def call_with_response(
        self, operation: Operation[R], arguments: Mapping[str, object], timeout: Timeout | None
    ) -> Coroutine[object, None, APIResponse[R]]:
        """As call, with the status, headers and request id (arguments checked now, too)."""
        request, prepared = self._prepare(operation, arguments)
        reader = self._reader(operation, prepared.identity)
        return self._with_response(
            self._send(request, self._timeouts_for(timeout), SINGLE_LIMITS, reader)
        )

    async def _with_response(
        self, sending: Coroutine[object, None, tuple[Any, Response]]
    ) -> APIResponse[Any]:
        parsed, response = await sending
        return _api_response(parsed, response, self._credentials.secrets)

    def items(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> AsyncGenerator[R, None]:
        """``async for`` over a list; not a coroutine: arguments are checked when called."""
        request, size = self._list_request(operation, arguments, page_size, limit)
        return self._items(operation, request, size, self._timeouts_for(timeout), limit)

    def pages(
        self,
        operation: Operation[R],
        arguments: Mapping[str, object],
        timeout: Timeout | None,
        *,
        page_size: int | None,
        limit: int | None,
    ) -> AsyncGenerator[APIResponse[list[R]], None]:
        """``async for`` over each page with its HTTP response; arguments checked when called."""
        request, size = self._list_request(operation, arguments, page_size, limit)
        return self._pages(operation, request, size, self._timeouts_for(timeout), limit)

    async def _items(
        self,
        operation: Operation[R],
        request: Request,
        size: int,
        timeouts: Timeouts,
        limit: int | None,
    ) -> AsyncGenerator[R, None]:
        async for _, items in self._walk(operation, request, size, timeouts, limit):
            for item in items:
                yield item

    async def _pages(
        self,
        operation: Operation[R],
        request: Request,
        size: int,
        timeouts: Timeouts,
        limit: int | None,
    ) -> AsyncGenerator[APIResponse[list[R]], None]:
        async for response, items in self._walk(operation, request, size, timeouts, limit):
            yield _api_response(items, response, self._credentials.secrets)

    async def _walk(
        self,
        operation: Operation[R],
        request: Request,
        size: int,
        timeouts: Timeouts,
        limit: int | None,
    ) -> AsyncGenerator[tuple[Response, list[R]], None]:
        left = limit
        reader = self._page_reader(operation, size)
        limits = page_limits(size)
        cycle = CycleCheck(request.url, self.base_url)
        page: Request | None = request if left != 0 else None
        while page is not None:
            (raw, next_url), response = await self._send(page, timeouts, limits, reader)
            taken = raw if left is None else raw[:left]
            yield response, self._parse_page(operation, taken, page, response)
            if left is not None:
                left -= len(taken)
            done = left == 0 or not raw  # see SyncCore._walk
            page = None if done else self._next(reader, request, page, next_url, response, cycle)

    def _check_loop(self) -> None:
        loop = self._running_loop()
        if self._loop is not loop:
            if self._loop is not None:
                raise EventLoopError(
                    "this AsyncClient was first used in another event loop, and its "
                    "connections belong to that loop: create one AsyncClient per event loop"
                )
            self._loop = loop

    async def _send(
        self,
        request: Request,
        timeouts: Timeouts,
        limits: BodyLimits,
        reader: _Reader,
        *,
        first_attempt: tuple[float, Response | APIConnectionError] | None = None,
    ) -> tuple[Any, Response]:
        """(what *reader* read, the response): attempts until one succeeds or no retry is left.

        *first_attempt*, from fetch_path: when the first attempt started, and how it ended.
        """
        if self._loop is not self._running_loop():
            self._check_loop()
        started = time.monotonic() if first_attempt is None else first_attempt[0]
        attempt = 1
        while True:
            began = time.perf_counter()
            try:
                if first_attempt is None:
                    response = await self._sender.send(request, timeouts, limits)
                else:
                    ended, first_attempt = first_attempt[1], None
                    if isinstance(ended, APIConnectionError):
                        raise ended
                    response = ended
                return self._read(request, response, began, attempt, reader), response
            except (APIStatusError, APIConnectionError) as exc:
                wait = self._retry_wait(exc, request, attempt, started)
                if wait is None:
                    raise
                reader = _after(reader, exc)
            await _retry.asleep(wait)
            attempt += 1

    async def _result(
        self,
        request: Request,
        timeouts: Timeouts,
        limits: BodyLimits,
        reader: _Reader,
        *,
        first_attempt: tuple[float, Response | APIConnectionError] | None = None,
    ) -> Any:
        """What *reader* read, alone (see _send)."""
        return (await self._send(request, timeouts, limits, reader, first_attempt=first_attempt))[0]

    async def aclose(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        await self._sender.aclose()
