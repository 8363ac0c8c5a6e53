"""The twilio-proxy command: arguments, JSON output, one stderr line and an exit code per family."""

from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import runpy
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    EXAMPLE,
    EXPECTED_PATH,
    MESSAGE_BODY,
    SIDS,
    json_response,
    ok_body,
)
from twilio_proxy import _cli

ARGS = ["fetch", SIDS["service_sid"], SIDS["session_sid"], SIDS["participant_sid"], SIDS["sid"]]


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    # main() configures the twilio_proxy and stamina loggers; put them back.
    saved = []
    for name in ("twilio_proxy", "stamina"):
        log = logging.getLogger(name)
        saved.append((log, list(log.handlers), log.level, log.propagate))
    try:
        yield
    finally:
        for log, handlers, level, propagate in saved:
            log.handlers[:] = handlers
            log.setLevel(level)
            log.propagate = propagate


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)


class FakeTwilio:
    """Makes the CLI's Client talk to a MockTransport; records what it was built with."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer: Callable[[httpx.Request], httpx.Response] = lambda r: json_response(
            200, ok_body()
        )
        self.requests: list[httpx.Request] = []
        self.built: list[dict[str, Any]] = []
        monkeypatch.setattr(_cli, "Client", self._client)

    def _handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    def _client(self, **kwargs: Any) -> twilio_proxy.Client:
        self.built.append(kwargs)
        http = httpx.Client(transport=httpx.MockTransport(self._handler))
        return twilio_proxy.Client(http_client=http, **kwargs)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, credentials: None) -> FakeTwilio:
    return FakeTwilio(monkeypatch)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = _cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- success -------------------------------------------------------------------------


def test_prints_the_interaction_as_json(
    fake: FakeTwilio, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(ARGS, capsys)
    assert code == 0
    assert err == ""
    assert json.loads(out) == {
        **EXAMPLE,
        "date_created": "2015-07-30T20:00:00+00:00",
        "date_updated": "2015-07-30T20:00:00+00:00",
    }
    [request] = fake.requests
    assert request.url.path == EXPECTED_PATH
    assert request.headers["User-Agent"].endswith(" cli")


def test_unknown_fields_are_printed_too(
    fake: FakeTwilio, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.answer = lambda r: json_response(200, ok_body(brand_new={"x": 1}))
    code, out, _ = run(ARGS, capsys)
    assert code == 0
    assert json.loads(out)["brand_new"] == {"x": 1}


def test_default_settings(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    run(ARGS, capsys)
    assert fake.built == [
        {
            "base_url": None,
            "region": None,
            "edge": None,
            "timeout": None,
            "max_retries": 2,
            "user_agent_extra": "cli",
        }
    ]
    assert str(fake.requests[0].url).startswith("https://proxy.twilio.com/v1/")


def test_base_url_option(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run([*ARGS, "--base-url", "http://127.0.0.1:4010"], capsys)
    assert code == 0
    assert str(fake.requests[0].url) == "http://127.0.0.1:4010" + EXPECTED_PATH


def test_region_and_edge_options(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run([*ARGS, "--region", "ie1", "--edge", "dublin"], capsys)
    assert code == 0
    assert fake.requests[0].url.host == "proxy.dublin.ie1.twilio.com"


def test_timeout_option(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run([*ARGS, "--timeout", "2.5"], capsys)
    assert code == 0
    assert fake.requests[0].extensions["timeout"] == {
        "connect": 2.5,
        "read": 2.5,
        "write": 2.5,
        "pool": 2.5,
    }


def test_max_retries_option(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    fake.answer = lambda r: httpx.Response(503)
    code, _, _ = run([*ARGS, "--max-retries", "0"], capsys)
    assert code == 7
    assert len(fake.requests) == 1
    fake.requests.clear()
    code, _, _ = run(ARGS, capsys)
    assert code == 7
    assert len(fake.requests) == 3


def test_options_before_the_sids(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["fetch", "--region", "au1", *ARGS[1:]], capsys)
    assert code == 0
    assert fake.requests[0].url.host == "proxy.au1.twilio.com"


# --- failures: one line on stderr, one exit code per family --------------------------


def _status(code: int) -> Callable[[httpx.Request], httpx.Response]:
    return lambda r: json_response(code, {"code": 20000 + code, "message": "Nope", "status": code})


def _raise(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


FAILURES = [
    pytest.param(_status(400), 1, "BadRequestError", id="400"),
    pytest.param(_status(401), 4, "AuthenticationError", id="401"),
    pytest.param(_status(403), 4, "PermissionDeniedError", id="403"),
    pytest.param(_status(404), 5, "NotFoundError", id="404"),
    pytest.param(_status(429), 6, "RateLimitError", id="429"),
    pytest.param(_status(500), 7, "ServerError", id="500"),
    pytest.param(_status(503), 7, "ServerError", id="503"),
    pytest.param(_status(409), 1, "APIStatusError", id="409"),
    pytest.param(
        lambda r: httpx.Response(302, headers={"Location": "/x"}), 1, "APIStatusError", id="302"
    ),
    pytest.param(
        lambda r: httpx.Response(200, content=b"[]"), 1, "ResponseValidationError", id="bad-200"
    ),
    pytest.param(_raise(httpx.ConnectError("refused")), 8, "APIConnectionError", id="refused"),
    pytest.param(_raise(httpx.ReadTimeout("slow")), 8, "APITimeoutError", id="timeout"),
]


@pytest.mark.parametrize(("answer", "exit_code", "name"), FAILURES)
def test_failure_exit_codes(
    fake: FakeTwilio,
    capsys: pytest.CaptureFixture[str],
    answer: Callable[[httpx.Request], httpx.Response],
    exit_code: int,
    name: str,
) -> None:
    fake.answer = answer
    code, out, err = run(ARGS, capsys)
    assert code == exit_code
    assert out == ""
    assert err.startswith(f"twilio-proxy: {name}: ")
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert AUTH_TOKEN not in err


def test_not_found_line(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    fake.answer = _status(404)
    _, _, err = run(ARGS, capsys)
    assert err == (
        "twilio-proxy: NotFoundError: 404 Not Found (Twilio error 20404): Nope "
        "(request RQ11111111111111111111111111111111)\n"
    )


def test_exit_codes_are_distinct_per_family() -> None:
    families = [
        _cli.EXIT_OK,
        _cli.EXIT_OTHER,
        _cli.EXIT_BAD_INPUT,
        _cli.EXIT_CREDENTIALS,
        _cli.EXIT_AUTH,
        _cli.EXIT_NOT_FOUND,
        _cli.EXIT_RATE_LIMIT,
        _cli.EXIT_SERVER,
        _cli.EXIT_NETWORK,
    ]
    assert len(set(families)) == len(families)


@pytest.mark.parametrize("position", range(1, 5))
def test_bad_sid_exits_2_without_a_request(
    fake: FakeTwilio, capsys: pytest.CaptureFixture[str], position: int
) -> None:
    argv = list(ARGS)
    argv[position] = "../../etc/passwd"
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("twilio-proxy: InvalidSidError: ")
    assert "must be" in err
    assert err.count("\n") == 1
    assert fake.requests == []


@pytest.mark.parametrize(
    "options",
    [
        ["--timeout", "0"],
        ["--timeout", "-3"],
        ["--region", "EVIL.example"],
        ["--edge", "a/b"],
        ["--base-url", "ftp://x"],
        ["--max-retries", "-1"],
    ],
)
def test_bad_settings_exit_2(
    fake: FakeTwilio, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    code, out, err = run([*ARGS, *options], capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("twilio-proxy: ConfigurationError: ")
    assert err.count("\n") == 1
    assert fake.requests == []


def test_infinite_timeout_exits_2(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    # `--timeout inf` would otherwise crash httpx with OverflowError on a real connection.
    code, _, err = run([*ARGS, "--timeout", "inf"], capsys)
    assert code == 2
    assert err.startswith("twilio-proxy: ConfigurationError: ")


def test_missing_credentials_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(ARGS, capsys)
    assert code == 3
    assert out == ""
    assert err == (
        "twilio-proxy: MissingCredentialsError: Twilio credentials are missing: pass "
        "account_sid= (or $TWILIO_ACCOUNT_SID) and auth_token= (or $TWILIO_AUTH_TOKEN). "
        "Use either TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + "
        "TWILIO_API_SECRET (an API key, SK…).\n"
    )


def test_malformed_credentials_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC-not-a-sid")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    code, _, err = run(ARGS, capsys)
    assert code == 3
    assert "AC-not-a-sid" not in err
    assert AUTH_TOKEN not in err


def test_other_exceptions_are_not_swallowed(
    fake: FakeTwilio, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.answer = _raise(KeyError("bug"))
    with pytest.raises(KeyError):
        _cli.main(ARGS)


# --- argument parsing ----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["fetch"],
        ARGS[:4],
        [*ARGS, "extra"],
        ["delete", *ARGS[1:]],
        [*ARGS, "--timeout", "soon"],
        [*ARGS, "--max-retries", "1.5"],
        [*ARGS, "--unknown"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(argv)
    assert info.value.code == 2
    assert "usage: twilio-proxy" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "fetch" in out
    assert "Exit codes: 0 ok, 1 other error, 2 bad input, 3 credentials" in out


def test_fetch_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(["fetch", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for option in ("--base-url", "--region", "--edge", "--timeout", "--verbose", "--max-retries"):
        assert option in out
    for metavar in ("SERVICE_SID", "SESSION_SID", "PARTICIPANT_SID", "SID"):
        assert metavar in out


# --- --verbose -----------------------------------------------------------------------


def test_verbose_logs_each_request_to_stderr(
    fake: FakeTwilio, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.answer = lambda r: json_response(200, ok_body(data=json.dumps({"body": MESSAGE_BODY})))
    code, out, err = run([*ARGS, "--verbose"], capsys)
    assert code == 0
    assert json.loads(out)["data"] == json.dumps({"body": MESSAGE_BODY})
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"DEBUG twilio_proxy: GET {EXPECTED_PATH} -> 200 in ")
    assert lines[0].endswith(" ms (attempt 1)")
    assert AUTH_TOKEN not in err
    assert MESSAGE_BODY not in err


def test_verbose_shows_retries(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter([httpx.Response(503), json_response(200, ok_body())])
    fake.answer = lambda r: next(answers)
    code, _, err = run([*ARGS, "-v"], capsys)
    assert code == 0
    assert f"INFO twilio_proxy: Retrying GET {EXPECTED_PATH} after HTTP 503 (attempt 2 of 3)" in err
    assert "(attempt 2)" in err


def test_quiet_without_verbose(fake: FakeTwilio, capsys: pytest.CaptureFixture[str]) -> None:
    answers = iter([httpx.Response(503), json_response(200, ok_body())])
    fake.answer = lambda r: next(answers)
    code, _, err = run(ARGS, capsys)
    assert code == 0
    assert err == ""


# --- entry points --------------------------------------------------------------------


def test_python_dash_m_runs_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["twilio-proxy", *ARGS])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("twilio_proxy", run_name="__main__")
    assert info.value.code == 3
    assert "MissingCredentialsError" in capsys.readouterr().err


def _subprocess_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    return {**env, **extra}


def test_python_dash_m_help_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "twilio_proxy", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_subprocess_env(),
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("usage: twilio-proxy")
    assert "fetch" in done.stdout


def test_python_dash_m_exit_code_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "twilio_proxy", *ARGS[:4], "KI-bad"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_subprocess_env(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN),
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("twilio-proxy: InvalidSidError: sid must be 'KI'")


def test_console_script_is_installed() -> None:
    [entry] = [
        e
        for e in importlib.metadata.entry_points(group="console_scripts")
        if e.name == "twilio-proxy"
    ]
    assert entry.value == "twilio_proxy._cli:main"
    script = Path(sys.executable).parent / "twilio-proxy"
    done = subprocess.run(
        [str(script), "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert "usage: twilio-proxy" in done.stdout
