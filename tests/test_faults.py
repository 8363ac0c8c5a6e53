"""Fault matrix: every way an answer can go wrong, sync and async, mocked and over real sockets.

For each fault the tests pin the exact error class, its fields (status, Twilio
code, more_info, request id), how many attempts reached the server, and that the
whole call stayed fast: stamina's test mode is on, so retries never sleep, and a
real backoff (0.5 s + 1 s between three attempts) or a honoured Retry-After
would break the time bound.

Mocked answers go through httpx.MockTransport (Client, and AsyncClient with an
httpx client). The same answers are also served by a raw local server so the
default transports (httpx's for Client, aiohttp for AsyncClient) see them on a
real socket. Socket faults (refused, read timeout, reset mid-body) only exist on
real sockets. All servers listen on 127.0.0.1 and stop themselves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email.utils
import json
import logging
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
import stamina

import twilio_proxy
from _fault_server import (
    LOOPBACK_ONLY,
    Behaviour,
    FaultServer,
    closed_port,
    hang,
    raw_response,
    reset_mid_body,
    respond,
)
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    BASE_URL,
    EXPECTED_PATH,
    MODES,
    REQUEST_ID,
    SIDS,
    make_async_client,
    make_client,
    ok_body,
)

MOCK_MODES = MODES
WIRE_MODES = ["sync", "async-aiohttp", "async-httpx"]
# Far below the retry_timeout given to every client, and below what the two real
# backoffs between three attempts cost (0.5 s + 1 s at least): a sleep shows up.
TIME_BOUND = 1.0
RETRY_TIMEOUT = 45.0  # Retry-After: 30 fits in it, 3600 does not
READ_TIMEOUT = 0.2

FIVE_MB = json.dumps(ok_body(padding="x" * (5 << 20))).encode()
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
ELSEWHERE = "https://proxy.example.com/v1/elsewhere"

AnyClient = twilio_proxy.Client | twilio_proxy.AsyncClient


@pytest.fixture(autouse=True)
def _stamina_test_mode() -> Iterator[None]:
    """No retry ever sleeps; each client keeps its own attempt count (cap=True).

    Plain ``set_testing(True)`` would force one attempt and hide the counts
    checked here. The previous mode is restored afterwards.
    """
    with stamina.set_testing(True, attempts=10, cap=True):
        assert stamina.is_testing()
        yield


def twilio_error(status: int, code: int, message: str) -> bytes:
    return json.dumps(
        {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }
    ).encode()


def http_date(seconds_from_now: float) -> str:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds_from_now)
    return email.utils.format_datetime(when, usegmt=True)


@dataclasses.dataclass(frozen=True)
class Case:
    """One faulty answer and what the client must make of it."""

    id: str
    status: int
    error: type[twilio_proxy.TwilioProxyError]
    body: bytes = b""
    # Values may be callables, evaluated when the answer is sent (dates relative to now).
    headers: dict[str, str | Callable[[], str]] = dataclasses.field(default_factory=dict)
    content_length: bool = True  # False: no Content-Length, the body streams in chunks
    retried: bool = False  # True: max_retries + 1 attempts; False: exactly one
    code: int | None = None
    more_info: str | None = None
    message: str = ""  # must appear in str(error)
    retry_after: tuple[float, float] | None = None  # RateLimitError: low <= retry_after <= high

    def answer_headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID}
        for name, value in self.headers.items():
            headers[name] = value() if callable(value) else value
        return headers


def status_case(
    status: int,
    error: type[twilio_proxy.TwilioProxyError],
    code: int,
    text: str,
    *,
    retried: bool = False,
    **kwargs: Any,
) -> Case:
    return Case(
        id=kwargs.pop("id", str(status)),
        status=status,
        error=error,
        body=twilio_error(status, code, text),
        retried=retried,
        code=code,
        more_info=f"https://www.twilio.com/docs/errors/{code}",
        message=text,
        **kwargs,
    )


CASES = [
    status_case(400, twilio_proxy.BadRequestError, 20001, "Invalid parameter"),
    status_case(401, twilio_proxy.AuthenticationError, 20003, "Authenticate"),
    status_case(403, twilio_proxy.PermissionDeniedError, 20403, "Forbidden"),
    status_case(404, twilio_proxy.NotFoundError, 20404, "The requested resource was not found"),
    status_case(
        429, twilio_proxy.RateLimitError, 20429, "Too Many Requests", retried=True, id="429"
    ),
    status_case(
        429,
        twilio_proxy.RateLimitError,
        20429,
        "Too Many Requests",
        id="429-retry-after-seconds",
        headers={"Retry-After": "1"},
        retried=True,
        retry_after=(1.0, 1.0),
    ),
    status_case(
        429,
        twilio_proxy.RateLimitError,
        20429,
        "Too Many Requests",
        id="429-retry-after-30-seconds",  # honoured outside test mode: the time bound catches it
        headers={"Retry-After": "30"},
        retried=True,
        retry_after=(30.0, 30.0),
    ),
    status_case(
        429,
        twilio_proxy.RateLimitError,
        20429,
        "Too Many Requests",
        id="429-retry-after-http-date",
        headers={"Retry-After": lambda: http_date(8)},
        retried=True,
        retry_after=(5.0, 8.0),
    ),
    status_case(
        429,
        twilio_proxy.RateLimitError,
        20429,
        "Too Many Requests",
        id="429-retry-after-past-http-date",
        headers={"Retry-After": lambda: http_date(-3600)},
        retried=True,
        retry_after=(0.0, 0.0),
    ),
    status_case(
        429,
        twilio_proxy.RateLimitError,
        20429,
        "Too Many Requests",
        id="429-retry-after-beyond-the-retry-budget",  # not waited for: raised at once
        headers={"Retry-After": "3600"},
        retry_after=(3600.0, 3600.0),
    ),
    status_case(
        429,
        twilio_proxy.RateLimitError,
        20429,
        "Too Many Requests",
        id="429-retry-after-http-date-with-an-absurd-year",  # unparsable: None, then backoff
        headers={"Retry-After": "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"},
        retried=True,
    ),
    status_case(
        500,
        twilio_proxy.ServerError,
        20500,
        "An internal server error has occurred",
        retried=True,
    ),
    Case(
        id="502-html",
        status=502,
        error=twilio_proxy.ServerError,
        body=HTML_502,
        headers={"Content-Type": "text/html"},
        retried=True,
        message="502 Bad Gateway: non-Twilio body (text/html): <html><head><title>502",
    ),
    status_case(
        503,
        twilio_proxy.ServerError,
        20503,
        "Service is unavailable. Please try again",
        retried=True,
    ),
    status_case(
        504,
        twilio_proxy.ServerError,
        20500,
        "An internal server error has occurred",
        retried=True,
    ),
    Case(
        id="301",
        status=301,
        error=twilio_proxy.APIStatusError,
        headers={"Location": ELSEWHERE},
        message=f"301 Moved Permanently: empty body (redirect to {ELSEWHERE} not followed)",
    ),
    Case(
        id="302",
        status=302,
        error=twilio_proxy.APIStatusError,
        headers={"Location": ELSEWHERE},
        message=f"302 Found: empty body (redirect to {ELSEWHERE} not followed)",
    ),
    Case(
        id="200-truncated-json",
        status=200,
        error=twilio_proxy.ResponseValidationError,
        body=json.dumps(ok_body()).encode()[:-40],
        message="the body is not JSON",
    ),
    Case(
        id="200-not-json",
        status=200,
        error=twilio_proxy.ResponseValidationError,
        body=b"<html><body>Hello from a captive portal</body></html>",
        headers={"Content-Type": "text/html"},
        message="the body is not JSON",
    ),
    Case(
        id="200-json-array",
        status=200,
        error=twilio_proxy.ResponseValidationError,
        body=json.dumps([ok_body()]).encode(),
        message="the body is a JSON array, not an object",
    ),
    Case(
        id="200-empty",
        status=200,
        error=twilio_proxy.ResponseValidationError,
        message="the body is empty",
    ),
    Case(
        id="200-5MB-with-content-length",
        status=200,
        error=twilio_proxy.ResponseValidationError,
        body=FIVE_MB,
        message="the body is larger than 1048576 bytes",
    ),
    Case(
        id="200-5MB-without-content-length",
        status=200,
        error=twilio_proxy.ResponseValidationError,
        body=FIVE_MB,
        content_length=False,
        message="the body is larger than 1048576 bytes",
    ),
]
CASE_PARAMS = [pytest.param(case, id=case.id) for case in CASES]


def expected_attempts(case: Case, max_retries: int) -> int:
    return max_retries + 1 if case.retried else 1


def check_error(exc: BaseException, case: Case, *, base_url: str, mode: str) -> None:
    url = base_url + EXPECTED_PATH
    assert type(exc) is case.error, f"{type(exc).__name__}: {exc}"
    assert case.message in str(exc)
    if isinstance(exc, twilio_proxy.APIStatusError):
        assert exc.status_code == case.status
        assert exc.code == case.code
        assert exc.more_info == case.more_info
        assert exc.request_id == REQUEST_ID
        assert exc.method == "GET"
        assert exc.url == url
        assert f"(request {REQUEST_ID})" in str(exc)
    else:
        assert isinstance(exc, twilio_proxy.ResponseValidationError)
        assert exc.status_code == case.status
        assert exc.request_id == REQUEST_ID
        assert exc.url == url
    if isinstance(exc, twilio_proxy.RateLimitError):
        if case.retry_after is None:
            assert exc.retry_after is None
        else:
            low, high = case.retry_after
            assert exc.retry_after is not None
            assert low <= exc.retry_after <= high
    elapsed = elapsed_of(exc)
    assert elapsed < TIME_BOUND, f"{mode}: {elapsed:.3f} s"


# --- mocked answers (httpx.MockTransport) ---------------------------------------------------


class Recorder:
    """A MockTransport handler that answers every request with *case* and keeps the requests."""

    def __init__(self, case: Case, *, is_async: bool) -> None:
        self.case = case
        self.is_async = is_async
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        case = self.case
        headers = case.answer_headers()
        if case.content_length:
            return httpx.Response(case.status, headers=headers, content=case.body)
        content = achunks(case.body) if self.is_async else chunks(case.body)
        response = httpx.Response(case.status, headers=headers, content=content)
        assert "content-length" not in response.headers
        return response


def chunks(body: bytes) -> Iterator[bytes]:
    for start in range(0, len(body), 65536):
        yield body[start : start + 65536]


async def achunks(body: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks(body):
        yield chunk


def mock_client(mode: str, handler: Recorder, **kwargs: Any) -> AnyClient:
    kwargs.setdefault("retry_timeout", RETRY_TIMEOUT)
    if mode == "sync":
        return make_client(handler, **kwargs)
    return make_async_client(handler, **kwargs)


async def timed_fetch(client: AnyClient) -> float:
    """Seconds one fetch took; an error is re-raised with the time in a note (elapsed_of)."""
    started = time.monotonic()
    try:
        if isinstance(client, twilio_proxy.Client):
            client.fetch_message_interaction(**SIDS)
        else:
            await client.fetch_message_interaction(**SIDS)
    except twilio_proxy.TwilioProxyError as exc:
        exc.add_note(f"elapsed={time.monotonic() - started}")
        raise
    return time.monotonic() - started


def elapsed_of(exc: BaseException) -> float:
    [note] = [n for n in getattr(exc, "__notes__", []) if n.startswith("elapsed=")]
    return float(note.removeprefix("elapsed="))


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("case", CASE_PARAMS)
@pytest.mark.parametrize("mode", MOCK_MODES)
async def test_mocked_fault(mode: str, case: Case, max_retries: int) -> None:
    handler = Recorder(case, is_async=mode != "sync")
    client = mock_client(mode, handler, max_retries=max_retries)
    with pytest.raises(twilio_proxy.TwilioProxyError) as caught:
        await timed_fetch(client)
    check_error(caught.value, case, base_url=BASE_URL, mode=mode)
    assert len(handler.requests) == expected_attempts(case, max_retries)
    for request in handler.requests:
        assert request.method == "GET"
        assert request.url.host == "proxy.twilio.com"
        assert request.url.raw_path == EXPECTED_PATH.encode()


async def test_default_max_retries_gives_three_attempts() -> None:
    case = CASES[[c.id for c in CASES].index("500")]
    handler = Recorder(case, is_async=False)
    with pytest.raises(twilio_proxy.ServerError):
        await timed_fetch(mock_client("sync", handler))
    assert len(handler.requests) == 3


# --- the same answers over a real socket ----------------------------------------------------


@pytest.fixture
def servers() -> Iterator[list[FaultServer]]:
    started: list[FaultServer] = []
    yield started
    for server in started:
        server.stop()


@contextlib.asynccontextmanager
async def wire_client(mode: str, base_url: str, **kwargs: Any) -> AsyncIterator[AnyClient]:
    """A client of *base_url* over the mode's real transport, closed afterwards."""
    kwargs = {
        "account_sid": ACCOUNT_SID,
        "auth_token": AUTH_TOKEN,
        "base_url": base_url,
        "retry_timeout": RETRY_TIMEOUT,
        "timeout": 5.0,  # a broken server fails the test in seconds, not minutes
        **kwargs,
    }
    if mode == "sync":
        with twilio_proxy.Client(**kwargs) as client:
            yield client
    elif mode == "async-aiohttp":
        async with twilio_proxy.AsyncClient(**kwargs) as aclient:
            yield aclient
    else:
        async with (
            httpx.AsyncClient() as http,
            twilio_proxy.AsyncClient(http_client=http, **kwargs) as aclient,
        ):
            yield aclient


async def wire_fetch(mode: str, base_url: str, **kwargs: Any) -> float:
    async with wire_client(mode, base_url, **kwargs) as client:
        return await timed_fetch(client)


def serve(servers: list[FaultServer], behaviour: Behaviour) -> FaultServer:
    server = FaultServer(behaviour)
    servers.append(server)
    return server


@LOOPBACK_ONLY
@pytest.mark.parametrize("case", CASE_PARAMS)
@pytest.mark.parametrize("mode", WIRE_MODES)
async def test_wire_fault(mode: str, case: Case, servers: list[FaultServer]) -> None:
    raw = raw_response(
        case.status, case.answer_headers(), case.body, content_length=case.content_length
    )
    server = serve(servers, respond(raw))
    with pytest.raises(twilio_proxy.TwilioProxyError) as caught:
        await wire_fetch(mode, server.url, max_retries=2)
    check_error(caught.value, case, base_url=server.url, mode=mode)
    assert server.paths == [EXPECTED_PATH] * expected_attempts(case, 2)


# --- socket faults ---------------------------------------------------------------------------


def attempts_logged(caplog: pytest.LogCaptureFixture) -> int:
    """1 + the retries twilio_proxy announced (for faults where no server can count)."""
    retries = [
        r for r in caplog.records if r.name == "twilio_proxy" and r.msg.startswith("Retrying GET")
    ]
    return 1 + len(retries)


@LOOPBACK_ONLY
@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("mode", WIRE_MODES)
async def test_connection_refused(
    mode: str, max_retries: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    url = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        await wire_fetch(mode, url, max_retries=max_retries)
    exc = caught.value
    elapsed = elapsed_of(exc)
    assert type(exc) is twilio_proxy.APIConnectionError  # not APITimeoutError
    assert str(exc).startswith(f"Could not get an answer from GET {url}{EXPECTED_PATH}: ")
    assert exc.method == "GET"
    assert exc.url == url + EXPECTED_PATH
    assert isinstance(exc.__cause__, OSError | httpx.ConnectError)
    assert attempts_logged(caplog) == max_retries + 1
    assert elapsed < TIME_BOUND


@LOOPBACK_ONLY
@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("mode", WIRE_MODES)
async def test_read_timeout(
    mode: str, max_retries: int, servers: list[FaultServer], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    server = serve(servers, hang)
    with pytest.raises(twilio_proxy.APITimeoutError) as caught:
        await wire_fetch(mode, server.url, max_retries=max_retries, timeout=READ_TIMEOUT)
    exc = caught.value
    elapsed = elapsed_of(exc)
    assert type(exc) is twilio_proxy.APITimeoutError
    assert str(exc).startswith(f"Timed out from GET {server.url}{EXPECTED_PATH}: ")
    assert exc.url == server.url + EXPECTED_PATH
    attempts = max_retries + 1
    assert server.paths == [EXPECTED_PATH] * attempts
    assert attempts_logged(caplog) == attempts
    # Each attempt waited its whole read timeout, and nothing else was waited for.
    assert attempts * READ_TIMEOUT * 0.9 <= elapsed < attempts * READ_TIMEOUT + TIME_BOUND


@LOOPBACK_ONLY
@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("mode", WIRE_MODES)
async def test_connection_reset_mid_body(
    mode: str, max_retries: int, servers: list[FaultServer]
) -> None:
    server = serve(servers, reset_mid_body)
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        await wire_fetch(mode, server.url, max_retries=max_retries)
    exc = caught.value
    elapsed = elapsed_of(exc)
    assert type(exc) is twilio_proxy.APIConnectionError
    assert str(exc).startswith(f"Could not get an answer from GET {server.url}{EXPECTED_PATH}: ")
    assert exc.url == server.url + EXPECTED_PATH
    attempts = max_retries + 1
    assert server.paths == [EXPECTED_PATH] * attempts
    assert elapsed < attempts * 0.05 + TIME_BOUND  # the server's own pause before the reset


@LOOPBACK_ONLY
@pytest.mark.parametrize("mode", WIRE_MODES)
async def test_wire_control_a_good_answer_is_read(mode: str, servers: list[FaultServer]) -> None:
    """Control: the fault server and clients above do work when the answer is good."""
    raw = raw_response(
        200,
        {"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID},
        json.dumps(ok_body()).encode(),
    )
    server = serve(servers, respond(raw))
    elapsed = await wire_fetch(mode, server.url)
    assert elapsed < TIME_BOUND
    assert server.paths == [EXPECTED_PATH]


@LOOPBACK_ONLY
def test_loopback_only_mark_blocks_every_other_host() -> None:
    """The mark on the socket tests: 127.0.0.1 is reachable, nothing else is even tried."""
    with socket.socket() as sock:
        sock.settimeout(1)
        with pytest.raises(RuntimeError, match=r"Network is disabled for host '192\.0\.2\.1'"):
            sock.connect(("192.0.2.1", 80))  # TEST-NET-1: would hang, not refuse, if tried
