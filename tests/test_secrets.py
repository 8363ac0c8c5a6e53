"""The auth token, its Basic credential and the message body never leak, on all three paths.

The server here is hostile: it echoes the request's Authorization header and
the token back in error bodies, headers, redirects, request ids, SIDs and even
in a malformed status line. None of the three secrets may then appear in
repr() of the client, in str()/repr()/attributes of the error raised (its
chained causes included) or its formatted traceback, nor in repr() of a result.
(Log records are checked in test_logging.py.)
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable, Mapping
from typing import Any

import pytest

import twilio_proxy
from _server import Behaviour, Server, answer, hang, reset_mid_body, send
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ENCODED_AUTH,
    EXAMPLE,
    MESSAGE_BODY,
    SIDS,
    Api,
    ok_body,
)

SECRETS = {
    "the auth token": AUTH_TOKEN,
    "the Basic credential": ENCODED_AUTH,
    "the message body": MESSAGE_BODY,
}
DATA = json.dumps({"body": MESSAGE_BODY})


def assert_clean(where: str, text: str) -> None:
    for name, secret in SECRETS.items():
        assert secret not in text, f"{name} appears in {where}:\n{text}"


def shown(value: object) -> str:
    """What a reporting tool could print of *value* (a mapping's items in full)."""
    if isinstance(value, Mapping):
        return repr(dict(value.items()))
    return repr(value)


def check_error(exc: BaseException) -> None:
    assert_clean("the formatted traceback", "".join(traceback.format_exception(exc)))
    link: BaseException | None = exc
    while link is not None:  # the chain as Python shows it
        where = type(link).__name__
        assert_clean(f"str() of {where}", str(link))
        assert_clean(f"repr() of {where}", repr(link))
        for name, value in vars(link).items():
            assert_clean(f"{where}.{name}", shown(value))
        # Every chained exception, shown or not: error reporters walk them all.
        link = link.__cause__ or link.__context__


def echo(server: Server) -> tuple[str, str]:
    """The Authorization header the server got, and a sentence quoting it and the secrets."""
    auth = server.received[-1].headers["authorization"]
    return auth, f"you sent Authorization: {auth} (user {ACCOUNT_SID}, password {AUTH_TOKEN})"


def echoing(status: int, *, html: bool = False) -> Behaviour:
    """An answer quoting the credential back everywhere a server can put text."""

    def behaviour(server: Server, conn: Any) -> None:
        auth, text = echo(server)
        headers = {"X-Echo": auth, "Twilio-Request-Id": f"RQ {auth}", "Retry-After": "3600"}
        body: Any = {
            "code": 20000 + status,
            "message": text,
            "detail": text,
            "more_info": f"https://www.twilio.com/docs/errors/20001?token={AUTH_TOKEN}",
            "status": status,
            "details": {auth: [text, {"deep": auth}]},
        }
        if html:
            body = f"<html><pre>{text}</pre></html>".encode()
            headers["Content-Type"] = f"text/html; echo={AUTH_TOKEN}"
        if 300 <= status <= 399:
            headers["Location"] = f"https://{ACCOUNT_SID}:{AUTH_TOKEN}@x.example/?a={ENCODED_AUTH}"
        answer(status, body, headers=headers)(server, conn)

    return behaviour


def echoing_200(**changes: Any) -> Behaviour:
    def behaviour(server: Server, conn: Any) -> None:
        auth, _ = echo(server)
        headers = {"X-Echo": auth, "Authorization": auth, "Twilio-Request-Id": f"RQ {auth}"}
        answer(200, ok_body(data=DATA, **changes), headers=headers)(server, conn)

    return behaviour


def malformed(quoting: bool) -> Behaviour:
    """A status line the HTTP parser refuses, quoting the credential or not."""

    def behaviour(server: Server, conn: Any) -> None:
        auth, _ = echo(server)
        send(f"HTTP/1.1 2x0 {auth if quoting else 'OK'}\r\n\r\n".encode())(server, conn)

    return behaviour


def truncated_after_the_body(server: Server, conn: Any) -> None:
    whole = json.dumps(ok_body(data=DATA)).encode()
    answer(200, whole[: whole.index(MESSAGE_BODY.encode()) + len(MESSAGE_BODY)])(server, conn)


INVALID = twilio_proxy.ResponseValidationError
SCENARIOS: dict[str, tuple[Callable[[], Behaviour], type[Exception] | None]] = {
    "200-echoing-in-headers": (echoing_200, None),
    "400-json-echo": (lambda: echoing(400), twilio_proxy.BadRequestError),
    "401-json-echo": (lambda: echoing(401), twilio_proxy.AuthenticationError),
    "429-json-echo": (lambda: echoing(429), twilio_proxy.RateLimitError),
    "500-html-echo": (lambda: echoing(500, html=True), twilio_proxy.ServerError),
    "302-to-a-url-with-the-credentials": (lambda: echoing(302), twilio_proxy.APIStatusError),
    "200-wrong-type": (lambda: echoing_200(type=7), INVALID),
    "200-sid-quoting-the-token": (lambda: echoing_200(sid=f"KI {AUTH_TOKEN}"), INVALID),
    "200-truncated-after-the-body": (lambda: truncated_after_the_body, INVALID),
    "malformed-answer-quoting-the-credential": (
        lambda: malformed(True),
        twilio_proxy.APIConnectionError,
    ),
    "malformed-answer": (lambda: malformed(False), twilio_proxy.APIConnectionError),
    "reset-mid-body": (lambda: reset_mid_body, twilio_proxy.APIConnectionError),
    "no-answer-in-time": (lambda: hang, twilio_proxy.APITimeoutError),
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_nothing_leaks(make_api: Any, server: Server, scenario: str) -> None:
    make_behaviour, expected = SCENARIOS[scenario]
    server.queue(make_behaviour())
    api: Api = make_api(
        max_retries=0, timeout=0.1 if expected is twilio_proxy.APITimeoutError else 5
    )
    if expected is not None:
        with pytest.raises(expected) as caught:
            api.call("fetch_message_interaction_with_response", **SIDS)
        assert type(caught.value) is expected, repr(caught.value)
        check_error(caught.value)
    else:
        outcome = api.call("fetch_message_interaction_with_response", **SIDS)
        assert outcome.parsed.decode_data() == {"body": MESSAGE_BODY}  # there, just not shown
        for where, value in [("the result", outcome), ("the interaction", outcome.parsed)]:
            assert_clean(f"repr() of {where}", repr(value))
            assert_clean(f"str() of {where}", str(value))
        assert_clean("the result's headers", shown(outcome.headers))
    assert_clean("repr() of the client", repr(api.client))
    assert_clean("str() of the client", str(api.client))
    # The server did have the credential to echo.
    assert server.received[0].headers["authorization"] == f"Basic {ENCODED_AUTH}"


def test_example_has_no_secret_already() -> None:
    assert_clean("the spec's example", json.dumps(EXAMPLE))
