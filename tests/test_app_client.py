"""An app's own httpx2 client lends its connections, nothing else.

Apps pass ``http_client=`` for its proxies, certificates and limits. The same
client often carries the app's other credentials, default params, cookies and
headers, and event hooks such as ``raise_for_status``: none of these may reach
Twilio's requests or replace our errors and retries. Sync ``Client`` and
``AsyncClient`` over the app's ``httpx2.AsyncClient`` (aiohttp takes no client).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import pytest

import twilio_proxy
from _server import Server, answer
from _support import ENCODED_AUTH, EXAMPLE, EXPECTED_PATH, PARENT, SIDS, Api

APP_PATHS = pytest.mark.parametrize("make_api", ["sync", "async-httpx2"], indirect=True)


def app_client(
    api_path: str, hooked: list[str], **kwargs: Any
) -> httpx2.Client | httpx2.AsyncClient:
    """The app's client with its own credentials, defaults and hooks (each hook records itself)."""

    def on_request(request: httpx2.Request) -> None:
        hooked.append("request")
        raise RuntimeError(f"the app's hook saw {request.headers.get('authorization')}")

    def on_response(response: httpx2.Response) -> None:
        hooked.append("response")
        response.raise_for_status()

    async def aon_request(request: httpx2.Request) -> None:
        on_request(request)

    async def aon_response(response: httpx2.Response) -> None:
        on_response(response)

    settings: dict[str, Any] = {
        "auth": ("crm-user", "crm-password"),
        "params": {"crm": "1"},
        "cookies": {"crm_session": "abc"},
        "headers": {"X-App": "1", "User-Agent": "crm/1.0"},
        **kwargs,
    }
    if api_path == "sync":
        return httpx2.Client(
            event_hooks={"request": [on_request], "response": [on_response]}, **settings
        )
    return httpx2.AsyncClient(
        event_hooks={"request": [aon_request], "response": [aon_response]}, **settings
    )


@pytest.fixture
def api_path(request: pytest.FixtureRequest) -> str:
    return str(request.node.callspec.params["make_api"])


@APP_PATHS
def test_only_twilios_credentials_and_our_headers(
    make_api: Callable[..., Api], api_path: str, server: Server
) -> None:
    hooked: list[str] = []
    api = make_api(http_client=app_client(api_path, hooked))
    server.queue(answer(200, EXAMPLE), answer(201, EXAMPLE))
    assert api.fetch().sid == SIDS["sid"]
    assert api.call("create_message_interaction", **PARENT, body="Your driver is here").sid
    fetched, created = server.received
    assert fetched.target == EXPECTED_PATH  # no app params
    assert created.target == EXPECTED_PATH.rsplit("/", 1)[0]
    assert created.body == b"Body=Your+driver+is+here"
    for received in (fetched, created):
        assert received.headers["authorization"] == f"Basic {ENCODED_AUTH}"
        assert received.headers["user-agent"].startswith("twilio-proxy/")
        assert "cookie" not in received.headers
        assert "x-app" not in received.headers
    assert hooked == []  # the app's hooks would see our Authorization header


@APP_PATHS
@pytest.mark.parametrize(
    ("status", "cls", "attempts"),
    [
        (404, twilio_proxy.NotFoundError, 1),
        (429, twilio_proxy.RateLimitError, 3),
        (503, twilio_proxy.ServerError, 3),
    ],
)
def test_our_errors_and_retries_whatever_the_hooks(
    make_api: Callable[..., Api],
    api_path: str,
    server: Server,
    waits: list[float],
    status: int,
    cls: type[Exception],
    attempts: int,
) -> None:
    hooked: list[str] = []
    api = make_api(http_client=app_client(api_path, hooked))
    server.queue(answer(status, {"code": 20000 + status, "message": "no", "status": status}))
    with pytest.raises(cls) as caught:
        api.fetch()
    assert type(caught.value) is cls
    assert caught.value.code == 20000 + status  # Twilio's body was read, not dropped by a hook
    assert (server.count, len(waits)) == (attempts, attempts - 1)
    assert (caught.value.__cause__, caught.value.__context__) == (None, None)
    assert hooked == []


@APP_PATHS
def test_the_apps_proxy_is_kept(
    make_api: Callable[..., Api], api_path: str, server: Server
) -> None:
    # The proxy (a transport mounted for the URL) is one reason apps pass a client.
    target = "http://upstream.example:8080"
    http = app_client(api_path, [], proxy=server.url)
    api = make_api(http_client=http, base_url=target)
    assert api.fetch().sid == SIDS["sid"]
    assert [r.target for r in server.received] == [target + EXPECTED_PATH]
    assert server.received[0].headers["authorization"] == f"Basic {ENCODED_AUTH}"
