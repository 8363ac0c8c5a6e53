"""The wheel as an app gets it: built, installed into a fresh virtualenv, type-checked against.

One module-scoped fixture builds the wheel with the project's pinned uv,
creates a virtualenv in a temporary folder (the interpreter on PATH, never a
downloaded one), and installs the wheel into it offline, from what ``make
install`` already fetched into uv's cache: the suite needs no network at all
(every child's proxy points at a closed port, so an attempt would fail).
The tests then check what an app depends on: the dependencies it pulls, the
files and metadata it ships, and that an app using the public API passes
``mypy --strict --disallow-any-expr`` against the installed package (outside
the repository, so none of its settings or paths apply). Nothing is written
inside the repository; the temporary folder is removed afterwards.
"""

from __future__ import annotations

import dataclasses
import email.parser
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UV = ROOT / ".tools" / "bin" / "uv"

pytestmark = pytest.mark.packaging

# What would put the package back on the unmaintained httpx stack.
UNWANTED = ("httpx", "httpcore")


@dataclasses.dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path  # the fresh virtualenv's interpreter
    work: Path  # a scratch folder outside the repository
    env: dict[str, str]


def _environment() -> dict[str, str]:
    """The environment for every child: nothing that points back at the project."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "MYPYPATH")
        and not name.startswith(("UV_PROJECT", "TWILIO_"))
    }
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env.pop("UV_PYTHON", None)  # the venv is given its interpreter explicitly
    # Offline: build and install from uv's cache alone; any request would go to
    # a closed port and fail, so a test that needed the registry could not pass.
    env["UV_OFFLINE"] = "1"
    closed = "http://127.0.0.1:9"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        env[name] = closed
    for name in ("NO_PROXY", "no_proxy"):
        env.pop(name, None)
    return env


def _run(args: list[str | Path], *, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, (
        f"{' '.join(map(str, args))} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    )
    return done.stdout


@pytest.fixture(scope="module")
def installed() -> Iterator[Installed]:
    if not UV.exists():
        pytest.skip(f"{UV.relative_to(ROOT)} is missing: run `make install` (make test does)")
    with tempfile.TemporaryDirectory(prefix="twilio-proxy-packaging-") as tmp:
        work = Path(tmp)
        env = _environment()
        dist = work / "dist"
        _run([UV, "build", "--wheel", "--out-dir", dist, ROOT], cwd=ROOT, env=env)
        [wheel] = dist.glob("twilio_proxy-*.whl")
        python = shutil.which("python3") or sys.executable
        venv = work / "venv"
        _run([UV, "venv", "--python", python, venv], cwd=work, env=env)
        interpreter = venv / "bin" / "python"
        _run([UV, "pip", "install", "--python", interpreter, wheel], cwd=work, env=env)
        yield Installed(wheel, interpreter, work, env)


def _distributions(installed: Installed) -> set[str]:
    out = _run(
        [
            installed.python,
            "-c",
            "import importlib.metadata as m, json; "
            "print(json.dumps([d.metadata['Name'] for d in m.distributions()]))",
        ],
        cwd=installed.work,
        env=installed.env,
    )
    return {name.lower().replace("_", "-") for name in json.loads(out)}


def test_depends_on_httpx2_not_on_httpx(installed: Installed) -> None:
    names = _distributions(installed)
    assert {"twilio-proxy", "httpx2", "httpcore2", "aiohttp", "orjson"} <= names
    assert not names & set(UNWANTED), f"the wheel pulls {sorted(names & set(UNWANTED))}"


def test_requires_only_what_the_installed_code_imports(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        [metadata] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        requires = (
            email.parser.Parser().parsestr(wheel.read(metadata).decode()).get_all("Requires-Dist")
        )
    names = {r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires or []}
    # attrs went with the attrs models; truststore is for Windows and macOS only.
    assert names == {"aiohttp", "httpx2", "orjson", "truststore"}
    [truststore] = [r for r in requires or [] if r.startswith("truststore")]
    assert "sys_platform == 'win32'" in truststore


def test_the_installed_package_is_the_wheel_and_runs(installed: Installed) -> None:
    out = _run(
        [
            installed.python,
            "-c",
            "import twilio_proxy, twilio_proxy_api, sys; "
            "print(twilio_proxy.__file__); print(twilio_proxy_api.__file__); "
            "print(twilio_proxy.__version__); "
            "print('httpx' in sys.modules)",
        ],
        cwd=installed.work,
        env=installed.env,
    )
    wrapper_file, generated_file, version, loaded_httpx = out.splitlines()
    site = installed.python.parent.parent / "lib"
    assert Path(wrapper_file).is_relative_to(site)
    assert Path(generated_file).is_relative_to(site)
    assert version == importlib.metadata.version("twilio-proxy")
    assert loaded_httpx == "False"
    script = installed.python.with_name("twilio-proxy")
    assert _run([script, "--version"], cwd=installed.work, env=installed.env) == (
        f"twilio-proxy {version}\n"
    )


def test_the_wheel_ships_py_typed_and_the_license(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        [dist_info] = {name.split("/")[0] for name in names if ".dist-info/" in name}
        metadata = email.parser.Parser().parsestr(
            wheel.read(f"{dist_info}/METADATA").decode("utf-8")
        )
        license_text = wheel.read(f"{dist_info}/licenses/LICENSE").decode("utf-8")
    assert "twilio_proxy/py.typed" in names
    assert "twilio_proxy_api/py.typed" in names
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert license_text.startswith("MIT License\n\nCopyright (c) 2026 twilio-proxy developers\n")
    assert license_text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert set(urls) == {"Homepage", "Source", "Issues", "Documentation"}
    classifiers = metadata.get_all("Classifier") or []
    for version in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {version}" in classifiers
    assert "Typing :: Typed" in classifiers
    # Only the two packages (and the metadata) are in the wheel: no tests, scripts, spec.
    assert {name.split("/")[0] for name in names} == {"twilio_proxy", "twilio_proxy_api", dist_info}


APP = '''
"""An app using twilio_proxy's public API, checked against the installed wheel."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Mapping

from twilio_proxy import (
    APIConnectionError,
    APIResponse,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    Client,
    ConfigurationError,
    InvalidSidError,
    MessageInteraction,
    MessageInteractionResourceStatus,
    MessageInteractionType,
    MissingCredentialsError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    TwilioProxyError,
    __version__,
)
from twilio_proxy.webhooks import (
    InteractionCallback,
    InvalidCallbackError,
    SessionMode,
    out_of_session_answer,
    validate_signature,
)

SERVICE, SESSION = "KS" + "a" * 32, "KC" + "a" * 32
PARTICIPANT, INTERACTION = "KP" + "a" * 32, "KI" + "a" * 32


def describe(mi: MessageInteraction) -> str:
    kind: MessageInteractionType | str | None = mi.type
    label = kind.value if isinstance(kind, MessageInteractionType) else (kind or "?")
    created: datetime.datetime | None = mi.date_created
    when = created.isoformat() if created is not None else "?"
    data: dict[str, object] | None = mi.decode_data()
    body: object = data.get("body") if data is not None else None
    sent = mi.outbound_resource_status == MessageInteractionResourceStatus.SENT
    plain: dict[str, object] = mi.to_dict()
    extra: Mapping[str, object] = mi.extra
    sid: str = mi.sid  # always set: no assert needed
    return f"{sid} {label} {when} {body!r} sent={sent} {len(plain)} {len(extra)}"


def fetch(client: Client) -> MessageInteraction | None:
    try:
        response: APIResponse[MessageInteraction] = (
            client.fetch_message_interaction_with_response(
                service_sid=SERVICE,
                session_sid=SESSION,
                participant_sid=PARTICIPANT,
                sid=INTERACTION,
                timeout=5.0,
            )
        )
    except NotFoundError as exc:
        code: int | None = exc.code
        print("not found", exc.status_code, code, exc.request_id, exc.more_info)
        return None
    except RateLimitError as exc:
        wait: float | None = exc.retry_after
        print("slow down", wait)
        return None
    except AuthenticationError as exc:
        print("check the credentials", exc.message, exc.detail)
        return None
    except APIStatusError as exc:
        headers: Mapping[str, str] = exc.headers
        print(exc.status_code, exc.method, exc.url, headers.get("content-type"))
        print(exc.details)
        return None
    except APITimeoutError as exc:
        print("timed out", exc.url)
        return None
    except APIConnectionError as exc:
        sent: bool = exc.sent
        print("no answer", sent, exc.cause_name)
        return None
    except ResponseValidationError as exc:
        print("unexpected answer", exc.status_code, exc.request_id)
        return None
    content_type: str | None = response.headers.get("content-type")
    request_id: str | None = response.request_id
    status: int = response.status_code
    print(content_type, request_id, status, response.http_version)
    return response.parsed


def on_interaction(url: str, form: Mapping[str, str], signature: str | None) -> int:
    if not validate_signature(url, form, signature, auth_token="token"):
        return 403
    try:
        event = InteractionCallback.from_form(form)
    except InvalidCallbackError as exc:
        field: str = exc.field
        print("malformed", field)
        return 400
    when: datetime.datetime | None = event.interaction_date_created
    data: dict[str, object] | None = event.decode_interaction_data()
    extra: Mapping[str, str] = event.extra
    print(event.interaction_sid, when, data is None, len(extra))
    print(out_of_session_answer("+15005550006", mode=SessionMode.VOICE_ONLY, ttl=60))
    return 200


async def fetch_async() -> str:
    async with AsyncClient(max_retries=1) as client:
        mi = await client.fetch_message_interaction(
            service_sid=SERVICE, session_sid=SESSION, participant_sid=PARTICIPANT, sid=INTERACTION
        )
    return describe(mi)


def main() -> int:
    print("twilio-proxy", __version__)
    print(on_interaction("https://example.com/cb", {"interactionSid": "KI"}, None))
    try:
        with Client(timeout=10.0, max_retries=1, region="ie1", edge="dublin") as client:
            mi = fetch(client)
        if mi is not None:
            print(describe(mi))
        print(asyncio.run(fetch_async()))
    except MissingCredentialsError as exc:
        variables: tuple[str, ...] = exc.variables
        print("missing:", " ".join(variables))
        return 3
    except InvalidSidError as exc:
        argument: str = exc.argument
        print("bad SID", argument)
        return 2
    except ConfigurationError as exc:
        print("bad setting", exc)
        return 2
    except TwilioProxyError as exc:
        print("failed", exc)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
'''


@pytest.fixture(scope="module")
def app(installed: Installed) -> Path:
    folder = installed.work / "app"
    folder.mkdir()
    path = folder / "app.py"
    path.write_text(textwrap.dedent(APP).lstrip(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def mypy_errors(installed: Installed, app: Path) -> dict[str, list[str]]:
    """``mypy --strict --disallow-any-expr`` on the app: its error messages, with where."""
    mypy = f"mypy=={importlib.metadata.version('mypy')}"  # the project's pinned mypy
    _run(
        [UV, "pip", "install", "--python", installed.python, mypy],
        cwd=app.parent,
        env=installed.env,
    )
    done = subprocess.run(
        [
            str(installed.python),
            "-m",
            "mypy",
            "--config-file=",  # no config file: not the repository's, not the user's
            "--strict",
            "--disallow-any-expr",
            "--no-error-summary",
            "--cache-dir",
            str(installed.work / "mypy-cache"),
            app.name,
        ],
        cwd=app.parent,
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    errors: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        if ": note: " in line:
            continue
        where, found, message = line.partition(": error: ")
        assert found, f"unexpected mypy output: {line}"
        errors.setdefault(message.removesuffix("  [misc]"), []).append(where)
    assert done.returncode == (1 if errors else 0), done.stderr
    return errors


def test_no_any_reaches_an_app(mypy_errors: dict[str, list[str]]) -> None:
    # mypy --strict --disallow-any-expr on an app using the public API, against the wheel.
    assert mypy_errors == {}, "\n".join(f"{w}: {m}" for m, w in mypy_errors.items())


def test_the_app_runs_against_the_installed_wheel(installed: Installed, app: Path) -> None:
    # No credentials in its environment: the first thing it meets is the credentials error.
    done = subprocess.run(
        [str(installed.python), app.name],
        cwd=app.parent,
        env=installed.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout.splitlines()[-1] == "missing: TWILIO_ACCOUNT_SID TWILIO_AUTH_TOKEN"


def test_make_clean_leaves_a_fresh_clones_tree(tmp_path: Path) -> None:
    # Everything the targets and the suite create, in a scratch copy of the tree's top.
    made = [
        ".tools/bin",
        ".venv/lib",
        "node_modules/x",
        ".generated.tmp",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        ".hypothesis/examples",
        "htmlcov",
        "benchmarks/.venv",
        "benchmarks/.work",
        "dist",
        "build/lib",
        "twilio_proxy.egg-info",
        "wrapper/twilio_proxy/__pycache__",
    ]
    for folder in made:
        (tmp_path / folder).mkdir(parents=True)
    for file in (".coverage", ".coverage.host.1"):
        (tmp_path / file).write_text("")
    for kept in ("wrapper/twilio_proxy/_client.py", "benchmarks/run.py"):
        (tmp_path / kept).write_text("")
    subprocess.run(
        ["make", "-f", str(ROOT / "Makefile"), "clean"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=60,
    )
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert left == [
        "benchmarks",
        "benchmarks/run.py",
        "wrapper",
        "wrapper/twilio_proxy",
        "wrapper/twilio_proxy/_client.py",
    ]
