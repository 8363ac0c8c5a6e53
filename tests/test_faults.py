"""The fault matrix: every way an answer can go wrong, on all three HTTP paths.

For each fault the tests pin the exact error class and its fields, how many
attempts reached the server, and the retry waits (recorded, not slept: the
``waits`` fixture). Then the two guarantees no per-phase timeout gives: an
attempt ends by its total deadline however slowly the server drips its answer,
and a compressed body costs at most the size cap in memory however far it inflates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import gzip
import json
import random
import ssl
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import httpcore2
import httpx2
import pytest

import twilio_proxy
from _server import (
    Behaviour,
    Server,
    answer,
    closed_port,
    drip,
    hang,
    raw_answer,
    reset_at_once,
    reset_mid_body,
    send,
)
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    EXAMPLE,
    EXPECTED_PATH,
    PATHS,
    REQUEST_ID,
    ROOT,
    SIDS,
    Api,
    ok_body,
)
from twilio_proxy._body import MAX_BODY_BYTES
from twilio_proxy._deadline import DEADLINE, _Stream, install

BACKOFF = ((0.5, 1.0), (1.0, 1.5))  # the first two waits: 0.5 s doubling, plus up to 0.5 s jitter
OK_RAW = raw_answer(200, json.dumps(EXAMPLE).encode(), {"Content-Type": "application/json"})
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def twilio_error(status: int, code: int, message: str) -> dict[str, Any]:
    more_info = f"https://www.twilio.com/docs/errors/{code}"
    return {"code": code, "message": message, "more_info": more_info, "status": status}


def http_date(seconds_from_now: float) -> str:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds_from_now)
    return email.utils.format_datetime(when, usegmt=True)


def sized(size: int) -> bytes:
    """The example answer padded to exactly *size* bytes of JSON."""
    base = len(json.dumps(ok_body(padding="")).encode())
    return json.dumps(ok_body(padding="x" * (size - base))).encode()


@dataclasses.dataclass(frozen=True)
class Case:
    """One faulty answer and what the client must make of it."""

    id: str
    status: int
    error: type[twilio_proxy.TwilioProxyError]
    message: str  # must appear in str(error)
    body: Any = b""  # a dict is sent as JSON
    # Header values may be callables, evaluated when the answer is sent (dates).
    headers: dict[str, str | Callable[[], str]] = dataclasses.field(default_factory=dict)
    chunked: bool = False
    retried: bool = False  # max_retries + 1 attempts, else exactly one
    code: int | None = None
    retry_after: tuple[float, float] | None = None  # RateLimitError: low <= retry_after <= high
    waits: tuple[tuple[float, float], ...] = BACKOFF  # each wait's range, when retried

    def behaviour(self) -> Behaviour:
        def behave(server: Server, conn: Any) -> None:
            headers = {k: v() if callable(v) else v for k, v in self.headers.items()}
            answer(self.status, self.body, headers=headers, chunked=self.chunked)(server, conn)

        return behave


def twilio(status: int, error: Any, code: int, text: str, **kwargs: Any) -> Case:
    """A Twilio JSON error answer."""
    kwargs.setdefault("id", str(status))
    body = twilio_error(status, code, text)
    return Case(status=status, error=error, message=text, body=body, code=code, **kwargs)


def rate_limited(id: str, header: Any, retry_after: Any, *, retried: bool = True) -> Case:
    """A 429 with a Retry-After *header*: waited for when it fits (else backoff)."""
    waits = BACKOFF if retry_after is None else (retry_after,) * 2
    headers = {"Retry-After": header}
    kwargs = {"headers": headers, "retried": retried, "retry_after": retry_after, "waits": waits}
    return twilio(429, RATE, 20429, "Too Many Requests", id=id, **kwargs)


def invalid(id: str, message: str, body: Any, headers: Any = None, **kwargs: Any) -> Case:
    """A 200 whose body is not a MessageInteraction."""
    return Case(id, 200, INVALID, message, body, headers or {}, **kwargs)


RATE = twilio_proxy.RateLimitError
SERVER = twilio_proxy.ServerError
INVALID = twilio_proxy.ResponseValidationError
OVER_THE_CAP = f"the body is larger than {MAX_BODY_BYTES} bytes"
HTML = {"Content-Type": "text/html"}
NOT_TWILIO = "non-Twilio body (text/html): <html>"
HUGE_PAGE = b"<html>" + b"Bad Gateway " * 200_000  # far past the error body cap: excerpted
RETRY_AFTER_1_5: dict[str, Any] = {"headers": {"Retry-After": "1.5"}, "waits": ((1.5, 1.5),) * 2}
CORRUPT_GZIP = gzip.compress(b"{}")[:10] + b"\xff" * 50  # a block of no known type
GZIP = {"Content-Encoding": "gzip"}
CASES = [
    twilio(400, twilio_proxy.BadRequestError, 20001, "Invalid parameter"),
    twilio(401, twilio_proxy.AuthenticationError, 20003, "Authenticate"),
    twilio(403, twilio_proxy.PermissionDeniedError, 20403, "Forbidden"),
    twilio(404, twilio_proxy.NotFoundError, 20404, "The requested resource was not found"),
    twilio(409, twilio_proxy.APIStatusError, 20409, "Conflict"),
    Case("304", 304, twilio_proxy.APIStatusError, "304 Not Modified: empty body"),
    twilio(429, RATE, 20429, "Too Many Requests", retried=True),
    rate_limited("429-retry-after-seconds", "2", (2, 2)),
    rate_limited("429-retry-after-http-date", lambda: http_date(8), (5, 8)),
    rate_limited("429-retry-after-past-date", lambda: http_date(-3600), (0, 0)),
    # Longer than any wait honoured: raised at once, for the app to schedule.
    rate_limited("429-retry-after-too-long", "3600", (3600, 3600), retried=False),
    rate_limited("429-retry-after-unreadable", "Mon, 01 Jan 99999999999 00:00:00 GMT", None),
    twilio(500, SERVER, 20500, "An internal server error has occurred", retried=True),
    Case("502-html", 502, SERVER, f"Bad Gateway: {NOT_TWILIO}<head>", HTML_502, HTML, retried=True),
    Case("502-huge", 502, SERVER, NOT_TWILIO + "Bad", HUGE_PAGE, HTML, chunked=True, retried=True),
    twilio(503, SERVER, 20503, "Service is unavailable", retried=True, **RETRY_AFTER_1_5),
    twilio(504, SERVER, 20504, "Gateway timeout", retried=True),
    twilio(501, SERVER, 20501, "Not implemented"),
    invalid("200-truncated-json", "the body is not JSON", json.dumps(EXAMPLE).encode()[:-40]),
    invalid("200-not-json", "the body is not JSON", b"<html>Captive portal</html>"),
    invalid("200-json-array", "the body is a JSON array, not an object", [EXAMPLE]),
    invalid("200-empty", "the body is empty", b""),
    invalid("200-over-the-cap", OVER_THE_CAP, sized(MAX_BODY_BYTES + 1)),
    invalid("200-over-the-cap-chunked", OVER_THE_CAP, sized(MAX_BODY_BYTES + 1), chunked=True),
    invalid("200-wrong-type", "field 'type' is a JSON number, expected a string", ok_body(type=7)),
    invalid("200-bad-date", "'date_created' is not an ISO 8601", ok_body(date_created="today")),
    invalid("200-unasked-encoding", "Content-Encoding 'br'", b"{}", {"Content-Encoding": "br"}),
    invalid("200-corrupt-gzip", "the compressed body is corrupt", CORRUPT_GZIP, GZIP),
]


def check_error(exc: BaseException, case: Case, url: str) -> None:
    assert type(exc) is case.error, f"{type(exc).__name__}: {exc}"
    assert case.message in str(exc)
    if isinstance(exc, twilio_proxy.APIStatusError):
        assert (exc.status_code, exc.code, exc.request_id) == (case.status, case.code, REQUEST_ID)
        more_info = f"https://www.twilio.com/docs/errors/{case.code}" if case.code else None
        assert exc.more_info == more_info
        assert (exc.method, exc.url) == ("GET", url)
        assert exc.headers["twilio-request-id"] == REQUEST_ID
        assert f"(request {REQUEST_ID})" in str(exc)
    else:
        assert isinstance(exc, twilio_proxy.ResponseValidationError)
        assert (exc.status_code, exc.request_id, exc.url) == (case.status, REQUEST_ID, url)
    if isinstance(exc, twilio_proxy.RateLimitError):
        if case.retry_after is None:
            assert exc.retry_after is None
        else:
            low, high = case.retry_after
            assert exc.retry_after is not None
            assert low <= exc.retry_after <= high


def check_waits(waits: list[float], expected: tuple[tuple[float, float], ...]) -> None:
    assert len(waits) == len(expected), waits
    for wait, (low, high) in zip(waits, expected, strict=True):
        assert low <= wait <= high, waits


# Every case with 2 retries allowed; a retried one also with retries off.
MATRIX = [
    pytest.param(case, max_retries, id=f"{case.id}-{max_retries}")
    for case in CASES
    for max_retries in ([0, 2] if case.retried else [2])
]


@pytest.mark.parametrize(("case", "max_retries"), MATRIX)
def test_fault(
    make_api: Any, server: Server, waits: list[float], case: Case, max_retries: int
) -> None:
    server.queue(case.behaviour())
    with pytest.raises(twilio_proxy.TwilioProxyError) as caught:
        make_api(max_retries=max_retries).fetch()
    check_error(caught.value, case, server.url + EXPECTED_PATH)
    attempts = max_retries + 1 if case.retried else 1
    assert [r.target for r in server.received] == [EXPECTED_PATH] * attempts
    check_waits(waits, case.waits[: attempts - 1])


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_body_at_the_cap_is_read(api: Api, server: Server, chunked: bool) -> None:
    server.queue(answer(200, sized(MAX_BODY_BYTES), chunked=chunked))
    assert api.fetch().extra["padding"].startswith("xxx")


# --- retries: sequences, counts, the time budget --------------------------------------

OK = answer(200, EXAMPLE)
UNREADABLE = answer(200, b"not json")
SEQUENCES = {
    "503-503-200": ([answer(503), answer(503), OK], None, 3),
    "reset-then-200": ([reset_at_once, OK], None, 2),
    "429-then-200": ([answer(429, headers={"Retry-After": "0"}), OK], None, 2),
    "503-then-404-stops": ([answer(503), answer(404), OK], twilio_proxy.NotFoundError, 2),
    "502-then-unreadable-200-stops": ([answer(502), UNREADABLE, OK], INVALID, 2),
    "the-last-failure-is-raised": ([answer(503), reset_at_once, answer(502)], SERVER, 3),
}


@pytest.mark.parametrize("sequence", list(SEQUENCES))
def test_retry_sequence(api: Api, server: Server, waits: list[float], sequence: str) -> None:
    behaviours, error, attempts = SEQUENCES[sequence]
    server.queue(*behaviours)
    if error is None:
        assert api.fetch().sid == EXAMPLE["sid"]
    else:
        with pytest.raises(error) as caught:
            api.fetch()
        if error is SERVER:
            assert caught.value.status_code == 502
    assert server.count == attempts
    assert len(waits) == attempts - 1


@pytest.mark.parametrize(
    ("max_retries", "retry_timeout", "expected"),
    [
        pytest.param(5, 1.4, [1.0], id="the-retry-time-is-used-up"),
        pytest.param(7, 600, [1.0, 1.5, 2.5, 4.5, 8.5, 8.5, 8.5], id="backoff-is-capped"),
    ],
)
def test_retry_timeout_and_backoff(
    make_api: Any,
    server: Server,
    waits: list[float],
    monkeypatch: pytest.MonkeyPatch,
    max_retries: int,
    retry_timeout: float,
    expected: list[float],
) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # the longest jitter
    server.queue(answer(503))
    with pytest.raises(twilio_proxy.ServerError):
        make_api(max_retries=max_retries, retry_timeout=retry_timeout).fetch()
    assert waits == expected
    assert server.count == len(expected) + 1


def test_retry_after_beyond_the_retry_timeout_is_not_waited(
    make_api: Any, server: Server, waits: list[float]
) -> None:
    server.queue(answer(429, headers={"Retry-After": "10"}), OK)
    with pytest.raises(twilio_proxy.RateLimitError) as caught:
        make_api(retry_timeout=5).fetch()
    assert caught.value.retry_after == 10
    assert (server.count, waits) == (1, [])


# --- no answer -----------------------------------------------------------------------


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("path", PATHS)
def test_connection_refused(path: str, waits: list[float], max_retries: int) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    api = Api(path, url, max_retries=max_retries)
    try:
        with pytest.raises(twilio_proxy.APIConnectionError) as caught:
            api.fetch()
    finally:
        api.close()
    exc = caught.value
    assert type(exc) is twilio_proxy.APIConnectionError
    assert str(exc).startswith(f"Could not get an answer from GET {url}{EXPECTED_PATH}: ")
    assert (exc.method, exc.url, exc.sent) == ("GET", url + EXPECTED_PATH, False)
    assert exc.cause_name in ("ConnectError", "ClientConnectorError")
    check_waits(waits, BACKOFF[:max_retries])


@pytest.mark.parametrize("max_retries", [0, 2])
def test_no_answer_in_time(
    make_api: Any, server: Server, waits: list[float], max_retries: int
) -> None:
    server.queue(hang)
    api = make_api(timeout=0.1, max_retries=max_retries)
    started = time.monotonic()
    with pytest.raises(twilio_proxy.APITimeoutError) as caught:
        api.fetch()
    elapsed = time.monotonic() - started
    exc = caught.value
    url = server.url + EXPECTED_PATH
    assert str(exc).startswith(f"Timed out from GET {url}: ")
    assert (exc.url, exc.sent) == (url, True)
    attempts = max_retries + 1
    assert server.count == attempts
    assert attempts * 0.1 * 0.9 <= elapsed < attempts * 0.1 + 1.0
    check_waits(waits, BACKOFF[:max_retries])


@pytest.mark.parametrize("max_retries", [0, 2])
@pytest.mark.parametrize("behaviour", [reset_mid_body, reset_at_once])
def test_connection_reset(
    make_api: Any, server: Server, waits: list[float], behaviour: Behaviour, max_retries: int
) -> None:
    server.queue(behaviour)
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        make_api(max_retries=max_retries).fetch()
    exc = caught.value
    assert type(exc) is twilio_proxy.APIConnectionError
    assert str(exc).startswith(f"Could not get an answer from GET {server.url}{EXPECTED_PATH}: ")
    assert exc.sent is True  # the request went out: only a GET may be repeated
    assert server.count == max_retries + 1
    check_waits(waits, BACKOFF[:max_retries])


@pytest.mark.parametrize(
    "raw",
    [b"HTTP/1.1 2x0 OK\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n{}"],
    ids=["bad-status-line", "bad-content-length"],
)
def test_malformed_answer(api: Api, server: Server, waits: list[float], raw: bytes) -> None:
    server.queue(send(raw))
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        api.fetch()
    assert type(caught.value) is twilio_proxy.APIConnectionError
    assert caught.value.sent is True
    assert server.count == 3  # retried, as a GET may be
    assert len(waits) == 2


# What each transport raises, by kind: (httpx2's, aiohttp's), and what it must become.
FAILURES = {
    "unsent": (
        lambda: httpx2.ConnectError("[Errno -2] Name or service not known"),
        lambda: aiohttp.InvalidURL("no such host"),
        twilio_proxy.APIConnectionError,
        False,
    ),
    "connect-timeout": (
        lambda: httpx2.ConnectTimeout("connect timed out"),
        lambda: aiohttp.ConnectionTimeoutError("connect timed out"),
        twilio_proxy.APITimeoutError,
        False,
    ),
    "read-timeout": (
        lambda: httpx2.ReadTimeout("read timed out"),
        lambda: aiohttp.SocketTimeoutError("read timed out"),
        twilio_proxy.APITimeoutError,
        True,
    ),
    "disconnected": (
        lambda: httpx2.RemoteProtocolError("Server disconnected"),
        lambda: aiohttp.ServerDisconnectedError("Server disconnected"),
        twilio_proxy.APIConnectionError,
        True,
    ),
}


@pytest.mark.parametrize("kind", list(FAILURES))
def test_transport_failure(
    api: Api, server: Server, waits: list[float], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Failures a local server cannot stage: each maps to its class, and says if it was sent."""
    make_httpx2, make_aiohttp, cls, sent = FAILURES[kind]
    raised: list[BaseException] = []

    def fail(*args: Any, **kwargs: Any) -> Any:
        raised.append(make_aiohttp() if api.path == "async-aiohttp" else make_httpx2())
        raise raised[-1]

    async def afail(*args: Any, **kwargs: Any) -> Any:
        fail()

    if api.path == "async-aiohttp":
        monkeypatch.setattr(aiohttp.ClientSession, "request", fail)
    elif api.path == "async-httpx2":  # the app's client: only its transport is used
        monkeypatch.setattr(
            api.client._runner._sender._client._transport, "handle_async_request", afail
        )
    else:
        monkeypatch.setattr(api.client._runner._sender._client, "send", fail)
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        api.fetch()
    exc = caught.value
    assert (type(exc), exc.sent, exc.cause_name) == (cls, sent, type(raised[-1]).__name__)
    # Nothing chained: the transport's exception holds the request, Authorization too.
    assert (exc.__cause__, exc.__context__) == (None, None)
    assert str(exc).endswith(f"{type(raised[-1]).__name__}: {raised[-1]}")
    assert (len(raised), len(waits), server.count) == (3, 2, 0)  # a GET is retried either way


# --- the total deadline of an attempt -------------------------------------------------


def head_then_drip(raw: bytes, interval: float) -> Behaviour:
    """Send the head at once, then the body one byte every *interval* seconds."""
    head, _, body = raw.partition(b"\r\n\r\n")
    dripping = drip(body, interval)

    def behaviour(server: Server, conn: Any) -> None:
        conn.sendall(head + b"\r\n\r\n")
        dripping(server, conn)

    return behaviour


def expect_deadline(api: Api, server: Server) -> None:
    started = time.monotonic()
    with pytest.raises(twilio_proxy.APITimeoutError):
        api.fetch()
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 1.5, elapsed  # each byte came well inside any read timeout
    assert server.count == 1


@pytest.mark.parametrize("dripped", ["whole-answer", "body-only"])
def test_total_deadline(make_api: Any, server: Server, dripped: str) -> None:
    whole = dripped == "whole-answer"
    server.queue(drip(OK_RAW, 0.25) if whole else head_then_drip(OK_RAW, 0.25))
    expect_deadline(make_api(timeout=1, max_retries=0), server)


@pytest.mark.parametrize("make_api", ["sync"], indirect=True)
@pytest.mark.parametrize("dripped", ["whole-answer", "body-only"])
def test_total_deadline_over_the_apps_sync_client(
    make_api: Any, server: Server, dripped: str
) -> None:
    whole = dripped == "whole-answer"
    server.queue(drip(OK_RAW, 0.25) if whole else head_then_drip(OK_RAW, 0.25))
    with httpx2.Client() as http:
        expect_deadline(make_api(http_client=http, timeout=1, max_retries=0), server)
        make_api(http_client=http)  # a second Client over the same pool wraps it once
        assert type(http._transport._pool._network_backend._backend).__name__ == "SyncBackend"


def test_deadline_backend_install(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    with httpx2.Client() as http:
        assert install(http) is True  # an httpx2 upgrade moving the pool fails here
        # Without an attempt's deadline set (other code sharing the pool) it changes nothing.
        assert http.get(server.url + EXPECTED_PATH).json() == EXAMPLE
    mocked = httpx2.MockTransport(lambda request: httpx2.Response(200))
    with httpx2.Client(transport=mocked) as http:
        assert install(http) is False
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with httpx2.Client() as http:  # a NO_PROXY mount is None: nothing to install there
        assert None in http._mounts.values()
        assert install(http) is True


class _FakeStream(httpcore2.NetworkStream):
    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b""

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: Any = None
    ) -> httpcore2.NetworkStream:
        self.timeouts.append(timeout)
        return self


def test_deadline_limits_tls_and_reads() -> None:
    fake = _FakeStream()
    token = DEADLINE.set(time.monotonic() + 2)
    try:
        tls = _Stream(fake).start_tls(ssl.create_default_context(), "proxy.twilio.com", 10)
        assert isinstance(tls, _Stream)
        tls.read(10, 10)
    finally:
        DEADLINE.reset(token)
    assert all(t is not None and 0 < t <= 2 for t in fake.timeouts), fake.timeouts
    token = DEADLINE.set(time.monotonic() - 1)
    try:
        with pytest.raises(httpcore2.ReadTimeout, match="deadline passed"):
            _Stream(fake).read(10, 10)
        with pytest.raises(httpcore2.ConnectTimeout):
            _Stream(fake).start_tls(ssl.create_default_context(), "proxy.twilio.com", 10)
    finally:
        DEADLINE.reset(token)


# --- a decompression bomb -------------------------------------------------------------


def gzip_bomb(mebibytes: int) -> bytes:
    """A valid gzip body of *mebibytes* MiB of zeros, built without compressing them all."""
    block = bytes(1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    repeat = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)  # the same after a reset
    end = packer.flush()[:-8]  # the last block; the trailer (CRC-32, size) is for 2 MiB
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(block, crc)
    trailer = struct.pack("<II", crc, (mebibytes << 20) & 0xFFFFFFFF)
    return first + repeat * (mebibytes - 1) + end + trailer


# Run in a fresh interpreter, so its peak RSS is the clients' alone. Every
# client is warmed up first; the peak after all three bombs bounds each one's.
BOMB_SCRIPT = """
import json, resource, sys
sys.path.insert(0, sys.argv[2])
import twilio_proxy
from _support import PATHS, Api

apis = [Api(path, sys.argv[1], max_retries=0) for path in PATHS]
for api in apis:
    api.fetch()  # every code path loaded, every pool open
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcomes = {}
for api in apis:
    try:
        api.fetch()
        outcomes[api.path] = "no error"
    except twilio_proxy.TwilioProxyError as exc:
        outcomes[api.path] = f"{type(exc).__name__}: {exc}"
growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
for api in apis:
    api.close()
print(json.dumps({"outcomes": outcomes, "growth_kib": growth}))
"""


def test_decompression_bomb(server: Server) -> None:
    bomb = gzip_bomb(300)
    assert len(bomb) < 400_000
    headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    server.queue(*[answer(200, EXAMPLE)] * len(PATHS), send(raw_answer(200, bomb, headers)))
    run = subprocess.run(
        [sys.executable, "-c", BOMB_SCRIPT, server.url, str(ROOT / "tests")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    for path in PATHS:
        outcome = result["outcomes"][path]
        assert outcome.startswith("ResponseValidationError: "), (path, outcome)
        assert f"the body is larger than {MAX_BODY_BYTES} bytes" in outcome
    # Inflated, the bodies would take 300 MB each; read under the cap, about 1 MiB.
    assert result["growth_kib"] < 32 * 1024, result
    assert server.count == 2 * len(PATHS)


def test_deadline_between_chunks_of_a_custom_transport() -> None:
    # An app's client whose transport has no pool to guard: the deadline is
    # still checked between the chunks of the body.
    def slow_body() -> Iterator[bytes]:
        for _ in range(20):
            time.sleep(0.1)
            yield b" "

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=slow_body())

    with httpx2.Client(transport=httpx2.MockTransport(handler)) as http:
        client = twilio_proxy.Client(
            account_sid=ACCOUNT_SID,
            auth_token=AUTH_TOKEN,
            http_client=http,
            max_retries=0,
            timeout=0.5,
        )
        started = time.monotonic()
        with pytest.raises(twilio_proxy.APITimeoutError):
            client.fetch_message_interaction(**SIDS)
        assert time.monotonic() - started < 1.0
