"""Logging, on all three paths: a DEBUG line per attempt, an INFO line per retry, nothing else.

No record, on any logger at DEBUG (ours, httpx2's, httpcore2's, aiohttp's,
asyncio's), ever holds the auth token, the Basic credential or a message body.
With logging left unconfigured a library prints nothing at all.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import subprocess
import sys
from typing import Any

import pytest

import twilio_proxy
from _server import Behaviour, Server, answer, closed_port, reset_at_once
from _support import AUTH_TOKEN, ENCODED_AUTH, EXAMPLE, EXPECTED_PATH, MESSAGE_BODY, ROOT, Api
from _support import ok_body as ok

LINE = re.compile(r"GET (\S+) -> (\d{3}) in (\d+\.\d) ms \(attempt (\d+)\)")
LOGGERS = ["twilio_proxy", "httpx2", "httpcore2", "aiohttp", "asyncio"]
FORMATTER = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(funcName)s %(message)s")
STANDARD_FIELDS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
DATA = json.dumps({"body": MESSAGE_BODY})


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every record of every logger, at DEBUG."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def ours(logs: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in logs.records if r.name == "twilio_proxy" and r.levelno == level]


def attempts(logs: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    """(status, attempt) of each DEBUG line, checked whole."""
    lines = []
    for message in ours(logs, logging.DEBUG):
        match = LINE.fullmatch(message)
        assert match, message
        assert match[1] == EXPECTED_PATH
        assert 0 <= float(match[3]) < 10_000
        lines.append((match[2], match[4]))
    return lines


def fetch(api: Api) -> None:
    with contextlib.suppress(twilio_proxy.TwilioProxyError):
        api.fetch()


@pytest.mark.parametrize(
    "statuses",
    [["200"], ["404"], ["503", "502", "200"], ["503", "429", "500"]],
    ids="-".join,
)
def test_debug_line_per_attempt(
    make_api: Any, server: Server, logs: Any, statuses: list[str]
) -> None:
    server.queue(*[answer(int(s), EXAMPLE if s == "200" else b"") for s in statuses])
    fetch(make_api(max_retries=2))
    assert attempts(logs) == [(s, str(n)) for n, s in enumerate(statuses, 1)]


def test_nothing_below_info_when_info(make_api: Any, server: Server, caplog: Any) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    make_api().fetch()
    assert [r for r in caplog.records if r.name == "twilio_proxy"] == []


def test_info_line_per_retry_and_nothing_louder(
    make_api: Any, server: Server, logs: pytest.LogCaptureFixture
) -> None:
    server.queue(
        answer(503), reset_at_once, answer(429, headers={"Retry-After": "2"}), answer(200, EXAMPLE)
    )
    make_api(max_retries=3).fetch()
    path = re.escape(EXPECTED_PATH)
    backoff = r"\d\.\d\d s, backing off"  # the ranges are pinned in test_faults.py
    expected = [
        rf"Retrying GET {path} after HTTP 503 \(attempt 2 of 4\): waiting {backoff}",
        rf"Retrying GET {path} after \w+ \(attempt 3 of 4\): waiting {backoff}",
        rf"Retrying GET {path} after HTTP 429 \(attempt 4 of 4\): "
        r"waiting 2\.00 s, as Retry-After asks",
    ]
    lines = ours(logs, logging.INFO)
    assert len(lines) == len(expected), lines
    for line, pattern in zip(lines, expected, strict=True):
        assert re.fullmatch(pattern, line), line
    assert [r.getMessage() for r in logs.records if r.levelno >= logging.WARNING] == []


@pytest.mark.parametrize(
    ("behaviours", "settings", "line"),
    [
        (
            [answer(429, headers={"Retry-After": "90"})],
            {},
            "Retry-After 90.0 s exceeds the retry budget",
        ),
        ([answer(503)], {"max_retries": 9, "retry_timeout": 0.1}, "the retry time is used up"),
    ],
    ids=["retry-after-too-long", "retry-time-used-up"],
)
def test_giving_up_is_said_at_info(
    make_api: Any,
    server: Server,
    logs: pytest.LogCaptureFixture,
    behaviours: list[Behaviour],
    settings: dict[str, Any],
    line: str,
) -> None:
    server.queue(*behaviours)
    fetch(make_api(**settings))
    assert ours(logs, logging.INFO)[-1].endswith(line)
    assert [r for r in logs.records if r.levelno >= logging.WARNING] == []


# Nothing configured: whatever a library logs, or warns, would reach stderr.
SILENT_SCRIPT = """
import sys
sys.path.insert(0, sys.argv[3])
import twilio_proxy, twilio_proxy._retry as retry
from _support import PATHS, Api

async def no_wait(seconds):
    pass

retry.sleep, retry.asleep = (lambda seconds: None), no_wait  # retried, but quickly
for path in PATHS:
    api = Api(path, sys.argv[1])
    assert api.fetch().sid  # after two retries
    api.close()
    api = Api(path, sys.argv[2])
    try:
        api.fetch()
    except twilio_proxy.APIConnectionError:
        pass
    api.close()
print("done")
"""


def test_silent_without_logging_configured(server: Server) -> None:
    def cycle(server: Server, conn: Any) -> None:  # 503, 503, 200, 503, 503, 200, ...
        if server.count % 3:
            answer(503)(server, conn)
        else:
            answer(200, EXAMPLE)(server, conn)

    server.queue(cycle)
    refused = f"http://127.0.0.1:{closed_port()}"
    run = subprocess.run(
        [sys.executable, "-c", SILENT_SCRIPT, server.url, refused, str(ROOT / "tests")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (run.returncode, run.stdout, run.stderr) == (0, "done\n", "")
    assert server.count == 9


# --- never a secret or a body ---------------------------------------------------------


def echo_error(server: Server, conn: Any) -> None:
    # In the body only: httpcore2's own DEBUG trace prints answer headers as they came.
    auth = server.received[-1].headers["authorization"]
    body = {"code": 20003, "message": f"Authenticate {auth} {AUTH_TOKEN}", "status": 401}
    answer(401, body)(server, conn)


SUCCESS = answer(200, ok(data=DATA))
SCENARIOS = {
    "success": [SUCCESS],
    "error-echoing-the-credential": [echo_error],
    "retries": [
        reset_at_once,
        answer(503, f"<p>{AUTH_TOKEN}</p>".encode()),
        answer(200, ok(data=DATA)),
    ],
    "unreadable-success": [answer(200, ok(data=DATA, type=7))],
}


def record_text(record: logging.LogRecord) -> str:
    """All a handler could write: the formatted line, its traceback, any extra fields."""
    extras = {k: v for k, v in vars(record).items() if k not in STANDARD_FIELDS}
    return f"{FORMATTER.format(record)}\n{extras!r}\n{record.args!r}"


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_no_secret_or_body_in_any_record(
    make_api: Any, server: Server, logs: pytest.LogCaptureFixture, scenario: str
) -> None:
    server.queue(*SCENARIOS[scenario])
    api = make_api()
    fetch(api)
    names = {record.name for record in logs.records}
    assert "twilio_proxy" in names
    if api.path != "async-aiohttp":
        assert "httpcore2.http11" in names  # the transport's records were seen too
    for record in logs.records:
        text = record_text(record)
        for secret in (AUTH_TOKEN, ENCODED_AUTH, MESSAGE_BODY):
            assert secret not in text, (record.name, text)
