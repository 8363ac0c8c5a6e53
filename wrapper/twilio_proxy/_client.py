"""Client and AsyncClient: the same behaviour sync and async, over one sender each.

Every operation follows one path: check the arguments (before any I/O), let
the generated endpoint module build method, path, query and body
(``Operation.build``), send through the sender chosen at construction
(``_transport``/``_aiohttp``), retry what the rule allows (``_retry``), and read
the answer: an APIStatusError for a non-2xx (``_status``), else the spec's
result type, every field checked (``_parsing``).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx2
import orjson

from twilio_proxy_api.typed import (
    CREATE_MESSAGE_INTERACTION,
    FETCH_MESSAGE_INTERACTION,
    LIST_MESSAGE_INTERACTION,
    MessageInteraction,
    Operation,
)

from . import _retry
from ._body import ACCEPT_ENCODING, MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES, MAX_PAGE_BYTES
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_TIMEOUT,
    DEFAULT_TIMEOUTS,
    Timeouts,
    check_retries,
    has_every_limit,
    resolve_base_url,
    resolve_timeout,
    user_agent,
)
from ._credentials import resolve_credentials
from ._deadline import install as install_deadline
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    EventLoopError,
    ResponseValidationError,
)
from ._form import check_form
from ._paging import (
    MAX_PAGE_SIZE,
    check_limit,
    check_page_size,
    next_path,
    parse_items,
    read_page,
)
from ._parsing import InvalidBody, parser_for
from ._response import APIResponse
from ._sids import check_sid
from ._status import redact, redact_headers, status_error
from ._transport import Answer, AsyncHttpxSender, HttpxSender, Request

if TYPE_CHECKING:
    from ._aiohttp import AiohttpSender

logger = logging.getLogger("twilio_proxy")

R = TypeVar("R")
T = TypeVar("T")
Timeout = float | httpx2.Timeout
_SINGLE = (MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES)
# Shorter message bodies are not scrubbed from server text: "ok" would be
# cut out of every word that holds it, and quoting it reveals little.
_PRIVATE_MIN = 8
_PAGE = (MAX_PAGE_BYTES, MAX_ERROR_BODY_BYTES)


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


class _BaseClient:
    """Everything but the I/O: settings, request building, answer reading."""

    def __init__(
        self,
        account_sid: str | None,
        auth_token: str | None,
        *,
        api_key: str | None,
        api_secret: str | None,
        region: str | None,
        edge: str | None,
        base_url: str | None,
        timeout: Timeout | None,
        max_retries: int,
        retry_timeout: float,
        user_agent_extra: str | None,
        app_timeout: httpx2.Timeout | None,
    ) -> None:
        # Everything is checked before a connection pool exists, so a bad
        # argument leaks nothing.
        self._credentials = resolve_credentials(
            account_sid=account_sid, auth_token=auth_token, api_key=api_key, api_secret=api_secret
        )
        self.base_url = resolve_base_url(region=region, edge=edge, base_url=base_url)
        check_retries(max_retries, retry_timeout)
        self.max_retries = max_retries
        self.retry_timeout = float(retry_timeout)
        # With the app's own client and no timeout given, its timeout applies,
        # unless it leaves a phase unlimited: there is always a limit.
        if timeout is not None:
            self._timeouts = resolve_timeout(timeout)
        elif app_timeout is not None and has_every_limit(app_timeout):
            self._timeouts = resolve_timeout(app_timeout)
        else:
            self._timeouts = DEFAULT_TIMEOUTS
        # Built once; the Authorization value is sent as a header, never through
        # an auth flow, and never appears in a repr or a log line.
        self._headers = {
            "User-Agent": user_agent(user_agent_extra),
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            "Authorization": self._credentials.authorization,
        }

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"username={self._credentials.username!r}, max_retries={self.max_retries})"
        )

    def _request(self, operation: Operation[Any], **arguments: Any) -> Request:
        """The request for *operation*, from the generated endpoint's own builder.

        Path arguments are checked SIDs (ASCII letters and digits), so the path
        cannot gain a segment, a dot-segment or a query whatever the caller passed.
        """
        built = operation.build(**arguments)
        path: str = built["url"]
        url = self.base_url + path
        params = built.get("params")
        if params:
            url += "?" + urllib.parse.urlencode(params, doseq=True)
        headers: Mapping[str, str] = self._headers
        content = None
        data = built.get("data")
        if data is not None:
            content = urllib.parse.urlencode(data, doseq=True).encode()
            headers = {**self._headers, **built.get("headers", {})}
        return Request(operation.method, url, path, headers, content)

    def _get(self, operation: Operation[Any], **sids: str) -> Request:
        """A request with path arguments only: the generated path template, filled in.

        Same result as _request (checked SIDs need no escaping), without
        running the generated builder's four quote() calls on every fetch.
        """
        path = _template(operation).format(**sids)
        return Request(operation.method, self.base_url + path, path, self._headers, None)

    def _fetch_request(
        self, service_sid: str, session_sid: str, participant_sid: str, sid: str
    ) -> Request:
        return self._get(
            FETCH_MESSAGE_INTERACTION,
            sid=check_sid(sid, argument="sid", prefix="KI"),
            **_sids(service_sid, session_sid, participant_sid),
        )

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
            idempotent=request.method == "GET",
            what=f"{request.method} {request.path}",
        )

    def _read(
        self,
        request: Request,
        answer: Answer,
        began: float,
        attempt: int,
        what: str,
        read: Callable[[object], T],
    ) -> T:
        status = answer.status
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
            raise status_error(
                status_code=status,
                headers=answer.headers,
                body=answer.body or b"",
                method=request.method,
                url=request.url,
                secrets=self._credentials.secrets + request.private,
            )
        # A server echoing the credential back must not put it in a result or an error.
        answer.headers = redact_headers(answer.headers, self._credentials.secrets)
        try:
            if answer.body is None:
                raise InvalidBody(answer.problem or "the body could not be read")
            try:
                payload = orjson.loads(answer.body)
            except ValueError:  # orjson's errors, nesting too deep included
                raise InvalidBody(
                    "the body is not JSON" if answer.body else "the body is empty"
                ) from None
            return read(payload)
        except InvalidBody as exc:
            problem = str(exc)
        # Raised outside the except block: a chained JSON error would hold the
        # whole body (its .doc), and our InvalidBody unredacted server text.
        raise ResponseValidationError(
            f"Twilio's answer is not {what}: "
            f"{redact(problem, self._credentials.secrets + request.private)}",
            status_code=status,
            url=request.url,
            request_id=_request_id(answer),
        )

    @staticmethod
    def _one(operation: Operation[R], sid: str | None = None) -> Callable[[object], R]:
        """The reader of an answer holding one resource (for *sid*, when given)."""
        parse = parser_for(operation.model, operation.fields)
        if sid is None:
            return parse

        def read(payload: object) -> R:
            parsed = parse(payload)
            got = getattr(parsed, "sid", None)
            # A wrong route or base URL can answer 200 with another resource.
            if isinstance(got, str) and got != sid and got.lower() != sid.lower():
                raise InvalidBody(f"it is for sid {got!a}, not the {sid!a} asked for")
            return parsed

        return read

    def _page(
        self, operation: Operation[R], path: str
    ) -> Callable[[object], tuple[list[R], object]]:
        """The reader of one page of a list: its items and its raw ``next_page_url``."""
        assert operation.items is not None

        def read(payload: object) -> tuple[list[R], object]:
            items, next_url = read_page(payload, operation.items or "")
            return parse_items(operation.model, operation.fields, items), next_url

        return read

    def _list_request(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None,
        limit: int | None,
    ) -> Request:
        page_size = check_page_size(page_size)
        limit = check_limit(limit)
        if page_size is None and limit is not None and limit > 0:
            page_size = min(limit, MAX_PAGE_SIZE)  # no bigger pages than what is wanted
        arguments: dict[str, Any] = _sids(service_sid, session_sid, participant_sid)
        if page_size is not None:
            arguments["page_size"] = page_size
        return self._request(LIST_MESSAGE_INTERACTION, **arguments)

    def _create_request(
        self,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: object,
        media_url: object,
    ) -> Request:
        arguments: dict[str, Any] = _sids(service_sid, session_sid, participant_sid)
        form = check_form(body, media_url)
        factory = CREATE_MESSAGE_INTERACTION.body
        assert factory is not None
        request = self._request(CREATE_MESSAGE_INTERACTION, body=factory(**form), **arguments)
        text = form.get("body")
        if isinstance(text, str) and len(text) >= _PRIVATE_MIN:
            # A proxy or server echoing the form must not put the message in an error.
            forms = (text, urllib.parse.quote_plus(text), urllib.parse.quote(text, safe=""))
            request.private = tuple(dict.fromkeys(forms))
        return request

    def _next(
        self, first: Request, page: Request, next_url: object, answer: Answer, seen: set[str]
    ) -> Request | None:
        """The request for the page after *page*, or None after the last one.

        Checked only when it is about to be followed, so a ``limit`` reached on
        this page never fails on a next_page_url it does not need. *seen* holds
        the URLs already requested: a cycle is refused, not followed forever.
        """
        problem: str | None = None
        try:
            following = next_path(next_url, base_url=self.base_url, path=first.path)
            if following is not None and self.base_url + following in seen:
                # A server that keeps answering with pages already read would loop forever.
                raise InvalidBody("next_page_url points back to a page already read")
        except InvalidBody as exc:
            problem = str(exc)
        if problem is not None:
            raise ResponseValidationError(
                f"Twilio's answer is not {_PAGE_NAME}: {problem}",
                status_code=answer.status,
                url=page.url,
                request_id=_request_id(answer),
            )
        if following is None:
            return None
        seen.add(self.base_url + following)
        return Request("GET", self.base_url + following, first.path, first.headers, None)


_TEMPLATES: dict[int, tuple[Operation[Any], str]] = {}


def _template(operation: Operation[Any]) -> str:
    """The operation's path with ``{name}`` for each path argument, from its generated builder.

    Cached by identity: hashing an Operation (it holds its whole parse table)
    on every fetch would cost more than building the path.
    """
    cached = _TEMPLATES.get(id(operation))
    if cached is not None:
        return cached[1]
    names = [
        name
        for name, parameter in inspect.signature(operation.build).parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    markers = {name: f"TWILIOPROXYARGUMENT{i}X" for i, name in enumerate(names)}
    path: str = operation.build(**markers)["url"]
    for name, marker in markers.items():
        path = path.replace(marker, "{" + name + "}")
    _TEMPLATES[id(operation)] = (operation, path)
    return path


def _request_id(answer: Answer) -> str | None:
    return answer.headers.get("twilio-request-id")


def _response(parsed: T, answer: Answer) -> APIResponse[T]:
    return APIResponse(
        parsed=parsed,
        status_code=answer.status,
        headers=answer.headers,
        request_id=_request_id(answer),
        http_version=answer.http_version,
    )


def _sids(service_sid: str, session_sid: str, participant_sid: str) -> dict[str, Any]:
    return {
        "service_sid": check_sid(service_sid, argument="service_sid", prefix="KS"),
        "session_sid": check_sid(session_sid, argument="session_sid", prefix="KC"),
        "participant_sid": check_sid(participant_sid, argument="participant_sid", prefix="KP"),
    }


_NAME = f"a {MessageInteraction.__name__}"
_PAGE_NAME = f"a page of {MessageInteraction.__name__}s"


class Client(_BaseClient):
    """A synchronous client for Twilio Proxy Message Interactions.

    Credentials come from the arguments, else from ``TWILIO_ACCOUNT_SID`` +
    ``TWILIO_AUTH_TOKEN`` or ``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``. The host
    is ``https://proxy.twilio.com`` unless ``region``/``edge`` or ``base_url``
    (or ``TWILIO_REGION``/``TWILIO_EDGE``/``TWILIO_PROXY_BASE_URL``) say
    otherwise. ``timeout`` is seconds or an ``httpx2.Timeout`` (default:
    connect 5 s, the rest 30 s, each attempt 30 s at most). Failed requests are
    retried ``max_retries`` times within ``retry_timeout`` seconds. Pass
    ``http_client`` to use your own ``httpx2.Client``; it is then yours to
    close. Safe to share between threads. Use as a context manager, or call
    ``close()``.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_timeout: float = DEFAULT_RETRY_TIMEOUT,
        user_agent_extra: str | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx2.Client):
            raise _not_httpx(http_client, "httpx2.Client")
        super().__init__(
            account_sid,
            auth_token,
            api_key=api_key,
            api_secret=api_secret,
            region=region,
            edge=edge,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_timeout=retry_timeout,
            user_agent_extra=user_agent_extra,
            app_timeout=http_client.timeout if http_client is not None else None,
        )
        if http_client is None:
            http_client = httpx2.Client(timeout=self._timeouts.phases, follow_redirects=False)
            install_deadline(http_client)
            self._sender = HttpxSender(
                http_client, owned=True, secrets=self._credentials.secrets, headers=self._headers
            )
        else:
            install_deadline(http_client)  # the whole-attempt deadline holds on it too
            self._sender = HttpxSender(
                http_client, owned=False, secrets=self._credentials.secrets, headers=self._headers
            )

    def fetch_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Fetch one Message Interaction.

        Raises InvalidSidError (before any I/O) for a malformed SID, an
        APIStatusError subclass for a non-2xx answer, APIConnectionError or
        APITimeoutError when no answer came, ResponseValidationError for a 2xx
        body that is not the interaction asked for.
        """
        request = self._fetch_request(service_sid, session_sid, participant_sid, sid)
        read = self._one(FETCH_MESSAGE_INTERACTION, sid)
        return self._send(request, self._timeouts_for(timeout), _SINGLE, _NAME, read)[0]

    def fetch_message_interaction_with_response(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[MessageInteraction]:
        """Like fetch_message_interaction, with the status, headers and request id too."""
        request = self._fetch_request(service_sid, session_sid, participant_sid, sid)
        read = self._one(FETCH_MESSAGE_INTERACTION, sid)
        return _response(*self._send(request, self._timeouts_for(timeout), _SINGLE, _NAME, read))

    def list_message_interactions(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Iterator[MessageInteraction]:
        """Iterate over a Participant's Message Interactions, fetching pages as needed.

        Pages are fetched lazily, one at a time, by following Twilio's
        ``next_page_url`` (only on this client's host and the list's path).
        ``page_size`` (1 to 1000) is how many per request; ``limit`` stops after
        that many without fetching further pages. Arguments are checked before
        any I/O (InvalidSidError, InvalidArgumentError); each page request gets
        the retries, timeouts and errors of a fetch.
        """
        request = self._list_request(service_sid, session_sid, participant_sid, page_size, limit)
        timeouts = self._timeouts_for(timeout)
        return self._walk(request, timeouts, limit)

    def _walk(
        self, request: Request, timeouts: Timeouts, limit: int | None
    ) -> Iterator[MessageInteraction]:
        left = limit
        read = self._page(LIST_MESSAGE_INTERACTION, request.path)
        seen = {request.url}
        page: Request | None = request if left != 0 else None
        while page is not None:
            (items, next_url), answer = self._send(page, timeouts, _PAGE, _PAGE_NAME, read)
            yield from items if left is None else items[:left]
            if left is not None:
                left -= min(left, len(items))
            # An empty page ends the list, whatever its next_page_url says: a
            # server handing out empty pages forever must not hold the caller.
            done = left == 0 or not items
            page = None if done else self._next(request, page, next_url, answer, seen)

    def create_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Send a message to one Participant through the Session; returns the new interaction.

        At least one of ``body`` and ``media_url`` (an http(s) URL, or a list of
        them) is required, checked before any I/O. Create sends a message, so it
        is never retried once the request may have reached Twilio (timeouts,
        resets after sending, 5xx): only a 429 and a connection that could not
        be made are retried.
        """
        request = self._create_request(service_sid, session_sid, participant_sid, body, media_url)
        read = self._one(CREATE_MESSAGE_INTERACTION)
        return self._send(request, self._timeouts_for(timeout), _SINGLE, _NAME, read)[0]

    def _send(
        self,
        request: Request,
        timeouts: Timeouts,
        limits: tuple[int, int],
        what: str,
        read: Callable[[object], T],
    ) -> tuple[T, Answer]:
        started = time.monotonic()
        attempt = 1
        while True:
            began = time.perf_counter()
            try:
                answer = self._sender.send(request, timeouts, limits)
                return self._read(request, answer, began, attempt, what, read), answer
            except (APIStatusError, APIConnectionError) as exc:
                wait = self._retry_wait(exc, request, attempt, started)
                if wait is None:
                    raise
            _retry.sleep(wait)
            attempt += 1

    def close(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        self._sender.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """The asyncio twin of Client: the same arguments, ``await``-able methods, ``aclose()``.

    By default requests go through one aiohttp session (opened on first use),
    which sustains far more concurrent requests than httpx2's async pool. Pass
    ``http_client`` to use your own ``httpx2.AsyncClient`` instead; it is then
    yours to close. An AsyncClient belongs to the event loop it first runs in:
    create one per loop.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_timeout: float = DEFAULT_RETRY_TIMEOUT,
        user_agent_extra: str | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx2.AsyncClient):
            raise _not_httpx(http_client, "httpx2.AsyncClient")
        super().__init__(
            account_sid,
            auth_token,
            api_key=api_key,
            api_secret=api_secret,
            region=region,
            edge=edge,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_timeout=retry_timeout,
            user_agent_extra=user_agent_extra,
            app_timeout=http_client.timeout if http_client is not None else None,
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sender: AsyncHttpxSender | AiohttpSender
        if http_client is not None:
            self._sender = AsyncHttpxSender(http_client, secrets=self._credentials.secrets)
        else:
            from ._aiohttp import AiohttpSender  # aiohttp loads only for AsyncClient

            self._sender = AiohttpSender(
                base_url=self.base_url,
                timeouts=self._timeouts,
                secrets=self._credentials.secrets,
                headers=self._headers,
            )

    async def fetch_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Fetch one Message Interaction; raises as Client.fetch_message_interaction does."""
        request = self._fetch_request(service_sid, session_sid, participant_sid, sid)
        read = self._one(FETCH_MESSAGE_INTERACTION, sid)
        parsed, _ = await self._send(request, self._timeouts_for(timeout), _SINGLE, _NAME, read)
        return parsed

    async def fetch_message_interaction_with_response(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[MessageInteraction]:
        """Like fetch_message_interaction, with the status, headers and request id too."""
        request = self._fetch_request(service_sid, session_sid, participant_sid, sid)
        read = self._one(FETCH_MESSAGE_INTERACTION, sid)
        return _response(
            *await self._send(request, self._timeouts_for(timeout), _SINGLE, _NAME, read)
        )

    def list_message_interactions(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncIterator[MessageInteraction]:
        """``async for`` over a Participant's Message Interactions (see the sync Client's).

        Not a coroutine: the arguments are checked when it is called, before any I/O.
        """
        request = self._list_request(service_sid, session_sid, participant_sid, page_size, limit)
        timeouts = self._timeouts_for(timeout)
        return self._walk(request, timeouts, limit)

    async def _walk(
        self, request: Request, timeouts: Timeouts, limit: int | None
    ) -> AsyncIterator[MessageInteraction]:
        left = limit
        read = self._page(LIST_MESSAGE_INTERACTION, request.path)
        seen = {request.url}
        page: Request | None = request if left != 0 else None
        while page is not None:
            (items, next_url), answer = await self._send(page, timeouts, _PAGE, _PAGE_NAME, read)
            for item in items if left is None else items[:left]:
                yield item
            if left is not None:
                left -= min(left, len(items))
            done = left == 0 or not items  # see Client._walk
            page = None if done else self._next(request, page, next_url, answer, seen)

    async def create_message_interaction(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Send a message to one Participant (see the sync Client's; never retried once sent)."""
        request = self._create_request(service_sid, session_sid, participant_sid, body, media_url)
        read = self._one(CREATE_MESSAGE_INTERACTION)
        parsed, _ = await self._send(request, self._timeouts_for(timeout), _SINGLE, _NAME, read)
        return parsed

    def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
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
        limits: tuple[int, int],
        what: str,
        read: Callable[[object], T],
    ) -> tuple[T, Answer]:
        if self._loop is not asyncio.get_running_loop():
            self._check_loop()
        started = time.monotonic()
        attempt = 1
        while True:
            began = time.perf_counter()
            try:
                answer = await self._sender.send(request, timeouts, limits)
                return self._read(request, answer, began, attempt, what, read), answer
            except (APIStatusError, APIConnectionError) as exc:
                wait = self._retry_wait(exc, request, attempt, started)
                if wait is None:
                    raise
            await _retry.asleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        await self._sender.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
