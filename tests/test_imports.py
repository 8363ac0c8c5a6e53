"""What importing twilio_proxy and building a client load: a regression here costs every cold start.

Each case runs in a fresh interpreter, as a CLI call or a serverless cold start
does. ``import twilio_proxy`` loads no HTTP stack and no resource module (they
load with the first client and the first use of a resource); an AsyncClient
loads httpx2 only when given an httpx2 client; a second client shares the
first one's certificate store instead of building its own.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from _support import ACCOUNT_SID, AUTH_TOKEN, ROOT

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
    generated = {name for name in loaded if name.startswith("twilio_proxy_api")}
    assert generated == {"twilio_proxy_api", "twilio_proxy_api.client"}


def test_a_resource_loads_its_own_module_only() -> None:
    code = (
        "import twilio_proxy\n"
        f"client = twilio_proxy.Client({ACCOUNT_SID!r}, {AUTH_TOKEN!r})\n"
        "client.sessions\n"
    )
    generated = {name for name in loaded_after(code) if name.startswith("twilio_proxy_api.")}
    assert generated == {
        "twilio_proxy_api.client",
        "twilio_proxy_api.enums",
        "twilio_proxy_api.sessions",
    }


def _modules(package: Path) -> list[str]:
    """Every module of *package* (a folder of the wheel), as imported."""
    root = package.parent
    return sorted(
        ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for path in package.rglob("*.py")
        if path.name != "__main__.py"
    )


MODULES = _modules(ROOT / "wrapper" / "twilio_proxy") + _modules(
    ROOT / "generated" / "twilio_proxy_api"
)


def test_every_module_of_the_wheel_imports_on_its_own() -> None:
    # One fresh interpreter per module: an import cycle shows only when a module goes first.
    script = (
        "import subprocess, sys\n"
        "for name in sys.argv[1:]:\n"
        "    done = subprocess.run([sys.executable, '-c', f'import {name}'], capture_output=True)\n"
        "    if done.returncode:\n"
        "        print(name, done.stderr.decode().strip().splitlines()[-1])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *MODULES], capture_output=True, text=True, timeout=300
    )
    assert done.stdout == ""
    assert len(MODULES) > 30


def _imports(path: Path) -> set[str]:
    """The modules *path* imports (relative imports made absolute), at run time or for typing."""
    package = ".".join(path.relative_to(path.parents[1]).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([package, base]) if base else package
            found.add(base)
    return found


# The public face: the modules that put the core and the generated package together
# (the embedded Proxy, twilio_proxy.testing, is one: it routes the spec's operations).
WRAPPER = ROOT / "wrapper" / "twilio_proxy"
PUBLIC_FACE = {"__init__.py", "__main__.py", "_client.py", "_cli.py", "webhooks.py"}
CORE = [
    p for p in sorted(WRAPPER.rglob("*.py")) if p.parent == WRAPPER and p.name not in PUBLIC_FACE
]


@pytest.mark.parametrize("path", CORE, ids=lambda path: path.name)
def test_the_core_never_imports_the_generated_package(path: Path) -> None:
    assert not {name for name in _imports(path) if name.startswith("twilio_proxy_api")}


@pytest.mark.parametrize(
    "path", sorted((ROOT / "generated" / "twilio_proxy_api").glob("*.py")), ids=lambda p: p.name
)
def test_generated_code_stands_on_the_runtime_module_alone(path: Path) -> None:
    ours = {name for name in _imports(path) if name.split(".")[0] == "twilio_proxy"}
    assert ours <= {"twilio_proxy.runtime"}


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
        pools = [c._runner._sender._client._transport._pool for c in (first, second)]  # type: ignore[attr-defined]
        assert pools[0]._ssl_context is pools[1]._ssl_context
        assert pools[0]._ssl_context.check_hostname  # certificates still checked
        assert pools[0] is not pools[1]  # each client its own connections
        first.close()
        second.close()
        assert isinstance(first._runner._sender._client, httpx2.Client)
    else:
        # The aiohttp session (and its connector) is made on first use, in the loop.
        client = twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN)
        assert client._runner._sender._session is None  # type: ignore[union-attr]
