"""Client settings worked out at construction: host, timeouts, retry settings, User-Agent."""

from __future__ import annotations

import logging
import platform
import traceback
from typing import Any

import httpx
import httpx2
import pytest

import twilio_proxy
from twilio_proxy import ConfigurationError, _config
from twilio_proxy._config import (
    DEFAULT_HOST,
    MAX_TIMEOUT,
    check_retries,
    has_every_limit,
    resolve_base_url,
    resolve_timeout,
    user_agent,
)

SECRET = "hunter2-do-not-leak"

# --- host ------------------------------------------------------------------------------------


def host(environ: dict[str, str] | None = None, **kwargs: Any) -> str:
    args = {"region": None, "edge": None, "base_url": None, **kwargs}
    return resolve_base_url(**args, environ={} if environ is None else environ)


@pytest.mark.parametrize(
    ("kwargs", "environ", "expected"),
    [
        pytest.param({}, {}, DEFAULT_HOST, id="nothing"),
        pytest.param({"region": "ie1"}, {}, "https://proxy.ie1.twilio.com", id="region"),
        pytest.param({"edge": "sydney"}, {}, "https://proxy.sydney.us1.twilio.com", id="edge-us1"),
        pytest.param(
            {"region": "jp-1", "edge": "tokyo"},
            {},
            "https://proxy.tokyo.jp-1.twilio.com",
            id="both",
        ),
        pytest.param(
            {},
            {"TWILIO_REGION": "au1", "TWILIO_EDGE": "sydney"},
            "https://proxy.sydney.au1.twilio.com",
            id="env-both",
        ),
        pytest.param(
            {"region": "ie1", "edge": "dublin"},
            {"TWILIO_REGION": "au1", "TWILIO_EDGE": "sydney"},
            "https://proxy.dublin.ie1.twilio.com",
            id="args-beat-env",
        ),
        # Region and edge are each resolved on its own: argument, else its variable.
        pytest.param(
            {"edge": "dublin"},
            {"TWILIO_REGION": "ie1"},
            "https://proxy.dublin.ie1.twilio.com",
            id="edge-arg-region-env",
        ),
        pytest.param(
            {"region": "au1"},
            {"TWILIO_EDGE": "sydney"},
            "https://proxy.sydney.au1.twilio.com",
            id="region-arg-edge-env",
        ),
        pytest.param(
            {"base_url": "https://arg.example", "region": "au1", "edge": "sydney"},
            {"TWILIO_PROXY_BASE_URL": "https://env.example", "TWILIO_REGION": "ie1"},
            "https://arg.example",
            id="base-url-arg-first",
        ),
        pytest.param(
            {"region": "ie1"},
            {"TWILIO_PROXY_BASE_URL": "https://env.example"},
            "https://proxy.ie1.twilio.com",
            id="region-arg-beats-base-url-env",
        ),
        pytest.param(
            {"edge": "dublin"},
            {"TWILIO_PROXY_BASE_URL": "https://env.example"},
            "https://proxy.dublin.us1.twilio.com",
            id="edge-arg-beats-base-url-env",
        ),
        pytest.param(
            {},
            {"TWILIO_PROXY_BASE_URL": "https://env.example", "TWILIO_REGION": "ie1"},
            "https://env.example",
            id="base-url-env-beats-region-env",
        ),
        pytest.param(
            {},
            {"TWILIO_PROXY_BASE_URL": "", "TWILIO_REGION": "", "TWILIO_EDGE": ""},
            DEFAULT_HOST,
            id="empty-variables-ignored",
        ),
    ],
)
def test_host_precedence(kwargs: dict[str, str], environ: dict[str, str], expected: str) -> None:
    assert host(environ, **kwargs) == expected


def test_process_environment_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_REGION", "ie1")
    args = {"region": None, "edge": None, "base_url": None}
    assert resolve_base_url(**args) == "https://proxy.ie1.twilio.com"


BAD_LABELS = [
    "US1",
    "us1.evil.com",
    "evil.com/x",
    "us1@evil",
    "",
    "us 1",
    "-us1",
    "us1-",
    "ie1\n",
    "\u0131e1",
    1,
    "x." * 200,
]


@pytest.mark.parametrize("value", BAD_LABELS, ids=range(len(BAD_LABELS)))
@pytest.mark.parametrize(("name", "example"), [("region", "us1"), ("edge", "sydney")])
def test_bad_label_is_refused(value: Any, name: str, example: str) -> None:
    expected = (
        f"{name} must be a Twilio {name} name such as {example} (lower-case letters, "
        f"digits and hyphens), got {ascii(value)[:60]}"
    )
    with pytest.raises(ConfigurationError) as info:
        host(**{name: value})
    assert str(info.value) == expected
    if isinstance(value, str) and value:  # an empty variable means unset
        with pytest.raises(ConfigurationError) as info:
            host({f"TWILIO_{name.upper()}": value})
        assert str(info.value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010"),
        ("HTTPS://Mock.Example/", "https://mock.example"),
        ("https://mock.example/prefix/", "https://mock.example/prefix"),
        ("https://mock.example/a/./b/../c", "https://mock.example/a/c"),
    ],
)
def test_base_url_is_normalised(value: str, expected: str) -> None:
    assert host(base_url=value) == expected
    assert host({"TWILIO_PROXY_BASE_URL": value}) == expected


BAD_BASE_URLS = [
    (f"ftp://{SECRET}.example", "must start with https://"),
    (f"{SECRET}.example", "must start with https://"),
    (f"AC123:{SECRET}", "must start with https://"),
    ("https://", "has no host"),
    (f"https://user:{SECRET}@", "has no host"),
    (f"https://user:{SECRET}@mock.example", "must not hold credentials"),
    (f"https://{SECRET}@mock.example", "must not hold credentials"),
    (f"https://mock.example/?token={SECRET}", "must not have a query or fragment"),
    (f"https://mock.example/#{SECRET}", "must not have a query or fragment"),
    ("https://mock.example?", "must not have a query or fragment"),  # empty, but every path
    ("https://mock.example#", "must not have a query or fragment"),  # would land behind it
    (f"https://mock.example/{SECRET}/%2e%2e/x", "must not contain '.' or '..' path segments"),
    (f"https://mock.example/{SECRET}/%2E./x", "must not contain '.' or '..' path segments"),
    (f"https://mock.example/{SECRET}/.%2e", "must not contain '.' or '..' path segments"),
    (f"https://mock.example/{SECRET}/%2e/x", "must not contain '.' or '..' path segments"),
    (f"https://mock.example/{SECRET}\n", "is not a valid URL"),
    # httpx2's own reason would quote the token here: "Invalid port: '<token>'".
    (f"https://AC123:{SECRET}", "is not a valid URL"),
    (f"https://user:{SECRET}@[::1", "is not a valid URL"),
]


@pytest.mark.parametrize(("value", "problem"), BAD_BASE_URLS)
@pytest.mark.parametrize("via", ["arg", "env"])
def test_bad_base_url_is_refused_without_echo(value: str, problem: str, via: str) -> None:
    environ = {"TWILIO_PROXY_BASE_URL": value} if via == "env" else {}
    kwargs = {"base_url": value} if via == "arg" else {}
    with pytest.raises(ConfigurationError) as info:
        host(environ, **kwargs)
    assert str(info.value).startswith(f"base_url {problem}")
    # Nor in the traceback: httpx2's InvalidURL, which may quote it, is not chained.
    assert SECRET not in "".join(traceback.format_exception(info.value))


def test_base_url_of_another_type_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"^base_url must be a str, got a bytes$"):
        host(base_url=b"https://mock.example")


@pytest.mark.parametrize(
    ("value", "warned"),
    [
        ("http://mock.example", True),
        ("http://10.0.0.5:4010", True),
        ("http://localhost.evil.example", True),
        ("http://localhost:4010", False),
        ("http://127.0.0.1:4010", False),
        ("http://[::1]:4010", False),
        ("https://mock.example", False),
    ],
)
def test_plain_http_to_a_remote_host_warns(
    caplog: pytest.LogCaptureFixture, value: str, warned: bool
) -> None:
    caplog.set_level(logging.DEBUG, logger="twilio_proxy")
    host(base_url=value)
    records = [(r.name, r.levelno) for r in caplog.records]
    assert records == ([("twilio_proxy", logging.WARNING)] if warned else [])
    if warned:
        assert "unencrypted" in caplog.records[0].getMessage()


# --- timeouts --------------------------------------------------------------------------------


@pytest.mark.parametrize("seconds", [0.001, 5, 12.5, MAX_TIMEOUT])
def test_seconds_bound_every_phase_and_the_attempt(seconds: float) -> None:
    timeouts = resolve_timeout(seconds)
    assert (timeouts.connect, timeouts.read, timeouts.write, timeouts.pool) == (seconds,) * 4
    assert timeouts.extension == dict.fromkeys(("connect", "read", "write", "pool"), seconds)
    assert timeouts.total == seconds
    assert type(timeouts.total) is float


def test_timeout_object_keeps_its_phases_and_bounds_the_attempt_by_the_longest() -> None:
    given = httpx2.Timeout(5.0, connect=2.0, read=30.0, pool=1.0)
    timeouts = resolve_timeout(given)
    assert timeouts.extension == given.as_dict()  # what httpx2 reads: the same phases
    assert timeouts.total == 30.0


NOT_SECONDS = [0, 0.0, -1, -0.5, float("nan"), float("inf"), MAX_TIMEOUT + 0.5]


@pytest.mark.parametrize(
    "value", [*NOT_SECONDS, None, True, False, "5", [5]], ids=lambda v: repr(v)[:20]
)
def test_bad_seconds_are_refused(value: Any) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_timeout(value, name="call timeout")
    assert str(info.value) == (
        "call timeout must be a number of seconds between 0 and 86400, "
        f"or an httpx2.Timeout, got {ascii(value)[:80]}"
    )


@pytest.mark.parametrize("value", [*NOT_SECONDS, None], ids=repr)
@pytest.mark.parametrize("phase", ["connect", "read", "write", "pool"])
def test_timeout_object_with_a_bad_phase_is_refused(phase: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"^timeout must give every phase a limit"):
        resolve_timeout(httpx2.Timeout(5.0, **{phase: value}))


def test_old_httpx_timeout_is_refused_naming_httpx2() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_timeout(httpx.Timeout(5.0))
    assert str(info.value).endswith(
        "; pass an httpx2.Timeout (this client runs on httpx2, not httpx)"
    )


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (httpx2.Timeout(5.0), True),
        (httpx2.Timeout(None), False),
        *[(httpx2.Timeout(5.0, **{phase: None}), False) for phase in ("connect", "pool")],
        (httpx2.Timeout(5.0, read=None, write=1.0), False),
        (httpx2.Timeout(5.0, write=None), False),
    ],
)
def test_has_every_limit(timeout: httpx2.Timeout, expected: bool) -> None:
    assert has_every_limit(timeout) is expected


# --- retry settings --------------------------------------------------------------------------


@pytest.mark.parametrize(("max_retries", "retry_timeout"), [(0, 0.1), (2, 60), (10, MAX_TIMEOUT)])
def test_good_retry_settings_pass(max_retries: int, retry_timeout: float) -> None:
    check_retries(max_retries, retry_timeout)


@pytest.mark.parametrize("value", [-1, True, 1.5, "2", None])
def test_bad_max_retries(value: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"^max_retries must be an int >= 0, got "):
        check_retries(value, 60.0)


@pytest.mark.parametrize("value", [*NOT_SECONDS, True, "60", None], ids=repr)
def test_bad_retry_timeout(value: Any) -> None:
    with pytest.raises(
        ConfigurationError,
        match=r"^retry_timeout must be a number of seconds between 0 and 86400, got ",
    ):
        check_retries(2, value)


# --- User-Agent ------------------------------------------------------------------------------


def test_user_agent_names_library_platform_and_python() -> None:
    expected = (
        f"twilio-proxy/{twilio_proxy.__version__} ({platform.system()} {platform.machine()}) "
        f"Python/{platform.python_version()}"
    )
    assert user_agent(None) == expected
    assert user_agent("my-app/1.0 (+https://x.example)") == expected + (
        " my-app/1.0 (+https://x.example)"
    )
    assert user_agent("y" * 200).endswith(" " + "y" * 200)


def test_unknown_platform_reads_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "system", lambda: "")
    monkeypatch.setattr(platform, "machine", lambda: "")
    monkeypatch.setattr(_config, "_USER_AGENT", [])  # worked out once a process: again
    assert "(unknown unknown)" in user_agent(None)


@pytest.mark.parametrize(
    "value", ["", "app\n1.0", "app\r\nX-Evil: 1", "x" * 201, "caf\u00e9/1.0", "tab\t", 42]
)
def test_bad_user_agent_extra(value: Any) -> None:
    with pytest.raises(
        ConfigurationError,
        match=r"^user_agent_extra must be 1 to 200 printable ASCII characters",
    ):
        user_agent(value)


def test_dot_segments_above_the_root_stay_at_the_root() -> None:
    assert host(base_url="https://mock.example/../a/b") == "https://mock.example/a/b"
