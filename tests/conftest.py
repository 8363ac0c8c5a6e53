"""Shared fixtures: the spec, and Prism (the mock server) serving it.

Prism listens on 127.0.0.1. Under ``--block-network`` (pytest-recording) every
``connect()`` is refused unless its host matches ``--allowed-hosts`` -- loopback
is not exempt -- so the suite runs as::

    pytest --block-network --allowed-hosts='^127\\.0\\.0\\.1$'

Without the flag, tests using ``prism_url`` fail with
``RuntimeError: Network is disabled for host '127.0.0.1'``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

# scripts/ is on sys.path: pythonpath in [tool.pytest.ini_options].
from prism import running_prism

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "message_interaction.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The OpenAPI document, parsed (treat it as read-only)."""
    with SPEC_PATH.open(encoding="utf-8") as f:
        document: dict[str, Any] = yaml.safe_load(f)
    return document


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of a Prism mock of the spec, e.g. ``http://127.0.0.1:43210``.

    One server for the whole session, static mode (answers are the spec's
    examples). It errors, never skips, when Prism cannot start.
    """
    with running_prism(SPEC_PATH) as url:
        yield url


@pytest.fixture(autouse=True)
def _no_twilio_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's TWILIO_* settings: each sets what it needs."""
    import os

    for name in list(os.environ):
        if name.startswith("TWILIO_") and name != "TWILIO_PROXY_CASSETTE_SOURCE":
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def _no_retry_waits() -> Iterator[None]:
    """stamina's test mode: no backoff sleeps; cap=True keeps each client's attempt count.

    Plain ``set_testing(True)`` would allow a single attempt. Tests of real waits
    turn test mode off themselves (see test_retries.py's ``sleeps``).
    """
    import stamina

    with stamina.set_testing(True, attempts=10, cap=True):
        yield


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run the test once through Client and once through AsyncClient."""
    return str(request.param)
