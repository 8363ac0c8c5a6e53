"""twilio_proxy._internals: the private names of httpx2 and aiohttp it uses, as installed.

pyproject.toml admits httpx2 2.x from 2.16 and aiohttp 3.x from 3.11: the
versions installed are in those ranges, and each private attribute is where
_internals expects it and does what the senders rely on. An upgrade that moves
one fails here, not in an app.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import inspect
import ssl
import tomllib

import aiohttp
import httpcore2
import httpx2
import pytest

from _support import ROOT
from twilio_proxy import _internals


def _range(name: str) -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [spec] = [d for d in pyproject["project"]["dependencies"] if d.startswith(name + ">=")]
    return spec.removeprefix(name)


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in importlib.metadata.version(name).split(".")[:2])


@pytest.mark.parametrize(
    ("name", "low", "high"), [("httpx2", (2, 16), (3,)), ("aiohttp", (3, 11), (4,))]
)
def test_the_installed_versions_are_those_pyproject_admits(
    name: str, low: tuple[int, ...], high: tuple[int, ...]
) -> None:
    bounds = _range(name)
    assert bounds == f">={'.'.join(map(str, low))},<{high[0]}"
    assert low <= _version(name) < high


def test_an_httpx2_client_sends_a_url_through_its_mounted_transport() -> None:
    proxy = httpx2.HTTPTransport()
    with httpx2.Client(mounts={"https://proxy.twilio.com": proxy}) as client:
        assert (
            _internals.transport_for_url(client, httpx2.URL("https://proxy.twilio.com/v1")) is proxy
        )
        own = _internals.transport_for_url(client, httpx2.URL("https://example.com/"))
        assert own is client._transport


async def test_an_async_httpx2_client_too() -> None:
    async with httpx2.AsyncClient() as client:
        found = _internals.transport_for_url(client, httpx2.URL("https://proxy.twilio.com/v1"))
        assert isinstance(found, httpx2.AsyncHTTPTransport)


def test_an_httpx2_clients_pools_have_a_network_backend_to_wrap() -> None:
    with httpx2.Client(
        mounts={"https://a.example": httpx2.HTTPTransport(), "https://b.example": None}
    ) as client:
        pools = _internals.connection_pools(client)
        assert len(pools) == 2  # its own and the mounted one; the None mount has none
        assert all(isinstance(pool, httpcore2.ConnectionPool) for pool in pools)

        class Wrapped:
            def __init__(self, inner: object) -> None:
                self.inner = inner

        assert all(_internals.wrap_network_backend(pool, Wrapped, Wrapped) for pool in pools)
        backends = [pool._network_backend for pool in pools]  # type: ignore[union-attr]
        assert all(isinstance(b, Wrapped) for b in backends)
        # Twice: wrapped once only.
        assert all(_internals.wrap_network_backend(pool, Wrapped, Wrapped) for pool in pools)
        assert [pool._network_backend for pool in pools] == backends  # type: ignore[union-attr]
    assert not _internals.wrap_network_backend(object(), Wrapped, Wrapped)


def test_aiohttp_has_the_two_connect_steps_the_connector_overrides() -> None:
    base = aiohttp.TCPConnector
    waiting = inspect.signature(base._wait_for_available_connection)
    creating = inspect.signature(base._create_connection)
    assert list(waiting.parameters) == ["self", "key", "traces"]
    assert list(creating.parameters) == ["self", "req", "traces", "timeout"]
    assert inspect.iscoroutinefunction(base._wait_for_available_connection)
    assert inspect.iscoroutinefunction(base._create_connection)


async def test_a_session_can_be_told_not_to_resend() -> None:
    session = aiohttp.ClientSession(connector=_internals.connector(3, ssl.create_default_context()))
    try:
        assert session._retry_connection is True  # aiohttp's default: one silent resend
        _internals.no_silent_retry(session)
        assert session._retry_connection is False
        assert session.connector is not None
        assert session.connector.limit == 3
        assert asyncio.current_task() is not None
    finally:
        await session.close()
