"""Create: its arguments (checked before any I/O); a sent message is never sent again."""

from __future__ import annotations

import asyncio
import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

import twilio_proxy
from _server import Server, answer, closed_port, hang, reset_at_once
from _support import EXAMPLE, EXPECTED_PATH, MESSAGE_BODY, SIDS, Api
from twilio_proxy._form import MAX_MEDIA_URLS, check_form

PARENT = {k: SIDS[k] for k in ("service_sid", "session_sid", "participant_sid")}
LIST_PATH = EXPECTED_PATH.rsplit("/", 1)[0]
URL = "https://example.com/a.png"

# --- pure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "media_url", "expected"),
    [
        ("hi", None, {"body": "hi"}),
        (None, URL, {"media_url": [URL]}),
        (None, (URL, "http://h/b"), {"media_url": [URL, "http://h/b"]}),
        ("hi", [URL], {"body": "hi", "media_url": [URL]}),
        ("ünïcode ✓\nlines", None, {"body": "ünïcode ✓\nlines"}),
    ],
)
def test_forms_that_are_sent(body: Any, media_url: Any, expected: dict[str, Any]) -> None:
    assert check_form(body, media_url) == expected


@pytest.mark.parametrize(
    ("body", "media_url", "argument", "fragment"),
    [
        (None, None, "body", "pass body= or media_url="),
        ("", None, "body", "non-empty str"),
        (b"hi", None, "body", "a bytes"),
        (None, [], "media_url", "list of 1 to"),
        (None, [URL] * (MAX_MEDIA_URLS + 1), "media_url", "list of 1 to"),
        (None, 5, "media_url", "a int"),
        (None, ["ftp://example.com/a"], "media_url", "http:// or https://"),
        (None, ["https://"], "media_url", "with a host"),
        (None, ["https://example.com/a b"], "media_url", "'https://example.com/a b'"),
        (None, ["https://[::1"], "media_url", "http:// or https://"),
        (None, [None], "media_url", "a NoneType"),
        (None, ["ftp://e.com/" + "x" * 100], "media_url", "\\u2026"),
    ],
)
def test_forms_that_are_refused(body: Any, media_url: Any, argument: str, fragment: str) -> None:
    with pytest.raises(twilio_proxy.InvalidArgumentError) as caught:
        check_form(body, media_url)
    assert caught.value.argument == argument
    assert fragment in str(caught.value)


def test_a_refused_body_is_never_shown() -> None:
    # The message is personal data: an error names its type, not its text.
    with pytest.raises(twilio_proxy.InvalidArgumentError) as caught:
        check_form(123456789, None)
    assert "123456789" not in str(caught.value)


# --- end to end, on every HTTP path ------------------------------------------------------


def create(api: Api, **kwargs: Any) -> Any:
    return api.call("create_message_interaction", **{**PARENT, **kwargs})


def test_create_posts_the_form(api: Api, server: Server) -> None:
    server.queue(answer(201, EXAMPLE))
    mi = create(api, body=MESSAGE_BODY, media_url=[URL, URL])
    assert mi.sid == SIDS["sid"]
    (received,) = server.received
    assert (received.method, received.target) == ("POST", LIST_PATH)
    assert received.headers["content-type"] == "application/x-www-form-urlencoded"
    assert (
        received.body
        == (
            f"Body={MESSAGE_BODY}&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
            "&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png"
        ).encode()
    )


def test_bad_arguments_send_nothing(api: Api, server: Server) -> None:
    with pytest.raises(twilio_proxy.InvalidArgumentError):
        create(api)
    with pytest.raises(twilio_proxy.InvalidSidError):
        create(api, body="hi", participant_sid="KP..")
    assert server.count == 0


SERVER_ERROR = answer(500, {"code": 20500, "message": "oops", "status": 500})


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [
        (SERVER_ERROR, twilio_proxy.ServerError),
        (
            answer(
                503, {"code": 20503, "message": "busy", "status": 503}, headers={"Retry-After": "1"}
            ),
            twilio_proxy.ServerError,
        ),
        (reset_at_once, twilio_proxy.APIConnectionError),
        (hang, twilio_proxy.APITimeoutError),
    ],
    ids=["500", "503-retry-after", "reset-after-sending", "timeout"],
)
def test_a_create_that_may_have_reached_twilio_is_never_retried(
    make_api: Callable[..., Api],
    server: Server,
    waits: list[float],
    behaviour: Any,
    error: type[Exception],
) -> None:
    api = make_api(max_retries=3, timeout=0.5)
    server.queue(behaviour)
    with pytest.raises(error):
        create(api, body="hi")
    assert server.count == 1
    assert waits == []


def test_a_rate_limited_create_is_retried(
    make_api: Callable[..., Api], server: Server, waits: list[float]
) -> None:
    api = make_api(max_retries=2)
    server.queue(
        answer(
            429,
            {"code": 20429, "message": "slow down", "status": 429},
            headers={"Retry-After": "2"},
        ),
        answer(201, EXAMPLE),
    )
    assert create(api, body="hi").sid == SIDS["sid"]
    assert server.count == 2
    assert waits == [2.0]


def test_a_create_that_never_connected_is_retried(
    make_api: Callable[..., Api], waits: list[float]
) -> None:
    api = make_api(max_retries=2, base_url=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        create(api, body="hi")
    assert caught.value.sent is False
    assert len(waits) == 2


@pytest.mark.parametrize(
    "behaviour",
    [
        lambda body: answer(
            502,
            f"<html>bad form: Body={body}</html>".encode(),
            headers={"Content-Type": "text/html"},
        ),
        lambda body: answer(
            400, {"code": 21602, "message": f"Body {body!r} refused", "status": 400}
        ),
        lambda body: answer(200, {"sid": 5, "note": body}),  # unreadable 2xx quoting it
    ],
    ids=["502-html-echo", "400-twilio-echo", "200-unreadable"],
)
def test_an_echoed_message_never_reaches_an_error(
    make_api: Callable[..., Api], server: Server, behaviour: Any
) -> None:
    api = make_api(max_retries=0)
    text = "Meet me at 221B Baker Street"
    server.queue(behaviour(urllib.parse.quote_plus(text)), behaviour(text))
    for _ in range(2):  # echoed form-encoded, then as sent
        with pytest.raises(twilio_proxy.TwilioProxyError) as caught:
            create(api, body=text)
        shown = f"{caught.value} {caught.value!r} {vars(caught.value)}"
        assert "Baker" not in shown


@pytest.mark.parametrize("method", ["sync", "async"])
def test_an_apps_transport_that_already_read_the_body(method: str) -> None:
    # httpx2.MockTransport answers (the usual way apps test) come already read.
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(201, json=EXAMPLE)

    transport = httpx2.MockTransport(handler)
    kwargs = {"account_sid": "AC" + "0" * 32, "auth_token": "0123456789abcdef" * 2}
    if method == "sync":
        with httpx2.Client(transport=transport) as http:
            mi = twilio_proxy.Client(http_client=http, **kwargs).create_message_interaction(
                **PARENT, body="hi"
            )
    else:

        async def run() -> Any:
            async with httpx2.AsyncClient(transport=transport) as http:
                client = twilio_proxy.AsyncClient(http_client=http, **kwargs)
                return await client.create_message_interaction(**PARENT, body="hi")

        mi = asyncio.run(run())
    assert mi.sid == SIDS["sid"]
