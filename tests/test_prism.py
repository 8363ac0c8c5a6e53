"""The contract as Prism enforces it, over plain httpx.

Prism (``scripts/prism.py``, static mode) serves openapi/message_interaction.yaml.
These tests pin down what it does with requests that keep and that break the
spec, so wrapper tests against Prism can rely on it:

* a valid request with HTTP basic auth gets the 200 example, with each
  documented header set to its example;
* no basic auth -> the spec's 401; a path SID that breaks its schema -> the
  spec's 400 (auth is checked first); Prism names the broken rule in an
  ``sl-violations`` header;
* ``Prefer: code=NNN`` selects documented response NNN and its example; an
  undocumented NNN gets Prism's own 404 problem (application/problem+json).
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import SPEC_PATH
from test_spec import ERROR_STATUSES, PATH, PATH_PARAMS, examples_of, operation, resolve

import prism

SIDS = {name: prefix + "a" * 32 for name, prefix in PATH_PARAMS.items()}
AUTH = ("AC" + "a" * 32, "an-auth-token")


def url_path(**overrides: str) -> str:
    """The operation's path with the example SIDs, or the given ones."""
    return PATH.format(**{**SIDS, **overrides})


@pytest.fixture
def client(prism_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prism_url, timeout=10.0) as c:
        yield c


def documented(spec: dict[str, Any], status: str) -> tuple[Any, dict[str, str]]:
    """The example body of response `status`, and its headers that have examples.

    Header examples are as Prism sends them: strings, booleans lower-cased.
    """
    response = resolve(spec, operation(spec)["responses"][status])
    (_, body), *_ = examples_of(response["content"]["application/json"])
    headers = {}
    for name, header in response.get("headers", {}).items():
        header = resolve(spec, header)
        if "example" in header:
            value = header["example"]
            headers[name] = json.dumps(value) if isinstance(value, bool) else str(value)
    return body, headers


def violations(response: httpx.Response) -> list[dict[str, Any]]:
    """Prism's report of how the request broke the spec (empty when it did not)."""
    raw = response.headers.get("sl-violations")
    return json.loads(raw) if raw else []


def assert_documented(response: httpx.Response, spec: dict[str, Any], status: str) -> None:
    """`response` is documented response `status`: its code, example body and headers."""
    body, headers = documented(spec, status)
    assert response.status_code == int(status)
    assert response.headers["content-type"] == "application/json"
    assert response.json() == body
    for name, value in headers.items():
        assert response.headers.get(name) == value, name


# --- requests that keep the spec ----------------------------------------------


def test_valid_request_gets_the_200_example(client: httpx.Client, spec: dict[str, Any]) -> None:
    response = client.get(url_path(), auth=AUTH)
    assert_documented(response, spec, "200")
    assert violations(response) == []
    assert response.headers["twilio-request-id"] == "RQ" + "a" * 32
    # --cors=false: no CORS headers of Prism's own; these six come from the spec.
    assert response.headers["access-control-allow-origin"] == "*"
    assert response.headers["access-control-allow-credentials"] == "true"


def test_answers_are_static(client: httpx.Client) -> None:
    first = client.get(url_path(), auth=AUTH)
    second = client.get(url_path(), auth=AUTH)
    assert first.content == second.content
    assert first.headers["twilio-request-id"] == second.headers["twilio-request-id"]


def test_sids_are_not_echoed(client: httpx.Client, spec: dict[str, Any]) -> None:
    """Static mode answers the example whatever valid SIDs are asked for."""
    other = {name: prefix + "0123456789ABCDEF" * 2 for name, prefix in PATH_PARAMS.items()}
    response = client.get(url_path(**other), auth=AUTH)
    assert_documented(response, spec, "200")
    assert response.json()["sid"] == SIDS["Sid"]


@pytest.mark.parametrize(
    "credentials",
    [AUTH, ("SK" + "0" * 32, "secret"), ("not-a-sid", "x"), ("", "")],
    ids=["account", "api-key", "anything", "empty"],
)
def test_any_basic_credentials_pass(client: httpx.Client, credentials: tuple[str, str]) -> None:
    """Prism checks that basic auth is there, not what it says."""
    assert client.get(url_path(), auth=credentials).status_code == 200


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_prefer_code_selects_the_documented_error(
    client: httpx.Client, spec: dict[str, Any], status: str
) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": f"code={status}"})
    assert_documented(response, spec, status)
    assert violations(response) == []


@pytest.mark.parametrize("status", ["429", "503"])
def test_retry_after_is_sent(client: httpx.Client, status: str) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": f"code={status}"})
    assert response.headers["retry-after"] == "1"


@pytest.mark.parametrize("status", ["500", "502", "503", "504"])
def test_server_error_bodies_repeat_their_status(client: httpx.Client, status: str) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": f"code={status}"})
    assert response.status_code == int(status)
    assert response.json()["status"] == int(status)


def test_prefer_code_200(client: httpx.Client, spec: dict[str, Any]) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": "code=200"})
    assert_documented(response, spec, "200")


def test_prefer_example_by_name(client: httpx.Client, spec: dict[str, Any]) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": "example=outbound"})
    assert_documented(response, spec, "200")


# --- requests Prism cannot answer from the spec -------------------------------


def assert_prism_problem(response: httpx.Response, status: int, error: str) -> None:
    """A problem Prism makes up itself (not from the spec): application/problem+json."""
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == f"https://stoplight.io/prism/errors#{error}"
    assert problem["status"] == status
    assert "twilio-request-id" not in response.headers


@pytest.mark.parametrize("status", ["201", "418", "422"])
def test_prefer_undocumented_code(client: httpx.Client, status: str) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": f"code={status}"})
    assert_prism_problem(response, 404, "NOT_FOUND")
    assert (
        response.json()["detail"]
        == f"Requested status code {status} is not defined in the document."
    )


def test_prefer_unknown_example(client: httpx.Client) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Prefer": "example=nope"})
    assert_prism_problem(response, 404, "NOT_FOUND")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        url_path() + "/",
        url_path().replace("/v1/", "/v2/"),
        url_path().rsplit("/", 1)[0],
    ],
    ids=["root", "trailing-slash", "v2", "no-sid"],
)
def test_unknown_route(client: httpx.Client, path: str) -> None:
    assert_prism_problem(client.get(path, auth=AUTH), 404, "NO_PATH_MATCHED_ERROR")


@pytest.mark.parametrize("method", ["POST", "DELETE", "HEAD"])
def test_other_methods(client: httpx.Client, method: str) -> None:
    response = client.request(method, url_path(), auth=AUTH)
    assert response.status_code == 405
    if method != "HEAD":
        assert_prism_problem(response, 405, "NO_METHOD_MATCHED_ERROR")


def test_unacceptable_accept_header(client: httpx.Client) -> None:
    response = client.get(url_path(), auth=AUTH, headers={"Accept": "text/html"})
    assert_prism_problem(response, 406, "NOT_ACCEPTABLE")


# --- requests that break the spec get the spec's 401 / 400 -------------------


NO_AUTH = [
    {
        "location": ["request"],
        "severity": "Error",
        "code": 401,
        "message": "Invalid security scheme used",
    }
]


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer a-token", "Basic", "Basic !!!", "Basic Zm9v"],
    ids=["none", "bearer", "basic-empty", "basic-garbage", "basic-no-colon"],
)
def test_missing_basic_auth_gets_401(
    client: httpx.Client, spec: dict[str, Any], authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = client.get(url_path(), headers=headers)
    assert_documented(response, spec, "401")
    assert violations(response) == NO_AUTH
    assert response.headers["www-authenticate"] == 'Basic realm="Twilio API"'


# Valid SID: the prefix + 32 hex digits, 34 characters. Each breakage, and the
# schema keywords Prism reports it broke.
BAD_SIDS = {
    "wrong-prefix": (lambda prefix: ("KX" if prefix != "KX" else "KY") + "a" * 32, ["pattern"]),
    "lower-prefix": (lambda prefix: prefix.lower() + "a" * 32, ["pattern"]),
    "non-hex": (lambda prefix: prefix + "g" * 32, ["pattern"]),
    "short": (lambda prefix: prefix + "a" * 31, ["minLength", "pattern"]),
    "long": (lambda prefix: prefix + "a" * 33, ["maxLength", "pattern"]),
}


@pytest.mark.parametrize("breakage", BAD_SIDS)
@pytest.mark.parametrize("name", PATH_PARAMS)
def test_sid_breaking_its_schema_gets_400(
    client: httpx.Client, spec: dict[str, Any], name: str, breakage: str
) -> None:
    make_sid, broken_rules = BAD_SIDS[breakage]
    response = client.get(url_path(**{name: make_sid(PATH_PARAMS[name])}), auth=AUTH)
    assert_documented(response, spec, "400")
    found = violations(response)
    # Prism lower-cases the parameter name.
    assert {tuple(v["location"]) for v in found} == {("request", "path", name.lower())}
    assert [v["code"] for v in found] == broken_rules


def test_upper_case_hex_is_valid(client: httpx.Client) -> None:
    sid = "KI" + "ABCDEF0123456789" * 2
    assert client.get(url_path(Sid=sid), auth=AUTH).status_code == 200


def test_auth_is_checked_before_the_path(client: httpx.Client, spec: dict[str, Any]) -> None:
    response = client.get(url_path(Sid="KX" + "a" * 32))
    assert_documented(response, spec, "401")
    assert [v["code"] for v in violations(response)] == [401, "pattern"]


@pytest.mark.parametrize(
    ("auth", "sid", "status"),
    [(None, SIDS["Sid"], "401"), (AUTH, "KX" + "a" * 32, "400")],
    ids=["no-auth", "bad-sid"],
)
def test_a_broken_request_ignores_prefer(
    client: httpx.Client,
    spec: dict[str, Any],
    auth: tuple[str, str] | None,
    sid: str,
    status: str,
) -> None:
    response = client.get(url_path(Sid=sid), auth=auth, headers={"Prefer": "code=404"})
    assert_documented(response, spec, status)


# --- scripts/prism.py itself --------------------------------------------------


def start(*args: Any, **kwargs: Any) -> None:
    with prism.running_prism(*args, **kwargs):
        pass


def prism_processes(port: int) -> list[str]:
    """PIDs of live processes whose command line is Prism's on `port` (Linux /proc)."""
    wanted = f"prism\0mock\0-h\0{prism.HOST}\0-p\0{port}\0"
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if wanted in cmdline.read_bytes().decode(errors="replace"):
                found.append(cmdline.parent.name)
        except OSError:  # exited meanwhile
            pass
    return found


def test_prism_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prism, "PRISM", prism.ROOT / "node_modules" / ".bin" / "no-prism-here")
    with pytest.raises(prism.PrismNotInstalledError, match="run `make install`"):
        start(SPEC_PATH)


def test_missing_spec(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="OpenAPI spec not found"):
        start(tmp_path / "nope.yaml")


def test_broken_spec_reports_prisms_output(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [\n")
    with pytest.raises(prism.PrismError, match=r"exited with status 1(.|\n)*Error parsing"):
        start(broken)


def test_startup_timeout_stops_prism() -> None:
    port = prism._free_port()
    with pytest.raises(prism.PrismError, match="did not answer"):
        start(SPEC_PATH, port=port, startup_timeout=0)
    assert prism_processes(port) == []


def test_prism_is_stopped_on_exit() -> None:
    with prism.running_prism(SPEC_PATH, log_level="warn") as url:
        port = int(url.rsplit(":", 1)[1])
        assert len(prism_processes(port)) == 1
    assert prism_processes(port) == []


def test_taken_port_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    """A free port taken before Prism binds it: Prism exits (EADDRINUSE), another is tried."""
    with socket.socket() as taken:
        taken.bind((prism.HOST, 0))
        taken.listen()
        free = prism._free_port()
        ports = [free, taken.getsockname()[1]]  # pop() hands out the taken one first
        monkeypatch.setattr(prism, "_free_port", ports.pop)
        with prism.running_prism(SPEC_PATH, log_level="warn") as url:
            assert url == f"http://127.0.0.1:{free}"
            assert httpx.get(url + url_path(), auth=AUTH).status_code == 200
        assert ports == []
