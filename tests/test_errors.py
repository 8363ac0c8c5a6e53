"""The error tree: class by status, fields, str(), non-JSON bodies, Retry-After, no answer."""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    BASE_URL,
    ENCODED_AUTH,
    EXPECTED_PATH,
    MESSAGE_BODY,
    REQUEST_ID,
    SIDS,
    SPEC,
    json_response,
    make_async_client,
    make_client,
)

URL = BASE_URL + EXPECTED_PATH


def spec_error(name: str) -> dict[str, Any]:
    example: dict[str, Any] = SPEC["components"]["responses"][name]["content"]["application/json"][
        "example"
    ]
    return example


NOT_FOUND = spec_error("NotFound")


async def failure(mode: str, answer: Any, **kwargs: Any) -> Exception:
    """The exception a fetch raises when every request gets *answer* (no retries)."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def call() -> None:
        if mode == "sync":
            make_client(handler, **kwargs).fetch_message_interaction(**SIDS)
        else:
            await make_async_client(handler, **kwargs).fetch_message_interaction(**SIDS)

    kwargs.setdefault("max_retries", 0)
    with pytest.raises(twilio_proxy.TwilioProxyError) as info:
        await call()
    assert len(calls) == 1
    return info.value


# --- the tree ------------------------------------------------------------------------

TREE = {
    "TwilioProxyError": Exception,
    "APIStatusError": "TwilioProxyError",
    "BadRequestError": "APIStatusError",
    "AuthenticationError": "APIStatusError",
    "PermissionDeniedError": "APIStatusError",
    "NotFoundError": "APIStatusError",
    "RateLimitError": "APIStatusError",
    "ServerError": "APIStatusError",
    "APIConnectionError": "TwilioProxyError",
    "APITimeoutError": "APIConnectionError",
    "ResponseValidationError": "TwilioProxyError",
    "InvalidSidError": "TwilioProxyError",
    "MissingCredentialsError": "TwilioProxyError",
}


@pytest.mark.parametrize(("name", "parent"), TREE.items())
def test_every_error_is_exported_in_its_place(name: str, parent: Any) -> None:
    assert name in twilio_proxy.__all__
    cls = getattr(twilio_proxy, name)
    base = parent if isinstance(parent, type) else getattr(twilio_proxy, parent)
    assert issubclass(cls, base)
    assert issubclass(cls, Exception)


def test_value_errors() -> None:
    assert issubclass(twilio_proxy.InvalidSidError, ValueError)
    assert not issubclass(twilio_proxy.APIStatusError, ValueError)


# --- class by status -----------------------------------------------------------------

BY_STATUS = [
    (400, twilio_proxy.BadRequestError),
    (401, twilio_proxy.AuthenticationError),
    (403, twilio_proxy.PermissionDeniedError),
    (404, twilio_proxy.NotFoundError),
    (429, twilio_proxy.RateLimitError),
    (500, twilio_proxy.ServerError),
    (501, twilio_proxy.ServerError),
    (502, twilio_proxy.ServerError),
    (503, twilio_proxy.ServerError),
    (504, twilio_proxy.ServerError),
    (505, twilio_proxy.ServerError),
    (599, twilio_proxy.ServerError),
    (300, twilio_proxy.APIStatusError),
    (301, twilio_proxy.APIStatusError),
    (302, twilio_proxy.APIStatusError),
    (304, twilio_proxy.APIStatusError),
    (307, twilio_proxy.APIStatusError),
    (308, twilio_proxy.APIStatusError),
    (402, twilio_proxy.APIStatusError),
    (405, twilio_proxy.APIStatusError),
    (409, twilio_proxy.APIStatusError),
    (410, twilio_proxy.APIStatusError),
    (418, twilio_proxy.APIStatusError),
    (422, twilio_proxy.APIStatusError),
    (451, twilio_proxy.APIStatusError),
    (499, twilio_proxy.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), BY_STATUS)
async def test_class_by_status(mode: str, status: int, cls: type[Exception]) -> None:
    body = {"code": 20000 + status, "message": "Nope", "status": status}
    error = await failure(mode, json_response(status, body))
    assert type(error) is cls
    assert isinstance(error, twilio_proxy.APIStatusError)
    assert error.status_code == status
    assert error.code == 20000 + status


# --- fields and str() ----------------------------------------------------------------


async def test_fields_from_twilios_error_body(mode: str) -> None:
    error = await failure(mode, json_response(404, NOT_FOUND))
    assert isinstance(error, twilio_proxy.NotFoundError)
    assert error.status_code == 404
    assert error.code == 20404
    assert error.message == NOT_FOUND["message"]
    assert error.more_info == "https://www.twilio.com/docs/errors/20404"
    assert error.details is None
    assert error.request_id == REQUEST_ID
    assert error.method == "GET"
    assert error.url == URL
    assert error.headers["Twilio-Request-Id"] == REQUEST_ID


async def test_url_never_holds_credentials(mode: str) -> None:
    error = await failure(mode, json_response(401, spec_error("Unauthorized")))
    assert isinstance(error, twilio_proxy.AuthenticationError)
    assert error.url == URL
    for text in (error.url, str(error), repr(error)):
        assert AUTH_TOKEN not in text
        assert ENCODED_AUTH not in text
        assert "@" not in text


async def test_str_reads_like_the_issue_says(mode: str) -> None:
    # The issue: `404 Not Found (Twilio error 20404): The requested resource … was not
    # found. See https://www.twilio.com/docs/errors/20404 (request RQ…)`. Twilio's
    # message has no final period, so one must be added before "See".
    error = await failure(mode, json_response(404, NOT_FOUND))
    assert str(error) == (
        f"404 Not Found (Twilio error 20404): {NOT_FOUND['message']}. "
        f"See https://www.twilio.com/docs/errors/20404 (request {REQUEST_ID})"
    )


async def test_str_without_more_info_or_request_id(mode: str) -> None:
    answer = httpx.Response(
        400, json={"code": 20001, "message": "Invalid parameter", "status": 400}
    )
    error = await failure(mode, answer)
    assert str(error) == "400 Bad Request (Twilio error 20001): Invalid parameter"
    assert error.request_id is None
    assert error.more_info is None


async def test_str_of_an_unknown_status(mode: str) -> None:
    error = await failure(mode, httpx.Response(599, headers={"Twilio-Request-Id": REQUEST_ID}))
    assert str(error) == f"599 Unknown Status: empty body (request {REQUEST_ID})"


async def test_str_with_an_empty_message(mode: str) -> None:
    error = await failure(
        mode, httpx.Response(403, json={"code": 20403, "message": "", "status": 403})
    )
    assert str(error) == "403 Forbidden (Twilio error 20403)"


async def test_repr(mode: str) -> None:
    error = await failure(mode, json_response(404, NOT_FOUND))
    assert repr(error) == (
        f"NotFoundError(status_code=404, code=20404, request_id={REQUEST_ID!r}, url={URL!r})"
    )


async def test_details_are_kept(mode: str) -> None:
    body = {**spec_error("BadRequest"), "details": {"field": "Sid", "reasons": ["bad"]}}
    error = await failure(mode, json_response(400, body))
    assert isinstance(error, twilio_proxy.BadRequestError)
    assert error.details == {"field": "Sid", "reasons": ["bad"]}
    assert error.code == 20001


async def test_more_info_that_is_not_a_string_is_dropped(mode: str) -> None:
    body = {"code": 20404, "message": "Gone", "status": 404, "more_info": 7}
    error = await failure(mode, json_response(404, body))
    assert (error.code, error.message, error.more_info) == (20404, "Gone", None)


async def test_long_message_is_cut_short(mode: str) -> None:
    body = {"code": 20500, "message": "x" * 5000, "status": 500}
    error = await failure(mode, json_response(500, body))
    assert error.message == "x" * 500 + "…"


async def test_control_characters_are_removed(mode: str) -> None:
    body = {
        "code": 20400,
        "message": "line one\nFAKE LOG LINE\r\x1b[31mred\u2028end",
        "more_info": "https://x.example/\n",
        "status": 400,
    }
    error = await failure(mode, json_response(400, body))
    assert error.message == "line one FAKE LOG LINE [31mred end"
    assert error.more_info == "https://x.example/"
    assert "\n" not in str(error)
    assert "\x1b" not in str(error)


async def test_echoed_secrets_are_redacted(mode: str) -> None:
    body = {
        "code": 20003,
        "message": f"Bad credentials {ACCOUNT_SID}:{AUTH_TOKEN} / Basic {ENCODED_AUTH}",
        "more_info": f"https://x.example/?t={AUTH_TOKEN}",
        "status": 401,
    }
    error = await failure(mode, json_response(401, body))
    assert error.message == f"Bad credentials {ACCOUNT_SID}:[redacted] / Basic [redacted]"
    assert error.more_info == "https://x.example/?t=[redacted]"
    assert AUTH_TOKEN not in str(error)
    assert ENCODED_AUTH not in str(error)


async def test_echoed_secrets_in_a_non_json_body_are_redacted(mode: str) -> None:
    page = f"<pre>Authorization: Basic {ENCODED_AUTH}</pre>".encode()
    error = await failure(mode, httpx.Response(502, content=page))
    assert ENCODED_AUTH not in str(error)
    assert "[redacted]" in error.message


# --- bodies that are not Twilio's JSON -----------------------------------------------

NON_TWILIO_BODIES = [
    pytest.param(
        b"<html><body><h1>502 Bad Gateway</h1>\n</body></html>",
        "text/html; charset=utf-8",
        "non-Twilio body (text/html): <html><body><h1>502 Bad Gateway</h1> </body></html>",
        id="html",
    ),
    pytest.param(b"", "application/json", "empty body", id="empty"),
    pytest.param(b"  \r\n ", None, "empty body", id="whitespace"),
    pytest.param(
        b'{"code": 20404, "mess',
        "application/json",
        'non-Twilio body (application/json): {"code": 20404, "mess',
        id="truncated-json",
    ),
    pytest.param(
        b"[1, 2]", "application/json", "non-Twilio body (application/json): [1, 2]", id="array"
    ),
    pytest.param(
        b'{"error": "nope"}',
        "application/json",
        'non-Twilio body (application/json): {"error": "nope"}',
        id="no-code",
    ),
    pytest.param(
        b'{"code": "20404", "message": "x", "status": 404}',
        "application/json",
        'non-Twilio body (application/json): {"code": "20404", "message": "x", "status": 404}',
        id="code-as-string",
    ),
    pytest.param(
        b'{"code": 20404, "message": 5, "status": 404}',
        None,
        'non-Twilio body (unknown type): {"code": 20404, "message": 5, "status": 404}',
        id="message-not-a-string",
    ),
    pytest.param(
        b"\xff\xfe not utf-8",
        "text/plain",
        "non-Twilio body (text/plain): \ufffd\ufffd not utf-8",
        id="not-utf8",
    ),
    pytest.param(
        b"[" * 100_000, ";", "non-Twilio body (unknown type): " + "[" * 200 + "…", id="deep"
    ),
]


@pytest.mark.parametrize(("body", "content_type", "message"), NON_TWILIO_BODIES)
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, twilio_proxy.BadRequestError),
        (401, twilio_proxy.AuthenticationError),
        (403, twilio_proxy.PermissionDeniedError),
        (404, twilio_proxy.NotFoundError),
        (429, twilio_proxy.RateLimitError),
        (502, twilio_proxy.ServerError),
        (409, twilio_proxy.APIStatusError),
    ],
)
async def test_non_twilio_error_body(
    mode: str,
    status: int,
    cls: type[Exception],
    body: bytes,
    content_type: str | None,
    message: str,
) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    error = await failure(mode, httpx.Response(status, content=body, headers=headers))
    assert type(error) is cls
    assert isinstance(error, twilio_proxy.APIStatusError)
    assert error.status_code == status
    assert error.code is None
    assert error.more_info is None
    assert error.details is None
    assert error.message == message
    assert str(error).startswith(f"{status} ")
    assert str(error).endswith(f": {message}")


async def test_details_of_an_unexpected_shape_keep_code_and_message(mode: str) -> None:
    body = {"code": 20404, "message": "x", "status": 404, "details": [1]}
    error = await failure(mode, json_response(404, body))
    assert type(error) is twilio_proxy.NotFoundError
    assert (error.code, error.message, error.details) == (20404, "x", None)


async def test_long_non_json_body_is_excerpted(mode: str) -> None:
    page = b"<html>" + b"A" * 10_000 + b"</html>"
    answer = httpx.Response(500, content=page, headers={"Content-Type": "text/html"})
    error = await failure(mode, answer)
    assert error.message == "non-Twilio body (text/html): <html>" + "A" * 194 + "…"


async def test_error_body_is_never_quoted_beyond_the_excerpt(mode: str) -> None:
    page = b"x" * 300 + MESSAGE_BODY.encode()
    error = await failure(mode, httpx.Response(500, content=page))
    assert MESSAGE_BODY not in str(error)


# --- RateLimitError.retry_after ------------------------------------------------------


def _http_date(seconds_from_now: float) -> str:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds_from_now)
    return email.utils.format_datetime(when, usegmt=True)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        ("2.5", 2.5),
        (" 30 ", 30.0),
        ("0", 0.0),
        ("120", 120.0),
        ("-5", None),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)
async def test_retry_after(mode: str, header: str, expected: float | None) -> None:
    answer = json_response(429, spec_error("TooManyRequests"), **{"Retry-After": header})
    error = await failure(mode, answer)
    assert isinstance(error, twilio_proxy.RateLimitError)
    assert error.retry_after == expected


async def test_retry_after_missing(mode: str) -> None:
    error = await failure(mode, json_response(429, spec_error("TooManyRequests")))
    assert isinstance(error, twilio_proxy.RateLimitError)
    assert error.retry_after is None
    assert error.code == 20429


async def test_retry_after_as_a_future_http_date(mode: str) -> None:
    answer = json_response(429, {}, **{"Retry-After": _http_date(90)})
    error = await failure(mode, answer)
    assert isinstance(error, twilio_proxy.RateLimitError)
    assert error.retry_after is not None
    assert 87 <= error.retry_after <= 90


async def test_retry_after_as_an_http_date_without_zone(mode: str) -> None:
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=45)
    answer = json_response(429, {}, **{"Retry-After": email.utils.format_datetime(when)})
    assert answer.headers["Retry-After"].endswith("-0000")
    error = await failure(mode, answer)
    assert isinstance(error, twilio_proxy.RateLimitError)
    assert error.retry_after is not None
    assert 42 <= error.retry_after <= 45


# --- a 2xx we cannot read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"", "the body is empty"),
        (b"<html>OK</html>", "the body is not JSON"),
        (b'{"sid": "KI', "the body is not JSON"),
        (b"[" * 100_000, "the body is not JSON"),
        (b"[]", "the body is a JSON array, not an object"),
        (b"null", "the body is a JSON null, not an object"),
        (b'"text"', "the body is a JSON string, not an object"),
        (b"42", "the body is a JSON number, not an object"),
        (b"true", "the body is a JSON boolean, not an object"),
    ],
)
async def test_response_validation_error(mode: str, body: bytes, problem: str) -> None:
    answer = httpx.Response(200, content=body, headers={"Twilio-Request-Id": REQUEST_ID})
    error = await failure(mode, answer, max_retries=2)
    assert type(error) is twilio_proxy.ResponseValidationError
    assert error.status_code == 200
    assert error.url == URL
    assert error.request_id == REQUEST_ID
    assert str(error) == (
        f"Twilio's answer is not a MessageInteraction: {problem} "
        f"(HTTP 200 from {URL}, request {REQUEST_ID})"
    )


async def test_response_validation_error_without_request_id(mode: str) -> None:
    error = await failure(mode, httpx.Response(204))
    assert isinstance(error, twilio_proxy.ResponseValidationError)
    assert error.status_code == 204
    assert error.request_id is None
    assert str(error) == (
        f"Twilio's answer is not a MessageInteraction: the body is empty (HTTP 204 from {URL})"
    )


async def test_response_validation_error_never_quotes_the_body(mode: str) -> None:
    body = b'{"data": "' + MESSAGE_BODY.encode() + b'", broken'
    error = await failure(mode, httpx.Response(200, content=body))
    assert MESSAGE_BODY not in str(error)


# --- no answer -----------------------------------------------------------------------

TRANSPORT_ERRORS = [
    (httpx.ConnectError("[Errno 111] Connection refused"), twilio_proxy.APIConnectionError),
    (httpx.ConnectError("[Errno -2] Name or service not known"), twilio_proxy.APIConnectionError),
    (
        httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
        twilio_proxy.APIConnectionError,
    ),
    (httpx.ReadError("[Errno 104] Connection reset by peer"), twilio_proxy.APIConnectionError),
    (httpx.WriteError("broken pipe"), twilio_proxy.APIConnectionError),
    (httpx.RemoteProtocolError("Server disconnected"), twilio_proxy.APIConnectionError),
    (httpx.ConnectTimeout("connect timed out"), twilio_proxy.APITimeoutError),
    (httpx.ReadTimeout("read timed out"), twilio_proxy.APITimeoutError),
    (httpx.WriteTimeout("write timed out"), twilio_proxy.APITimeoutError),
    (httpx.PoolTimeout("no connection free"), twilio_proxy.APITimeoutError),
]


@pytest.mark.parametrize(
    ("exc", "cls"),
    TRANSPORT_ERRORS,
    ids=[f"{type(e).__name__}-{i}" for i, (e, _) in enumerate(TRANSPORT_ERRORS)],
)
async def test_no_answer(mode: str, exc: httpx.RequestError, cls: type[Exception]) -> None:
    error = await failure(mode, exc)
    assert type(error) is cls
    assert error.method == "GET"
    assert error.url == URL
    assert error.__cause__ is exc
    what = "Timed out" if cls is twilio_proxy.APITimeoutError else "Could not get an answer"
    assert str(error) == f"{what} from GET {URL}: {type(exc).__name__}: {exc}"


async def test_no_answer_without_detail(mode: str) -> None:
    error = await failure(mode, httpx.ConnectError(""))
    assert str(error) == f"Could not get an answer from GET {URL}: ConnectError: no detail"


async def test_no_answer_detail_is_scrubbed(mode: str) -> None:
    exc = httpx.ConnectError(f"proxy said: Basic {ENCODED_AUTH} / {AUTH_TOKEN}")
    error = await failure(mode, exc)
    assert str(error).endswith("ConnectError: proxy said: Basic [redacted] / [redacted]")


async def test_details_are_kept_with_echoed_secrets_redacted(mode: str) -> None:
    details = {"echo": [AUTH_TOKEN, 7, None, {"deep": f"token={AUTH_TOKEN}"}], "retry": 2.5}
    body = {"code": 20001, "message": "bad", "status": 400, "details": details}
    error = await failure(mode, json_response(400, body))
    assert isinstance(error, twilio_proxy.APIStatusError)
    assert error.details == {
        "echo": ["[redacted]", 7, None, {"deep": "token=[redacted]"}],
        "retry": 2.5,
    }


async def test_twilio_detail_sentence_is_kept_and_shown(mode: str) -> None:
    body = {
        "code": 20003,
        "detail": "Your AccountSid or AuthToken was incorrect.",
        "message": "Authenticate",
        "more_info": "https://www.twilio.com/docs/errors/20003",
        "status": 401,
    }
    error = await failure(mode, json_response(401, body))
    assert type(error) is twilio_proxy.AuthenticationError
    assert error.detail == "Your AccountSid or AuthToken was incorrect."
    assert str(error) == (
        "401 Unauthorized (Twilio error 20003): Authenticate "
        "(Your AccountSid or AuthToken was incorrect.). "
        f"See https://www.twilio.com/docs/errors/20003 (request {REQUEST_ID})"
    )
