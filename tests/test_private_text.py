"""A message a create sends never reaches an error, in whatever form an answer quotes it.

Most real SMS text is not Latin-1 (curly quotes, emoji, other scripts), and a
server or gateway may echo it as UTF-8 bytes in a header, JSON-escaped in a
body, or in a line the transport cannot parse. Each check runs on all three
HTTP paths.
"""

from __future__ import annotations

import html
import json
import re
import traceback
from collections.abc import Callable
from typing import Any

import pytest

import twilio_proxy
from _server import Behaviour, Server, answer, send
from _support import PARENT, Api
from twilio_proxy._status import private_forms

TEXT = "I\u2019m outside, white Škoda 😀 Привет"
# Its UTF-8 bytes as a header carries them: read as Latin-1 by every transport.
AS_HEADER = TEXT.encode("utf-8").decode("latin-1")
# Any piece of the message: none may show, whole or in part.
PIECES = ("white", "koda", "Привет", "😀", "\\xd0\\x9f")


def create(api: Api, **kwargs: Any) -> Any:
    return api.call("create_message_interaction", **PARENT, **kwargs)


def assert_no_piece(where: str, text: str, pieces: tuple[str, ...]) -> None:
    for piece in pieces:
        assert piece not in text, f"{piece!r} appears in {where}:\n{text}"


def check_error(exc: BaseException, pieces: tuple[str, ...] = PIECES) -> None:
    """No piece in anything a reporter could show of *exc* and what it chains."""
    shown = "".join(traceback.format_exception(exc))
    assert_no_piece("the formatted traceback", shown, pieces)
    link: BaseException | None = exc
    while link is not None:
        where = type(link).__name__
        for what, value in [("str", str(link)), ("repr", repr(link)), ("args", repr(link.args))]:
            assert_no_piece(f"{what}() of {where}", value, pieces)
        for name, value in vars(link).items():
            shown = repr(dict(value.items())) if hasattr(value, "items") else repr(value)
            assert_no_piece(f"{where}.{name}", shown, pieces)
        link = link.__cause__ or link.__context__


def echoing(status: int) -> Behaviour:
    """A Twilio error answer quoting the message in its body and, as UTF-8 bytes, its headers."""
    headers = {"X-Echo": AS_HEADER, "Twilio-Request-Id": f"RQ {AS_HEADER}"}
    body = {"code": 20000 + status, "message": f"refused: {TEXT}", "status": status}
    return answer(status, body, headers=headers)


@pytest.mark.parametrize(
    ("status", "cls", "attempts"),
    [
        (429, twilio_proxy.RateLimitError, 3),  # retried even for a create: nothing was done
        (400, twilio_proxy.BadRequestError, 1),
        (404, twilio_proxy.NotFoundError, 1),
        (500, twilio_proxy.ServerError, 1),  # a create is not repeated once it may have arrived
    ],
)
def test_text_outside_latin1_in_an_error_answer(
    make_api: Callable[..., Api], server: Server, status: int, cls: type[Exception], attempts: int
) -> None:
    server.queue(echoing(status))
    with pytest.raises(cls) as caught:
        create(make_api(), body=TEXT)
    assert type(caught.value) is cls
    assert server.count == attempts
    check_error(caught.value)
    assert caught.value.headers["x-echo"] == "[redacted]"  # the header is kept, scrubbed


@pytest.mark.parametrize(
    "line",
    [b"HTTP/1.1 2x0 %s\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: %s\r\n\r\n"],
    ids=["status-line", "header"],
)
def test_text_in_an_answer_the_transport_cannot_parse(
    make_api: Callable[..., Api], server: Server, line: bytes
) -> None:
    # The transport's own error quotes the malformed line, as escaped bytes.
    server.queue(send(line % TEXT.encode("utf-8")))
    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        create(make_api(max_retries=0), body=TEXT)
    check_error(caught.value)


def test_private_forms() -> None:
    forms = private_forms(TEXT)
    assert [len(form) for form in forms] == sorted((len(form) for form in forms), reverse=True)
    assert set(forms) >= {
        TEXT,
        AS_HEADER,
        "I%E2%80%99m+outside%2C+white+%C5%A0koda+%F0%9F%98%80+%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82",
        "I%E2%80%99m%20outside%2C%20white%20%C5%A0koda%20%F0%9F%98%80%20%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82",
    }
    escaped = "I\\xe2\\x80\\x99m outside"
    assert any(form.startswith(escaped) for form in forms)  # as h11 quotes bytes
    doubled = escaped.replace("\\", "\\\\")
    assert any(form.startswith(doubled) for form in forms)  # as aiohttp's repr shows them
    assert json.dumps(TEXT)[1:-1] in forms
    assert json.dumps(TEXT, ensure_ascii=False)[1:-1] in forms
    # Plain ASCII has fewer distinct forms; none is repeated.
    assert private_forms("Meet at 5") == ("Meet%20at%205", "Meet at 5", "Meet+at+5")


# --- echoes in bodies that are not Twilio's (item 7) --------------------------------

LONG = "Hi Ann, your test result is ready. " + "Please call the clinic. " * 33 + "Ta"
GATEWAY_TEXT = 'Your code is 4711, meet at "Gate 4"\nhttps://x.example/m \u2014 \u0160koda'
GATEWAY_PIECES = ("4711", "Gate", "koda", "x.example", "u0160", "\u2014")


def test_a_long_message_echoed_in_an_error_page(
    make_api: Callable[..., Api], server: Server
) -> None:
    assert len(LONG) == 829
    # Past the first 800 bytes of the page, so a cut before the scrub would split it.
    page = f"<html><h1>403 Forbidden</h1><p>Refused: {LONG}</p></html>".encode()
    server.queue(answer(403, page, headers={"Content-Type": "text/html"}))
    with pytest.raises(twilio_proxy.PermissionDeniedError) as caught:
        create(make_api(), body=LONG)
    assert caught.value.message == (
        "non-Twilio body (text/html): <html><h1>403 Forbidden</h1><p>Refused: [redacted]</p></html>"
    )
    check_error(caught.value, ("Ann", "clinic"))


def dumps_php(value: object) -> str:
    """JSON as PHP writes it by default: every '/' escaped."""
    return json.dumps(value).replace("/", "\\/")


def dumps_upper_hex(value: object) -> str:
    """JSON as encoders writing upper-case hex escapes (Jackson, Gson) do."""
    return re.sub(r"\\u[0-9a-f]{4}", lambda m: "\\u" + m[0][2:].upper(), json.dumps(value))


ENCODERS: dict[str, Callable[[object], str]] = {
    "ascii": json.dumps,
    "utf-8": lambda value: json.dumps(value, ensure_ascii=False),
    "slash-escaped": dumps_php,
    "upper-case-hex": dumps_upper_hex,
}


@pytest.mark.parametrize("encoder", list(ENCODERS))
def test_a_message_echoed_json_escaped_by_a_gateway(
    make_api: Callable[..., Api], server: Server, encoder: str
) -> None:
    body = ENCODERS[encoder]({"rejected_body": GATEWAY_TEXT}).encode()
    assert GATEWAY_TEXT.encode() not in body  # escaped: the text as sent is not there
    server.queue(answer(400, body, headers={"Content-Type": "application/json"}))
    with pytest.raises(twilio_proxy.BadRequestError) as caught:
        create(make_api(), body=GATEWAY_TEXT)
    assert (
        caught.value.message
        == 'non-Twilio body (application/json): {"rejected_body": "[redacted]"}'
    )
    check_error(caught.value, GATEWAY_PIECES)


def test_a_message_echoed_in_twilios_details(make_api: Callable[..., Api], server: Server) -> None:
    # Twilio's own error body is decoded first; a field may still hold the request as JSON.
    details = {"request": json.dumps({"Body": GATEWAY_TEXT}), GATEWAY_TEXT: [GATEWAY_TEXT]}
    body = {"code": 21602, "message": "refused", "status": 400, "details": details}
    server.queue(answer(400, body))
    with pytest.raises(twilio_proxy.BadRequestError) as caught:
        create(make_api(), body=GATEWAY_TEXT)
    assert caught.value.details == {
        "request": '{"Body": "[redacted]"}',
        "[redacted]": ["[redacted]"],
    }
    check_error(caught.value, GATEWAY_PIECES)


def test_a_message_echoed_html_escaped(make_api: Callable[..., Api], server: Server) -> None:
    page = f"<p>Refused: {html.escape(GATEWAY_TEXT)}</p>".encode()
    server.queue(answer(403, page, headers={"Content-Type": "text/html"}))
    with pytest.raises(twilio_proxy.PermissionDeniedError) as caught:
        create(make_api(), body=GATEWAY_TEXT)
    check_error(caught.value, GATEWAY_PIECES)


PHONE = "+15558675310"


@pytest.mark.parametrize(
    "echo",
    [
        f"Invalid Identifier: {PHONE} is not a valid phone number",
        f"Invalid Identifier: {PHONE[1:]}",  # E.164's digits without the "+"
        f"Participants[0]: {json.dumps({'Identifier': PHONE})} refused",
        f"Participant %2B{PHONE[1:]} refused",  # as a form-encoded echo would quote it
    ],
    ids=["as-sent", "other-text", "json", "form-encoded"],
)
def test_a_participants_phone_number_echoed_in_an_error(
    make_api: Callable[..., Api], server: Server, echo: str
) -> None:
    body = {"code": 80402, "message": echo, "status": 400, "details": {"identifier": PHONE}}
    server.queue(answer(400, body))
    api = make_api()
    sessions = api.client.sessions
    with pytest.raises(twilio_proxy.BadRequestError) as caught:
        api.result(
            sessions.create(
                service_sid=PARENT["service_sid"],
                participants=[
                    {"Identifier": PHONE, "FriendlyName": "Alice"},
                    {"Identifier": 15558675311},
                ],
            )
        )
    check_error(caught.value, (PHONE[1:], "15558675311"))
    assert "[redacted]" in caught.value.message
    assert caught.value.details == {"identifier": "[redacted]"}


CALLBACK = "https://hooks:Tr0ub4dor-3@example.com/proxy/cb?tenant=7"


@pytest.mark.parametrize(
    "echo",
    [
        f"CallbackUrl {CALLBACK} is not reachable",
        f"CallbackUrl {CALLBACK.replace(':', '%3A').replace('@', '%40')} refused",
        "Unauthorized at hooks:Tr0ub4dor-3",
    ],
    ids=["as-sent", "percent-encoded", "userinfo"],
)
def test_a_password_in_a_callback_url_echoed_in_an_error(
    make_api: Callable[..., Api], server: Server, echo: str
) -> None:
    server.queue(answer(400, {"code": 21609, "message": echo, "status": 400}))
    api = make_api()
    with pytest.raises(twilio_proxy.BadRequestError) as caught:
        api.result(api.client.services.create(unique_name="rides", callback_url=CALLBACK))
    check_error(caught.value, ("Tr0ub4dor-3", "Tr0ub4dor%2D3"))
    assert "[redacted]" in caught.value.message
