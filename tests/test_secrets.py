"""The auth token, its Basic credential and the message body never leak.

Fetches that succeed and fail in every way (sync and async, mocked and over real
sockets) run with every logger at DEBUG. Afterwards none of the three secrets
may appear in any log record (formatted, with its traceback and extras), in
repr() of the client, in str()/repr() of the raised error or in its formatted
traceback (chained causes included), nor in repr()/str() of the result. Servers
here are hostile: they echo the request's Authorization header and the token
back in bodies, headers and redirects.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import stamina

import twilio_proxy
from _fault_server import (
    LOOPBACK_ONLY,
    FaultServer,
    closed_port,
    raw_response,
    reset_mid_body,
    respond,
)
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ENCODED_AUTH,
    EXAMPLE,
    MESSAGE_BODY,
    MODES,
    REQUEST_ID,
    SIDS,
    json_response,
    make_async_client,
    make_client,
    ok_body,
)

BASIC = ENCODED_AUTH
SECRETS = {
    "the auth token": AUTH_TOKEN,
    "the Basic credential": BASIC,
    "the message body": MESSAGE_BODY,
}
DATA = json.dumps({"body": MESSAGE_BODY})
LOGGERS = ["twilio_proxy", "httpx", "httpcore", "stamina", "aiohttp", "asyncio", "hpack"]
FORMATTER = logging.Formatter(
    "%(asctime)s %(levelname)s %(name)s %(module)s:%(lineno)d %(funcName)s %(message)s"
)
_STANDARD_RECORD_FIELDS = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

WIRE_MODES = ["sync", "async-aiohttp", "async-httpx"]


@pytest.fixture(autouse=True)
def _stamina_test_mode() -> Iterator[None]:
    # Retries happen (and are logged) without sleeping; each client keeps its attempt count.
    with stamina.set_testing(True, attempts=10, cap=True):
        yield


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every record of every logger, at DEBUG."""
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
        assert logging.getLogger(name).propagate, name  # else caplog would not see it
    return caplog


# --- the checks ----------------------------------------------------------------------------


def assert_clean(where: str, text: str) -> None:
    for name, secret in SECRETS.items():
        assert secret not in text, f"{name} appears in {where}:\n{text}"


def record_text(record: logging.LogRecord) -> str:
    """All a handler could write: the formatted line, its traceback, and any extra fields."""
    text = FORMATTER.format(record)
    extras = {k: v for k, v in vars(record).items() if k not in _STANDARD_RECORD_FIELDS}
    return f"{text}\n{extras!r}\n{record.args!r}"


def check_logs(caplog: pytest.LogCaptureFixture, *, expect: tuple[str, ...]) -> None:
    for record in caplog.records:
        assert_clean(f"the log record {record.name}:{record.levelname}", record_text(record))
    # The check above only means something if the fetch was logged at all.
    names = {record.name for record in caplog.records}
    for name in expect:
        assert name in names, f"no record from {name!r}: {sorted(names)}"


def check_error(exc: BaseException) -> None:
    assert_clean("str() of the error", str(exc))
    assert_clean("repr() of the error", repr(exc))
    assert_clean("the formatted traceback", "".join(traceback.format_exception(exc)))
    # The chain as Python shows it (a context raised `from None` is not part of it);
    # format_exception covered it, each link is also checked alone.
    link: BaseException | None = exc
    while link is not None:
        assert_clean(f"str() of the chained {type(link).__name__}", str(link))
        assert_clean(f"repr() of the chained {type(link).__name__}", repr(link))
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)


def check_result(response: twilio_proxy.APIResponse[twilio_proxy.MessageInteraction]) -> None:
    interaction = response.parsed
    assert interaction.decode_data() == {"body": MESSAGE_BODY}  # it is there, just not shown
    assert_clean("repr() of the MessageInteraction", repr(interaction))
    assert_clean("str() of the MessageInteraction", str(interaction))
    assert_clean("repr() of the APIResponse", repr(response))
    assert_clean("str() of the APIResponse", str(response))


def check_client(client: object) -> None:
    assert_clean("repr() of the client", repr(client))
    assert_clean("str() of the client", str(client))


# --- hostile answers (httpx.MockTransport) ------------------------------------------------


def echo_text(request: httpx.Request) -> str:
    auth = request.headers["Authorization"]
    assert auth == f"Basic {BASIC}"  # the handler really has something to leak
    return f"you sent Authorization: {auth} (user {ACCOUNT_SID}, password {AUTH_TOKEN})"


def ok(request: httpx.Request) -> httpx.Response:
    return json_response(200, ok_body(data=DATA))


def bad_request_echo_json(request: httpx.Request) -> httpx.Response:
    echo = echo_text(request)
    body = {
        "code": 20001,
        "message": f"Invalid parameter: {echo}",
        "more_info": f"https://www.twilio.com/docs/errors/20001?token={AUTH_TOKEN}",
        "status": 400,
        "details": {"authorization": request.headers["Authorization"]},
    }
    return json_response(400, body, **{"Twilio-Request-Id": f"RQ {AUTH_TOKEN}"})


def bad_request_echo_html(request: httpx.Request) -> httpx.Response:
    page = f"<html><body><h1>400</h1><pre>{echo_text(request)}</pre></body></html>"
    return httpx.Response(400, text=page, headers={"Content-Type": f"text/html; echo={AUTH_TOKEN}"})


def unauthorized_echo(request: httpx.Request) -> httpx.Response:
    body = {"code": 20003, "message": f"Authenticate: {echo_text(request)}", "status": 401}
    return json_response(401, body, **{"WWW-Authenticate": 'Basic realm="Twilio API"'})


def not_found(request: httpx.Request) -> httpx.Response:
    body = {"code": 20404, "message": "The requested resource was not found", "status": 404}
    return json_response(404, body)


def rate_limited(request: httpx.Request) -> httpx.Response:
    body = {"code": 20429, "message": f"Too Many Requests ({AUTH_TOKEN})", "status": 429}
    return json_response(429, body, **{"Retry-After": "1"})


def server_error_html(request: httpx.Request) -> httpx.Response:
    page = f"<html><title>500</title><body>Traceback: {echo_text(request)}</body></html>"
    return httpx.Response(500, text=page, headers={"Content-Type": "text/html"})


def redirect_echo(request: httpx.Request) -> httpx.Response:
    location = f"https://{ACCOUNT_SID}:{AUTH_TOKEN}@evil.example/?auth={BASIC}"
    return httpx.Response(302, headers={"Location": location, "Twilio-Request-Id": REQUEST_ID})


def connection_refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


def transport_error_quoting_the_credential(request: httpx.Request) -> httpx.Response:
    # The wrapper scrubs secrets from a transport error's text; its cause must not undo that.
    raise httpx.RemoteProtocolError(f"malformed answer to {echo_text(request)}", request=request)


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("The read operation timed out", request=request)


def invalid_body_wrong_type(request: httpx.Request) -> httpx.Response:
    return json_response(200, ok_body(data=DATA, type=7))


def invalid_body_data_object(request: httpx.Request) -> httpx.Response:
    return json_response(200, ok_body(data={"body": MESSAGE_BODY}))


def invalid_body_bad_date(request: httpx.Request) -> httpx.Response:
    return json_response(200, ok_body(data=DATA, date_created=f"not a date: {MESSAGE_BODY}"))


def invalid_body_truncated(request: httpx.Request) -> httpx.Response:
    whole = json.dumps(ok_body(data=DATA)).encode()
    cut = whole.index(MESSAGE_BODY.encode()) + len(MESSAGE_BODY)
    return httpx.Response(200, content=whole[:cut], headers={"Twilio-Request-Id": REQUEST_ID})


def invalid_body_array(request: httpx.Request) -> httpx.Response:
    return json_response(200, [ok_body(data=DATA)])


INVALID = twilio_proxy.ResponseValidationError
SCENARIOS: dict[str, tuple[Callable[[httpx.Request], httpx.Response], type[Exception] | None]] = {
    "200": (ok, None),
    "400-echoing-authorization-json": (bad_request_echo_json, twilio_proxy.BadRequestError),
    "400-echoing-authorization-html": (bad_request_echo_html, twilio_proxy.BadRequestError),
    "401-echoing-authorization": (unauthorized_echo, twilio_proxy.AuthenticationError),
    "404": (not_found, twilio_proxy.NotFoundError),
    "429": (rate_limited, twilio_proxy.RateLimitError),
    "500-html-echoing-authorization": (server_error_html, twilio_proxy.ServerError),
    "302-to-a-url-with-the-credentials": (redirect_echo, twilio_proxy.APIStatusError),
    "connection-error": (connection_refused, twilio_proxy.APIConnectionError),
    "transport-error-quoting-the-credential": (
        transport_error_quoting_the_credential,
        twilio_proxy.APIConnectionError,
    ),
    "read-timeout": (read_timeout, twilio_proxy.APITimeoutError),
    "200-wrong-type-with-body-in-data": (
        invalid_body_wrong_type,
        twilio_proxy.ResponseValidationError,
    ),
    "200-data-as-object": (invalid_body_data_object, INVALID),
    "200-bad-date-quoting-the-body": (invalid_body_bad_date, INVALID),
    "200-truncated-after-the-body": (invalid_body_truncated, INVALID),
    "200-array-with-body-in-data": (invalid_body_array, INVALID),
}


async def run(mode: str, client: Any) -> Any:
    """The APIResponse, or the exception raised."""
    try:
        if mode == "sync":
            return client.fetch_message_interaction_with_response(**SIDS)
        return await client.fetch_message_interaction_with_response(**SIDS)
    except twilio_proxy.TwilioProxyError as exc:
        return exc


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("mode", MODES)
async def test_nothing_leaks(
    mode: str, scenario: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    handler, expected = SCENARIOS[scenario]
    if mode == "sync":
        with make_client(handler) as client:
            outcome = await run(mode, client)
    else:
        async with make_async_client(handler) as client:
            outcome = await run(mode, client)
    if expected is None:
        assert isinstance(outcome, twilio_proxy.APIResponse), repr(outcome)
        check_result(outcome)
    else:
        assert type(outcome) is expected, repr(outcome)
        check_error(outcome)
    check_client(client)
    answered = scenario not in {
        "connection-error",
        "transport-error-quoting-the-credential",
        "read-timeout",
    }
    check_logs(debug_logs, expect=("twilio_proxy", "httpx") if answered else ("twilio_proxy",))


# --- over real sockets: httpx's and aiohttp's own transports -------------------------------


def echo_server_answer(status: int, content_type: str) -> Callable[[FaultServer, Any, bytes], None]:
    """A behaviour answering *status* with a body that quotes the request head back."""

    def behaviour(server: FaultServer, conn: Any, head: bytes) -> None:
        text = head.decode("latin-1")
        body = (
            json.dumps({"code": 20001, "message": f"you sent {text}", "status": status})
            if content_type == "application/json"
            else f"<html><pre>{text} {AUTH_TOKEN}</pre></html>"
        ).encode()
        headers = {"Content-Type": content_type, "Twilio-Request-Id": REQUEST_ID}
        respond(raw_response(status, headers, body))(server, conn, head)

    return behaviour


def ok_answer() -> Callable[[FaultServer, Any, bytes], None]:
    headers = {"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID}
    return respond(raw_response(200, headers, json.dumps(ok_body(data=DATA)).encode()))


WIRE_SCENARIOS: dict[str, tuple[Callable[[], Any] | None, type[Exception] | None]] = {
    "200": (ok_answer, None),
    "400-echoing-the-request": (
        lambda: echo_server_answer(400, "application/json"),
        twilio_proxy.BadRequestError,
    ),
    "500-html-echoing-the-request": (
        lambda: echo_server_answer(500, "text/html"),
        twilio_proxy.ServerError,
    ),
    "reset-mid-body": (lambda: reset_mid_body, twilio_proxy.APIConnectionError),
    "connection-refused": (None, twilio_proxy.APIConnectionError),
}


@pytest.fixture
def servers() -> Iterator[list[FaultServer]]:
    started: list[FaultServer] = []
    yield started
    for server in started:
        server.stop()


@LOOPBACK_ONLY
@pytest.mark.parametrize("scenario", list(WIRE_SCENARIOS))
@pytest.mark.parametrize("mode", WIRE_MODES)
async def test_nothing_leaks_over_the_wire(
    mode: str, scenario: str, servers: list[FaultServer], debug_logs: pytest.LogCaptureFixture
) -> None:
    make_behaviour, expected = WIRE_SCENARIOS[scenario]
    server = None
    if make_behaviour is None:
        url = f"http://127.0.0.1:{closed_port()}"
    else:
        server = FaultServer(make_behaviour())
        servers.append(server)
        url = server.url
    kwargs: dict[str, Any] = {
        "account_sid": ACCOUNT_SID,
        "auth_token": AUTH_TOKEN,
        "base_url": url,
        "timeout": 5.0,  # a broken server fails the test in seconds, not minutes
    }
    if mode == "sync":
        with twilio_proxy.Client(**kwargs) as client:
            outcome = await run("sync", client)
    elif mode == "async-aiohttp":
        async with twilio_proxy.AsyncClient(**kwargs) as client:
            outcome = await run("async", client)
    else:
        async with (
            httpx.AsyncClient() as http,
            twilio_proxy.AsyncClient(http_client=http, **kwargs) as client,
        ):
            outcome = await run("async", client)
    if expected is None:
        assert isinstance(outcome, twilio_proxy.APIResponse), repr(outcome)
        check_result(outcome)
    else:
        assert type(outcome) is expected, repr(outcome)
        check_error(outcome)
    check_client(client)
    check_logs(debug_logs, expect=("twilio_proxy",))
    if server is not None:  # the server had the credential to echo back
        assert server.requests
        assert all(f"Basic {BASIC}".encode() in head for head in server.requests)


# --- credentials refused by the constructor -----------------------------------------------

BAD_CREDENTIALS = {
    "token-as-account-sid": {"account_sid": AUTH_TOKEN, "auth_token": AUTH_TOKEN},
    "token-as-account-sid-alone": {"account_sid": AUTH_TOKEN},
    "token-as-api-key": {"api_key": AUTH_TOKEN, "api_secret": AUTH_TOKEN},
    "token-with-a-newline": {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN + "\n"},
    "token-with-a-space": {"account_sid": ACCOUNT_SID, "auth_token": f"{AUTH_TOKEN} x"},
    "token-as-account-sid-next-to-an-api-key": {
        "account_sid": AUTH_TOKEN,
        "api_key": "SK" + "0" * 32,
        "api_secret": AUTH_TOKEN,
    },
}


@pytest.mark.parametrize("arguments", list(BAD_CREDENTIALS))
@pytest.mark.parametrize("cls", [twilio_proxy.Client, twilio_proxy.AsyncClient])
def test_refused_credentials_are_not_repeated(
    cls: type[Any], arguments: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(twilio_proxy.MissingCredentialsError) as caught:
        cls(**BAD_CREDENTIALS[arguments])
    check_error(caught.value)
    check_logs(debug_logs, expect=())


@pytest.mark.parametrize("cls", [twilio_proxy.Client, twilio_proxy.AsyncClient])
def test_token_in_the_account_sid_variable_is_not_repeated(
    cls: type[Any], monkeypatch: pytest.MonkeyPatch, debug_logs: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", AUTH_TOKEN)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    with pytest.raises(twilio_proxy.MissingCredentialsError) as caught:
        cls()
    check_error(caught.value)
    check_logs(debug_logs, expect=())


BAD_BASE_URLS = [
    f"https://{ACCOUNT_SID}:{AUTH_TOKEN}@proxy.twilio.com",
    f"http://{ACCOUNT_SID}:{AUTH_TOKEN}@example.com",
    f"https://{ACCOUNT_SID}:{AUTH_TOKEN}@proxy.twilio.com:99999",
    f"https://proxy.twilio.com/?token={AUTH_TOKEN}",
    f"ftp://{AUTH_TOKEN}@proxy.twilio.com",
]


@pytest.mark.parametrize("base_url", BAD_BASE_URLS)
@pytest.mark.parametrize("cls", [twilio_proxy.Client, twilio_proxy.AsyncClient])
def test_refused_base_url_is_not_repeated(
    cls: type[Any], base_url: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(twilio_proxy.ConfigurationError) as caught:
        cls(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url)
    check_error(caught.value)
    check_logs(debug_logs, expect=())


# --- what the error objects hold ------------------------------------------------------------


@pytest.mark.parametrize(
    "scenario",
    [name for name, (_, expected) in SCENARIOS.items() if expected is not None],
)
@pytest.mark.parametrize("mode", MODES)
async def test_error_attributes_hold_no_secret(mode: str, scenario: str) -> None:
    """The exceptions module promises no error *holds* a credential or a message body."""
    handler, _ = SCENARIOS[scenario]
    if mode == "sync":
        with make_client(handler) as client:
            outcome = await run(mode, client)
    else:
        async with make_async_client(handler) as aclient:
            outcome = await run(mode, aclient)
    assert isinstance(outcome, twilio_proxy.TwilioProxyError)
    for name, value in vars(outcome).items():
        assert_clean(f"the error's attribute {name!r}", repr(value))


def test_example_has_data_to_hide() -> None:
    # The checks above search for MESSAGE_BODY; the spec example must not contain it already.
    assert MESSAGE_BODY not in json.dumps(EXAMPLE)
