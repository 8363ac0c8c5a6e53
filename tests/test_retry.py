"""The retry decision: what is retried, how long to wait, when to give up, and the log line."""

from __future__ import annotations

import itertools
import logging
import time
from typing import Any

import pytest

from twilio_proxy import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
)
from twilio_proxy._retry import WAIT_JITTER, backoff, is_retryable, next_wait
from twilio_proxy._status import MAX_RETRY_AFTER

URL = "https://proxy.twilio.com/v1/x"
WHAT = "GET /v1/x"


def answered(status: int, retry_after: str | None = None) -> APIStatusError:
    cls = RateLimitError if status == 429 else ServerError if status >= 500 else APIStatusError
    headers = {} if retry_after is None else {"retry-after": retry_after}
    extra: dict[str, Any] = {}
    if cls is RateLimitError:
        extra["retry_after"] = None if retry_after is None else float(retry_after)
    return cls(status_code=status, message="x", method="GET", url=URL, headers=headers, **extra)


def unanswered(*, sent: bool, timeout: bool = False, cause: str | None = None) -> Exception:
    error = (APITimeoutError if timeout else APIConnectionError)(
        "x", method="GET", url=URL, sent=sent
    )
    error.cause_name = cause
    return error


@pytest.mark.parametrize(
    ("exc", "safe", "unsafe"),
    [
        (answered(429), True, True),  # Twilio did not process it
        *[(answered(status), True, False) for status in (500, 502, 503, 504)],
        *[(answered(status), False, False) for status in (400, 401, 404, 408, 409, 501, 505)],
        (unanswered(sent=False), True, True),  # never left this machine
        (unanswered(sent=True), True, False),
        (unanswered(sent=False, timeout=True), True, True),
        (unanswered(sent=True, timeout=True), True, False),
        (ResponseValidationError("x", status_code=200, url=URL), False, False),
        (ValueError("x"), False, False),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else None,
)
def test_is_retryable(exc: Exception, safe: bool, unsafe: bool) -> None:
    assert is_retryable(exc, idempotent=True) is safe
    assert is_retryable(exc, idempotent=False) is unsafe


def test_backoff_doubles_up_to_a_cap() -> None:
    waits = [backoff(attempt) for attempt in range(1, 40)]
    cap = max(waits)
    assert 0 < waits[0] < cap
    assert all(after == min(before * 2, cap) for before, after in itertools.pairwise(waits))
    assert backoff(10_000) == cap  # no OverflowError: max_retries has no upper bound


def wait(
    exc: Exception, *, attempt: int = 1, budget: float = 100.0, idempotent: bool = True
) -> float | None:
    return next_wait(
        exc,
        attempt=attempt,
        max_attempts=3,
        deadline=time.monotonic() + budget,
        idempotent=idempotent,
        what=WHAT,
    )


@pytest.fixture
def log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    return caplog


@pytest.fixture
def jitter(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """random.uniform recorded; it returns its upper end, the longest wait."""
    asked: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        asked.append((low, high))
        return high

    monkeypatch.setattr("twilio_proxy._retry.random.uniform", uniform)
    return asked


@pytest.mark.parametrize("attempt", [1, 2, 5])
def test_backoff_with_jitter(
    attempt: int, jitter: list[Any], log: pytest.LogCaptureFixture
) -> None:
    exc = unanswered(sent=True, cause="ConnectError")
    seconds = next_wait(
        exc,
        attempt=attempt,
        max_attempts=9,
        deadline=time.monotonic() + 100,
        idempotent=True,
        what=WHAT,
    )
    assert seconds == backoff(attempt) + WAIT_JITTER
    assert jitter == [(0, WAIT_JITTER)]
    assert log.messages == [
        f"Retrying {WHAT} after ConnectError (attempt {attempt + 1} of 9): "
        f"waiting {seconds:.2f} s, backing off"
    ]


def test_jitter_spreads_waits() -> None:
    waits = {wait(answered(503)) for _ in range(50)}
    assert len(waits) > 1
    assert all(backoff(1) <= seconds <= backoff(1) + WAIT_JITTER for seconds in waits)


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (answered(503), "HTTP 503"),
        (unanswered(sent=False, timeout=True, cause="ReadTimeout"), "ReadTimeout"),
        (unanswered(sent=False, timeout=True), "APITimeoutError"),  # no transport cause named
    ],
)
def test_log_names_the_reason(
    exc: Exception, reason: str, jitter: Any, log: pytest.LogCaptureFixture
) -> None:
    assert wait(exc, attempt=2) is not None
    assert log.messages == [
        f"Retrying {WHAT} after {reason} (attempt 3 of 3): waiting 1.50 s, backing off"
    ]


@pytest.mark.parametrize("exc", [answered(429, "7"), answered(503, "7"), answered(503, "7.0")])
def test_retry_after_is_honoured(exc: APIStatusError, log: pytest.LogCaptureFixture) -> None:
    assert wait(exc) == 7.0
    assert log.messages == [
        f"Retrying {WHAT} after HTTP {exc.status_code} (attempt 2 of 3): "
        "waiting 7.00 s, as Retry-After asks"
    ]


def test_retry_after_of_the_longest_honoured_wait(log: pytest.LogCaptureFixture) -> None:
    assert wait(answered(429, str(MAX_RETRY_AFTER))) == MAX_RETRY_AFTER


@pytest.mark.parametrize(
    ("exc", "budget"),
    [
        (answered(429, str(MAX_RETRY_AFTER + 1)), 1000),  # longer than ever waited
        (answered(503, "3600"), 5000),
        (answered(429, "10"), 5),  # past the deadline
    ],
)
def test_retry_after_too_long_gives_up(
    exc: APIStatusError, budget: float, log: pytest.LogCaptureFixture
) -> None:
    assert wait(exc, budget=budget) is None
    assert log.messages == [
        f"Not retrying {WHAT} after HTTP {exc.status_code}: Retry-After "
        f"{float(exc.headers['retry-after']):.1f} s exceeds the retry budget"
    ]


def test_unparsable_retry_after_falls_back_to_backoff(jitter: Any) -> None:
    assert wait(answered(503, "soon")) == backoff(1) + WAIT_JITTER


def test_backoff_beyond_the_deadline_gives_up(jitter: Any, log: pytest.LogCaptureFixture) -> None:
    assert wait(answered(503), budget=backoff(1)) is None  # the jitter does not fit
    assert log.messages == [f"Not retrying {WHAT} after HTTP 503: the retry time is used up"]


@pytest.mark.parametrize(
    ("exc", "attempt", "idempotent"),
    [
        (answered(503), 3, True),  # the last attempt: nothing to announce
        (answered(429, "1"), 4, True),
        (answered(404), 1, True),
        (answered(503), 1, False),
        (unanswered(sent=True), 1, False),
    ],
)
def test_no_retry_is_silent(
    exc: Exception, attempt: int, idempotent: bool, log: pytest.LogCaptureFixture
) -> None:
    assert wait(exc, attempt=attempt, idempotent=idempotent) is None
    assert log.messages == []


def test_the_async_wait_is_asyncio_sleep() -> None:
    import asyncio

    from twilio_proxy import _retry

    started = time.monotonic()
    asyncio.run(_retry.asyncio_sleep(0.01))
    assert time.monotonic() - started >= 0.01
