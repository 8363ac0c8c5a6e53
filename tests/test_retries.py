"""Retries: what is retried, how often, how long it waits, and the INFO line per retry.

stamina's test mode (no waiting) is on for every test here. It is set with
``attempts=10, cap=True`` so the client's own attempt count applies (plain
``set_testing(True)`` would force a single attempt). Tests of the waits turn
test mode off and record the sleeps instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
import socket
import time
from typing import Any

import httpx
import pytest
import stamina

import twilio_proxy
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    EXPECTED_PATH,
    SIDS,
    json_response,
    make_async_client,
    make_client,
    ok_body,
)
from twilio_proxy._exceptions import APIConnectionError
from twilio_proxy._retry import RetryRun


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Real backoff (test mode off), with every sleep recorded instead of slept."""
    recorded: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    stamina.set_testing(False)
    monkeypatch.setattr(time, "sleep", recorded.append)
    monkeypatch.setattr("stamina._core._smart_sleep", fake_async_sleep)
    return recorded


class Script:
    """A MockTransport handler that plays answers in order (the last one repeats)."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = answers
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        answer = self.answers[min(self.calls, len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        # A fresh copy each time: an httpx.Response's stream can be read only once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


async def run(mode: str, script: Script, **kwargs: Any) -> twilio_proxy.MessageInteraction:
    if mode == "sync":
        return make_client(script, **kwargs).fetch_message_interaction(**SIDS)
    return await make_async_client(script, **kwargs).fetch_message_interaction(**SIDS)


async def fails(mode: str, script: Script, cls: type[Exception], **kwargs: Any) -> Any:
    with pytest.raises(cls) as info:
        await run(mode, script, **kwargs)
    return info.value


def ok() -> httpx.Response:
    return json_response(200, ok_body())


def status(code: int, **headers: str) -> httpx.Response:
    body = {"code": 20000 + code, "message": "m", "status": code}
    return json_response(code, body, **headers)


def retry_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "twilio_proxy" and r.levelno == logging.INFO
    ]


# --- what is retried -----------------------------------------------------------------

RETRIED_STATUSES = [
    (429, twilio_proxy.RateLimitError),
    (500, twilio_proxy.ServerError),
    (502, twilio_proxy.ServerError),
    (503, twilio_proxy.ServerError),
    (504, twilio_proxy.ServerError),
]


@pytest.mark.parametrize(("code", "cls"), RETRIED_STATUSES)
async def test_retried_statuses_get_three_attempts_by_default(
    mode: str, code: int, cls: type[Exception]
) -> None:
    script = Script(status(code))
    error = await fails(mode, script, cls)
    assert error.status_code == code
    assert script.calls == 3


@pytest.mark.parametrize(("code", "cls"), RETRIED_STATUSES)
async def test_retried_status_then_success(mode: str, code: int, cls: type[Exception]) -> None:
    script = Script(status(code), status(code), ok())
    mi = await run(mode, script)
    assert mi.sid is not None
    assert script.calls == 3


TRANSPORT = [
    (httpx.ConnectError("refused"), twilio_proxy.APIConnectionError),
    (httpx.ReadError("reset"), twilio_proxy.APIConnectionError),
    (httpx.RemoteProtocolError("disconnected"), twilio_proxy.APIConnectionError),
    (httpx.ConnectTimeout("slow connect"), twilio_proxy.APITimeoutError),
    (httpx.ReadTimeout("slow read"), twilio_proxy.APITimeoutError),
    (httpx.WriteTimeout("slow write"), twilio_proxy.APITimeoutError),
    (httpx.PoolTimeout("pool full"), twilio_proxy.APITimeoutError),
]


@pytest.mark.parametrize(("exc", "cls"), TRANSPORT, ids=[type(e).__name__ for e, _ in TRANSPORT])
async def test_connection_errors_and_timeouts_are_retried(
    mode: str, exc: Exception, cls: type[Exception]
) -> None:
    script = Script(exc)
    error = await fails(mode, script, cls)
    assert type(error) is cls
    assert script.calls == 3


async def test_connection_error_then_success(mode: str) -> None:
    script = Script(httpx.ConnectError("refused"), ok())
    await run(mode, script)
    assert script.calls == 2


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, twilio_proxy.BadRequestError),
        (401, twilio_proxy.AuthenticationError),
        (403, twilio_proxy.PermissionDeniedError),
        (404, twilio_proxy.NotFoundError),
        (409, twilio_proxy.APIStatusError),
        (422, twilio_proxy.APIStatusError),
        (501, twilio_proxy.ServerError),
        (505, twilio_proxy.ServerError),
        (301, twilio_proxy.APIStatusError),
    ],
)
async def test_other_statuses_are_attempted_once(
    mode: str, code: int, cls: type[Exception], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    script = Script(status(code), ok())
    error = await fails(mode, script, cls)
    assert error.status_code == code
    assert script.calls == 1
    assert retry_lines(caplog) == []


async def test_unreadable_success_is_attempted_once(mode: str) -> None:
    script = Script(httpx.Response(200, content=b"[]"), ok())
    await fails(mode, script, twilio_proxy.ResponseValidationError)
    assert script.calls == 1


async def test_retrying_stops_at_a_non_retryable_answer(mode: str) -> None:
    script = Script(status(503), status(404), ok())
    await fails(mode, script, twilio_proxy.NotFoundError)
    assert script.calls == 2


async def test_retrying_stops_at_an_unreadable_success(mode: str) -> None:
    script = Script(status(502), httpx.Response(200, content=b"not json"), ok())
    await fails(mode, script, twilio_proxy.ResponseValidationError)
    assert script.calls == 2


# --- how many attempts ---------------------------------------------------------------


@pytest.mark.parametrize("first", [status(503), httpx.ConnectError("refused"), status(429)])
async def test_max_retries_zero_turns_retries_off(mode: str, first: Any) -> None:
    script = Script(first, ok())
    await fails(mode, script, twilio_proxy.TwilioProxyError, max_retries=0)
    assert script.calls == 1


@pytest.mark.parametrize("max_retries", [1, 4])
async def test_max_retries_bounds_the_attempts(mode: str, max_retries: int) -> None:
    script = Script(status(500))
    await fails(mode, script, twilio_proxy.ServerError, max_retries=max_retries)
    assert script.calls == max_retries + 1


async def test_last_failure_is_raised(mode: str) -> None:
    script = Script(status(503), httpx.ConnectError("refused"), status(502))
    error = await fails(mode, script, twilio_proxy.ServerError)
    assert error.status_code == 502


# --- Retry-After ---------------------------------------------------------------------


def _http_date(seconds_from_now: float) -> str:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds_from_now)
    return email.utils.format_datetime(when, usegmt=True)


@pytest.mark.parametrize("code", [429, 503])
async def test_retry_after_within_limits_is_retried(mode: str, code: int) -> None:
    script = Script(status(code, **{"Retry-After": "1"}), ok())
    await run(mode, script)
    assert script.calls == 2


@pytest.mark.parametrize("code", [429, 503])
async def test_retry_after_above_sixty_seconds_is_not_waited_for(
    mode: str, code: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    script = Script(status(code, **{"Retry-After": "61"}), ok())
    error = await fails(mode, script, twilio_proxy.APIStatusError, retry_timeout=600)
    assert script.calls == 1
    if code == 429:
        assert error.retry_after == 61.0
    assert retry_lines(caplog) == [
        f"Not retrying GET {EXPECTED_PATH} after HTTP {code}: "
        "Retry-After 61.0 s exceeds the retry budget"
    ]


async def test_retry_after_as_a_far_http_date_is_not_waited_for(mode: str) -> None:
    script = Script(status(429, **{"Retry-After": _http_date(120)}), ok())
    error = await fails(mode, script, twilio_proxy.RateLimitError)
    assert script.calls == 1
    assert error.retry_after > 60


async def test_retry_after_beyond_the_retry_timeout_is_not_waited_for(mode: str) -> None:
    script = Script(status(429, **{"Retry-After": "10"}), ok())
    await fails(mode, script, twilio_proxy.RateLimitError, retry_timeout=5)
    assert script.calls == 1


async def test_retry_after_of_sixty_seconds_is_waited_for(mode: str) -> None:
    script = Script(status(429, **{"Retry-After": "60"}), ok())
    await run(mode, script, retry_timeout=600)
    assert script.calls == 2


async def test_unparsable_retry_after_falls_back_to_backoff(mode: str) -> None:
    script = Script(status(503, **{"Retry-After": "whenever"}), ok())
    await run(mode, script)
    assert script.calls == 2


# --- the waits (test mode off, sleeps recorded) --------------------------------------


async def test_retry_after_seconds_is_waited(mode: str, sleeps: list[float]) -> None:
    script = Script(
        status(429, **{"Retry-After": "3"}), status(503, **{"Retry-After": "1.5"}), ok()
    )
    await run(mode, script)
    assert sleeps == [3.0, 1.5]
    assert script.calls == 3


async def test_retry_after_http_date_is_waited(mode: str, sleeps: list[float]) -> None:
    script = Script(status(429, **{"Retry-After": _http_date(20)}), ok())
    await run(mode, script)
    assert len(sleeps) == 1
    assert 17 <= sleeps[0] <= 20


async def test_past_retry_after_date_retries_at_once(mode: str, sleeps: list[float]) -> None:
    script = Script(status(503, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), ok())
    await run(mode, script)
    assert sleeps == [0.0]


async def test_exponential_backoff_with_jitter(
    mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    script = Script(status(500), httpx.ConnectError("refused"), status(502), ok())
    await run(mode, script, max_retries=3)
    assert script.calls == 4
    # 0.5 s doubling each time, plus up to 0.5 s of jitter.
    assert len(sleeps) == 3
    for wait, low in zip(sleeps, [0.5, 1.0, 2.0], strict=True):
        assert low <= wait <= low + 0.5


async def test_jitter_is_drawn_from_half_a_second(
    mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: high)
    script = Script(status(500), status(500), ok())
    await run(mode, script)
    assert sleeps == [1.0, 1.5]


async def test_backoff_is_capped(
    mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "uniform", lambda low, high: high)
    script = Script(status(500))
    await fails(mode, script, twilio_proxy.ServerError, max_retries=7, retry_timeout=600)
    assert sleeps == [1.0, 1.5, 2.5, 4.5, 8.0, 8.0, 8.0]


async def test_retry_timeout_bounds_the_total_wait(
    mode: str, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    # 0.5-1.0 s fits in 1.2 s; the next 1.0-1.5 s does not.
    script = Script(status(503))
    await fails(mode, script, twilio_proxy.ServerError, max_retries=5, retry_timeout=1.2)
    assert script.calls == 2
    assert len(sleeps) == 1
    assert retry_lines(caplog)[-1] == (
        f"Not retrying GET {EXPECTED_PATH} after HTTP 503: the retry time is used up"
    )


async def test_no_retry_when_the_first_wait_does_not_fit(mode: str, sleeps: list[float]) -> None:
    script = Script(httpx.ConnectError("refused"), ok())
    await fails(mode, script, twilio_proxy.APIConnectionError, retry_timeout=0.8)
    assert script.calls == 1
    assert sleeps == []


async def test_default_max_retries_without_test_mode(mode: str, sleeps: list[float]) -> None:
    script = Script(status(503))
    await fails(mode, script, twilio_proxy.ServerError)
    assert script.calls == 3
    assert len(sleeps) == 2


# --- the INFO line per retry ---------------------------------------------------------


async def test_each_retry_is_logged_with_reason_and_wait(
    mode: str, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    script = Script(
        status(503), httpx.ConnectError("refused"), status(429, **{"Retry-After": "2"}), ok()
    )
    await run(mode, script, max_retries=3)
    assert retry_lines(caplog) == [
        f"Retrying GET {EXPECTED_PATH} after HTTP 503 (attempt 2 of 4): backing off 0.50-1.00 s",
        f"Retrying GET {EXPECTED_PATH} after ConnectError (attempt 3 of 4): "
        "backing off 1.00-1.50 s",
        f"Retrying GET {EXPECTED_PATH} after HTTP 429 (attempt 4 of 4): "
        "waiting 2.00 s as Retry-After asks",
    ]
    records = [r for r in caplog.records if r.name == "twilio_proxy" and r.levelno == logging.INFO]
    assert all(r.levelname == "INFO" for r in records)


async def test_timeouts_are_logged_by_their_kind(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    script = Script(httpx.ReadTimeout("slow"), ok())
    await run(mode, script)
    [line] = retry_lines(caplog)
    assert line.startswith(f"Retrying GET {EXPECTED_PATH} after ReadTimeout (attempt 2 of 3): ")


async def test_last_attempt_is_not_announced_as_a_retry(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    await fails(mode, Script(status(500)), twilio_proxy.ServerError, max_retries=1)
    assert len(retry_lines(caplog)) == 1


def test_reason_of_a_connection_error_without_a_cause(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    run_ = RetryRun(path="/p", retry_timeout=60, max_attempts=3)
    assert run_.hook(APIConnectionError("x", method="GET", url="u")) is True
    assert retry_lines(caplog) == [
        "Retrying GET /p after APIConnectionError (attempt 2 of 3): backing off 0.00-0.50 s"
    ]


def test_hook_refuses_what_is_not_retryable() -> None:
    run_ = RetryRun(path="/p", retry_timeout=60, max_attempts=3)
    assert run_.hook(ValueError("x")) is False


# --- AsyncClient's default transport (aiohttp) ---------------------------------------


async def test_aiohttp_connection_refused_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with twilio_proxy.AsyncClient(
        ACCOUNT_SID, AUTH_TOKEN, base_url=f"http://127.0.0.1:{port}"
    ) as aclient:
        with pytest.raises(twilio_proxy.APIConnectionError):
            await aclient.fetch_message_interaction(**SIDS)
    lines = retry_lines(caplog)
    assert len(lines) == 2
    assert all(" after ClientConnectorError (attempt " in line for line in lines)
