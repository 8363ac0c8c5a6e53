"""The README's Python examples: each one runs here, and all pass ``mypy --strict``.

Apps copy these blocks, so an example that crashes, or that ``mypy --strict``
rejects, teaches a bug. The client examples run against the embedded Proxy
(the environment pointing ``Client()`` at it), with deprecation warnings as
errors; the pytest ones run as an app's suite would (pytester); the callback
apps run in tests/test_webhooks.py, over HTTP. A block that begins with a
``# name.py`` line is that file (the test imports ``myapp``).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import subprocess
import sys
import types
import warnings
from pathlib import Path

import certifi
import pytest

from _support import ROOT
from twilio_proxy.testing import FakeProxy

BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
FILE_NAME = re.compile(r"# (\w+\.py)\n")


def python_blocks(text: str) -> list[str]:
    """The source of each ```python block of *text*."""
    return BLOCK.findall(text)


def file_name(block: str, number: int) -> str:
    """The file a block says it is (a first line ``# name.py``), else a numbered one."""
    named = FILE_NAME.match(block)
    return named[1] if named else f"readme_example_{number}.py"


README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = python_blocks(README)


def section(title: str) -> list[str]:
    """The ```python blocks under the README's ``## title``."""
    return python_blocks(README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0])


def run(source: str, name: str) -> tuple[types.ModuleType, str]:
    """Run *source* as a module, deprecations as errors; the module and what it printed."""
    module = types.ModuleType(name)
    printed = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(printed):
        warnings.simplefilter("error", DeprecationWarning)
        exec(compile(source, f"README:{name}", "exec"), module.__dict__)  # the README's own code
    return module, printed.getvalue()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> FakeProxy:
    """An embedded Proxy that ``Client()`` and ``AsyncClient()`` find in the environment."""
    with FakeProxy() as proxy:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", proxy.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", proxy.auth_token)
        monkeypatch.setenv("TWILIO_PROXY_BASE_URL", proxy.base_url)
        yield proxy


def test_blocks_are_found_and_named() -> None:
    text = "x\n```python\n# app.py\na = 1\n```\n```sh\nls\n```\n```python\nb = 2\n```\n"
    assert python_blocks(text) == ["# app.py\na = 1\n", "b = 2\n"]
    assert [file_name(b, n) for n, b in enumerate(python_blocks(text))] == [
        "app.py",
        "readme_example_1.py",
    ]


def test_the_flow_in_an_app_runs(proxy: FakeProxy) -> None:
    flow = section("Use it in an app")[0]
    _, printed = run(flow, "readme_flow")
    lines = printed.splitlines()
    assert re.fullmatch(r"KP[0-9a-f]{32} \+15017122661", lines[0])
    assert lines[1].startswith("message ")  # the interaction listed
    assert "'body': 'Your driver is here'" in lines[1]
    assert lines[2] == "closed"  # fetched by its unique name
    assert lines[3].startswith("404 Not Found (Twilio error 20404): ")  # fetched after the delete
    assert [m.to for m in proxy.sent_messages] == ["+15558675310"]


def test_the_async_example_runs(proxy: FakeProxy) -> None:
    example, _ = run(section("Use it in an app")[1], "readme_async")
    with proxy.client() as client:
        ks = client.services.create(unique_name="rides").sid
        made = [client.sessions.create(service_sid=ks, unique_name=f"ride-{n}") for n in range(12)]
        client.sessions.update(service_sid=ks, sid=made[0].sid, status="closed")
    found = asyncio.run(example.open_sessions(ks))
    assert [s.unique_name for s in found] == [f"ride-{n}" for n in range(1, 11)]


def test_the_tls_example_runs(proxy: FakeProxy) -> None:
    [tls] = [b for b in section("Use it in an app") if "ssl.create_default_context" in b]
    example, _ = run(tls.replace("/etc/ssl/corp.pem", certifi.where()), "readme_tls")
    example.client.close()


def test_the_embedded_proxy_example_runs() -> None:
    _, printed = run(section("Testing your app")[0], "readme_fake")
    assert printed.splitlines() == [
        "+15017122661",
        "+15558675311 +15017122661 Running late",
        "closed",
    ]


def test_the_pytest_examples_run_as_an_apps_suite(pytester: pytest.Pytester) -> None:
    [flask_app] = [b for b in section("Receive Proxy's callbacks") if "Flask" in b]
    files = {file_name(b, n): b for n, b in enumerate([flask_app, *section("Testing your app")])}
    pytester.makeconftest(files.pop("conftest.py"))
    pytester.makepyfile(**{name.removesuffix(".py"): b for name, b in files.items()})
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-W", "error::DeprecationWarning", "test_callbacks.py"
    )
    result.assert_outcomes(passed=1)


def test_every_example_is_run_by_a_test() -> None:
    run_here = [*section("Use it in an app"), *section("Testing your app")]
    run_by_test_webhooks = section("Receive Proxy's callbacks")  # Flask and Starlette, over HTTP
    assert sorted(run_here + run_by_test_webhooks) == sorted(BLOCKS)
    assert len(section("Use it in an app")) == 3  # the flow, async, TLS: each run above
    assert len(section("Testing your app")) == 3  # the fake, conftest.py, test_callbacks.py


def test_every_python_example_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, block in enumerate(BLOCKS):
        path = tmp_path / file_name(block, number)
        assert not path.exists(), f"two README blocks are {path.name}"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            *files,
        ],
        cwd=tmp_path,  # so that `from myapp import …` finds the README's myapp.py
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
