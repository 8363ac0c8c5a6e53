"""Client and AsyncClient: one connection pool each, the same behaviour sync and async."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    from ._aiohttp import AiohttpSender

from ._body import MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES, aread_capped, read_capped
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_TIMEOUT,
    DEFAULT_TIMEOUT,
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
    APITimeoutError,
    ConfigurationError,
    ResponseValidationError,
)
from ._models import APIResponse, InvalidBody, MessageInteraction, parse_message_interaction
from ._retry import WAIT_INITIAL, WAIT_JITTER, WAIT_MAX, RetryRun, is_retryable
from ._sids import check_sid
from ._status import redact, status_error

logger = logging.getLogger("twilio_proxy")

_PATH = "/v1/Services/{}/Sessions/{}/Participants/{}/MessageInteractions/{}"

Timeout = float | httpx.Timeout


class _BaseClient:
    """Everything but the I/O: settings, URL building, answer handling."""

    _auth: httpx.BasicAuth
    _timeout: httpx.Timeout | None

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
        app_timeout: httpx.Timeout | None,
    ) -> None:
        # Everything is checked before a connection pool exists, so a bad
        # argument leaks nothing.
        self._credentials = resolve_credentials(
            account_sid=account_sid, auth_token=auth_token, api_key=api_key, api_secret=api_secret
        )
        self._auth = self._credentials.auth
        self.base_url = resolve_base_url(region=region, edge=edge, base_url=base_url)
        check_retries(max_retries, retry_timeout)
        self.max_retries = max_retries
        self.retry_timeout = float(retry_timeout)
        # With the app's own httpx client and no timeout given, its timeout
        # applies, unless it leaves a phase unlimited: there is always a limit.
        if timeout is not None:
            self._timeout = resolve_timeout(timeout)
        elif app_timeout is not None and has_every_limit(app_timeout):
            self._timeout = None
        else:
            self._timeout = DEFAULT_TIMEOUT
        self._headers = {"User-Agent": user_agent(user_agent_extra), "Accept": "application/json"}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"username={self._credentials.username!r}, max_retries={self.max_retries})"
        )

    def _url(
        self, service_sid: str, session_sid: str, participant_sid: str, sid: str
    ) -> tuple[str, str]:
        # Checked SIDs are ASCII letters and digits only, so they go into the
        # path verbatim: no value can add a segment, a dot-segment or a query.
        path = _PATH.format(
            check_sid(service_sid, argument="service_sid", prefix="KS"),
            check_sid(session_sid, argument="session_sid", prefix="KC"),
            check_sid(participant_sid, argument="participant_sid", prefix="KP"),
            check_sid(sid, argument="sid", prefix="KI"),
        )
        return path, self.base_url + path

    def _call_timeout(self, timeout: Timeout | None) -> httpx.Timeout | None:
        return self._timeout if timeout is None else resolve_timeout(timeout)

    def _request_kwargs(self, timeout: httpx.Timeout | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"headers": self._headers}
        if timeout is not None:
            kwargs["timeout"] = timeout
        return kwargs

    def _transport_error(self, exc: Exception, url: str, *, timed_out: bool) -> APIConnectionError:
        """Our error for a transport failure, chained to it unless its text holds a secret."""
        cls = APITimeoutError if timed_out else APIConnectionError
        what = "Timed out" if timed_out else "Could not get an answer"
        original = str(exc) or "no detail"
        detail = redact(original, self._credentials.secrets)
        error = cls(f"{what} from GET {url}: {type(exc).__name__}: {detail}", method="GET", url=url)
        # A chained cause is printed in tracebacks (logging.exception, Sentry):
        # drop it when it quotes a credential. Setting __cause__ also hides
        # the implicit context.
        error.__cause__ = exc if detail == original else None
        error.cause_name = type(exc).__name__
        return error

    def _answer(
        self,
        status: int,
        headers: Mapping[str, str],
        http_version: str,
        body: bytes | None,
        url: str,
    ) -> APIResponse[MessageInteraction]:
        if not 200 <= status <= 299:
            raise status_error(
                status_code=status,
                headers=headers,
                body=body or b"",
                method="GET",
                url=url,
                secrets=self._credentials.secrets,
            )
        request_id = headers.get("twilio-request-id")
        try:
            if body is None or len(body) > MAX_BODY_BYTES:
                raise InvalidBody(f"the body is larger than {MAX_BODY_BYTES} bytes")
            try:
                payload = json.loads(body)
            except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
                raise InvalidBody("the body is not JSON" if body else "the body is empty") from None
            parsed = parse_message_interaction(payload)
        except InvalidBody as exc:
            raise ResponseValidationError(
                f"Twilio's answer is not a MessageInteraction: {exc}",
                status_code=status,
                url=url,
                request_id=request_id,
            ) from None
        return APIResponse(
            parsed=parsed,
            status_code=status,
            headers=headers,
            request_id=request_id,
            http_version=http_version,
        )

    def _retry_run(self, path: str, started: float) -> RetryRun:
        return RetryRun(
            path=path,
            retry_timeout=self.retry_timeout - (time.monotonic() - started),
            max_attempts=self.max_retries + 1,
        )


def _read_limit(response: httpx.Response) -> int | None:
    """How much of the body to read; None when Content-Length says a 2xx body is too big."""
    if not response.is_success:
        return MAX_ERROR_BODY_BYTES  # an error body is only excerpted, whatever its size
    length = response.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY_BYTES:
        return None
    return MAX_BODY_BYTES


def _log_answer(path: str, status: int, started: float, attempt: int) -> None:
    logger.debug(
        "GET %s -> %d in %.1f ms (attempt %d)",
        path,
        status,
        (time.perf_counter() - started) * 1000,
        attempt,
    )


def _stamina_kwargs(run: RetryRun) -> dict[str, Any]:
    return {
        "on": run.hook,
        "attempts": run.max_attempts,
        "timeout": max(run.deadline - time.monotonic(), 0.001),
        "wait_initial": WAIT_INITIAL,
        "wait_max": WAIT_MAX,
        "wait_jitter": WAIT_JITTER,
    }


class Client(_BaseClient):
    """A synchronous client for Twilio Proxy Message Interactions.

    Credentials come from the arguments, else from ``TWILIO_ACCOUNT_SID`` +
    ``TWILIO_AUTH_TOKEN`` or ``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``. The host
    is ``https://proxy.twilio.com`` unless ``region``/``edge`` or ``base_url``
    (or ``TWILIO_REGION``/``TWILIO_EDGE``/``TWILIO_PROXY_BASE_URL``) say
    otherwise. ``timeout`` is seconds or an ``httpx.Timeout`` (default: connect
    5 s, read 30 s). Failed fetches are retried ``max_retries`` times (429,
    500/502/503/504, connection errors, timeouts), within ``retry_timeout``
    seconds. Pass ``http_client`` to use your own ``httpx.Client``; it is then
    yours to close. Use as a context manager, or call ``close()``.
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
        http_client: httpx.Client | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError("http_client must be an httpx.Client")
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
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(timeout=self._timeout, follow_redirects=False)
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
        APITimeoutError when no answer came, ResponseValidationError for an
        unreadable 2xx body.
        """
        return self.fetch_message_interaction_with_response(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            sid=sid,
            timeout=timeout,
        ).parsed

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
        path, url = self._url(service_sid, session_sid, participant_sid, sid)
        call_timeout = self._call_timeout(timeout)
        started = time.monotonic()
        try:
            return self._attempt(path, url, call_timeout, 1)
        except (APIStatusError, APIConnectionError) as exc:
            if not (self.max_retries and is_retryable(exc)):
                raise
            first = exc
        return self._retry(path, url, call_timeout, started, first)

    def _retry(
        self, path: str, url: str, timeout: httpx.Timeout | None, started: float, first: Exception
    ) -> APIResponse[MessageInteraction]:
        import stamina  # only a failing fetch needs it: keeps import time down

        run = self._retry_run(path, started)
        pending = [first]
        for attempt in stamina.retry_context(**_stamina_kwargs(run)):
            with attempt:
                run.attempt_num = attempt.num
                run.next_wait = attempt.next_wait
                if pending:
                    raise pending.pop()  # the first failure, already made, decides the first wait
                return self._attempt(path, url, timeout, attempt.num)
        raise AssertionError("unreachable: stamina re-raises the last failure")  # pragma: no cover

    def _attempt(
        self, path: str, url: str, timeout: httpx.Timeout | None, attempt: int
    ) -> APIResponse[MessageInteraction]:
        started = time.perf_counter()
        request = self._http.build_request("GET", url, **self._request_kwargs(timeout))
        try:
            response = self._http.send(
                request, auth=self._auth, follow_redirects=False, stream=True
            )
            try:
                limit = _read_limit(response)
                body = None if limit is None else read_capped(response.iter_bytes(), limit)
            finally:
                response.close()
        except httpx.RequestError as exc:
            timed_out = isinstance(exc, httpx.TimeoutException)
            raise self._transport_error(exc, url, timed_out=timed_out)  # noqa: B904 - chained inside
        if logger.isEnabledFor(logging.DEBUG):
            _log_answer(path, response.status_code, started, attempt)
        return self._answer(
            response.status_code, response.headers, response.http_version, body, url
        )

    def close(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        if self._owns_http:
            self._http.close()

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
    which sustains far more concurrent fetches than httpx's async pool. Pass
    ``http_client`` to use your own ``httpx.AsyncClient`` instead; it is then
    yours to close.
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
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError("http_client must be an httpx.AsyncClient")
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
        self._transport: httpx.AsyncClient | AiohttpSender
        if http_client is not None:
            self._transport = http_client
        else:
            from ._aiohttp import AiohttpSender  # aiohttp loads only for AsyncClient

            headers = {**self._headers, "Authorization": self._credentials.authorization}
            self._transport = AiohttpSender(
                base_url=self.base_url, headers=headers, timeout=self._timeout or DEFAULT_TIMEOUT
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
        response = await self.fetch_message_interaction_with_response(
            service_sid=service_sid,
            session_sid=session_sid,
            participant_sid=participant_sid,
            sid=sid,
            timeout=timeout,
        )
        return response.parsed

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
        path, url = self._url(service_sid, session_sid, participant_sid, sid)
        call_timeout = self._call_timeout(timeout)
        started = time.monotonic()
        try:
            return await self._attempt(path, url, call_timeout, 1)
        except (APIStatusError, APIConnectionError) as exc:
            if not (self.max_retries and is_retryable(exc)):
                raise
            first = exc
        return await self._retry(path, url, call_timeout, started, first)

    async def _retry(
        self, path: str, url: str, timeout: httpx.Timeout | None, started: float, first: Exception
    ) -> APIResponse[MessageInteraction]:
        import stamina  # only a failing fetch needs it: keeps import time down

        run = self._retry_run(path, started)
        pending = [first]
        async for attempt in stamina.retry_context(**_stamina_kwargs(run)):
            with attempt:
                run.attempt_num = attempt.num
                run.next_wait = attempt.next_wait
                if pending:
                    raise pending.pop()  # the first failure, already made, decides the first wait
                return await self._attempt(path, url, timeout, attempt.num)
        raise AssertionError("unreachable: stamina re-raises the last failure")  # pragma: no cover

    async def _attempt(
        self, path: str, url: str, timeout: httpx.Timeout | None, attempt: int
    ) -> APIResponse[MessageInteraction]:
        started = time.perf_counter()
        if isinstance(self._transport, httpx.AsyncClient):
            answer = await self._attempt_httpx(self._transport, url, timeout)
        else:
            answer = await self._attempt_aiohttp(self._transport, url, timeout)
        if logger.isEnabledFor(logging.DEBUG):
            _log_answer(path, answer[0], started, attempt)
        return self._answer(*answer, url)

    async def _attempt_aiohttp(
        self, sender: AiohttpSender, url: str, timeout: httpx.Timeout | None
    ) -> tuple[int, Mapping[str, str], str, bytes | None]:
        try:
            return await sender.get(
                url, timeout=timeout, max_body=MAX_BODY_BYTES, max_error_body=MAX_ERROR_BODY_BYTES
            )
        except sender.errors as exc:
            timed_out = isinstance(exc, TimeoutError)
            raise self._transport_error(exc, url, timed_out=timed_out)  # noqa: B904 - chained inside

    async def _attempt_httpx(
        self, http: httpx.AsyncClient, url: str, timeout: httpx.Timeout | None
    ) -> tuple[int, Mapping[str, str], str, bytes | None]:
        request = http.build_request("GET", url, **self._request_kwargs(timeout))
        try:
            response = await http.send(
                request, auth=self._auth, follow_redirects=False, stream=True
            )
            try:
                limit = _read_limit(response)
                body = None if limit is None else await aread_capped(response.aiter_bytes(), limit)
            finally:
                await response.aclose()
        except httpx.RequestError as exc:
            timed_out = isinstance(exc, httpx.TimeoutException)
            raise self._transport_error(exc, url, timed_out=timed_out)  # noqa: B904 - chained inside
        return response.status_code, response.headers, response.http_version, body

    async def aclose(self) -> None:
        """Release the connection pool (not an ``http_client`` the app passed in)."""
        if not isinstance(self._transport, httpx.AsyncClient):
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
