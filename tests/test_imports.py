"""What importing twilio_proxy and building a client load: a regression here costs every cold start.

Each case runs in a fresh interpreter, as a CLI call or a serverless cold start
does. ``import twilio_proxy`` loads no HTTP stack and no resource module (they
load with the first client and the first use of a resource); an AsyncClient
loads httpx2 only when given an httpx2 client; a second client shares the
first one's certificate store instead of building its own.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from _support import ACCOUNT_SID, AUTH_TOKEN

HEAVY = ("httpx2", "httpcore2", "aiohttp", "asyncio", "ssl", "dataclasses", "inspect", "orjson")


def loaded_after(code: str) -> set[str]:
    """The modules loaded once *code* ran in a fresh interpreter (less a bare one's)."""
    script = (
        "import json, sys\nbefore = set(sys.modules)\n"
        f"{code}\nprint(json.dumps(sorted(set(sys.modules) - before)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(json.loads(done.stdout))


def test_import_loads_no_http_stack_and_no_resource() -> None:
    loaded = loaded_after("import twilio_proxy")
    assert not loaded & set(HEAVY)
    spec_modules = {name for name in loaded if name.startswith("twilio_proxy_spec")}
    assert spec_modules == {
        "twilio_proxy_spec",
        "twilio_proxy_spec._support",
        "twilio_proxy_spec.namespaces",
    }
    assert not any(name.startswith("twilio_proxy_api") for name in loaded)


def test_a_resource_loads_its_own_module_only() -> None:
    code = (
        "import twilio_proxy\n"
        f"client = twilio_proxy.Client({ACCOUNT_SID!r}, {AUTH_TOKEN!r})\n"
        "client.sessions\n"
    )
    spec_modules = {name for name in loaded_after(code) if name.startswith("twilio_proxy_spec.")}
    assert spec_modules == {
        "twilio_proxy_spec._support",
        "twilio_proxy_spec.namespaces",
        "twilio_proxy_spec.enums",
        "twilio_proxy_spec.sessions",
    }


def test_async_client_loads_no_httpx2() -> None:
    code = f"import twilio_proxy\ntwilio_proxy.AsyncClient({ACCOUNT_SID!r}, {AUTH_TOKEN!r})"
    loaded = loaded_after(code)
    assert "aiohttp" in loaded
    assert not {"httpx2", "httpcore2"} & loaded


@pytest.mark.parametrize("name", ["Client", "AsyncClient"])
def test_a_second_client_shares_the_certificate_store(name: str) -> None:
    import httpx2

    import twilio_proxy

    if name == "Client":
        first, second = (twilio_proxy.Client(ACCOUNT_SID, AUTH_TOKEN) for _ in range(2))
        pools = [c._sender._client._transport._pool for c in (first, second)]  # type: ignore[attr-defined]
        assert pools[0]._ssl_context is pools[1]._ssl_context
        assert pools[0]._ssl_context.check_hostname  # certificates still checked
        assert pools[0] is not pools[1]  # each client its own connections
        first.close()
        second.close()
        assert isinstance(first._sender._client, httpx2.Client)
    else:
        # The aiohttp session (and its connector) is made on first use, in the loop.
        client = twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN)
        assert client._sender._session is None  # type: ignore[union-attr]
