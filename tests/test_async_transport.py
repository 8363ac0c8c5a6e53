"""AsyncClient's default transport (aiohttp), against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

import twilio_proxy
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ENCODED_AUTH,
    EXAMPLE,
    EXPECTED_PATH,
    MESSAGE_BODY,
    REQUEST_ID,
    SIDS,
)
from twilio_proxy._aiohttp import AiohttpSender, client_timeout, env_proxy

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Handler], Awaitable[tuple[str, list[web.Request]]]]]:
    servers: list[TestServer] = []

    async def start(handler: Handler) -> tuple[str, list[web.Request]]:
        seen: list[web.Request] = []

        async def recording(request: web.Request) -> web.StreamResponse:
            seen.append(request)
            return await handler(request)

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", recording)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return f"http://127.0.0.1:{server.port}", seen

    yield start
    for server in servers:
        await server.close()


def _client(base_url: str, **kwargs: Any) -> twilio_proxy.AsyncClient:
    return twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, **kwargs)


def _json(status: int, body: Any, **headers: str) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID, **headers},
    )


async def test_fetch_sends_one_authenticated_get_to_the_endpoint(serve: Any) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        return _json(200, {**EXAMPLE, "data": json.dumps({"body": MESSAGE_BODY})})

    url, seen = await serve(ok)
    async with _client(url, user_agent_extra="app/1.0") as client:
        answer = await client.fetch_message_interaction_with_response(**SIDS)
    assert answer.status_code == 200
    assert answer.request_id == REQUEST_ID
    assert answer.http_version == "HTTP/1.1"
    assert answer.parsed.decode_data() == {"body": MESSAGE_BODY}
    [request] = seen
    assert request.method == "GET"
    assert request.raw_path == EXPECTED_PATH
    assert request.headers["Authorization"] == f"Basic {ENCODED_AUTH}"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"].startswith("twilio-proxy/")
    assert request.headers["User-Agent"].endswith(" app/1.0")


async def test_connections_are_reused_across_fetches(serve: Any) -> None:
    peers: list[object] = []

    async def ok(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        peers.append(request.transport.get_extra_info("peername"))
        return _json(200, EXAMPLE)

    url, seen = await serve(ok)
    async with _client(url) as client:
        for _ in range(5):
            await client.fetch_message_interaction(**SIDS)
    assert len(seen) == 5
    assert len(set(peers)) == 1  # one keep-alive connection, reused


async def test_not_found_maps_to_not_found_error(serve: Any) -> None:
    body = {
        "code": 20404,
        "message": "The requested resource was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404,
    }

    async def missing(request: web.Request) -> web.StreamResponse:
        return _json(404, body)

    url, seen = await serve(missing)
    async with _client(url) as client:
        with pytest.raises(twilio_proxy.NotFoundError) as caught:
            await client.fetch_message_interaction(**SIDS)
    assert caught.value.code == 20404
    assert caught.value.request_id == REQUEST_ID
    assert len(seen) == 1


async def test_503_then_200_is_retried(serve: Any) -> None:
    async def flaky(request: web.Request) -> web.StreamResponse:
        if len(seen) == 1:
            return web.Response(status=503, text="<html>busy</html>", content_type="text/html")
        return _json(200, EXAMPLE)

    url, seen = await serve(flaky)
    async with _client(url) as client:
        mi = await client.fetch_message_interaction(**SIDS)
    assert mi.sid == EXAMPLE["sid"]
    assert len(seen) == 2


async def test_redirect_is_not_followed(serve: Any) -> None:
    async def moved(request: web.Request) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": "http://evil.example/steal"})

    url, seen = await serve(moved)
    async with _client(url) as client:
        with pytest.raises(twilio_proxy.APIStatusError) as caught:
            await client.fetch_message_interaction(**SIDS)
    assert caught.value.status_code == 302
    assert "not followed" in caught.value.message
    assert len(seen) == 1


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_oversized_body_is_refused(serve: Any, chunked: bool) -> None:
    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        if chunked:
            response.enable_chunked_encoding()
        else:
            response.content_length = 5 * 1024 * 1024
        await response.prepare(request)
        for _ in range(80):  # 5 MiB in 64 KiB pieces; the client stops reading early
            try:
                await response.write(b" " * 65536)
            except ConnectionError:
                break
        return response

    url, _ = await serve(huge)
    async with _client(url, max_retries=0) as client:
        with pytest.raises(twilio_proxy.ResponseValidationError, match="larger than"):
            await client.fetch_message_interaction(**SIDS)


async def test_read_timeout_raises_api_timeout_error(serve: Any) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(2)
        return _json(200, EXAMPLE)

    url, seen = await serve(slow)
    async with _client(url, max_retries=1) as client:
        with pytest.raises(twilio_proxy.APITimeoutError):
            await client.fetch_message_interaction(**SIDS, timeout=0.2)
    assert len(seen) == 2  # the timeout was retried once


async def test_connection_refused_raises_api_connection_error() -> None:
    async with _client("http://127.0.0.1:9", max_retries=2) as client:
        with pytest.raises(twilio_proxy.APIConnectionError) as caught:
            await client.fetch_message_interaction(**SIDS)
    assert not isinstance(caught.value, twilio_proxy.APITimeoutError)
    assert "ClientConnectorError" in str(caught.value)
    assert AUTH_TOKEN not in str(caught.value)


async def test_closed_client_refuses_to_reopen(serve: Any) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        return _json(200, EXAMPLE)

    url, _ = await serve(ok)
    client = _client(url)
    await client.fetch_message_interaction(**SIDS)
    await client.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await client.fetch_message_interaction(**SIDS)


async def test_aclose_without_any_request_is_fine() -> None:
    await _client("http://127.0.0.1:9").aclose()


def test_timeout_maps_every_phase() -> None:
    mapped = client_timeout(httpx.Timeout(30.0, connect=5.0, pool=2.0))
    assert mapped.total is None
    assert mapped.sock_connect == 5.0
    assert mapped.connect == 7.0  # waiting for a pooled connection, then connecting
    assert mapped.sock_read == 30.0


def test_env_proxy_follows_https_proxy_and_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert env_proxy("https://proxy.twilio.com") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://10.0.0.1:3128")
    assert env_proxy("https://proxy.twilio.com") == "http://10.0.0.1:3128"
    monkeypatch.setenv("NO_PROXY", "twilio.com")
    assert env_proxy("https://proxy.twilio.com") is None


async def test_sender_reports_http_version_and_headers(serve: Any) -> None:
    async def ok(request: web.Request) -> web.StreamResponse:
        return _json(200, EXAMPLE, **{"X-Extra": "1"})

    url, _ = await serve(ok)
    sender = AiohttpSender(base_url=url, headers={}, timeout=httpx.Timeout(5.0))
    try:
        status, headers, version, body = await sender.get(
            url + EXPECTED_PATH, timeout=None, max_body=1 << 20, max_error_body=1 << 16
        )
    finally:
        await sender.aclose()
    assert (status, version) == (200, "HTTP/1.1")
    assert headers["x-extra"] == "1"
    assert body is not None
    assert json.loads(body) == EXAMPLE
