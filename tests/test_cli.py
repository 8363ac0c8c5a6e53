"""The twilio-proxy command: JSON on stdout, one stderr line and one exit code per failure family.

Everything runs ``main([...])`` in-process against the local ``server`` fixture
(``--base-url``), except two subprocess runs: the installed console script's
``--version`` and a real Ctrl-C (SIGINT) to ``python -m twilio_proxy``.
"""

from __future__ import annotations

import io
import json
import logging
import os
import runpy
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path

import pytest

import twilio_proxy
from _server import Behaviour, Server, answer, closed_port, hang
from _support import ACCOUNT_SID, AUTH_TOKEN, ENCODED_AUTH, EXAMPLE, EXPECTED_PATH, SIDS, ok_body
from twilio_proxy import _cli, _core

SID_ARGS = [SIDS["service_sid"], SIDS["session_sid"], SIDS["participant_sid"], SIDS["sid"]]
MESSAGE_BODY = "PRIVATE-MESSAGE-BODY-7f3a"


@pytest.fixture(autouse=True)
def _logging_is_put_back() -> Iterator[None]:
    """main() must leave the twilio_proxy logger as it found it; checked after every test."""
    log = logging.getLogger("twilio_proxy")
    before = (list(log.handlers), log.level, log.propagate)
    yield
    after = (list(log.handlers), log.level, log.propagate)
    log.handlers[:], log.level, log.propagate = before
    assert after == before


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)


def fetch_args(server: Server, *options: str) -> list[str]:
    return ["fetch", *SID_ARGS, "--base-url", server.url, *options]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = _cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run *argv*, expect argparse's exit 2, return stderr."""
    with pytest.raises(SystemExit) as info:
        _cli.main(argv)
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def twilio_error(status: int) -> dict[str, object]:
    return {"code": 20000 + status, "message": "Nope", "more_info": None, "status": status}


# --- success ---------------------------------------------------------------------------


@pytest.mark.usefixtures("credentials")
def test_prints_the_interaction_as_json(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(fetch_args(server), capsys)
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        **EXAMPLE,
        "date_created": "2015-07-30T20:00:00+00:00",
        "date_updated": "2015-07-30T20:00:00+00:00",
    }
    [request] = server.received
    assert request.target == EXPECTED_PATH
    assert request.headers["authorization"] == f"Basic {ENCODED_AUTH}"
    assert request.headers["user-agent"].endswith(" cli")


@pytest.mark.usefixtures("credentials")
def test_options_may_come_before_the_sids(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["fetch", "--base-url", server.url, "-v", *SID_ARGS], capsys)
    assert code == 0
    assert json.loads(out)["sid"] == SIDS["sid"]


@pytest.mark.usefixtures("credentials")
def test_base_url_from_the_environment(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_PROXY_BASE_URL", server.url)
    code, _, _ = run(["fetch", *SID_ARGS], capsys)
    assert code == 0
    assert server.count == 1


@pytest.mark.usefixtures("credentials")
def test_max_retries_option(
    server: Server, capsys: pytest.CaptureFixture[str], waits: list[float]
) -> None:
    server.queue(answer(503, twilio_error(503)))
    code, _, _ = run(fetch_args(server, "--max-retries", "0"), capsys)
    assert (code, server.count) == (7, 1)
    code, _, _ = run(fetch_args(server), capsys)  # the default: 2 retries
    assert (code, server.count) == (7, 1 + 3)
    assert len(waits) == 2


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"twilio-proxy {twilio_proxy.__version__}\n"


def test_python_dash_m_runs_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["twilio-proxy", "--version"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("twilio_proxy", run_name="__main__")
    assert info.value.code == 0
    assert capsys.readouterr().out == f"twilio-proxy {twilio_proxy.__version__}\n"


# --- every exit code ---------------------------------------------------------------------


STATUS_FAILURES = [
    pytest.param(400, 1, "BadRequestError", id="400"),
    pytest.param(409, 1, "APIStatusError", id="409"),
    pytest.param(401, 4, "AuthenticationError", id="401"),
    pytest.param(403, 4, "PermissionDeniedError", id="403"),
    pytest.param(404, 5, "NotFoundError", id="404"),
    pytest.param(429, 6, "RateLimitError", id="429"),
    pytest.param(500, 7, "ServerError", id="500"),
    pytest.param(503, 7, "ServerError", id="503"),
]


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(("status", "exit_code", "name"), STATUS_FAILURES)
def test_status_exit_codes(
    server: Server, capsys: pytest.CaptureFixture[str], status: int, exit_code: int, name: str
) -> None:
    server.queue(answer(status, twilio_error(status)))
    code, out, err = run(fetch_args(server), capsys)
    assert code == exit_code
    assert out == ""
    assert err == (
        f"twilio-proxy: {name}: {status} {_reason(status)} (Twilio error {20000 + status}): "
        "Nope (request RQ11111111111111111111111111111111)\n"
    )


def _reason(status: int) -> str:
    return HTTPStatus(status).phrase


@pytest.mark.usefixtures("credentials")
def test_a_2xx_that_is_not_an_interaction_exits_1(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.queue(answer(200, ok_body(sid="KI" + "b" * 32)))
    code, out, err = run(fetch_args(server), capsys)
    assert (code, out) == (1, "")
    assert err.startswith("twilio-proxy: ResponseValidationError: ")
    assert err.count("\n") == 1


@pytest.mark.usefixtures("credentials")
def test_connection_refused_exits_8(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    code, out, err = run(["fetch", *SID_ARGS, "--base-url", url], capsys)
    assert (code, out) == (8, "")
    assert err.startswith("twilio-proxy: APIConnectionError: ")
    assert err.count("\n") == 1


@pytest.mark.usefixtures("credentials")
def test_timeout_exits_8(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    server.queue(hang)
    code, out, err = run(fetch_args(server, "--timeout", "0.2", "--max-retries", "0"), capsys)
    assert (code, out) == (8, "")
    assert err.startswith("twilio-proxy: APITimeoutError: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("position", range(4))
def test_bad_sid_exits_2_even_without_credentials(
    server: Server, capsys: pytest.CaptureFixture[str], position: int
) -> None:
    # No TWILIO_* variables at all (conftest clears them): before the fix the
    # Client was built first and this exited 3 (credentials) instead of 2.
    sids = list(SID_ARGS)
    sids[position] = "../../etc/passwd"
    code, out, err = run(["fetch", *sids, "--base-url", server.url], capsys)
    assert (code, out) == (2, "")
    argument = ["SERVICE_SID", "SESSION_SID", "PARTICIPANT_SID", "SID"][position]
    assert err.startswith(f"twilio-proxy: InvalidSidError: {argument} must be ")
    assert err.count("\n") == 1
    assert server.count == 0


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    "options",
    [
        ["--timeout", "0"],
        ["--timeout", "-3"],
        ["--timeout", "inf"],
        ["--region", "EVIL.example"],
        ["--edge", "a/b"],
        ["--base-url", "ftp://x"],
        ["--max-retries", "-1"],
    ],
)
def test_bad_settings_exit_2(
    server: Server, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    # No --base-url: it would win over --region/--edge. Nothing is sent anyway.
    code, out, err = run(["fetch", *SID_ARGS, *options], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("twilio-proxy: ConfigurationError: ")
    assert err.count("\n") == 1
    assert server.count == 0


def test_missing_credentials_exit_3_naming_the_variables(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(fetch_args(server), capsys)
    assert (code, out) == (3, "")
    assert err == (
        "twilio-proxy: MissingCredentialsError: Twilio credentials are missing: set the "
        "environment variables TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN. Credentials are "
        "TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET "
        "(an API key, SK…).\n"
    )
    assert "=" not in err  # the library's "pass account_sid=" is for Python callers
    assert server.count == 0


@pytest.mark.parametrize(
    ("present", "wanted"),
    [
        ({"TWILIO_ACCOUNT_SID": ACCOUNT_SID}, "variable TWILIO_AUTH_TOKEN."),
        ({"TWILIO_API_KEY": "SK" + "1" * 32}, "variable TWILIO_API_SECRET."),
        ({"TWILIO_API_SECRET": AUTH_TOKEN}, "variable TWILIO_API_KEY."),
    ],
)
def test_half_a_credential_pair_names_the_missing_variable(
    server: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    present: dict[str, str],
    wanted: str,
) -> None:
    for name, value in present.items():
        monkeypatch.setenv(name, value)
    code, _, err = run(fetch_args(server), capsys)
    assert code == 3
    assert f"Twilio credentials are missing: set the environment {wanted}" in err
    assert AUTH_TOKEN not in err


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("TWILIO_ACCOUNT_SID", "AC-not-a-sid", "expected 'AC' followed by 32 hex digits"),
        ("TWILIO_AUTH_TOKEN", "tok en\n", "expected printable ASCII without spaces"),
    ],
)
def test_malformed_credentials_exit_3_naming_the_variable(
    server: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    expected: str,
) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    monkeypatch.setenv(variable, value)
    code, out, err = run(fetch_args(server), capsys)
    assert (code, out) == (3, "")
    assert err.startswith(
        f"twilio-proxy: MissingCredentialsError: The environment variable {variable} "
        f"is malformed: {expected}, got a value of {len(value)} characters."
    )
    assert err.count("\n") == 1
    assert value.strip() not in err
    assert "account_sid" not in err
    assert "auth_token" not in err


def test_credentials_message_for_other_shapes() -> None:
    # Two malformed variables at once, and a library reason without the usual wording.
    both = twilio_proxy.MissingCredentialsError(
        "x (or $A) is malformed: expected y", variables=("A", "B")
    )
    assert _cli.credentials_message(both, {"A": "1", "B": "2"}) == (
        "The environment variables A and B are malformed: expected y"
    )
    odd = twilio_proxy.MissingCredentialsError("something else", variables=("A",))
    assert _cli.credentials_message(odd, {"A": "1"}) == "The environment variable A is malformed"


def test_a_credentials_error_without_variables_keeps_its_message(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_credentials(**kwargs: object) -> twilio_proxy.Client:
        raise twilio_proxy.MissingCredentialsError("no credentials at all")

    monkeypatch.setattr(_cli, "Client", no_credentials)
    code, _, err = run(fetch_args(server), capsys)
    assert code == 3
    assert err == "twilio-proxy: MissingCredentialsError: no credentials at all\n"


@pytest.mark.usefixtures("credentials")
def test_any_other_library_error_exits_1(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def closed(self: object, *args: object) -> None:
        raise twilio_proxy.ClientClosedError("closed")

    monkeypatch.setattr(_core.SyncCore, "call", closed)
    code, _, err = run(fetch_args(server), capsys)
    assert (code, err) == (1, "twilio-proxy: ClientClosedError: closed\n")


@pytest.mark.usefixtures("credentials")
def test_bugs_are_not_swallowed(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: object, *args: object) -> None:
        raise KeyError("bug")

    monkeypatch.setattr(_core.SyncCore, "call", broken)
    with pytest.raises(KeyError):
        _cli.main(fetch_args(server))


def test_exit_codes_are_distinct_per_family() -> None:
    codes = [
        _cli.EXIT_OK,
        _cli.EXIT_OTHER,
        _cli.EXIT_BAD_INPUT,
        _cli.EXIT_CREDENTIALS,
        _cli.EXIT_AUTH,
        _cli.EXIT_NOT_FOUND,
        _cli.EXIT_RATE_LIMIT,
        _cli.EXIT_SERVER,
        _cli.EXIT_NETWORK,
        _cli.EXIT_INTERRUPTED,
    ]
    assert codes == [0, 1, 2, 3, 4, 5, 6, 7, 8, 130]


# --- Ctrl-C ----------------------------------------------------------------------------


@pytest.mark.usefixtures("credentials")
def test_ctrl_c_in_process_exits_130_with_one_line(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: object, *args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_core.SyncCore, "call", interrupted)
    try:
        code, out, err = run(fetch_args(server, "--verbose"), capsys)
    except KeyboardInterrupt:  # would stop the whole test session
        pytest.fail("KeyboardInterrupt escaped main()")
    assert (code, out, err) == (130, "", "twilio-proxy: interrupted\n")
    # (the autouse fixture checks that --verbose's handler was removed all the same)


# --- argument parsing: the subcommand's usage for its own mistakes -----------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["fetch", SID_ARGS[0]], "the following arguments are required: SESSION_SID"),
        (["fetch", *SID_ARGS, "KI" + "b" * 32], "unrecognized arguments: KI" + "b" * 32),
        (["fetch", *SID_ARGS, "--unknown"], "unrecognized arguments: --unknown"),
        (["fetch", *SID_ARGS, "--timeout", "soon"], "argument --timeout: invalid float value"),
        (["fetch", *SID_ARGS, "--max-retries", "1.5"], "argument --max-retries: invalid int"),
    ],
    ids=["one-sid", "five-sids", "unknown-option", "bad-timeout", "bad-retries"],
)
def test_fetch_mistakes_show_the_fetch_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    err = usage_error(argv, capsys)
    # Before the fix, extra arguments got the top-level usage, which hides the SIDs.
    assert err.startswith("usage: twilio-proxy fetch ")
    assert "SERVICE_SID SESSION_SID PARTICIPANT_SID SID" in err
    assert f"twilio-proxy fetch: error: {message}" in err


@pytest.mark.parametrize("argv", [[], ["delete", *SID_ARGS], ["--unknown"]])
def test_top_level_mistakes_show_the_top_level_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    err = usage_error(argv, capsys)
    assert err.startswith("usage: twilio-proxy [-h] [--version] COMMAND ...")


def test_help_lists_commands_exit_codes_and_variables(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main(["--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for command in ("services", "message-interactions", "fetch"):
        assert command in out
    assert "Exit codes: 0 ok, 1 other error, 2 bad input, 3 credentials" in out
    assert "130 interrupted" in out
    assert "TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY" in out


SHARED_OPTIONS = ("--base-url", "--region", "--edge", "--timeout", "--max-retries", "--verbose")


COMMANDS = [
    [_cli.command_name(resource), verb]
    for resource, info in __import__("twilio_proxy_api").RESOURCES.items()
    for verb in info.verbs
] + [["fetch"], ["list"], ["create"]]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_the_shared_options_and_the_specs_help(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        _cli.main([*command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for option in SHARED_OPTIONS:
        assert option in out
    operation = _cli.operation_for(
        command[0].replace("-", "_") if len(command) == 2 else "message_interactions",
        command[-1],
    )
    for param in operation.params:
        assert _cli.option_name(param) in out
        assert " ".join(param.help.split()[:3]) in " ".join(out.split())


@pytest.mark.parametrize("resource", ["services", "sessions", "phone-numbers"])
def test_each_resource_lists_its_verbs(capsys: pytest.CaptureFixture[str], resource: str) -> None:
    with pytest.raises(SystemExit):
        _cli.main([resource, "--help"])
    out = capsys.readouterr().out
    for verb in ("create", "fetch", "list", "update", "delete"):
        assert verb in out


@pytest.mark.usefixtures("credentials")
def test_resource_commands_send_their_options_and_print(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    service = ok_body(sid="KS" + "b" * 32, unique_name="shop")
    server.queue(answer(201, service))
    argv = ["services", "create", "--base-url", server.url, "--unique-name", "shop"]
    argv += ["--default-ttl", "3600", "--geo-match-level", "country"]
    code, out, err = run(argv, capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["unique_name"] == "shop"
    [request] = server.received
    assert (request.method, request.target) == ("POST", "/v1/Services")
    assert request.body == b"UniqueName=shop&DefaultTtl=3600&GeoMatchLevel=country"


@pytest.mark.usefixtures("credentials")
def test_delete_prints_nothing(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    server.queue(answer(204))
    sid = "KS" + "b" * 32
    code, out, err = run(["services", "delete", sid, "--base-url", server.url], capsys)
    assert (code, out, err) == (0, "", "")
    assert [(r.method, r.target) for r in server.received] == [("DELETE", f"/v1/Services/{sid}")]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["services", "create"], "--unique-name is required"),
        (["create", *SID_ARGS[:3]], "pass --body or --media-url"),
        (["list", *SID_ARGS[:3], "--page-size", "0"], "--page-size must be an int from 1"),
        (["services", "delete", "KS" + "0" * 31 + "/"], "SID must be 'KS' followed"),
        (["services", "fetch", AUTH_TOKEN[:0] + "."], "SID must be a SID or a unique name"),
    ],
)
def test_bad_input_exits_2_without_credentials_naming_the_option(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, _, err = run(argv, capsys)
    assert code == 2
    assert fragment in err


def test_an_auth_token_pasted_as_a_sid_is_not_echoed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "0123456789abcdef0123456789abcdef"
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", token)
    code, _, err = run(["services", "delete", "x" + token], capsys)
    assert code == 2
    assert token not in err


def test_a_body_that_is_not_text_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    # What a shell gives for --body "$(printf 'Caf\xe9')" in a UTF-8 locale.
    body = b"Caf\xe9 at 5".decode("utf-8", "surrogateescape")
    code, _, err = run(["create", *SID_ARGS[:3], "--body", body], capsys)
    assert code == 2
    assert "--body is not valid text" in err
    assert "Caf" not in err


@pytest.mark.usefixtures("credentials")
def test_a_full_disk_is_one_line(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    server.queue(_page(server, [EXAMPLE], None))

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_cli, "print_json", full)
    saved = sys.stdout
    try:
        code = _cli.main(["list", *SID_ARGS[:3], "--base-url", server.url])
    finally:
        sys.stdout = saved
    assert code == 1
    assert (
        capsys.readouterr().err
        == "twilio-proxy: cannot write the output: No space left on device\n"
    )


# --- --verbose ---------------------------------------------------------------------------


@pytest.mark.usefixtures("credentials")
def test_verbose_logs_each_request_and_retry_to_stderr(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    body = ok_body(data=json.dumps({"body": MESSAGE_BODY}))
    server.queue(answer(503, twilio_error(503)), answer(200, body))
    code, out, err = run(fetch_args(server, "--verbose"), capsys)
    assert code == 0
    assert json.loads(out)["data"] == json.dumps({"body": MESSAGE_BODY})
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"DEBUG twilio_proxy: GET {EXPECTED_PATH} -> 503 in ")
    assert lines[1].startswith(
        f"INFO twilio_proxy: Retrying GET {EXPECTED_PATH} after HTTP 503 (attempt 2 of 3)"
    )
    assert lines[2].startswith(f"DEBUG twilio_proxy: GET {EXPECTED_PATH} -> 200 in ")
    assert lines[2].endswith(" ms (attempt 2)")
    assert AUTH_TOKEN not in err
    assert ENCODED_AUTH not in err
    assert MESSAGE_BODY not in err


@pytest.mark.usefixtures("credentials")
def test_quiet_without_verbose_even_when_retrying(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.queue(answer(503, twilio_error(503)), answer(200, EXAMPLE))
    code, out, err = run(fetch_args(server), capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["sid"] == SIDS["sid"]
    assert server.count == 2


# --- real processes: the console script, and a real SIGINT -------------------------------


def _child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWILIO_")}
    return {**env, **extra}


def test_console_script_version() -> None:
    script = Path(sys.executable).with_name("twilio-proxy")
    done = subprocess.run(
        [str(script), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_child_env(),
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        f"twilio-proxy {twilio_proxy.__version__}\n",
        "",
    )


def _sigint_default() -> None:
    # A shell that started us in the background may have left SIGINT ignored,
    # and an ignored signal stays ignored across exec: give the child the default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_exits_130_with_one_line_and_no_traceback(server: Server) -> None:
    server.queue(hang)
    child = subprocess.Popen(
        [sys.executable, "-m", "twilio_proxy", *fetch_args(server, "--max-retries", "0")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN),
        preexec_fn=_sigint_default,
    )
    try:
        deadline = time.monotonic() + 30
        while server.count == 0 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.count == 1, "the child never sent its request"
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 130
    assert out == ""
    assert err == "twilio-proxy: interrupted\n"


# --- list and create -------------------------------------------------------------------

PARENT_ARGS = SID_ARGS[:3]


def _page(server: Server, items: list[dict[str, object]], next_query: str | None) -> Behaviour:
    path = EXPECTED_PATH.rsplit("/", 1)[0]
    next_url = f"{server.url}{path}?{next_query}" if next_query else None
    return answer(
        200, {"interactions": items, "meta": {"key": "interactions", "next_page_url": next_url}}
    )


@pytest.mark.usefixtures("credentials")
def test_list_prints_one_object_a_line_across_pages(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    second = ok_body(sid="KI" + "b" * 32)
    server.queue(
        _page(server, [EXAMPLE], "PageSize=1&Page=1&PageToken=PT1"),
        _page(server, [second], None),
    )
    code, out, err = run(
        ["list", *PARENT_ARGS, "--base-url", server.url, "--page-size", "1"], capsys
    )
    assert (code, err) == (0, "")
    assert [json.loads(line)["sid"] for line in out.splitlines()] == [EXAMPLE["sid"], second["sid"]]
    assert [r.target.partition("?")[2] for r in server.received] == [
        "PageSize=1",
        "PageSize=1&Page=1&PageToken=PT1",
    ]


@pytest.mark.usefixtures("credentials")
def test_list_limit_stops_without_the_next_page(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.queue(_page(server, [EXAMPLE], "Page=1&PageToken=PT1"))
    code, out, _ = run(["list", *PARENT_ARGS, "--base-url", server.url, "--limit", "1"], capsys)
    assert (code, len(out.splitlines()), server.count) == (0, 1, 1)


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize(
    "option", [["--page-size", "0"], ["--page-size", "1001"], ["--limit", "-1"]]
)
def test_list_bad_numbers_exit_2_before_any_request(
    server: Server, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    code, _, err = run(["list", *PARENT_ARGS, "--base-url", server.url, *option], capsys)
    assert (code, server.count) == (2, 0)
    assert "InvalidArgumentError" in err


@pytest.mark.usefixtures("credentials")
def test_create_sends_the_form_and_prints_the_interaction(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.queue(answer(201, EXAMPLE))
    argv = ["create", *PARENT_ARGS, "--base-url", server.url, "--body", MESSAGE_BODY]
    argv += ["--media-url", "https://example.com/a.png", "--media-url", "https://example.com/b.png"]
    code, out, err = run(argv, capsys)
    assert (code, err) == (0, "")
    assert json.loads(out)["sid"] == EXAMPLE["sid"]
    [request] = server.received
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.body == (
        b"Body=PRIVATE-MESSAGE-BODY-7f3a"
        b"&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png&MediaUrl=https%3A%2F%2Fexample.com%2Fb.png"
    )


@pytest.mark.usefixtures("credentials")
def test_create_without_body_or_media_exits_2(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["create", *PARENT_ARGS, "--base-url", server.url], capsys)
    assert (code, server.count) == (2, 0)
    assert "body" in err


@pytest.mark.usefixtures("credentials")
def test_list_into_a_closed_pipe_stops_quietly(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.queue(_page(server, [EXAMPLE], None))

    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenPipeError

    monkeypatch.setattr(_cli, "print_json", broken)
    saved = sys.stdout
    try:
        assert _cli.main(["list", *PARENT_ARGS, "--base-url", server.url]) == 0
    finally:
        sys.stdout = saved


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--date-expiry", "tomorrow"], "expected an ISO 8601 date-time with an offset"),
        (["--date-expiry", "2026-12-31T18:00:00"], "expected an ISO 8601 date-time with an offset"),
        (["--participants", "[1]"], "expected a JSON object"),
        (["--participants", "{"], "expected a JSON object"),
        (["--ttl", "soon"], "expected an integer"),
        (["--mode", "fax"], "invalid choice: 'fax'"),
    ],
)
def test_typed_options_are_checked_by_the_parser(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    err = usage_error(["sessions", "create", SIDS["service_sid"], *argv], capsys)
    assert fragment in err


@pytest.mark.usefixtures("credentials")
def test_typed_options_reach_the_form(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    session = ok_body(sid="KC" + "b" * 32)
    server.queue(answer(201, session), answer(200, ok_body(sid="PN" + "b" * 32)))
    argv = ["sessions", "create", SIDS["service_sid"], "--base-url", server.url]
    argv += ["--date-expiry", "2026-12-31T19:00:00+01:00", "--ttl", "60", "--mode", "message-only"]
    argv += ["--participants", '{"Identifier": "+15558675310"}', "--participants", "{}"]
    assert run(argv, capsys)[0] == 0
    argv = ["phone-numbers", "update", SIDS["service_sid"], "PN" + "b" * 32]
    assert run([*argv, "--base-url", server.url, "--is-reserved", "TRUE"], capsys)[0] == 0
    err = usage_error([*argv, "--base-url", server.url, "--is-reserved", "yes"], capsys)
    assert "expected true or false" in err
    first, second = server.received
    assert first.body == (
        b"DateExpiry=2026-12-31T18%3A00%3A00Z&Ttl=60&Mode=message-only"
        b"&Participants=%7B%22Identifier%22%3A%22%2B15558675310%22%7D&Participants=%7B%7D"
    )
    assert second.body == b"IsReserved=true"


UNICODE_BODY = "On my way 😀 — Привет, “Škoda”"


@pytest.mark.usefixtures("credentials")
@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "utf-8"])
@pytest.mark.parametrize("command", ["fetch", "list"])
def test_output_a_stream_cannot_encode_is_escaped_json(
    server: Server, monkeypatch: pytest.MonkeyPatch, encoding: str, command: str
) -> None:
    mi = ok_body(data=json.dumps({"body": UNICODE_BODY}, ensure_ascii=False))
    page = {"interactions": [mi], "meta": {"key": "interactions", "next_page_url": None}}
    server.queue(answer(200, mi if command == "fetch" else page))
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    monkeypatch.setattr(sys, "stdout", stdout)
    argv = (
        fetch_args(server)
        if command == "fetch"
        else ["list", *SID_ARGS[:3], "--base-url", server.url]
    )
    assert _cli.main(argv) == 0
    stdout.flush()
    printed = json.loads(raw.getvalue().decode(encoding))
    assert json.loads(printed["data"])["body"] == UNICODE_BODY
    if encoding != "utf-8":
        assert b"\\u" in raw.getvalue()  # JSON's escapes, not the characters


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--timeout", "0"], "--timeout must be a number of seconds between 0 and 86400"),
        (["--timeout", "nan"], "--timeout must be a number of seconds"),
        (["--max-retries", "-1"], "--max-retries must be an int >= 0, got -1"),
        (["--region", "US 1"], "--region must be a Twilio region name such as us1"),
        (["--edge", "Sydney!"], "--edge must be a Twilio edge name such as sydney"),
        (["--base-url", "ftp://x"], "--base-url must start with https://"),
    ],
)
@pytest.mark.parametrize("with_credentials", [False, True])
def test_connection_options_are_checked_before_credentials(
    server: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    message: str,
    with_credentials: bool,
) -> None:
    if with_credentials:
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
    argv = ["fetch", *SID_ARGS, *options]
    if options[0] in ("--timeout", "--max-retries"):
        argv += ["--base-url", server.url]  # (a base URL wins over a region or edge)
    code, out, err = run(argv, capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"twilio-proxy: ConfigurationError: {message}")
    assert server.count == 0


def test_a_region_from_the_environment_is_named_as_it_is(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_REGION", "US 1")
    code, _, err = run(["fetch", *SID_ARGS], capsys)
    assert code == 2
    assert err.startswith("twilio-proxy: ConfigurationError: region must be a Twilio region")
