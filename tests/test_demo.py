"""`make demo` (scripts/demo.py): where it fetches from, and that it says why.

The decision is `demo.plan(environ)`, a pure function, tested without Prism.
`main` is run with the CLI runs and Prism replaced, and once end to end
against the session's Prism.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import demo
import pytest

from _server import Server, answer
from _support import ACCOUNT_SID, AUTH_TOKEN

TOKEN = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
API_KEY = {"TWILIO_API_KEY": "SK" + "1" * 32, "TWILIO_API_SECRET": AUTH_TOKEN}
SIDS = ("KS" + "b" * 32, "KC" + "b" * 32, "KP" + "b" * 32, "KI" + "b" * 32)
TEST_SIDS = {"TWILIO_PROXY_TEST_SIDS": ",".join(SIDS)}


# --- plan(): the decision, from the environment alone ------------------------------------


def test_nothing_set_uses_the_mock() -> None:
    chosen = demo.plan({})
    assert chosen.mode == "mock"
    assert chosen.message == (
        "No TWILIO_* credentials: using Prism, the mock server built from our spec."
    )


@pytest.mark.parametrize("credentials", [TOKEN, API_KEY], ids=["token", "api-key"])
def test_credentials_without_test_sids_fall_back_to_the_mock_and_say_why(
    credentials: dict[str, str],
) -> None:
    # Before: exit 2 ("TWILIO_PROXY_TEST_SIDS is not KS…,KC…,KP…,KI…").
    chosen = demo.plan(credentials)
    assert chosen.mode == "mock"
    assert "TWILIO_* credentials are set, but TWILIO_PROXY_TEST_SIDS is not" in chosen.message
    assert "using Prism" in chosen.message
    assert "export TWILIO_PROXY_TEST_SIDS=KS…,KC…,KP…,KI…" in chosen.message
    assert AUTH_TOKEN not in chosen.message


def test_blank_test_sids_count_as_unset() -> None:
    assert demo.plan({**TOKEN, "TWILIO_PROXY_TEST_SIDS": "  "}).mode == "mock"


@pytest.mark.parametrize(
    ("environ", "start"),
    [
        ({"TWILIO_ACCOUNT_SID": ACCOUNT_SID}, "The TWILIO_* credentials are incomplete (set "),
        ({"TWILIO_API_SECRET": AUTH_TOKEN}, "The TWILIO_* credentials are incomplete (set "),
        (TEST_SIDS, "No TWILIO_* credentials, so TWILIO_PROXY_TEST_SIDS is not used: "),
    ],
    ids=["sid-only", "secret-only", "sids-only"],
)
def test_incomplete_settings_use_the_mock_and_say_why(environ: dict[str, str], start: str) -> None:
    chosen = demo.plan(environ)
    assert chosen.mode == "mock"
    assert chosen.message.startswith(start)
    assert AUTH_TOKEN not in chosen.message


@pytest.mark.parametrize("credentials", [TOKEN, API_KEY], ids=["token", "api-key"])
def test_everything_set_goes_to_real_twilio(credentials: dict[str, str]) -> None:
    chosen = demo.plan({**credentials, **TEST_SIDS})
    assert chosen == demo.Plan(
        "twilio",
        "Fetching from real Twilio (https://proxy.twilio.com) with your TWILIO_* credentials",
        SIDS,
    )


def test_spaces_around_the_sids_are_ignored() -> None:
    chosen = demo.plan({**TOKEN, "TWILIO_PROXY_TEST_SIDS": " " + " , ".join(SIDS) + " "})
    assert chosen.sids == SIDS


def test_base_url_variable_is_where_it_really_goes() -> None:
    # Before: "Fetching from real Twilio (https://proxy.twilio.com)" while the
    # CLI went to TWILIO_PROXY_BASE_URL.
    environ = {**TOKEN, **TEST_SIDS, "TWILIO_PROXY_BASE_URL": "http://127.0.0.1:4010/"}
    chosen = demo.plan(environ)
    assert chosen.mode == "twilio"
    assert chosen.message == (
        "Fetching from http://127.0.0.1:4010, set by TWILIO_PROXY_BASE_URL (not Twilio's "
        "default https://proxy.twilio.com) with your TWILIO_* credentials"
    )
    assert "real Twilio" not in chosen.message


@pytest.mark.parametrize(
    ("settings", "where"),
    [
        ({"TWILIO_REGION": "ie1"}, "Twilio at https://proxy.ie1.twilio.com (set by TWILIO_REGION)"),
        (
            {"TWILIO_REGION": "ie1", "TWILIO_EDGE": "dublin"},
            "Twilio at https://proxy.dublin.ie1.twilio.com (set by TWILIO_REGION and TWILIO_EDGE)",
        ),
        ({"TWILIO_EDGE": "sydney"}, "Twilio at https://proxy.sydney.us1.twilio.com"),
        (
            {"TWILIO_REGION": "ie1", "TWILIO_PROXY_BASE_URL": "https://mock.example"},
            "https://mock.example, set by TWILIO_PROXY_BASE_URL",
        ),
    ],
    ids=["region", "region-edge", "edge", "base-url-wins"],
)
def test_region_and_edge_variables_are_named(settings: dict[str, str], where: str) -> None:
    chosen = demo.plan({**TOKEN, **TEST_SIDS, **settings})
    assert chosen.mode == "twilio"
    assert chosen.message.startswith(f"Fetching from {where}")


def test_the_host_is_the_one_the_client_resolves(monkeypatch: pytest.MonkeyPatch) -> None:
    import twilio_proxy

    environ = {**TOKEN, **TEST_SIDS, "TWILIO_REGION": "au1", "TWILIO_EDGE": "sydney"}
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    with twilio_proxy.Client() as client:
        assert client._runner.base_url in demo.plan(environ).message


@pytest.mark.parametrize(
    ("environ", "fragment"),
    [
        ({**TOKEN, "TWILIO_PROXY_TEST_SIDS": "KS1,KC2"}, "holds 2 item(s)"),
        ({**TOKEN, "TWILIO_PROXY_TEST_SIDS": "a,b,,d"}, "holds 4 item(s)"),
        (
            {**TOKEN, **TEST_SIDS, "TWILIO_PROXY_BASE_URL": "ftp://x"},
            "TWILIO_EDGE) are invalid: base_url must start with",
        ),
        (
            {**TOKEN, **TEST_SIDS, "TWILIO_REGION": "EVIL.example"},
            "TWILIO_EDGE) are invalid: region must be",
        ),
    ],
    ids=["two-sids", "empty-sid", "bad-base-url", "bad-region"],
)
def test_broken_settings_are_an_error(environ: dict[str, str], fragment: str) -> None:
    chosen = demo.plan(environ)
    assert chosen.mode == "error"
    assert fragment in chosen.message


# --- main(): what it prints and runs (CLI runs and Prism replaced) -------------------------


class Runs:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, codes: list[int]) -> None:
        self.calls: list[tuple[list[str], dict[str, str]]] = []
        self.flows: list[str] = []
        self.codes = codes
        self.prism_started = 0
        monkeypatch.setattr(demo, "_run", self.run)
        monkeypatch.setattr(demo, "running_prism", self.running_prism)
        monkeypatch.setattr(demo, "_flow", self.flows.append)

    def run(self, title: str, args: list[str], env: dict[str, str]) -> int:
        self.calls.append((args, env))
        return self.codes[len(self.calls) - 1]

    @contextlib.contextmanager
    def running_prism(self, **kwargs: object) -> Iterator[str]:
        self.prism_started += 1
        yield "http://127.0.0.1:4010"


def test_main_falls_back_to_the_mock_with_only_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = Runs(monkeypatch, [0, 2])
    environ = {**API_KEY, "PATH": "/usr/bin"}
    assert demo.main(environ) == 0
    out = capsys.readouterr().out
    assert out.startswith("TWILIO_* credentials are set, but TWILIO_PROXY_TEST_SIDS is not")
    assert runs.prism_started == 1
    assert runs.flows == ["http://127.0.0.1:4010"]
    [(fetch, env), (refused, _)] = runs.calls
    assert fetch == ["services", "fetch", demo.MOCK_SIDS[0]]
    assert refused[-1] == "KI../../Accounts"
    # Only the placeholders reach the CLI: the real API key would win over them.
    assert env == {
        "PATH": "/usr/bin",
        "TWILIO_ACCOUNT_SID": demo.MOCK_ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": demo.MOCK_AUTH_TOKEN,
        "TWILIO_PROXY_BASE_URL": "http://127.0.0.1:4010",
    }


@pytest.mark.parametrize(("codes", "result"), [([1, 2], 1), ([0, 0], 1), ([0, 2], 0)])
def test_main_fails_when_the_mock_run_goes_wrong(
    monkeypatch: pytest.MonkeyPatch, codes: list[int], result: int
) -> None:
    Runs(monkeypatch, codes)
    assert demo.main({}) == result


def test_main_fails_when_the_flow_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import twilio_proxy

    Runs(monkeypatch, [0, 2])

    def failing(url: str) -> None:
        raise twilio_proxy.NotFoundError(
            status_code=404, message="gone", method="GET", url=url, headers={}
        )

    monkeypatch.setattr(demo, "_flow", failing)
    assert demo.main({}) == 1
    assert "NotFoundError" in capsys.readouterr().err


def _twilio_answers(server: Server) -> None:
    """Twilio's answers for the SIDS the read-only demo asks for."""
    sid = dict(zip(("service_sid", "session_sid", "participant_sid", "sid"), SIDS, strict=True))
    parent = {"service_sid": SIDS[0], "session_sid": SIDS[1]}
    interaction = {**parent, "sid": "KI" + "c" * 32, "data": '{"body": "PRIVATE"}'}
    server.queue(
        answer(200, {"sid": SIDS[0], "unique_name": "shop"}),
        answer(200, {**parent, "sid": SIDS[1]}),
        answer(200, {**parent, "sid": SIDS[2], "identifier": "+15551234567"}),
        answer(200, {**sid, "data": '{"body": "PRIVATE"}'}),
        answer(200, {"interactions": [interaction], "meta": {"key": "interactions"}}),
    )


def test_main_only_reads_from_where_it_says(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    _twilio_answers(server)
    environ = {**TOKEN, **TEST_SIDS, "TWILIO_PROXY_BASE_URL": server.url}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environ.items():
            patch.setenv(name, value)
        assert demo.main(environ) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Fetching from {server.url}, set by ")
    assert "nothing was created, sent or deleted" in out
    assert {r.method for r in server.received} == {"GET"}
    assert server.count == 5
    assert "PRIVATE" not in out
    assert "+15551234567" not in out


def test_main_reports_a_failing_read(server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    server.queue(answer(404, {"code": 20404, "message": "not found", "status": 404}))
    environ = {**TOKEN, **TEST_SIDS, "TWILIO_PROXY_BASE_URL": server.url}
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environ.items():
            patch.setenv(name, value)
        assert demo.main(environ) == 1
    assert "NotFoundError" in capsys.readouterr().err


def test_main_reports_broken_settings_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = Runs(monkeypatch, [])
    assert demo.main({**TOKEN, "TWILIO_PROXY_TEST_SIDS": "KS1"}) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("TWILIO_PROXY_TEST_SIDS must be four SIDs")
    assert runs.calls == []


def test_main_reads_the_process_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in {**TOKEN, "TWILIO_PROXY_TEST_SIDS": "KS1"}.items():
        monkeypatch.setenv(name, value)
    assert demo.main() == 2


# --- once for real: the CLI against the session's Prism -----------------------------------


def test_demo_end_to_end_against_prism(
    prism_url: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    @contextlib.contextmanager
    def session_prism(**kwargs: object) -> Iterator[str]:
        yield prism_url

    monkeypatch.setattr(demo, "running_prism", session_prism)
    # Credentials but no TWILIO_PROXY_TEST_SIDS: the case that used to exit 2.
    for name, value in API_KEY.items():
        monkeypatch.setenv(name, value)
    assert demo.main() == 0
    out, err = capfd.readouterr()
    assert "TWILIO_PROXY_TEST_SIDS is not" in out
    for step in (
        "client.services.create",
        "client.phone_numbers.create",
        "client.sessions.create",
        "client.participants.create",
        "client.message_interactions.create",
        "client.interactions.list",
        "client.sessions.update",
        "client.sessions.delete",
    ):
        assert f">>> {step}(" in out
    assert "Service(sid='KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'" in out
    assert "Sessions/..%2F..%2FAccounts" in out  # a name stays one path segment
    assert "refused before any request: identifier is required" in out
    assert '"sid": "KSaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"' in out  # the command line
    assert "(exit code 0)" in out
    assert "(exit code 2)" in out
    assert "twilio-proxy: InvalidSidError: SID must be 'KI'" in err
    # Personal data stays out of what the demo prints.
    assert "+15558675310" not in out
