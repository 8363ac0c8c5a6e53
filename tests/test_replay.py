"""Recorded exchanges, replayed through the wrapper (sync and async).

`make record` runs this module in record mode (scripts/record.py): against real
Twilio when TWILIO_* credentials and TWILIO_PROXY_TEST_SIDS are set, else
against Prism, writing tests/cassettes/twilio/ or tests/cassettes/prism/.
`make test` replays every recorded folder with the network blocked and
record mode `none`: a missing cassette fails the test.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import twilio_proxy
from _cassettes import (
    CASSETTES,
    SCRUBBED_DATA,
    SOURCES,
    placeholder,
    scrub_request,
    scrub_response,
)

# Set by scripts/record.py only; replays never need them.
RECORD_SOURCE = os.environ.get("TWILIO_PROXY_CASSETTE_SOURCE")
RECORD_BASE_URL = os.environ.get("TWILIO_PROXY_RECORD_BASE_URL")
RECORD_SIDS = os.environ.get("TWILIO_PROXY_TEST_SIDS")
# Read now: conftest clears TWILIO_* around every test.
RECORD_CREDENTIALS = {
    argument: os.environ[variable]
    for argument, variable in (
        ("account_sid", "TWILIO_ACCOUNT_SID"),
        ("auth_token", "TWILIO_AUTH_TOKEN"),
        ("api_key", "TWILIO_API_KEY"),
        ("api_secret", "TWILIO_API_SECRET"),
    )
    if RECORD_SOURCE == "twilio" and os.environ.get(variable)
}

if RECORD_SOURCE:
    REPLAYED = [RECORD_SOURCE]
else:
    REPLAYED = [source for source in SOURCES if (CASSETTES / source).is_dir()]

# Every test runs once per recorded source (the cassette name depends on it).
pytestmark = pytest.mark.usefixtures("source")


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(params=REPLAYED)
def source(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest, source: str) -> str:
    # The folder says where the cassette was recorded: prism/ or twilio/.
    return f"{source}/{request.function.__name__}"


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        # Prism's port changes on every run, so the host is not matched.
        "match_on": ["method", "path", "query"],
        "decode_compressed_response": True,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
    }


def _sids() -> dict[str, str]:
    if RECORD_SIDS:  # recording against real Twilio: its real SIDs (scrubbed in the cassette)
        ks, kc, kp, ki = RECORD_SIDS.split(",")
        return {"service_sid": ks, "session_sid": kc, "participant_sid": kp, "sid": ki}
    return {
        "service_sid": placeholder("KS"),
        "session_sid": placeholder("KC"),
        "participant_sid": placeholder("KP"),
        "sid": placeholder("KI"),
    }


def _missing_sid() -> str:
    return "KI" + "0" * 32  # no such interaction, on Twilio; scrubbed to the placeholder


def _client_kwargs(prefer: str | None, **overrides: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"base_url": RECORD_BASE_URL or "https://proxy.twilio.com"}
    if RECORD_SOURCE == "twilio":
        kwargs.update(RECORD_CREDENTIALS)
    else:  # Prism checks that basic auth is there, not its value.
        kwargs.update(account_sid=placeholder("AC"), auth_token="placeholder-token")
    kwargs.update(overrides)
    # Prism picks the documented answer named by Prefer; Twilio ignores the header.
    kwargs["headers"] = {"Prefer": f"code={prefer}"} if prefer else {}
    return kwargs


@pytest.fixture
def client_factory() -> Iterator[Any]:
    pools: list[httpx.Client] = []

    def make(prefer: str | None = None, **overrides: Any) -> twilio_proxy.Client:
        kwargs = _client_kwargs(prefer, **overrides)
        pools.append(httpx.Client(headers=kwargs.pop("headers"), timeout=30.0))
        return twilio_proxy.Client(http_client=pools[-1], max_retries=0, **kwargs)

    yield make
    for pool in pools:
        pool.close()


@pytest.mark.vcr
def test_fetch(client_factory: Any, source: str) -> None:
    mi = client_factory().fetch_message_interaction(**_sids())
    if not RECORD_SOURCE:  # replayed: the cassette holds placeholder SIDs only
        assert mi.sid == placeholder("KI")
        assert mi.account_sid == placeholder("AC")
    assert mi.type == "message"
    assert mi.date_created is not None
    assert mi.date_created.tzinfo is not None
    assert mi.decode_data() is not None
    if not RECORD_SOURCE:  # the message body was scrubbed at record time
        assert mi.decode_data() == json.loads(SCRUBBED_DATA)
    if source == "prism":  # the spec's example
        assert mi.outbound_resource_status == "sent"
        assert mi.inbound_resource_status is None


@pytest.mark.vcr
def test_fetch_with_response(client_factory: Any) -> None:
    answer = client_factory().fetch_message_interaction_with_response(**_sids())
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.parsed.url is not None
    assert answer.parsed.url.endswith("/MessageInteractions/" + answer.parsed.sid)


@pytest.mark.vcr
def test_not_found(client_factory: Any) -> None:
    with pytest.raises(twilio_proxy.NotFoundError) as caught:
        client_factory("404").fetch_message_interaction(**{**_sids(), "sid": _missing_sid()})
    assert caught.value.status_code == 404
    assert caught.value.code == 20404
    assert caught.value.more_info == "https://www.twilio.com/docs/errors/20404"


@pytest.mark.vcr
def test_wrong_credentials(client_factory: Any, source: str) -> None:
    # On Twilio: a token that cannot be right (and no API key, which would win).
    overrides: dict[str, Any] = {}
    if source == "twilio":
        overrides = {"account_sid": placeholder("AC"), "auth_token": "0" * 31 + "1"}
        overrides |= {"api_key": None, "api_secret": None}
    with pytest.raises(twilio_proxy.AuthenticationError) as caught:
        client_factory("401", **overrides).fetch_message_interaction(**_sids())
    assert caught.value.status_code == 401
    assert caught.value.code == 20003


@pytest.mark.vcr
async def test_fetch_async(source: str) -> None:
    kwargs = _client_kwargs(None)
    async with httpx.AsyncClient(headers=kwargs.pop("headers"), timeout=30.0) as http:
        client = twilio_proxy.AsyncClient(http_client=http, max_retries=0, **kwargs)
        mi = await client.fetch_message_interaction(**_sids())
    assert mi.type == "message"
    assert mi.session_sid is not None
    assert mi.session_sid.startswith("KC")


@pytest.mark.vcr
async def test_not_found_async() -> None:
    kwargs = _client_kwargs("404")
    async with httpx.AsyncClient(headers=kwargs.pop("headers"), timeout=30.0) as http:
        client = twilio_proxy.AsyncClient(http_client=http, max_retries=0, **kwargs)
        with pytest.raises(twilio_proxy.NotFoundError) as caught:
            await client.fetch_message_interaction(**{**_sids(), "sid": _missing_sid()})
    assert caught.value.code == 20404


@pytest.mark.vcr
async def test_fetch_async_default_transport() -> None:
    kwargs = _client_kwargs(None)
    del kwargs["headers"]  # the aiohttp transport needs no Prefer header for a 200
    async with twilio_proxy.AsyncClient(max_retries=0, **kwargs) as client:
        answer = await client.fetch_message_interaction_with_response(**_sids())
    assert answer.status_code == 200
    assert answer.parsed.type == "message"
    assert answer.parsed.participant_sid is not None
    assert answer.parsed.participant_sid.startswith("KP")
