"""Logging: DEBUG per answer (method, path, status, elapsed, attempt); never a secret or a body."""

from __future__ import annotations

import http.server
import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ENCODED_AUTH,
    EXPECTED_PATH,
    MESSAGE_BODY,
    SIDS,
    json_response,
    make_async_client,
    make_client,
    ok_body,
)

DATA = json.dumps({"body": MESSAGE_BODY})
LINE = re.compile(
    r"GET (?P<path>\S+) -> (?P<status>\d{3}) in (?P<ms>\d+\.\d) ms \(attempt (?P<n>\d+)\)"
)


class Script:
    def __init__(self, *answers: Any) -> None:
        self.answers = answers
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        answer = self.answers[min(self.calls, len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, float):
            time.sleep(answer)
            return json_response(200, ok_body())
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


async def run(mode: str, script: Script, **kwargs: Any) -> None:
    try:
        if mode == "sync":
            make_client(script, **kwargs).fetch_message_interaction(**SIDS)
        else:
            await make_async_client(script, **kwargs).fetch_message_interaction(**SIDS)
    except twilio_proxy.TwilioProxyError:
        pass


def debug_lines(caplog: pytest.LogCaptureFixture) -> list[re.Match[str]]:
    lines = []
    for record in caplog.records:
        if record.name == "twilio_proxy" and record.levelno == logging.DEBUG:
            match = LINE.fullmatch(record.getMessage())
            assert match, record.getMessage()
            lines.append(match)
    return lines


def assert_nothing_secret(caplog: pytest.LogCaptureFixture) -> None:
    assert caplog.records, "expected some log records to check"
    for record in caplog.records:
        text = record.getMessage() + " " + repr(vars(record))
        for secret in (AUTH_TOKEN, ENCODED_AUTH, MESSAGE_BODY):
            assert secret not in text, (record.name, record.getMessage())
        assert "authorization" not in text.lower(), (record.name, record.getMessage())
    for secret in (AUTH_TOKEN, ENCODED_AUTH, MESSAGE_BODY):
        assert secret not in caplog.text


# --- the DEBUG line ------------------------------------------------------------------


async def test_debug_line_per_answer(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_proxy")
    await run(mode, Script(json_response(200, ok_body())))
    [line] = debug_lines(caplog)
    assert line["path"] == EXPECTED_PATH
    assert line["status"] == "200"
    assert line["n"] == "1"
    assert float(line["ms"]) >= 0


async def test_debug_line_for_an_error_answer(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_proxy")
    await run(mode, Script(json_response(404, {"code": 20404, "message": "x", "status": 404})))
    assert [(m["status"], m["n"]) for m in debug_lines(caplog)] == [("404", "1")]


async def test_debug_line_per_attempt(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_proxy")
    await run(mode, Script(httpx.Response(503), httpx.Response(502), json_response(200, ok_body())))
    assert [(m["status"], m["n"]) for m in debug_lines(caplog)] == [
        ("503", "1"),
        ("502", "2"),
        ("200", "3"),
    ]


async def test_elapsed_time_is_measured(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_proxy")
    await run(mode, Script(0.03))
    [line] = debug_lines(caplog)
    assert 30.0 <= float(line["ms"]) < 5000


async def test_nothing_at_debug_when_info(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    await run(mode, Script(json_response(200, ok_body())))
    assert [r for r in caplog.records if r.name == "twilio_proxy"] == []


async def test_retries_are_logged_at_info_not_debug(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twilio_proxy")
    await run(mode, Script(httpx.Response(500), json_response(200, ok_body())))
    records = [r for r in caplog.records if r.name == "twilio_proxy"]
    assert [r.levelno for r in records] == [logging.INFO]
    assert records[0].getMessage().startswith(f"Retrying GET {EXPECTED_PATH} after HTTP 500")


def test_the_library_adds_no_handlers() -> None:
    make_client(Script(json_response(200, ok_body()))).fetch_message_interaction(**SIDS)
    handlers = logging.getLogger("twilio_proxy").handlers
    assert [h for h in handlers if not isinstance(h, logging.NullHandler)] == []


# --- never a secret or a body --------------------------------------------------------

SCENARIOS = [
    pytest.param((json_response(200, ok_body(data=DATA)),), id="success"),
    pytest.param(
        (
            json_response(
                401,
                {
                    "code": 20003,
                    "message": f"Basic {ENCODED_AUTH} for {AUTH_TOKEN} {MESSAGE_BODY}",
                    "status": 401,
                },
            ),
        ),
        id="error-echoing-secrets",
    ),
    pytest.param(
        (
            httpx.ConnectError(f"proxy rejected Basic {ENCODED_AUTH} ({AUTH_TOKEN})"),
            httpx.Response(503, content=f"<p>{MESSAGE_BODY} {AUTH_TOKEN}</p>".encode()),
            json_response(200, ok_body(data=DATA)),
        ),
        id="retries",
    ),
    pytest.param(
        (httpx.Response(200, content=b'{"data": {"body": "' + MESSAGE_BODY.encode() + b'"}}'),),
        id="unreadable-success",
    ),
]


@pytest.mark.parametrize("answers", SCENARIOS)
async def test_no_secret_or_body_in_any_log(
    mode: str, answers: tuple[Any, ...], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, stamina's, httpx's
    await run(mode, Script(*answers))
    assert_nothing_secret(caplog)


# --- over a real connection: httpcore (Client) and aiohttp (AsyncClient) logs too -----


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = json.dumps(ok_body(data=DATA)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def test_no_secret_in_any_log_over_a_real_connection(
    mode: str, server_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    if mode == "sync":
        with twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, base_url=server_url) as client:
            mi = client.fetch_message_interaction(**SIDS)
    else:
        async with twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server_url) as ac:
            mi = await ac.fetch_message_interaction(**SIDS)
    assert mi.decode_data() == {"body": MESSAGE_BODY}
    [line] = debug_lines(caplog)
    assert (line["path"], line["status"], line["n"]) == (EXPECTED_PATH, "200", "1")
    assert_nothing_secret(caplog)
