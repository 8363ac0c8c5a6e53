"""Shared fixtures: the spec, Prism, a programmable local server, and a client per HTTP path.

Servers listen on 127.0.0.1. Under ``--block-network`` (pytest-recording) every
``connect()`` is refused unless its host matches ``--allowed-hosts`` -- loopback
is not exempt -- so the suite runs as::

    pytest --block-network --allowed-hosts='^127\\.0\\.0\\.1$'
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import twilio_proxy._retry
from _server import Server

# scripts/ is on sys.path: pythonpath in [tool.pytest.ini_options].
from _support import PATHS, SPEC, SPEC_PATH, Api
from prism import running_prism

# pytester: tests/test_fake.py runs an app's suite with our plugin; ours: the fake_proxy fixture.
pytest_plugins = ["pytester", "twilio_proxy.testing"]


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document, parsed (treat it as read-only)."""
    return SPEC


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of a Prism mock of the spec (static mode: answers are the spec's examples)."""
    with running_prism(SPEC_PATH) as url:
        yield url


@pytest.fixture(autouse=True)
def _no_twilio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's TWILIO_* or proxy settings: each sets what it needs."""
    for name in list(os.environ):
        if name.startswith("TWILIO_") and name != "TWILIO_PROXY_CASSETTE_SOURCE":
            monkeypatch.delenv(name)
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits are recorded instead of slept, so retry tests stay fast."""
    recorded: list[float] = []

    async def asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(twilio_proxy._retry, "sleep", recorded.append)
    monkeypatch.setattr(twilio_proxy._retry, "asleep", asleep)
    return recorded


@pytest.fixture
def server() -> Iterator[Server]:
    """A local server answering 200 with the spec's example until a test queues otherwise."""
    from _server import answer
    from _support import EXAMPLE

    running = Server(answer(200, EXAMPLE))
    yield running
    running.stop()


@pytest.fixture(params=PATHS)
def make_api(request: pytest.FixtureRequest, server: Server) -> Iterator[Callable[..., Api]]:
    """Build clients over one HTTP path (sync, async-aiohttp, async-httpx2) against ``server``."""
    made: list[Api] = []

    def make(**kwargs: Any) -> Api:
        api = Api(str(request.param), kwargs.pop("base_url", server.url), **kwargs)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def api(make_api: Callable[..., Api]) -> Api:
    """A client over each HTTP path in turn, against ``server``, with default settings."""
    return make_api()
