"""Client and AsyncClient: request shape, connection pool, closing, timeouts, redirects, raw access.

Most tests use httpx.MockTransport (tests/_support.py). The "over the wire"
section runs a tiny HTTP/1.1 server on 127.0.0.1 to check what mocks cannot:
the clients' own pools (httpx for Client, aiohttp for AsyncClient) reuse one
connection, close() releases it, timeouts fire, bodies are capped.
"""

from __future__ import annotations

import asyncio
import base64
import http.server
import json
import platform
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import httpx
import pytest

import twilio_proxy
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    BASE_URL,
    ENCODED_AUTH,
    EXAMPLE,
    EXPECTED_PATH,
    MODES,
    REQUEST_ID,
    SIDS,
    json_response,
    make_async_client,
    make_client,
    ok_body,
)

BASIC = f"Basic {ENCODED_AUTH}"
USER_AGENT = (
    f"twilio-proxy/{twilio_proxy.__version__} ({platform.system()} {platform.machine()}) "
    f"Python/{platform.python_version()}"
)


class Recorder:
    """A MockTransport handler that records requests and answers from a list (last repeats)."""

    def __init__(self, *answers: httpx.Response | Callable[[httpx.Request], httpx.Response]):
        self.answers = list(answers) or [json_response(200, ok_body())]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if callable(answer):
            return answer(request)
        # A fresh copy each time: an httpx.Response's stream can be read only once.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


async def fetch(
    mode: str, handler: Any, *, call_timeout: Any = None, **kwargs: Any
) -> twilio_proxy.APIResponse[twilio_proxy.MessageInteraction]:
    if mode == "sync":
        with make_client(handler, **kwargs) as client:
            return client.fetch_message_interaction_with_response(**SIDS, timeout=call_timeout)
    async with make_async_client(handler, **kwargs) as aclient:
        return await aclient.fetch_message_interaction_with_response(**SIDS, timeout=call_timeout)


# --- request shape -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_request_goes_to_the_exact_endpoint(mode: str) -> None:
    recorder = Recorder()
    await fetch(mode, recorder)
    [request] = recorder.requests
    assert request.method == "GET"
    assert str(request.url) == BASE_URL + EXPECTED_PATH
    assert request.url.raw_path == EXPECTED_PATH.encode()
    assert request.url.query == b""
    assert request.content == b""


@pytest.mark.parametrize("mode", MODES)
async def test_request_headers(mode: str) -> None:
    recorder = Recorder()
    await fetch(mode, recorder)
    headers = recorder.requests[0].headers
    assert headers["Authorization"] == BASIC
    assert headers["User-Agent"] == USER_AGENT
    assert re.fullmatch(
        r"twilio-proxy/\d+\.\d+\.\d+\S* \(\S+ \S+\) Python/\d+\.\d+\.\d+\S*", headers["User-Agent"]
    )
    assert headers["Accept"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
async def test_user_agent_extra_is_appended(mode: str) -> None:
    recorder = Recorder()
    await fetch(mode, recorder, user_agent_extra="my-app/1.2 (+https://example.com)")
    assert recorder.requests[0].headers["User-Agent"] == (
        USER_AGENT + " my-app/1.2 (+https://example.com)"
    )


@pytest.mark.parametrize("mode", MODES)
async def test_api_key_is_the_basic_auth_username(mode: str) -> None:
    key, secret = "SK" + "e" * 32, "key-secret"
    recorder = Recorder()
    await fetch(mode, recorder, account_sid=None, auth_token=None, api_key=key, api_secret=secret)
    expected = "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()
    assert recorder.requests[0].headers["Authorization"] == expected


@pytest.mark.parametrize("mode", MODES)
async def test_own_http_client_headers_are_kept_but_ours_win(mode: str) -> None:
    recorder = Recorder()
    config: dict[str, Any] = {
        "transport": httpx.MockTransport(recorder),
        "headers": {"X-App": "kept", "User-Agent": "theirs", "Accept": "text/html"},
        "auth": ("someone", "else"),
    }
    if mode == "sync":
        with twilio_proxy.Client(
            ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.Client(**config)
        ) as client:
            client.fetch_message_interaction(**SIDS)
    else:
        async with twilio_proxy.AsyncClient(
            ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.AsyncClient(**config)
        ) as aclient:
            await aclient.fetch_message_interaction(**SIDS)
    headers = recorder.requests[0].headers
    assert headers["X-App"] == "kept"
    assert headers["User-Agent"] == USER_AGENT
    assert headers["Accept"] == "application/json"
    assert headers["Authorization"] == BASIC


def test_client_refuses_an_async_http_client() -> None:
    with pytest.raises(twilio_proxy.ConfigurationError, match=r"must be an httpx\.Client"):
        twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_async_client_refuses_a_sync_http_client() -> None:
    with pytest.raises(twilio_proxy.ConfigurationError, match=r"must be an httpx\.AsyncClient"):
        twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]


def test_reprs_show_settings_not_secrets() -> None:
    client = make_client(Recorder(), max_retries=1)
    aclient = make_async_client(Recorder(), base_url="http://127.0.0.1:9")
    assert repr(client) == (
        f"Client(base_url='https://proxy.twilio.com', username={ACCOUNT_SID!r}, max_retries=1)"
    )
    assert repr(aclient) == (
        f"AsyncClient(base_url='http://127.0.0.1:9', username={ACCOUNT_SID!r}, max_retries=2)"
    )
    assert AUTH_TOKEN not in repr(client) + repr(aclient)


# --- raw access ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_with_response_gives_status_headers_request_id(mode: str) -> None:
    answer = json_response(200, ok_body(), **{"X-Extra": "yes"})
    response = await fetch(mode, Recorder(answer))
    assert isinstance(response, twilio_proxy.APIResponse)
    assert isinstance(response.parsed, twilio_proxy.MessageInteraction)
    assert response.parsed.sid == EXAMPLE["sid"]
    assert response.status_code == 200
    assert response.request_id == REQUEST_ID
    assert response.headers["x-extra"] == "yes"
    assert response.headers["Twilio-Request-Id"] == REQUEST_ID
    assert response.http_version == "HTTP/1.1"


@pytest.mark.parametrize("mode", MODES)
async def test_with_response_without_request_id(mode: str) -> None:
    answer = httpx.Response(201, json=ok_body())
    response = await fetch(mode, Recorder(answer))
    assert response.status_code == 201
    assert response.request_id is None


@pytest.mark.parametrize("mode", MODES)
async def test_fetch_returns_the_parsed_interaction(mode: str) -> None:
    recorder = Recorder()
    if mode == "sync":
        mi = make_client(recorder).fetch_message_interaction(**SIDS)
    else:
        mi = await make_async_client(recorder).fetch_message_interaction(**SIDS)
    assert isinstance(mi, twilio_proxy.MessageInteraction)
    assert mi.to_dict()["sid"] == EXAMPLE["sid"]
    assert len(recorder.requests) == 1


# --- redirects -----------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("mode", MODES)
async def test_redirect_is_not_followed(mode: str, status: int) -> None:
    recorder = Recorder(
        httpx.Response(status, headers={"Location": "https://evil.example/steal"}),
        json_response(200, ok_body()),
    )
    with pytest.raises(twilio_proxy.APIStatusError) as info:
        await fetch(mode, recorder, max_retries=2)
    assert type(info.value) is twilio_proxy.APIStatusError
    assert info.value.status_code == status
    assert "(redirect to https://evil.example/steal not followed)" in info.value.message
    assert [str(r.url) for r in recorder.requests] == [BASE_URL + EXPECTED_PATH]


@pytest.mark.parametrize("mode", MODES)
async def test_redirect_not_followed_even_if_own_http_client_follows(mode: str) -> None:
    recorder = Recorder(
        httpx.Response(302, headers={"Location": BASE_URL + "/elsewhere"}),
        json_response(200, ok_body()),
    )
    transport = httpx.MockTransport(recorder)

    async def follow() -> None:
        if mode == "sync":
            http = httpx.Client(transport=transport, follow_redirects=True)
            twilio_proxy.Client(
                ACCOUNT_SID, AUTH_TOKEN, http_client=http
            ).fetch_message_interaction(**SIDS)
        else:
            ahttp = httpx.AsyncClient(transport=transport, follow_redirects=True)
            await twilio_proxy.AsyncClient(
                ACCOUNT_SID, AUTH_TOKEN, http_client=ahttp
            ).fetch_message_interaction(**SIDS)

    with pytest.raises(twilio_proxy.APIStatusError) as info:
        await follow()
    assert info.value.status_code == 302
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_304_without_location_is_an_api_status_error(mode: str) -> None:
    with pytest.raises(twilio_proxy.APIStatusError) as info:
        await fetch(mode, Recorder(httpx.Response(304)))
    assert type(info.value) is twilio_proxy.APIStatusError
    assert str(info.value) == "304 Not Modified: empty body"


# --- timeouts reach the request (httpx) ----------------------------------------------


def _timeouts(seconds: float) -> dict[str, float]:
    return {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}


@pytest.mark.parametrize("mode", MODES)
async def test_client_timeout_reaches_the_request(mode: str) -> None:
    recorder = Recorder()
    await fetch(mode, recorder, timeout=2.5)
    assert recorder.requests[0].extensions["timeout"] == _timeouts(2.5)


@pytest.mark.parametrize("mode", MODES)
async def test_call_timeout_reaches_the_request(mode: str) -> None:
    recorder = Recorder()
    await fetch(mode, recorder, timeout=2.5, call_timeout=httpx.Timeout(4.0, connect=1.0))
    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 1.0,
        "read": 4.0,
        "write": 4.0,
        "pool": 4.0,
    }


@pytest.mark.parametrize("mode", MODES)
async def test_own_http_client_timeout_applies_when_none_given(mode: str) -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    if mode == "sync":
        http = httpx.Client(transport=transport, timeout=6.0)
        twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http).fetch_message_interaction(
            **SIDS
        )
    else:
        ahttp = httpx.AsyncClient(transport=transport, timeout=6.0)
        await twilio_proxy.AsyncClient(
            ACCOUNT_SID, AUTH_TOKEN, http_client=ahttp
        ).fetch_message_interaction(**SIDS)
    assert recorder.requests[0].extensions["timeout"] == _timeouts(6.0)


@pytest.mark.parametrize("mode", MODES)
async def test_call_timeout_applies_to_every_retry(mode: str) -> None:
    recorder = Recorder(httpx.Response(503), json_response(200, ok_body()))
    await fetch(mode, recorder, call_timeout=1.5)
    assert [r.extensions["timeout"] for r in recorder.requests] == [_timeouts(1.5)] * 2


def test_default_timeout_of_the_sync_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[dict[str, Any]] = []
    recorder = Recorder()

    class Spy(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            built.append(kwargs)
            super().__init__(transport=httpx.MockTransport(recorder), **kwargs)

    monkeypatch.setattr(httpx, "Client", Spy)
    with twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        client.fetch_message_interaction(**SIDS)
        client.fetch_message_interaction(**SIDS)
    assert built == [{"timeout": httpx.Timeout(30.0, connect=5.0), "follow_redirects": False}]
    assert [r.extensions["timeout"] for r in recorder.requests] == [
        {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    ] * 2


# --- timeouts reach the request (aiohttp, AsyncClient's default transport) ------------


@pytest.fixture
def aiohttp_gets(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record every aiohttp GET and the timeout it runs under; each fails to connect."""
    calls: list[dict[str, Any]] = []

    def spy(self: aiohttp.ClientSession, url: str, **kwargs: Any) -> Any:
        # A GET without its own timeout runs under the session's.
        calls.append({"url": url, **kwargs, "timeout": kwargs.get("timeout", self.timeout)})
        raise aiohttp.ClientConnectionError("refused by the test")

    monkeypatch.setattr(aiohttp.ClientSession, "get", spy)
    return calls


@pytest.mark.parametrize(
    ("client_timeout", "call_timeout", "expected"),
    [
        pytest.param(
            None,
            None,
            aiohttp.ClientTimeout(total=None, connect=35.0, sock_connect=5.0, sock_read=30.0),
            id="default",
        ),
        pytest.param(
            2.0,
            None,
            aiohttp.ClientTimeout(total=None, connect=4.0, sock_connect=2.0, sock_read=2.0),
            id="client",
        ),
        pytest.param(
            2.0,
            httpx.Timeout(3.0, connect=0.5, pool=1.0),
            aiohttp.ClientTimeout(total=None, connect=1.5, sock_connect=0.5, sock_read=3.0),
            id="call",
        ),
    ],
)
async def test_aiohttp_timeouts_reach_the_request(
    aiohttp_gets: list[dict[str, Any]],
    client_timeout: float | None,
    call_timeout: httpx.Timeout | None,
    expected: aiohttp.ClientTimeout,
) -> None:
    async with twilio_proxy.AsyncClient(
        ACCOUNT_SID, AUTH_TOKEN, timeout=client_timeout, max_retries=0
    ) as aclient:
        with pytest.raises(twilio_proxy.APIConnectionError):
            await aclient.fetch_message_interaction(**SIDS, timeout=call_timeout)
    [call] = aiohttp_gets
    assert call["url"] == BASE_URL + EXPECTED_PATH
    assert call["allow_redirects"] is False
    assert call["timeout"] == expected


# --- closing -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_context_manager_returns_the_client(mode: str) -> None:
    if mode == "sync":
        client = make_client(Recorder())
        with client as entered:
            assert entered is client
    else:
        aclient = make_async_client(Recorder())
        async with aclient as aentered:
            assert aentered is aclient


def test_close_does_not_close_a_passed_in_http_client() -> None:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http) as client:
        client.fetch_message_interaction(**SIDS)
    client.close()
    assert not http.is_closed
    http.get("https://example.com/still-usable")
    assert len(recorder.requests) == 2


async def test_aclose_does_not_close_a_passed_in_http_client() -> None:
    recorder = Recorder()
    ahttp = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    async with twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, http_client=ahttp) as aclient:
        await aclient.fetch_message_interaction(**SIDS)
    await aclient.aclose()
    assert not ahttp.is_closed
    await ahttp.get("https://example.com/still-usable")
    assert len(recorder.requests) == 2


async def test_aclose_before_any_request_is_fine() -> None:
    aclient = twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN)
    await aclient.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await aclient.fetch_message_interaction(**SIDS)


def test_sync_client_closes_its_pool_even_when_the_block_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(KeyError), twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN) as client:
        raise KeyError("boom")
    with pytest.raises(RuntimeError, match="closed"):
        client.fetch_message_interaction(**SIDS)


async def test_async_client_closes_its_session_even_when_the_block_raises() -> None:
    with pytest.raises(KeyError):
        async with twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN) as aclient:
            raise KeyError("boom")
    with pytest.raises(RuntimeError, match="closed"):
        await aclient.fetch_message_interaction(**SIDS)


# --- body size -----------------------------------------------------------------------


def _big_json(size: int) -> bytes:
    return json.dumps(ok_body(padding="x" * size)).encode()


@pytest.mark.parametrize("mode", MODES)
async def test_success_body_over_a_mebibyte_by_content_length(mode: str) -> None:
    answer = httpx.Response(200, content=_big_json(1 << 20))
    with pytest.raises(twilio_proxy.ResponseValidationError) as info:
        await fetch(mode, Recorder(answer))
    assert "the body is larger than 1048576 bytes" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
async def test_success_body_over_a_mebibyte_without_content_length(mode: str) -> None:
    body = _big_json(1 << 20)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    async def achunks() -> Any:
        for chunk in chunks():
            yield chunk

    answer = httpx.Response(200, content=chunks() if mode == "sync" else achunks())
    assert "content-length" not in answer.headers
    with pytest.raises(twilio_proxy.ResponseValidationError) as info:
        await fetch(mode, Recorder(lambda request: answer))
    assert "the body is larger than 1048576 bytes" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
async def test_body_just_under_the_cap_is_read(mode: str) -> None:
    body = _big_json((1 << 20) - 2000)
    assert len(body) <= 1 << 20
    response = await fetch(mode, Recorder(httpx.Response(200, content=body)))
    assert response.parsed.extra["padding"].startswith("xxx")


@pytest.mark.parametrize("mode", MODES)
async def test_unreadable_content_length_is_ignored(mode: str) -> None:
    answer = httpx.Response(
        200, headers={"Content-Length": "lots"}, content=json.dumps(ok_body()).encode()
    )
    response = await fetch(mode, Recorder(answer))
    assert response.parsed.sid == EXAMPLE["sid"]


@pytest.mark.parametrize("mode", MODES)
async def test_huge_error_body_still_gives_the_right_error(mode: str) -> None:
    page = b"<html>" + b"Service Unavailable " * 200_000 + b"</html>"
    answer = httpx.Response(503, content=page, headers={"Content-Type": "text/html"})
    with pytest.raises(twilio_proxy.ServerError) as info:
        await fetch(mode, Recorder(answer), max_retries=0)
    assert info.value.status_code == 503
    assert info.value.message.startswith("non-Twilio body (text/html): <html>Service Unavailable")
    assert len(info.value.message) < 300


@pytest.mark.parametrize("mode", MODES)
async def test_connection_dropped_mid_body(mode: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"sid": '
        raise httpx.ReadError("connection reset by peer")

    async def achunks() -> Any:
        yield b'{"sid": '
        raise httpx.ReadError("connection reset by peer")

    answer = httpx.Response(200, content=chunks() if mode == "sync" else achunks())
    with pytest.raises(twilio_proxy.APIConnectionError) as info:
        await fetch(mode, Recorder(lambda request: answer), max_retries=0)
    assert type(info.value) is twilio_proxy.APIConnectionError
    assert "ReadError: connection reset by peer" in str(info.value)


# --- over the wire: a local HTTP/1.1 server -------------------------------------------

Answer = tuple[int, dict[str, str], bytes]


class LocalServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _LocalHandler)
        self.requests: list[tuple[int, str, dict[str, str]]] = []
        self.closed_ports: list[int] = []
        self.answers: list[Answer] = [(200, {}, json.dumps(EXAMPLE).encode())]
        self.delay = 0.0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def connections(self) -> set[int]:
        return {port for port, _, _ in self.requests}

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and hung up is expected here

    def wait_closed(self, count: int) -> bool:
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            if len(self.closed_ports) >= count:
                return True
            time.sleep(0.01)
        return False


class _LocalHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: LocalServer

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.requests.append((self.client_address[1], self.path, dict(self.headers)))
            index = min(len(self.server.requests), len(self.server.answers)) - 1
        status, headers, body = self.server.answers[index]
        if self.server.delay:
            time.sleep(self.server.delay)
        self.send_response(status)
        headers = {"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID, **headers}
        if headers.get("Connection") == "close":
            self.close_connection = True
        else:
            headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def finish(self) -> None:
        super().finish()
        self.server.closed_ports.append(self.client_address[1])

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    thread = threading.Thread(target=srv.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


async def wire_fetch(
    mode: str, server: LocalServer, times: int = 1, *, call_timeout: Any = None, **kwargs: Any
) -> list[twilio_proxy.APIResponse[twilio_proxy.MessageInteraction]]:
    kwargs.setdefault("max_retries", 0)
    results = []
    if mode == "sync":
        with twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, base_url=server.url, **kwargs) as client:
            for _ in range(times):
                results.append(
                    client.fetch_message_interaction_with_response(**SIDS, timeout=call_timeout)
                )
    else:
        async with twilio_proxy.AsyncClient(
            ACCOUNT_SID, AUTH_TOKEN, base_url=server.url, **kwargs
        ) as aclient:
            for _ in range(times):
                results.append(
                    await aclient.fetch_message_interaction_with_response(
                        **SIDS, timeout=call_timeout
                    )
                )
    return results


@pytest.mark.parametrize("mode", MODES)
async def test_wire_request_shape(mode: str, server: LocalServer) -> None:
    [response] = await wire_fetch(mode, server, user_agent_extra="wire/1")
    [(_, path, headers)] = server.requests
    assert path == EXPECTED_PATH
    lower = {name.lower(): value for name, value in headers.items()}
    assert lower["authorization"] == BASIC
    assert lower["user-agent"] == USER_AGENT + " wire/1"
    assert lower["accept"] == "application/json"
    assert response.parsed.sid == EXAMPLE["sid"]
    assert response.status_code == 200
    assert response.request_id == REQUEST_ID
    assert response.http_version == "HTTP/1.1"


@pytest.mark.parametrize("mode", MODES)
async def test_wire_one_connection_reused_across_calls(mode: str, server: LocalServer) -> None:
    responses = await wire_fetch(mode, server, times=4)
    assert [r.status_code for r in responses] == [200] * 4
    assert len(server.requests) == 4
    assert len(server.connections) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_wire_each_client_has_its_own_pool(mode: str, server: LocalServer) -> None:
    await wire_fetch(mode, server)
    await wire_fetch(mode, server)
    assert len(server.connections) == 2


def test_wire_close_releases_the_connection(server: LocalServer) -> None:
    client = twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN, base_url=server.url)
    client.fetch_message_interaction(**SIDS)
    time.sleep(0.05)
    assert server.closed_ports == []
    client.close()
    assert server.wait_closed(1)
    assert server.closed_ports == list(server.connections)


async def test_wire_aclose_releases_the_connection(server: LocalServer) -> None:
    aclient = twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server.url)
    await aclient.fetch_message_interaction(**SIDS)
    await asyncio.sleep(0.05)
    assert server.closed_ports == []
    await aclient.aclose()
    assert await asyncio.to_thread(server.wait_closed, 1)
    with pytest.raises(RuntimeError, match="closed"):
        await aclient.fetch_message_interaction(**SIDS)


@pytest.mark.parametrize("mode", MODES)
async def test_wire_context_manager_releases_the_connection(mode: str, server: LocalServer) -> None:
    await wire_fetch(mode, server)
    assert await asyncio.to_thread(server.wait_closed, 1)


@pytest.mark.parametrize("mode", MODES)
async def test_wire_client_timeout_fires(mode: str, server: LocalServer) -> None:
    server.delay = 2.0
    started = time.monotonic()
    with pytest.raises(twilio_proxy.APITimeoutError) as info:
        await wire_fetch(mode, server, timeout=0.1)
    assert time.monotonic() - started < 1.5
    assert str(info.value).startswith(f"Timed out from GET {server.url}{EXPECTED_PATH}: ")
    assert info.value.method == "GET"
    assert info.value.url == server.url + EXPECTED_PATH


@pytest.mark.parametrize("mode", MODES)
async def test_wire_call_timeout_beats_client_timeout(mode: str, server: LocalServer) -> None:
    server.delay = 0.3
    # A longer per-call limit lets a slow answer through despite the client's short one...
    [response] = await wire_fetch(mode, server, timeout=0.1, call_timeout=5)
    assert response.status_code == 200
    # ...and a shorter one cuts a request the client's limit would allow.
    with pytest.raises(twilio_proxy.APITimeoutError):
        await wire_fetch(mode, server, timeout=5, call_timeout=0.1)


@pytest.mark.parametrize("mode", MODES)
async def test_wire_connection_refused(mode: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(twilio_proxy.APIConnectionError) as info:
        await wire_fetch_to(mode, url)
    assert type(info.value) is twilio_proxy.APIConnectionError
    assert str(info.value).startswith(f"Could not get an answer from GET {url}{EXPECTED_PATH}: ")
    assert AUTH_TOKEN not in str(info.value)


@pytest.mark.parametrize("mode", MODES)
async def test_wire_redirect_is_not_followed(mode: str, server: LocalServer) -> None:
    server.answers = [(302, {"Location": server.url + "/other"}, b"")]
    with pytest.raises(twilio_proxy.APIStatusError) as info:
        await wire_fetch(mode, server, max_retries=2)
    assert type(info.value) is twilio_proxy.APIStatusError
    assert info.value.status_code == 302
    assert f"(redirect to {server.url}/other not followed)" in str(info.value)
    assert [path for _, path, _ in server.requests] == [EXPECTED_PATH]


@pytest.mark.parametrize("mode", MODES)
async def test_wire_twilio_error(mode: str, server: LocalServer) -> None:
    error = {"code": 20404, "message": "Not here", "more_info": "https://x.example/20404"}
    server.answers = [(404, {}, json.dumps({**error, "status": 404}).encode())]
    with pytest.raises(twilio_proxy.NotFoundError) as info:
        await wire_fetch(mode, server)
    assert (info.value.code, info.value.message, info.value.request_id) == (
        20404,
        "Not here",
        REQUEST_ID,
    )
    assert info.value.url == server.url + EXPECTED_PATH


@pytest.mark.parametrize("mode", MODES)
async def test_wire_server_error_is_retried(mode: str, server: LocalServer) -> None:
    server.answers = [(503, {}, b""), (200, {}, json.dumps(EXAMPLE).encode())]
    [response] = await wire_fetch(mode, server, max_retries=2)
    assert response.status_code == 200
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("close_delimited", [False, True], ids=["content-length", "until-close"])
async def test_wire_success_body_too_big(
    mode: str, server: LocalServer, close_delimited: bool
) -> None:
    headers = {"Connection": "close"} if close_delimited else {}
    server.answers = [(200, headers, _big_json(1 << 20))]
    with pytest.raises(twilio_proxy.ResponseValidationError) as info:
        await wire_fetch(mode, server)
    assert "the body is larger than 1048576 bytes" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
async def test_wire_huge_error_page(mode: str, server: LocalServer) -> None:
    page = b"<html>" + b"Bad Gateway " * 100_000 + b"</html>"
    server.answers = [(502, {"Content-Type": "text/html", "Connection": "close"}, page)]
    with pytest.raises(twilio_proxy.ServerError) as info:
        await wire_fetch(mode, server)
    assert info.value.message.startswith("non-Twilio body (text/html): <html>Bad Gateway")


_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


@pytest.mark.parametrize("mode", MODES)
async def test_wire_http_proxy_from_environment_is_used(
    mode: str, server: LocalServer, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy_env.setenv("HTTP_PROXY", server.url)
    target = "http://upstream.example:8080"
    [response] = await wire_fetch_to(mode, target)
    assert response.status_code == 200
    # A forward proxy gets the absolute URL of the target.
    assert [path for _, path, _ in server.requests] == [target + EXPECTED_PATH]


@pytest.mark.parametrize("mode", MODES)
async def test_wire_no_proxy_bypasses_the_proxy(
    mode: str, server: LocalServer, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy_env.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    proxy_env.setenv("NO_PROXY", "127.0.0.1")
    [response] = await wire_fetch_to(mode, server.url)
    assert response.status_code == 200
    assert [path for _, path, _ in server.requests] == [EXPECTED_PATH]


async def wire_fetch_to(
    mode: str, base_url: str
) -> list[twilio_proxy.APIResponse[twilio_proxy.MessageInteraction]]:
    if mode == "sync":
        with twilio_proxy.Client(
            ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, max_retries=0
        ) as client:
            return [client.fetch_message_interaction_with_response(**SIDS)]
    async with twilio_proxy.AsyncClient(
        ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, max_retries=0
    ) as aclient:
        return [await aclient.fetch_message_interaction_with_response(**SIDS)]
