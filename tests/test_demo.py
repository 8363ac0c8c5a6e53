"""`make demo` (scripts/demo.py): where it runs, that it says why, and the story it tells.

The decision is `demo.plan(environ)`, a pure function. `main` runs end to end
on the embedded Proxy (Python only, as on a fresh clone), and reading only
from a local server standing in for Twilio.
"""

from __future__ import annotations

import os
import re

import demo
import pytest

from _server import Server, answer
from _support import ACCOUNT_SID, AUTH_TOKEN

TOKEN = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
API_KEY = {"TWILIO_API_KEY": "SK" + "1" * 32, "TWILIO_API_SECRET": AUTH_TOKEN}
SIDS = ("KS" + "b" * 32, "KC" + "b" * 32, "KP" + "b" * 32, "KI" + "b" * 32)
TEST_SIDS = {"TWILIO_PROXY_TEST_SIDS": ",".join(SIDS)}


# --- plan(): the decision, from the environment alone ------------------------------------


def test_nothing_set_uses_the_embedded_proxy() -> None:
    chosen = demo.plan({})
    assert chosen.mode == "fake"
    assert chosen.message == (
        "No TWILIO_* credentials: using the embedded Twilio Proxy (twilio_proxy.testing: "
        "nothing leaves this machine)."
    )


@pytest.mark.parametrize("credentials", [TOKEN, API_KEY], ids=["token", "api-key"])
def test_credentials_without_test_sids_fall_back_to_the_fake_and_say_why(
    credentials: dict[str, str],
) -> None:
    # Before: exit 2 ("TWILIO_PROXY_TEST_SIDS is not KS…,KC…,KP…,KI…").
    chosen = demo.plan(credentials)
    assert chosen.mode == "fake"
    assert "TWILIO_* credentials are set, but TWILIO_PROXY_TEST_SIDS is not" in chosen.message
    assert "using the embedded Twilio Proxy" in chosen.message
    assert "export TWILIO_PROXY_TEST_SIDS=KS…,KC…,KP…,KI…" in chosen.message
    assert AUTH_TOKEN not in chosen.message


def test_blank_test_sids_count_as_unset() -> None:
    assert demo.plan({**TOKEN, "TWILIO_PROXY_TEST_SIDS": "  "}).mode == "fake"


@pytest.mark.parametrize(
    ("environ", "start"),
    [
        ({"TWILIO_ACCOUNT_SID": ACCOUNT_SID}, "The TWILIO_* credentials are incomplete (set "),
        ({"TWILIO_API_SECRET": AUTH_TOKEN}, "The TWILIO_* credentials are incomplete (set "),
        (TEST_SIDS, "No TWILIO_* credentials, so TWILIO_PROXY_TEST_SIDS is not used: "),
    ],
    ids=["sid-only", "secret-only", "sids-only"],
)
def test_incomplete_settings_use_the_fake_and_say_why(environ: dict[str, str], start: str) -> None:
    chosen = demo.plan(environ)
    assert chosen.mode == "fake"
    assert chosen.message.startswith(start)
    assert AUTH_TOKEN not in chosen.message


@pytest.mark.parametrize("credentials", [TOKEN, API_KEY], ids=["token", "api-key"])
def test_everything_set_goes_to_real_twilio(credentials: dict[str, str]) -> None:
    chosen = demo.plan({**credentials, **TEST_SIDS})
    assert chosen == demo.Plan(
        "twilio",
        "Reading from real Twilio (https://proxy.twilio.com) with your TWILIO_* credentials",
        SIDS,
    )


def test_spaces_around_the_sids_are_ignored() -> None:
    chosen = demo.plan({**TOKEN, "TWILIO_PROXY_TEST_SIDS": " " + " , ".join(SIDS) + " "})
    assert chosen.sids == SIDS


def test_base_url_variable_is_where_it_really_goes() -> None:
    # Before: "Reading from real Twilio (https://proxy.twilio.com)" while the
    # CLI went to TWILIO_PROXY_BASE_URL.
    environ = {**TOKEN, **TEST_SIDS, "TWILIO_PROXY_BASE_URL": "http://127.0.0.1:4010/"}
    chosen = demo.plan(environ)
    assert chosen.mode == "twilio"
    assert chosen.message == (
        "Reading from http://127.0.0.1:4010, set by TWILIO_PROXY_BASE_URL (not Twilio's "
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
    assert chosen.message.startswith(f"Reading from {where}")


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


# --- main(): the story on the embedded Proxy, or reading Twilio ----------------------------


def test_the_story_on_the_embedded_proxy(capfd: pytest.CaptureFixture[str]) -> None:
    # Credentials but no TWILIO_PROXY_TEST_SIDS: the embedded Proxy, nothing real.
    environ = {**API_KEY, "PATH": os.environ.get("PATH", "")}
    assert demo.main(environ) == 0
    out, err = capfd.readouterr()
    assert out.startswith("TWILIO_* credentials are set, but TWILIO_PROXY_TEST_SIDS is not")
    assert err == ""
    steps = re.findall(r">>> (\S+)", out)
    assert steps[:4] == [
        'client.services.create(unique_name="rides",',
        "client.phone_numbers.create(service_sid=ks,",
        "client.sessions.create(service_sid=ks,",
        "client.participants.create(...,",
    ]
    rider, driver = re.findall(
        r"Participant (KP\w+) friendly_name=\w+ proxy_identifier=(\+\d+)", out
    )
    assert rider[0] != driver[0]  # two participants, each its own SID and proxy number
    assert rider[1] != driver[1]
    # The app received and checked each callback, in Proxy's order.
    assert re.findall(r"app: (\w+(?: of session)?)", out) == [
        "intercept", "interaction", "out of session", "intercept", "interaction"
    ]  # fmt: skip
    assert out.count("signature ok") == 5
    assert f"delivered from {driver[1]} to the driver: 'At the door'" in out
    assert "status=closed" in out
    assert "unique_name=ride-4711-follow-up status=in-progress" in out
    assert "deleted: 404 (Twilio error 20404)" in out
    assert "refused before any request: service_sid must be 'KS'" in out
    assert '"unique_name": "cli"' in out  # the command line, on the fake too
    assert "(exit code 0)" in out
    # Short lines, not reprs; no participant's own number in what it prints.
    assert "Session(sid=" not in out
    assert demo.RIDER not in out
    assert demo.DRIVER not in out


def test_main_fails_when_the_story_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import twilio_proxy

    def failing(proxy: object, app: object) -> None:
        raise twilio_proxy.NotFoundError(
            status_code=404, message="gone", method="GET", url="http://x", headers={}
        )

    monkeypatch.setattr(demo, "_story", failing)
    assert demo.main({}) == 1
    assert "NotFoundError" in capsys.readouterr().err


def test_the_app_refuses_a_callback_with_a_bad_signature() -> None:
    app = demo.CallbackApp("a-token-of-the-fake")
    assert app.receive("/proxy/intercept", b"interactionSid=KI1", "forged") == (403, b"")
    app.server.server_close()


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
    assert out.startswith(f"Reading from {server.url}, set by ")
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
    assert demo.main({**TOKEN, "TWILIO_PROXY_TEST_SIDS": "KS1"}) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("TWILIO_PROXY_TEST_SIDS must be four SIDs")


def test_main_reads_the_process_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in {**TOKEN, "TWILIO_PROXY_TEST_SIDS": "KS1"}.items():
        monkeypatch.setenv(name, value)
    assert demo.main() == 2
