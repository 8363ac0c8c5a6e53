"""Recorded exchanges, replayed through the wrapper on every HTTP path.

`make record` runs this module in record mode (scripts/record.py): against real
Twilio when TWILIO_* credentials and TWILIO_PROXY_TEST_SIDS are set, else
against Prism, writing tests/cassettes/twilio/ or tests/cassettes/prism/.
`make test` replays every recorded folder with the network blocked and record
mode `none`: a missing cassette fails the test.

Every client here talks to ``https://proxy.twilio.com`` as an app would. When
recording against Prism, a test-only transport sends the requests to Prism's
local port instead and names the documented answer to serve in a ``Prefer``
header (Twilio ignores it): the 404 or 401 example, or the first or last page
of the list. The wrapper itself never knows, so a list's absolute
``next_page_url`` on proxy.twilio.com is followed exactly as it would be.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx2
import pytest

import twilio_proxy
from _cassettes import CASSETTES, SCRUBBED_DATA, SOURCES, placeholder, scrub_request, scrub_response
from _support import OPERATIONS, arguments

# Set by scripts/record.py only; replays never need them.
RECORD_SOURCE = os.environ.get("TWILIO_PROXY_CASSETTE_SOURCE")
RECORD_BASE_URL = os.environ.get("TWILIO_PROXY_RECORD_BASE_URL")
RECORD_SIDS = os.environ.get("TWILIO_PROXY_TEST_SIDS")
# Recording create against real Twilio sends a real message: only when asked.
RECORD_CREATE = os.environ.get("TWILIO_PROXY_RECORD_CREATE") == "1"
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
TWILIO = "https://proxy.twilio.com"
# Where a Prism replay's requests "go": vcrpy answers before any connection.
REPLAY_MOCK = "http://127.0.0.1:9"

if RECORD_SOURCE:
    REPLAYED = [RECORD_SOURCE]
else:
    REPLAYED = [source for source in SOURCES if (CASSETTES / source).is_dir()]

# Every test runs once per recorded source (the cassette name depends on it).
pytestmark = [pytest.mark.usefixtures("source"), pytest.mark.vcr]


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(params=REPLAYED)
def source(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest, source: str) -> str:
    # The folder says where the cassette was recorded: prism/ or twilio/.
    name = request.function.__name__
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and "operation" in callspec.params:
        name += "_" + callspec.params["operation"][2].name
    return f"{source}/{name}"


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        # The mock's port changes on every run, so the host is not matched.
        "match_on": ["method", "path", "query"],
        "decode_compressed_response": True,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
    }


def _prefer(request: httpx2.Request, prefer: str | None) -> str | None:
    if prefer == "pages":  # the list: first page, then the last one
        return "example=lastPage" if "PageToken" in request.url.query.decode() else None
    return prefer


class _ToMock(httpx2.HTTPTransport):
    """Test-only: send every request to the mock's address, with a Prefer header for Prism."""

    def __init__(self, mock: str, prefer: str | None) -> None:
        super().__init__()
        self._mock = httpx2.URL(mock)
        self._prefer = prefer

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(
            scheme=self._mock.scheme, host=self._mock.host, port=self._mock.port
        )
        request.headers["Host"] = request.url.netloc.decode()
        prefer = _prefer(request, self._prefer)
        if prefer:
            request.headers["Prefer"] = prefer
        return super().handle_request(request)


class _AsyncToMock(httpx2.AsyncHTTPTransport):
    """The async twin of _ToMock."""

    def __init__(self, mock: str, prefer: str | None) -> None:
        super().__init__()
        self._mock = httpx2.URL(mock)
        self._prefer = prefer

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        request.url = request.url.copy_with(
            scheme=self._mock.scheme, host=self._mock.host, port=self._mock.port
        )
        request.headers["Host"] = request.url.netloc.decode()
        prefer = _prefer(request, self._prefer)
        if prefer:
            request.headers["Prefer"] = prefer
        return await super().handle_async_request(request)


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


def _parent() -> dict[str, str]:
    sids = _sids()
    return {k: sids[k] for k in ("service_sid", "session_sid", "participant_sid")}


def _missing_sid() -> str:
    return "KI" + "0" * 32  # no such interaction, on Twilio; scrubbed to the placeholder


def _credentials(source: str) -> dict[str, Any]:
    if source == "twilio":
        return dict(RECORD_CREDENTIALS)
    return {"account_sid": placeholder("AC"), "auth_token": "placeholder-token"}


def _mock(source: str) -> str | None:
    if source == "twilio":
        return None
    return RECORD_BASE_URL or REPLAY_MOCK


@pytest.fixture
def client(source: str) -> Iterator[Callable[..., twilio_proxy.Client]]:
    pools: list[httpx2.Client] = []

    def make(prefer: str | None = None, **overrides: Any) -> twilio_proxy.Client:
        mock = _mock(source)
        transport = _ToMock(mock, prefer) if mock else None
        pools.append(httpx2.Client(transport=transport, timeout=30.0))
        kwargs = {**_credentials(source), **overrides}
        return twilio_proxy.Client(http_client=pools[-1], max_retries=0, base_url=TWILIO, **kwargs)

    yield make
    for pool in pools:
        pool.close()


@pytest.fixture
async def async_client(source: str) -> AsyncIterator[Callable[..., twilio_proxy.AsyncClient]]:
    pools: list[httpx2.AsyncClient] = []

    def make(prefer: str | None = None) -> twilio_proxy.AsyncClient:
        mock = _mock(source)
        transport = _AsyncToMock(mock, prefer) if mock else None
        pools.append(httpx2.AsyncClient(transport=transport, timeout=30.0))
        return twilio_proxy.AsyncClient(
            http_client=pools[-1], max_retries=0, base_url=TWILIO, **_credentials(source)
        )

    yield make
    for pool in pools:
        await pool.aclose()


def _check_interaction(mi: twilio_proxy.MessageInteraction, source: str) -> None:
    assert mi.type == "message"
    assert mi.date_created is not None
    assert mi.date_created.tzinfo is not None
    if not RECORD_SOURCE:  # replayed: placeholder SIDs, and the message body was scrubbed
        assert mi.account_sid == placeholder("AC")
        assert mi.decode_data() == json.loads(SCRUBBED_DATA)
    if source == "prism":  # the spec's example
        assert mi.outbound_resource_status == "sent"
        assert mi.inbound_resource_status is None


def test_fetch(client: Any, source: str) -> None:
    mi = client().fetch_message_interaction(**_sids())
    _check_interaction(mi, source)
    if not RECORD_SOURCE:
        assert mi.sid == placeholder("KI")


def test_fetch_with_response(client: Any) -> None:
    answer = client().fetch_message_interaction_with_response(**_sids())
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.parsed.url is not None
    assert answer.parsed.url.endswith("/MessageInteractions/" + str(answer.parsed.sid))


def test_not_found(client: Any) -> None:
    with pytest.raises(twilio_proxy.NotFoundError) as caught:
        client("code=404").fetch_message_interaction(**{**_sids(), "sid": _missing_sid()})
    assert caught.value.status_code == 404
    assert caught.value.code == 20404
    assert caught.value.more_info == "https://www.twilio.com/docs/errors/20404"


def test_wrong_credentials(client: Any, source: str) -> None:
    # On Twilio: a token that cannot be right (and no API key, which would win).
    overrides: dict[str, Any] = {}
    if source == "twilio":
        overrides = {"account_sid": placeholder("AC"), "auth_token": "0" * 31 + "1"}
        overrides |= {"api_key": None, "api_secret": None}
    with pytest.raises(twilio_proxy.AuthenticationError) as caught:
        client("code=401", **overrides).fetch_message_interaction(**_sids())
    assert caught.value.status_code == 401
    assert caught.value.code == 20003


def test_list_follows_pages(client: Any, source: str) -> None:
    found = list(client("pages").list_message_interactions(**_parent(), page_size=1, limit=2))
    assert len(found) == 2  # one per page: the second came from next_page_url
    for mi in found:
        _check_interaction(mi, source)


def test_create(client: Any, source: str) -> None:
    if source == "twilio" and RECORD_SOURCE and not RECORD_CREATE:
        pytest.skip(
            "recording create against Twilio sends a message: set TWILIO_PROXY_RECORD_CREATE=1"
        )
    mi = client().create_message_interaction(**_parent(), body="twilio-proxy recording test")
    _check_interaction(mi, source)
    assert mi.inbound_resource_sid is None  # always empty for created interactions


async def test_fetch_async(async_client: Any, source: str) -> None:
    mi = await async_client().fetch_message_interaction(**_sids())
    _check_interaction(mi, source)


async def test_list_async(async_client: Any, source: str) -> None:
    client = async_client("pages")
    found = [mi async for mi in client.list_message_interactions(**_parent(), page_size=1, limit=2)]
    assert len(found) == 2
    _check_interaction(found[-1], source)


async def test_not_found_async(async_client: Any) -> None:
    with pytest.raises(twilio_proxy.NotFoundError) as caught:
        await async_client("code=404").fetch_message_interaction(
            **{**_sids(), "sid": _missing_sid()}
        )
    assert caught.value.code == 20404


async def test_fetch_async_default_transport(source: str) -> None:
    # AsyncClient's own aiohttp session, straight to the recorded host (no Prefer needed).
    base_url = TWILIO if source == "twilio" else _mock(source)
    async with twilio_proxy.AsyncClient(
        max_retries=0, base_url=base_url, **_credentials(source)
    ) as client:
        answer = await client.fetch_message_interaction_with_response(**_sids())
    assert answer.status_code == 200
    _check_interaction(answer.parsed, source)


# Against real Twilio only what reads, from the recording's own SIDs: nothing is created,
# changed or deleted on a real account.
_READS_ON_TWILIO = {"FetchService", "FetchSession", "FetchParticipant", "ListInteraction"}


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for _, _, op in OPERATIONS])
def test_operation(client: Any, source: str, operation: Any) -> None:
    resource, verb, table = operation
    if source == "twilio" and table.name not in _READS_ON_TWILIO:
        pytest.skip("only reads are recorded against a real account")
    kwargs = arguments(table)
    if source == "twilio":
        sids = _sids()
        kwargs.update({k: v for k, v in sids.items() if k in kwargs})
        kwargs["sid"] = {
            "FetchService": sids["service_sid"],
            "FetchSession": sids["session_sid"],
            "FetchParticipant": sids["participant_sid"],
        }.get(table.name, kwargs.get("sid"))
        if table.name == "ListInteraction":
            kwargs.pop("sid", None)
    method = getattr(getattr(client(), resource), verb)
    if verb == "list":
        [result] = list(method(**kwargs, limit=1))
    else:
        result = method(**kwargs)
    if verb == "delete":
        assert result is None
        return
    assert type(result).__name__ == table.what.split()[-1]
    assert result.sid is not None
    assert result.date_created is None or result.date_created.tzinfo is not None
