"""status_error: the class by status, Twilio's fields, and no server text unscrubbed."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from typing import Any

import pytest

from _support import ACCOUNT_SID, AUTH_TOKEN, ENCODED_AUTH, MESSAGE_BODY, REQUEST_ID, SPEC
from twilio_proxy import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from twilio_proxy._status import EXCERPT_CHARS, parse_retry_after, redact, status_error

URL = "https://proxy.twilio.com/v1/Services/KS" + "a" * 32
SECRETS = (AUTH_TOKEN, ENCODED_AUTH)
# Every way a secret can come back from a server that echoes the request.
ECHO = f"{ACCOUNT_SID}:{AUTH_TOKEN} / Basic {ENCODED_AUTH}"


def error(status: int = 400, body: Any = b"", **headers: str) -> APIStatusError:
    return status_error(
        status_code=status,
        # Transports give a case-insensitive mapping; status_error looks names up in lower case.
        headers={name.replace("_", "-").lower(): value for name, value in headers.items()},
        body=body if isinstance(body, bytes) else json.dumps(body).encode(),
        method="GET",
        url=URL,
        secrets=SECRETS,
    )


def twilio(status: int, **fields: Any) -> dict[str, Any]:
    return {"code": 20000 + status, "message": "Nope", "status": status, **fields}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        *[(status, ServerError) for status in (500, 501, 502, 503, 504, 599)],
        *[(status, APIStatusError) for status in (100, 300, 304, 402, 405, 409, 418, 499, 600)],
    ],
)
@pytest.mark.parametrize("body", ["twilio", "html"])
def test_class_by_status(status: int, cls: type[APIStatusError], body: str) -> None:
    made = error(status, twilio(status) if body == "twilio" else b"<html>Bad Gateway</html>")
    assert type(made) is cls
    assert (made.status_code, made.method, made.url) == (status, "GET", URL)
    assert made.code == (20000 + status if body == "twilio" else None)


def spec_error_examples() -> list[Any]:
    """(status, example body) of every error answer the spec documents, for every operation."""
    found: dict[tuple[str, str], None] = {}
    for path in SPEC["paths"].values():
        for method, operation in path.items():
            if method.startswith("x-"):
                continue
            for status, response in operation["responses"].items():
                if status.startswith("2"):
                    continue
                if "$ref" in response:
                    response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                content = response["content"]["application/json"]
                examples = content.get("examples", {}).values()
                for body in (
                    [content["example"]]
                    if "example" in content
                    else [example["value"] for example in examples]
                ):
                    found[status, json.dumps(body)] = None
    return [pytest.param(int(s), json.loads(body), id=s) for s, body in found]


@pytest.mark.parametrize(("status", "body"), spec_error_examples())
def test_spec_error_examples_give_their_fields(status: int, body: dict[str, Any]) -> None:
    made = error(status, body, Twilio_Request_Id=REQUEST_ID)
    assert made.code == body["code"]
    assert made.message == body["message"]
    assert made.detail == body.get("detail")
    assert made.more_info == body.get("more_info")
    assert made.details is None
    assert made.request_id == REQUEST_ID
    assert made.headers["twilio-request-id"] == REQUEST_ID
    assert str(made).startswith(f"{status} ")
    assert str(made).endswith(f"See {body['more_info']} (request {REQUEST_ID})")


def test_str_reads_as_documented() -> None:
    body = twilio(
        404, message="The requested resource /x was not found", more_info="https://t.co/e"
    )
    assert str(error(404, body, Twilio_Request_Id=REQUEST_ID)) == (
        "404 Not Found (Twilio error 20404): The requested resource /x was not found. "
        f"See https://t.co/e (request {REQUEST_ID})"
    )
    body = twilio(401, message="Authenticate", detail="Your AccountSid or AuthToken was incorrect.")
    assert str(error(401, body)) == (
        "401 Unauthorized (Twilio error 20401): Authenticate "
        "(Your AccountSid or AuthToken was incorrect.)"
    )


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        pytest.param(
            b"<html><body><h1>502 Bad Gateway</h1>\n</body></html>",
            "text/html; charset=utf-8",
            "non-Twilio body (text/html): <html><body><h1>502 Bad Gateway</h1> </body></html>",
            id="html",
        ),
        pytest.param(b"", "application/json", "empty body", id="empty"),
        pytest.param(b"  \r\n ", None, "empty body", id="whitespace"),
        pytest.param(b'{"code": 20404, "mess', "application/json", None, id="truncated"),
        pytest.param(b"[1, 2]", ";", None, id="array"),
        pytest.param(b'{"error": "nope"}', None, None, id="no-code"),
        pytest.param(
            b'{"code": "20404", "message": "x", "status": 404}', None, None, id="str-code"
        ),
        pytest.param(b'{"code": 20404, "message": 5, "status": 404}', None, None, id="int-message"),
        pytest.param(b'{"code": 20404, "message": "x"}', None, None, id="no-status"),
        pytest.param(b"\xff\xfe not utf-8", "text/plain", None, id="not-utf8"),
        pytest.param(b"[" * 100_000, None, None, id="deep"),
        pytest.param(b'{"a": ' * 100_000, None, None, id="deep-object"),
    ],
)
def test_body_that_is_not_twilios_gives_an_excerpt(
    body: bytes, content_type: str | None, message: str | None
) -> None:
    headers = {} if content_type is None else {"Content_Type": content_type}
    made = error(503, body, **headers)
    assert type(made) is ServerError
    assert (made.code, made.more_info, made.detail, made.details) == (None, None, None, None)
    if message is None:
        kind = (content_type or "").split(";")[0] or "unknown type"
        text = body.decode("utf-8", "replace")
        text = text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "…"
        message = f"non-Twilio body ({kind}): {text}"
    assert made.message == message
    assert str(made) == f"503 Service Unavailable: {message}"


def test_excerpt_is_short_and_never_reaches_past_it() -> None:
    made = error(500, b"<html>" + b"A" * 10_000 + MESSAGE_BODY.encode(), Content_Type="text/html")
    assert made.message == "non-Twilio body (text/html): <html>" + "A" * 194 + "…"


def test_details_are_kept_when_an_object_and_scrubbed() -> None:
    details = {"echo": [ECHO, 7, None, {"deep": ECHO}], AUTH_TOKEN: 2.5, "ok": True}
    made = error(400, twilio(400, details=details))
    scrubbed = f"{ACCOUNT_SID}:[redacted] / Basic [redacted]"
    assert made.details == {
        "echo": [scrubbed, 7, None, {"deep": scrubbed}],
        "[redacted]": 2.5,
        "ok": True,
    }


@pytest.mark.parametrize(
    "details",
    [
        pytest.param([1], id="list"),
        pytest.param("text", id="str"),
        pytest.param({"a": json.loads("[" * 33 + "]" * 33)}, id="too-deep"),
        pytest.param({"a": json.loads("[" * 900 + "]" * 900)}, id="deeper-than-the-stack"),
    ],
)
def test_details_of_another_shape_are_dropped_keeping_the_rest(details: Any) -> None:
    made = error(404, twilio(404, details=details))
    assert (type(made), made.code, made.message, made.details) == (
        NotFoundError,
        20404,
        "Nope",
        None,
    )


def test_deepest_details_kept() -> None:
    details = {"a": json.loads("[" * 32 + "]" * 32)}
    assert error(400, twilio(400, details=details)).details == details


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"more_info": 7, "detail": ["x"]}, (None, None)),
        ({"detail": ""}, (None, None)),
        ({"more_info": "https://x.example", "detail": "More."}, ("https://x.example", "More.")),
    ],
)
def test_optional_fields_only_when_strings(fields: dict[str, Any], expected: Any) -> None:
    made = error(400, twilio(400, **fields))
    assert (made.more_info, made.detail) == expected


def test_server_text_is_scrubbed_everywhere() -> None:
    hostile = f"line one\nFAKE LOG\r\x1b[31m\x00red\u2028\x85end {ECHO}"
    scrubbed = f"line one FAKE LOG [31m red end {ACCOUNT_SID}:[redacted] / Basic [redacted]"
    body = twilio(400, message=hostile, detail=hostile, more_info=hostile)
    # Header values arrive as latin-1 text: C1 controls such as \x9f, but no \u2028.
    header = hostile.replace("\u2028", "\x9f")
    made = error(400, body, Twilio_Request_Id=header, X_Echo=f"Basic {ENCODED_AUTH}")
    assert (made.message, made.detail, made.more_info, made.request_id) == (scrubbed,) * 4
    assert made.headers["x-echo"] == "Basic [redacted]"  # still case-insensitive
    assert made.headers["X-Echo"] == "Basic [redacted]"
    for text in (str(made), repr(made), *made.headers.values()):
        assert AUTH_TOKEN not in text
        assert ENCODED_AUTH not in text


def test_excerpt_is_scrubbed_too() -> None:
    body = f"<pre>Authorization: Basic {ENCODED_AUTH}\n{AUTH_TOKEN}</pre>".encode()
    made = error(502, body, Content_Type=f"text/{AUTH_TOKEN}\n")
    assert made.message == (
        "non-Twilio body (text/[redacted]): <pre>Authorization: Basic [redacted] [redacted]</pre>"
    )


def test_headers_without_secrets_are_kept_as_given() -> None:
    headers = {"twilio-request-id": REQUEST_ID}
    made = status_error(
        status_code=404, headers=headers, body=b"", method="GET", url=URL, secrets=SECRETS
    )
    assert made.headers is headers


def test_long_server_text_is_cut_short() -> None:
    made = error(500, twilio(500, message="x" * 5000, more_info="y" * 501))
    assert (made.message, made.more_info) == ("x" * 500 + "…", "y" * 500 + "…")


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("https://elsewhere.example/v1", "https://elsewhere.example/v1"),
        (f"https://x.example/?t={AUTH_TOKEN}\r\n", "https://x.example/?t=[redacted]"),
        (None, None),
    ],
)
@pytest.mark.parametrize("body", [b"", json.dumps(twilio(301)).encode()])
def test_redirect_is_named_not_followed(location: str | None, shown: str, body: bytes) -> None:
    made = error(301, body, **({} if location is None else {"Location": location}))
    assert type(made) is APIStatusError
    suffix = "" if shown is None else f" (redirect to {shown} not followed)"
    assert made.message == ("Nope" if body else "empty body") + suffix


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [({"Retry_After": "7"}, 7.0), ({"Retry_After": "soon"}, None), ({}, None)],
)
def test_rate_limit_carries_retry_after(headers: dict[str, str], retry_after: float | None) -> None:
    made = error(429, twilio(429), **headers)
    assert isinstance(made, RateLimitError)
    assert made.retry_after == retry_after


def test_retry_after_is_only_read_for_429() -> None:
    made = error(503, twilio(503), Retry_After="7")
    assert not hasattr(made, "retry_after")
    assert made.headers["retry-after"] == "7"


# --- Retry-After -----------------------------------------------------------------------------

NOW = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)


def http_date(seconds: float, *, usegmt: bool = True) -> str:
    when = NOW + dt.timedelta(seconds=seconds)
    return email.utils.format_datetime(when if usegmt else when.replace(tzinfo=None), usegmt=usegmt)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("7", 7.0),
        ("2.5", 2.5),
        (" 30 ", 30.0),
        ("0", 0.0),
        ("1e308", 1e308),  # finite: the caller decides it is too long
        ("-5", None),
        ("-0.001", None),
        ("nan", None),
        ("inf", None),
        ("1e999", None),
        ("soon", None),
        ("", None),
        (http_date(90), 90.0),
        (http_date(-90), 0.0),
        (http_date(45, usegmt=False), 45.0),  # "-0000": no zone, read as UTC
        ("Thu, 01 Jan 2026 14:00:00 +0200", 0.0),
        ("Thu, 01 Jan 2026 12:00:30 -0000", 30.0),
        ("Mon, 01 Jan 10000 00:00:00 GMT", None),
        ("Mon, 01 Jan 99999999999999999999 00:00:00 GMT", None),
        ("Mon, 01 Jan 2026 99:99:99 GMT", None),
        ("Thu, 01 Jan 2026 12:00:00 +2400", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_parse_retry_after_measures_from_the_clock() -> None:
    future = email.utils.format_datetime(
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=90), usegmt=True
    )
    seconds = parse_retry_after(future)
    assert seconds is not None
    assert 85 <= seconds <= 90
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


@pytest.mark.parametrize(
    ("text", "secrets", "expected"),
    [
        ("no secret here", SECRETS, "no secret here"),
        (f"{AUTH_TOKEN}{AUTH_TOKEN} {ENCODED_AUTH}", SECRETS, "[redacted][redacted] [redacted]"),
        (AUTH_TOKEN, (), AUTH_TOKEN),
    ],
)
def test_redact(text: str, secrets: tuple[str, ...], expected: str) -> None:
    assert redact(text, secrets) == expected
