"""Per-client settings: host (region/edge/base_url + env), timeouts, retries, user agent."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import (
    EXPECTED_PATH,
    MODES,
    SIDS,
    json_response,
    make_async_client,
    make_client,
    ok_body,
)


async def sent_request(mode: str, **kwargs: Any) -> httpx.Request:
    """Fetch once through a MockTransport-backed client; return the request it sent."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    if mode == "sync":
        with make_client(handler, **kwargs) as client:
            client.fetch_message_interaction(**SIDS)
    else:
        async with make_async_client(handler, **kwargs) as aclient:
            await aclient.fetch_message_interaction(**SIDS)
    assert len(seen) == 1
    return seen[0]


# --- host ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_default_host(mode: str) -> None:
    request = await sent_request(mode)
    assert str(request.url) == "https://proxy.twilio.com" + EXPECTED_PATH


HOSTS = [
    pytest.param(None, None, "https://proxy.twilio.com", id="neither"),
    pytest.param("ie1", None, "https://proxy.ie1.twilio.com", id="region"),
    pytest.param(None, "sydney", "https://proxy.sydney.us1.twilio.com", id="edge-means-us1"),
    pytest.param("au1", "sydney", "https://proxy.sydney.au1.twilio.com", id="both"),
    pytest.param("us1", "umatilla", "https://proxy.umatilla.us1.twilio.com", id="us1-edge"),
    pytest.param("jp-1", "tokyo", "https://proxy.tokyo.jp-1.twilio.com", id="hyphen"),
]


@pytest.mark.parametrize(("region", "edge", "host"), HOSTS)
@pytest.mark.parametrize("mode", MODES)
async def test_region_and_edge_arguments(
    mode: str, region: str | None, edge: str | None, host: str
) -> None:
    request = await sent_request(mode, region=region, edge=edge)
    assert str(request.url) == host + EXPECTED_PATH


@pytest.mark.parametrize(("region", "edge", "host"), HOSTS)
def test_region_and_edge_from_environment(
    monkeypatch: pytest.MonkeyPatch, region: str | None, edge: str | None, host: str
) -> None:
    if region is not None:
        monkeypatch.setenv("TWILIO_REGION", region)
    if edge is not None:
        monkeypatch.setenv("TWILIO_EDGE", edge)
    client = make_client(lambda r: httpx.Response(500))
    assert client.base_url == host


def test_region_and_edge_arguments_beat_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_REGION", "au1")
    monkeypatch.setenv("TWILIO_EDGE", "sydney")
    client = make_client(lambda r: httpx.Response(500), region="ie1", edge="dublin")
    assert client.base_url == "https://proxy.dublin.ie1.twilio.com"


def test_empty_region_and_edge_variables_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_REGION", "")
    monkeypatch.setenv("TWILIO_EDGE", "")
    monkeypatch.setenv("TWILIO_PROXY_BASE_URL", "")
    assert make_client(lambda r: httpx.Response(500)).base_url == "https://proxy.twilio.com"


@pytest.mark.parametrize("mode", MODES)
async def test_base_url_argument_overrides_host(mode: str) -> None:
    request = await sent_request(mode, base_url="http://127.0.0.1:4010")
    assert str(request.url) == "http://127.0.0.1:4010" + EXPECTED_PATH


@pytest.mark.parametrize("mode", MODES)
async def test_base_url_from_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_PROXY_BASE_URL", "http://localhost:4010")
    request = await sent_request(mode)
    assert str(request.url) == "http://localhost:4010" + EXPECTED_PATH


def test_base_url_beats_region_and_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_REGION", "ie1")
    monkeypatch.setenv("TWILIO_EDGE", "dublin")
    monkeypatch.setenv("TWILIO_PROXY_BASE_URL", "https://env.example")
    assert make_client(lambda r: httpx.Response(500)).base_url == "https://env.example"
    client = make_client(
        lambda r: httpx.Response(500), base_url="https://arg.example", region="au1"
    )
    assert client.base_url == "https://arg.example"


@pytest.mark.parametrize("mode", MODES)
async def test_base_url_path_prefix_is_kept_and_trailing_slash_dropped(mode: str) -> None:
    request = await sent_request(mode, base_url="https://mock.example/prefix/")
    assert str(request.url) == "https://mock.example/prefix" + EXPECTED_PATH
    assert request.url.raw_path == ("/prefix" + EXPECTED_PATH).encode()


def test_base_url_is_normalised() -> None:
    client = make_client(lambda r: httpx.Response(500), base_url="HTTPS://Mock.Example/")
    assert client.base_url == "https://mock.example"


BAD_BASE_URLS = [
    pytest.param("ftp://mock.example", "must start with https://", id="scheme"),
    pytest.param("mock.example", "must start with https://", id="no-scheme"),
    pytest.param("https://", "has no host", id="no-host"),
    pytest.param("http:///v1", "has no host", id="empty-host"),
    pytest.param("https://user:hunter2@mock.example", "must not hold credentials", id="userinfo"),
    pytest.param("https://user@mock.example", "must not hold credentials", id="user-only"),
    pytest.param("https://mock.example/?x=1", "must not have a query or fragment", id="query"),
    pytest.param("https://mock.example/#frag", "must not have a query or fragment", id="fragment"),
    pytest.param("https://mock.example/\n", "is not a valid URL", id="newline"),
    pytest.param("http://[::1", "is not a valid URL", id="bad-port"),
]


@pytest.mark.parametrize(("value", "problem"), BAD_BASE_URLS)
def test_bad_base_url(value: str, problem: str) -> None:
    with pytest.raises(twilio_proxy.ConfigurationError) as info:
        make_client(lambda r: httpx.Response(500), base_url=value)
    assert str(info.value).startswith("base_url ")
    assert problem in str(info.value)
    assert "hunter2" not in str(info.value)


def test_bad_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_PROXY_BASE_URL", "https://user:hunter2@mock.example")
    with pytest.raises(twilio_proxy.ConfigurationError, match="must not hold credentials"):
        twilio_proxy.Client("AC" + "f" * 32, "token")


def test_non_string_base_url() -> None:
    with pytest.raises(
        twilio_proxy.ConfigurationError, match="base_url must be a str, got a bytes"
    ):
        make_client(lambda r: httpx.Response(500), base_url=b"https://mock.example")


async def test_async_client_checks_base_url() -> None:
    with pytest.raises(twilio_proxy.ConfigurationError, match="has no host"):
        make_async_client(lambda r: httpx.Response(500), base_url="https://")


@pytest.mark.parametrize(
    ("value", "warned"),
    [
        ("http://mock.example", True),
        ("http://10.0.0.5:4010", True),
        ("http://localhost:4010", False),
        ("http://127.0.0.1:4010", False),
        ("http://[::1]:4010", False),
        ("https://mock.example", False),
    ],
)
def test_plain_http_to_a_remote_host_warns(
    caplog: pytest.LogCaptureFixture, value: str, warned: bool
) -> None:
    caplog.set_level(logging.WARNING, logger="twilio_proxy")
    make_client(lambda r: httpx.Response(500), base_url=value)
    warnings = [r for r in caplog.records if r.name == "twilio_proxy"]
    if warned:
        assert [r.levelno for r in warnings] == [logging.WARNING]
        assert "plain http" in warnings[0].getMessage()
        assert "unencrypted" in warnings[0].getMessage()
    else:
        assert warnings == []


BAD_LABELS = [
    pytest.param("US1", id="upper-case"),
    pytest.param("us1.evil.com", id="dots"),
    pytest.param("evil.com/x", id="slash"),
    pytest.param("us1@evil", id="at"),
    pytest.param("", id="empty"),
    pytest.param("us 1", id="space"),
    pytest.param("-us1", id="leading-hyphen"),
    pytest.param("us1-", id="trailing-hyphen"),
    pytest.param("ie1\n", id="newline"),
    pytest.param("\u0131e1", id="non-ascii"),
    pytest.param(1, id="not-a-str"),
]


@pytest.mark.parametrize("value", BAD_LABELS)
def test_bad_region(value: Any) -> None:
    with pytest.raises(twilio_proxy.ConfigurationError) as info:
        make_client(lambda r: httpx.Response(500), region=value)
    assert str(info.value) == (
        "region must be a Twilio region name such as us1 (lower-case letters, digits and "
        f"hyphens), got {value!a}"
    )


@pytest.mark.parametrize("value", BAD_LABELS)
def test_bad_edge(value: Any) -> None:
    with pytest.raises(twilio_proxy.ConfigurationError) as info:
        make_client(lambda r: httpx.Response(500), region="ie1", edge=value)
    assert str(info.value).startswith("edge must be a Twilio edge name such as sydney")
    assert str(info.value).endswith(f"got {value!a}")


def test_bad_region_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_REGION", "evil.example")
    with pytest.raises(twilio_proxy.ConfigurationError, match=r"^region must be"):
        make_client(lambda r: httpx.Response(500))


def test_bad_edge_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_EDGE", "Sydney")
    with pytest.raises(twilio_proxy.ConfigurationError, match=r"^edge must be"):
        make_client(lambda r: httpx.Response(500))


def test_long_bad_region_is_cut_short_in_the_message() -> None:
    with pytest.raises(twilio_proxy.ConfigurationError) as info:
        make_client(lambda r: httpx.Response(500), region="x." * 200)
    assert len(str(info.value)) < 200


def test_configuration_error_is_a_value_error() -> None:
    assert issubclass(twilio_proxy.ConfigurationError, ValueError)
    assert issubclass(twilio_proxy.ConfigurationError, twilio_proxy.TwilioProxyError)


# --- timeouts ------------------------------------------------------------------------

BAD_TIMEOUTS = [
    pytest.param(0, "number of seconds between 0 and 86400", id="zero"),
    pytest.param(-1.0, "number of seconds between 0 and 86400", id="negative"),
    pytest.param(True, "number of seconds between 0 and 86400", id="bool"),
    pytest.param("5", "number of seconds between 0 and 86400", id="str"),
    pytest.param(float("nan"), "number of seconds between 0 and 86400", id="nan"),
    pytest.param(httpx.Timeout(None), "every phase", id="timeout-none"),
    pytest.param(httpx.Timeout(5.0, connect=None), "every phase", id="timeout-connect-none"),
    pytest.param(httpx.Timeout(5.0, read=0), "every phase", id="timeout-read-zero"),
    pytest.param(httpx.Timeout(5.0, pool=-1), "every phase", id="timeout-pool-negative"),
]


@pytest.mark.parametrize(("value", "problem"), BAD_TIMEOUTS)
def test_bad_client_timeout(value: Any, problem: str) -> None:
    with pytest.raises(twilio_proxy.ConfigurationError, match=problem) as info:
        make_client(lambda r: httpx.Response(500), timeout=value)
    assert str(info.value).startswith("timeout must")


@pytest.mark.parametrize(("value", "problem"), BAD_TIMEOUTS)
@pytest.mark.parametrize("mode", MODES)
async def test_bad_call_timeout_sends_nothing(mode: str, value: Any, problem: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    async def call() -> None:
        if mode == "sync":
            make_client(handler).fetch_message_interaction(**SIDS, timeout=value)
        else:
            await make_async_client(handler).fetch_message_interaction(**SIDS, timeout=value)

    with pytest.raises(twilio_proxy.ConfigurationError, match=problem):
        await call()
    assert seen == []


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(float("inf"), id="inf"),
        pytest.param(86400.5, id="over-a-day"),
        pytest.param(httpx.Timeout(float("inf")), id="timeout-inf"),
        pytest.param(httpx.Timeout(float("nan")), id="timeout-nan"),
    ],
)
def test_non_finite_timeout_is_refused(value: Any) -> None:
    # A request with no time limit could hang forever; an infinite timeout
    # also crashes httpx at request time (OverflowError / ValueError).
    with pytest.raises(twilio_proxy.ConfigurationError):
        make_client(lambda r: httpx.Response(500), timeout=value)


# --- retry settings ------------------------------------------------------------------


@pytest.mark.parametrize("value", [-1, True, 1.5, "2", None])
def test_bad_max_retries(value: Any) -> None:
    with pytest.raises(
        twilio_proxy.ConfigurationError, match=r"^max_retries must be an int >= 0, got "
    ):
        make_client(lambda r: httpx.Response(500), max_retries=value)


@pytest.mark.parametrize("value", [0, -5.0, True, "60", float("nan"), None])
def test_bad_retry_timeout(value: Any) -> None:
    with pytest.raises(
        twilio_proxy.ConfigurationError,
        match=r"^retry_timeout must be a number of seconds between 0 and 86400, got ",
    ):
        make_client(lambda r: httpx.Response(500), retry_timeout=value)


async def test_async_client_checks_retry_settings() -> None:
    with pytest.raises(twilio_proxy.ConfigurationError, match="max_retries"):
        make_async_client(lambda r: httpx.Response(500), max_retries=-1)


def test_retry_settings_defaults_and_values() -> None:
    client = make_client(lambda r: httpx.Response(500))
    assert (client.max_retries, client.retry_timeout) == (2, 60.0)
    client = make_client(lambda r: httpx.Response(500), max_retries=0, retry_timeout=5)
    assert (client.max_retries, client.retry_timeout) == (0, 5.0)
    assert type(client.retry_timeout) is float


# --- user agent ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("", id="empty"),
        pytest.param("app\n1.0", id="newline"),
        pytest.param("app\r\nX-Evil: 1", id="header-injection"),
        pytest.param("x" * 201, id="too-long"),
        pytest.param("caf\u00e9/1.0", id="non-ascii"),
        pytest.param("tab\t", id="tab"),
        pytest.param(42, id="not-a-str"),
    ],
)
def test_bad_user_agent_extra(value: Any) -> None:
    with pytest.raises(
        twilio_proxy.ConfigurationError,
        match=r"^user_agent_extra must be 1 to 200 printable ASCII characters",
    ):
        make_client(lambda r: httpx.Response(500), user_agent_extra=value)


@pytest.mark.parametrize("mode", MODES)
async def test_longest_user_agent_extra_is_accepted(mode: str) -> None:
    request = await sent_request(mode, user_agent_extra="y" * 200)
    assert request.headers["User-Agent"].endswith(") Python/" + _python() + " " + "y" * 200)


def _python() -> str:
    import platform

    return platform.python_version()


def test_unknown_platform_reads_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    import platform

    monkeypatch.setattr(platform, "system", lambda: "")
    monkeypatch.setattr(platform, "machine", lambda: "")
    client = make_client(lambda r: httpx.Response(500))
    assert client._headers["User-Agent"] == (
        f"twilio-proxy/{twilio_proxy.__version__} (unknown unknown) Python/{_python()}"
    )


def test_region_argument_beats_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_PROXY_BASE_URL", "http://127.0.0.1:4010")
    client = make_client(lambda r: httpx.Response(500), region="ie1")
    assert client.base_url == "https://proxy.ie1.twilio.com"


@pytest.mark.parametrize("segment", ["%2e%2e", "%2E.", ".%2e", "%2e"])
def test_encoded_dot_segments_in_base_url_are_refused(segment: str) -> None:
    with pytest.raises(twilio_proxy.ConfigurationError, match=r"'\.' or '\.\.' path segments"):
        make_client(lambda r: httpx.Response(500), base_url=f"https://example.com/{segment}/x")


@pytest.mark.parametrize("mode", MODES)
async def test_app_client_without_limits_still_gets_the_default_timeout(mode: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, ok_body())

    transport = httpx.MockTransport(handler)
    credentials = {"account_sid": "AC" + "f" * 32, "auth_token": "token"}
    if mode == "sync":
        with httpx.Client(transport=transport, timeout=None) as http:
            twilio_proxy.Client(**credentials, http_client=http).fetch_message_interaction(**SIDS)
    else:
        async with httpx.AsyncClient(transport=transport, timeout=None) as ahttp:
            aclient = twilio_proxy.AsyncClient(**credentials, http_client=ahttp)
            await aclient.fetch_message_interaction(**SIDS)
    assert seen[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
