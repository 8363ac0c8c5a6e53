"""A request still waiting for a pooled connection was not sent: a create is then retried.

``.sent`` on APIConnectionError/APITimeoutError decides whether a create may be
sent again, so it must be True only when the request may have reached the
server. Each path's pool is made one connection small and held by a slow
fetch; a create with a short timeout then waits for it and gives up.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

import twilio_proxy
import twilio_proxy._aiohttp
import twilio_proxy._internals
from _server import Behaviour, Server, answer, kept_open, reset_at_once
from _support import ACCOUNT_SID, AUTH_TOKEN, EXAMPLE, PARENT, SIDS, Api

CREDENTIALS = {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN}


def held(until: threading.Event) -> Behaviour:
    """Answer once *until* is set (the connection stays busy till then)."""

    def behaviour(server: Server, conn: Any) -> None:
        until.wait(10)
        answer(200, EXAMPLE)(server, conn)

    return behaviour


async def arrived(server: Server) -> None:
    for _ in range(1000):
        if server.count:
            return
        await asyncio.sleep(0.01)


@pytest.mark.parametrize("max_retries", [0, 2])
def test_a_wait_for_a_pooled_connection_is_not_sending(
    make_api: Callable[..., Api],
    server: Server,
    waits: list[float],
    monkeypatch: pytest.MonkeyPatch,
    max_retries: int,
) -> None:
    release = threading.Event()
    server.queue(held(release))
    monkeypatch.setattr(twilio_proxy._aiohttp, "POOL_SIZE", 1)
    api = make_api(max_retries=max_retries)
    limits = httpx2.Limits(max_connections=1)
    if api.path == "async-httpx2":  # the app's own client, with a pool of one
        api = make_api(max_retries=max_retries, http_client=httpx2.AsyncClient(limits=limits))
    create: dict[str, Any] = {**PARENT, "body": "Your driver is here", "timeout": 0.2}

    if isinstance(api.client, twilio_proxy.Client):
        # Already right before: httpx2's PoolTimeout is known to be unsent.
        http = httpx2.Client(limits=limits)
        client = twilio_proxy.Client(
            http_client=http, max_retries=max_retries, base_url=server.url, **CREDENTIALS
        )
        with http, concurrent.futures.ThreadPoolExecutor(1) as pool:
            busy = pool.submit(client.fetch_message_interaction, **SIDS, timeout=10)
            asyncio.run(arrived(server))
            with pytest.raises(twilio_proxy.APITimeoutError) as caught:
                client.create_message_interaction(**create)
            release.set()
            assert busy.result().sid == SIDS["sid"]
    else:
        aclient = api.client

        async def scenario() -> None:
            busy = asyncio.create_task(aclient.fetch_message_interaction(**SIDS, timeout=10))
            await arrived(server)
            try:
                await aclient.create_message_interaction(**create)
            finally:
                release.set()
                assert (await busy).sid == SIDS["sid"]

        with pytest.raises(twilio_proxy.APITimeoutError) as caught:
            api.run(scenario())
    assert caught.value.sent is False
    assert server.count == 1  # the busy fetch only: the create never arrived
    assert len(waits) == max_retries  # so it is retried, as a request never sent may be


@pytest.mark.parametrize("make_api", ["async-httpx2"], indirect=True)
def test_a_transport_that_cannot_tell_counts_as_sent(make_api: Callable[..., Api]) -> None:
    # An app's own transport gives no sign of writing: a timeout may come after it.
    async def handler(request: httpx2.Request) -> httpx2.Response:
        await asyncio.sleep(10)
        raise AssertionError("cancelled before")  # pragma: no cover

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    api = make_api(http_client=http, max_retries=2)
    with pytest.raises(twilio_proxy.APITimeoutError) as caught:
        api.call("create_message_interaction", **PARENT, body="Your driver is here", timeout=0.2)
    assert caught.value.sent is True


@pytest.mark.parametrize("make_api", ["async-aiohttp"], indirect=True)
@pytest.mark.parametrize("call", ["fetch", "create"])
def test_an_earlier_failed_wait_leaves_no_mark_on_a_sent_request(
    make_api: Callable[..., Api], server: Server, call: str
) -> None:
    # An attempt that gave up waiting for a connection leaves its task marked; the next
    # attempt in that task starts unmarked, so a request that reached the server (on a
    # pooled connection: no wait, no new connection to mark it again) counts as sent.
    server.queue(kept_open(EXAMPLE, then=reset_at_once))
    api = make_api(max_retries=0)
    aclient = api.client
    assert isinstance(aclient, twilio_proxy.AsyncClient)

    async def scenario() -> None:
        await aclient.fetch_message_interaction(**SIDS)  # a connection for the pool
        twilio_proxy._internals.CONNECTING.set(True)  # as a failed wait leaves it
        if call == "fetch":
            await aclient.fetch_message_interaction(**SIDS)
        else:
            await aclient.create_message_interaction(**PARENT, body="Your driver is here")

    with pytest.raises(twilio_proxy.APIConnectionError) as caught:
        api.run(scenario())
    assert caught.value.sent is True
    assert server.count == 2
