"""Client and AsyncClient end to end over all three HTTP paths, against a local server.

Every test runs once per path (the ``api``/``make_api`` fixtures): ``Client`` over
httpx2, ``AsyncClient`` over its own aiohttp session, and ``AsyncClient`` over the
app's ``httpx2.AsyncClient``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import datetime as dt
import gc
import gzip
import json
import platform
import time
import warnings
import zlib
from typing import Any

import httpx
import httpx2
import pytest

import twilio_proxy
from _server import Server, answer, hang, kept_open, raw_answer, send
from _support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    ENCODED_AUTH,
    EXAMPLE,
    EXPECTED_PATH,
    PARENT,
    PATHS,
    REQUEST_ID,
    SIDS,
    Api,
    ok_body,
)
from twilio_proxy._body import ACCEPT_ENCODING
from twilio_proxy._config import DEFAULT_TIMEOUTS
from twilio_proxy._headers import Headers

USER_AGENT = (
    f"twilio-proxy/{twilio_proxy.__version__} ({platform.system()} {platform.machine()}) "
    f"Python/{platform.python_version()}"
)
OTHER_SID = "KI" + "b" * 32
ASYNC_ONLY = pytest.mark.parametrize("make_api", ["async-aiohttp", "async-httpx2"], indirect=True)
# A fetch of SIDs (the usual fetch's shorter way on aiohttp) and a create (the general way).
CALLS = {
    "fetch": lambda api: api.fetch(),
    "create": lambda api: api.call("create_message_interaction", **PARENT, body="Driver is here"),
}


@pytest.fixture
def path(request: pytest.FixtureRequest) -> str:
    """The HTTP path the test's ``make_api`` builds clients over."""
    return str(request.node.callspec.params["make_api"])


def app_http_client(path: str, **kwargs: Any) -> httpx2.Client | httpx2.AsyncClient:
    """The app's own httpx2 client of the kind the path's client takes."""
    return httpx2.Client(**kwargs) if path == "sync" else httpx2.AsyncClient(**kwargs)


def close(api: Api, client: Any = None) -> None:
    """Close *client* (default: the twilio_proxy client), in the Api's loop when async."""
    client = api.client if client is None else client
    if isinstance(client, twilio_proxy.Client | httpx2.Client):
        client.close()
    else:
        api.run(client.aclose())


def slow(seconds: float) -> Any:
    """Answer after *seconds* (within any read timeout longer than that)."""

    def behaviour(server: Server, conn: Any) -> None:
        time.sleep(seconds)
        answer(200, EXAMPLE)(server, conn)

    return behaviour


# --- what comes back ------------------------------------------------------------------


def test_success_reads_every_field(api: Api, server: Server) -> None:
    server.queue(answer(200, ok_body(added_later={"x": 1}), headers={"X-Extra": "yes"}))
    response = api.call("fetch_message_interaction_with_response", **SIDS)
    assert isinstance(response, twilio_proxy.APIResponse)
    mi = response.parsed
    assert isinstance(mi, twilio_proxy.MessageInteraction)
    when = dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)
    expected = {
        **EXAMPLE,
        "type": twilio_proxy.MessageInteractionType.MESSAGE,
        "outbound_resource_status": twilio_proxy.MessageInteractionResourceStatus.SENT,
        "date_created": when,
        "date_updated": when,
        "extra": {"added_later": {"x": 1}},
    }
    assert {f.name: getattr(mi, f.name) for f in dataclasses.fields(mi)} == expected
    assert type(mi.type) is twilio_proxy.MessageInteractionType
    assert mi.decode_data() == {"body": "some message"}
    # The answer it came from, the same on every path.
    assert response.status_code == 200
    assert response.request_id == REQUEST_ID
    assert response.http_version == "HTTP/1.1"
    assert type(response.headers) is Headers  # one case-insensitive Mapping type on every path
    assert response.headers["x-extra"] == response.headers["X-EXTRA"] == "yes"
    assert response.headers["Content-Type"] == "application/json"
    # The plain method gives the same interaction.
    assert api.fetch() == mi


def test_answer_without_request_id(api: Api, server: Server) -> None:
    server.queue(send(raw_answer(200, json.dumps(EXAMPLE).encode())))
    response = api.call("fetch_message_interaction_with_response", **SIDS)
    assert response.request_id is None
    assert response.parsed.sid == EXAMPLE["sid"]


def test_exact_request(make_api: Any, server: Server) -> None:
    make_api(user_agent_extra="my-app/1.2").fetch()
    (received,) = server.received
    assert (received.method, received.target, received.body) == ("GET", EXPECTED_PATH, b"")
    assert received.headers["authorization"] == f"Basic {ENCODED_AUTH}"
    assert received.headers["user-agent"] == f"{USER_AGENT} my-app/1.2"
    assert received.headers["accept"] == "application/json"
    assert received.headers["accept-encoding"] == ACCEPT_ENCODING
    assert "gzip" in [part.strip() for part in ACCEPT_ENCODING.split(",")]


def test_sids_are_sent_verbatim_and_compared_case_insensitively(api: Api, server: Server) -> None:
    upper = {name: sid[:2] + sid[2:].upper() for name, sid in SIDS.items()}
    mi = api.call("fetch_message_interaction", **upper)  # the answer has lower-case SIDs
    assert mi.sid == EXAMPLE["sid"]
    path = EXPECTED_PATH.replace("a" * 32, "A" * 32)
    assert [r.target for r in server.received] == [path]


@pytest.mark.parametrize(
    ("encoding", "chunked"),
    [("gzip", False), ("gzip", True), ("deflate", False), ("raw-deflate", True)],
    ids=["gzip", "gzip-chunked", "deflate", "raw-deflate-chunked"],
)
def test_compressed_answers_are_decoded(
    api: Api, server: Server, encoding: str, chunked: bool
) -> None:
    def encoded(status: int, body: dict[str, Any]) -> Any:
        data = json.dumps(body).encode()
        if encoding == "gzip":
            data = gzip.compress(data)
        else:
            packer = zlib.compressobj(wbits=-15 if encoding == "raw-deflate" else 15)
            data = packer.compress(data) + packer.flush()
        name = encoding.removeprefix("raw-")
        headers = {"Content-Encoding": name, "Content-Type": "application/json"}
        return send(raw_answer(status, data, headers, chunked=chunked))

    server.queue(encoded(200, EXAMPLE))
    assert api.fetch().to_dict()["sid"] == EXAMPLE["sid"]
    server.queue(encoded(404, {"code": 20404, "message": "Not here", "status": 404}))
    with pytest.raises(twilio_proxy.NotFoundError) as caught:
        api.fetch()
    assert (caught.value.code, caught.value.message) == (20404, "Not here")


@pytest.mark.parametrize("status", [301, 302, 307])
def test_redirects_are_never_followed(make_api: Any, server: Server, status: int) -> None:
    location = server.url + "/elsewhere"
    server.queue(answer(status, headers={"Location": location}), answer(200, EXAMPLE))
    with pytest.raises(twilio_proxy.APIStatusError) as caught:
        make_api(max_retries=2).fetch()
    assert type(caught.value) is twilio_proxy.APIStatusError
    assert caught.value.status_code == status
    assert f"(redirect to {location} not followed)" in str(caught.value)
    assert server.count == 1


@pytest.mark.parametrize("sid", [OTHER_SID, None])
def test_answer_for_another_sid(api: Api, server: Server, sid: str | None) -> None:
    server.queue(answer(200, ok_body(sid=sid)))
    if sid is None:  # a 2xx without the resource's identity: a wrong route, not the answer
        with pytest.raises(
            twilio_proxy.ResponseValidationError,
            match=r"field .sid. is a JSON null, expected a string",
        ):
            api.fetch()
        return
    with pytest.raises(twilio_proxy.ResponseValidationError) as caught:
        api.fetch(sid=EXAMPLE["sid"].upper())
    message = str(caught.value).lower()  # SIDs compare case-insensitively
    assert OTHER_SID.lower() in message
    assert EXAMPLE["sid"].lower() in message
    assert caught.value.request_id == REQUEST_ID


def test_an_answer_without_the_unique_name_asked_for_is_refused(api: Api, server: Server) -> None:
    # Fetched by its unique name: the answer must hold that name (here it holds none).
    server.queue(answer(200, {"sid": SERVICE_SID, "unique_name": None}))
    with pytest.raises(twilio_proxy.ResponseValidationError, match="it has no unique_name"):
        api.result(api.client.services.fetch(sid="rides"))


# --- refused before any I/O ----------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("service_sid", "KC" + "a" * 32),
        ("session_sid", "KC" + "a" * 31),
        ("participant_sid", "KP" + "a" * 31 + "/"),
        ("sid", "KI" + "g" * 32),
        ("sid", "KI" + "a" * 32 + "\n"),
        ("sid", "KI../" + "a" * 29),
        ("sid", None),
    ],
)
def test_invalid_sid_is_refused_before_any_io(
    api: Api, server: Server, argument: str, value: Any
) -> None:
    with pytest.raises(twilio_proxy.InvalidSidError) as caught:
        api.fetch(**{argument: value})
    assert caught.value.argument == argument
    assert isinstance(caught.value, ValueError)
    assert server.count == 0


@pytest.mark.parametrize("kind", ["old-httpx", "other-flavour", "not-a-client"])
def test_http_client_of_the_wrong_type(make_api: Any, path: str, kind: str) -> None:
    wanted = "httpx2.Client" if path == "sync" else "httpx2.AsyncClient"
    wrong: Any
    if kind == "old-httpx":
        wrong = httpx.Client() if path == "sync" else httpx.AsyncClient()
    elif kind == "other-flavour":
        wrong = httpx2.AsyncClient() if path == "sync" else httpx2.Client()
    else:
        wrong = "https://proxy.twilio.com"
    with pytest.raises(twilio_proxy.ConfigurationError) as caught:
        make_api(http_client=wrong)
    message = str(caught.value)
    assert message.startswith(f"http_client must be an {wanted}, got a {type(wrong).__name__}")
    if kind == "old-httpx":
        assert f"pass {wanted}(...) from `import httpx2`" in message
    else:
        assert "import httpx2" not in message
    if hasattr(wrong, "aclose"):
        asyncio.run(wrong.aclose())
    elif hasattr(wrong, "close"):
        wrong.close()


# --- timeouts ------------------------------------------------------------------------


def test_per_call_timeout(make_api: Any, server: Server) -> None:
    api = make_api(timeout=0.1, max_retries=0)
    # A longer per-call limit lets a slow answer through despite the client's short one...
    server.queue(slow(0.3))
    assert api.fetch(timeout=httpx2.Timeout(5.0, connect=1.0)).sid == EXAMPLE["sid"]
    # ...and a shorter one cuts what the client's limit would allow.
    api = make_api(timeout=5, max_retries=0)
    server.queue(hang)
    started = time.monotonic()
    with pytest.raises(twilio_proxy.APITimeoutError):
        api.fetch(timeout=0.2)
    assert time.monotonic() - started < 1.5
    assert server.count == 2


def test_app_http_client_timeout_applies_and_it_stays_open(
    make_api: Any, path: str, server: Server
) -> None:
    http = app_http_client(path, timeout=0.2)
    api = make_api(http_client=http, max_retries=0)
    server.queue(hang)
    started = time.monotonic()
    with pytest.raises(twilio_proxy.APITimeoutError):
        api.fetch()
    assert time.monotonic() - started < 1.5
    close(api)
    assert not http.is_closed  # the app's, not ours to close
    close(api, http)
    # An app client with a phase left unlimited does not make the client unlimited.
    unlimited = app_http_client(path, timeout=None)
    assert make_api(http_client=unlimited).client._runner._timeouts is DEFAULT_TIMEOUTS
    close(api, unlimited)


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("bypassed", [False, True], ids=["proxied", "no-proxy"])
@pytest.mark.parametrize("path", PATHS)
def test_proxy_from_the_environment(
    path: str, server: Server, monkeypatch: pytest.MonkeyPatch, bypassed: bool, call: str
) -> None:
    # Read when the client is made, as httpx2 does (aiohttp's trust_env would read it per call).
    target = server.url if bypassed else "http://upstream.example:8080"
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9" if bypassed else server.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1" if bypassed else "")
    api = Api(path, target)
    try:
        assert CALLS[call](api).sid == EXAMPLE["sid"]
    finally:
        api.close()
    # A forward proxy gets the absolute URL of the target.
    wanted = EXPECTED_PATH if call == "fetch" else EXPECTED_PATH.rsplit("/", 1)[0]
    expected = wanted if bypassed else target + wanted
    assert [r.target for r in server.received] == [expected]


# --- lifecycle -----------------------------------------------------------------------


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("used", [False, True], ids=["unused", "used"])
def test_closed_client_refuses(api: Api, server: Server, used: bool, call: str) -> None:
    if used:
        api.fetch()
    close(api)
    close(api)  # closing twice is fine
    with pytest.raises(twilio_proxy.ClientClosedError, match="has been closed; create a new one"):
        CALLS[call](api)
    assert server.count == int(used)


@pytest.mark.parametrize("used", [False, True], ids=["unused", "used"])
def test_closed_app_http_client(make_api: Any, path: str, server: Server, used: bool) -> None:
    http = app_http_client(path)
    api = make_api(http_client=http)
    if used:
        api.fetch()
    close(api, http)
    with pytest.raises(twilio_proxy.ClientClosedError, match="http_client given to this"):
        api.fetch()
    assert server.count == int(used)


def test_context_manager_closes(api: Api, server: Server) -> None:
    client = api.client
    if isinstance(client, twilio_proxy.Client):
        with client as entered:
            assert entered is client
            entered.fetch_message_interaction(**SIDS)
    else:

        async def use(aclient: twilio_proxy.AsyncClient) -> None:
            async with aclient as entered:
                assert entered is aclient
                await entered.fetch_message_interaction(**SIDS)

        api.run(use(client))
    with pytest.raises(twilio_proxy.ClientClosedError):
        api.fetch()
    assert server.count == 1


@ASYNC_ONLY
def test_async_client_belongs_to_its_first_event_loop(api: Api, server: Server) -> None:
    api.fetch()
    with pytest.raises(twilio_proxy.EventLoopError) as caught:
        asyncio.run(api.client.fetch_message_interaction(**SIDS))
    assert "create one AsyncClient per event loop" in str(caught.value)
    assert isinstance(caught.value, RuntimeError)
    assert server.count == 1
    assert api.fetch().sid == EXAMPLE["sid"]  # still fine in its own loop

    async def check_twice() -> None:
        client = api.client
        assert isinstance(client, twilio_proxy.AsyncClient)
        client._runner._check_loop()  # the same loop again: nothing to say
        client._runner._check_loop()

    api.run(check_twice())


def _pooled_async_client(
    server: Server, **kwargs: Any
) -> tuple[twilio_proxy.AsyncClient, asyncio.Runner]:
    """An AsyncClient that fetched once in a loop of its own, its connection kept in the pool."""
    server.queue(kept_open(EXAMPLE, hang))
    client = twilio_proxy.AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server.url, **kwargs)
    first = asyncio.Runner()
    assert first.run(client.fetch_message_interaction(**SIDS)).sid == EXAMPLE["sid"]
    return client, first


def test_closing_from_another_loop_while_its_own_is_open_is_refused(server: Server) -> None:
    client, first = _pooled_async_client(server)
    with pytest.raises(twilio_proxy.EventLoopError, match="close it there"):
        asyncio.run(client.aclose())
    with pytest.raises(twilio_proxy.ClientClosedError):  # closed to requests all the same
        first.run(client.fetch_message_interaction(**SIDS))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first.run(client.aclose())  # in its own loop: closed for good
        first.close()
        del client
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]


def test_closing_from_another_loop_after_its_own_closed_leaves_no_socket_open(
    server: Server,
) -> None:
    client, first = _pooled_async_client(server)
    first.close()  # as a test framework's loop ends, the client outliving it
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(client.aclose())
        del client
        gc.collect()
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert server.count == 1


def test_an_apps_httpx2_client_may_be_let_go_from_any_loop(server: Server) -> None:
    app_client = httpx2.AsyncClient()
    client, first = _pooled_async_client(server, http_client=app_client)
    asyncio.run(client.aclose())  # nothing of ours to close: the connections are the app's
    first.run(app_client.aclose())
    first.close()


def test_shared_between_threads_or_tasks(api: Api, server: Server) -> None:
    """One sync Client in 8 threads, or one AsyncClient in 160 concurrent tasks."""
    calls = 8 * 20
    if isinstance(api.client, twilio_proxy.Client):
        client = api.client
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(client.fetch_message_interaction, **SIDS) for _ in range(calls)]
            results = [future.result() for future in futures]
    else:
        aclient = api.client

        async def many() -> list[Any]:
            return await asyncio.gather(
                *(aclient.fetch_message_interaction(**SIDS) for _ in range(calls))
            )

        results = api.run(many())
    assert [mi.sid for mi in results] == [EXAMPLE["sid"]] * calls
    assert server.count == calls
    assert {r.headers["authorization"] for r in server.received} == {f"Basic {ENCODED_AUTH}"}


# --- delete: any 2xx is None; a 404 after an attempt that may have run is done --------------

SERVICE_SID = "KS" + "b" * 32
TWILIO_503 = {"code": 20503, "message": "busy", "status": 503}
TWILIO_404 = {"code": 20404, "message": "not found", "status": 404}
TWILIO_429 = {"code": 20429, "message": "slow down", "status": 429}


def _delete(api: Api) -> Any:
    return api.result(api.client.services.delete(sid=SERVICE_SID))


@pytest.mark.parametrize(
    "behaviour",
    [answer(204), answer(200), answer(200, {"deleted": True}), answer(202, b"not json")],
    ids=["204", "200-empty", "200-json", "202-text"],
)
def test_delete_is_none_for_any_2xx(api: Api, server: Server, behaviour: Any) -> None:
    server.queue(behaviour)
    assert _delete(api) is None
    [request] = server.received
    assert (request.method, request.target) == ("DELETE", f"/v1/Services/{SERVICE_SID}")


def test_a_delete_that_may_have_run_then_404_is_done(
    api: Api, server: Server, waits: list[float]
) -> None:
    server.queue(answer(503, TWILIO_503), answer(404, TWILIO_404))
    assert _delete(api) is None
    assert server.count == 2


@pytest.mark.parametrize("first", [answer(429, TWILIO_429), answer(404, TWILIO_404)])
def test_a_delete_of_nothing_is_not_found(api: Api, server: Server, first: Any) -> None:
    # A 429 did not run: the 404 after it is the truth, and so is a first 404.
    server.queue(first, answer(404, TWILIO_404))
    with pytest.raises(twilio_proxy.NotFoundError):
        _delete(api)


def test_an_update_is_never_resent_after_a_5xx(api: Api, server: Server) -> None:
    server.queue(answer(503, TWILIO_503), answer(200, {"sid": SERVICE_SID}))
    with pytest.raises(twilio_proxy.ServerError):
        api.result(api.client.services.update(sid=SERVICE_SID, default_ttl=60))
    assert server.count == 1
    assert server.received[0].body == b"DefaultTtl=60"


def test_query_arguments_of_an_operation_reach_the_url(api: Api, server: Server) -> None:
    # No Proxy v1 operation has one yet but paging's: an operation the spec adds gets it.
    import re

    from twilio_proxy.runtime import PATH, QUERY, STR, Operation, Param
    from twilio_proxy_api.services import parse_service

    search = Operation(
        name="FetchServiceByColour",
        verb="fetch",
        method="GET",
        path="/v1/Services/{sid}",
        params=(
            Param("sid", "Sid", PATH, "sid", required=True, pattern=re.compile("KS[0-9a-f]{32}")),
            Param("colour", "Colour", QUERY, STR),
        ),
        status=200,
        parse=parse_service,
        what="a Service",
    )
    server.queue(answer(200, {"sid": SERVICE_SID}))
    found = api.result(
        api.client._runner.call(search, {"sid": SERVICE_SID, "colour": "blue & red"}, None)
    )
    assert found.sid == SERVICE_SID
    assert server.received[0].target == f"/v1/Services/{SERVICE_SID}?Colour=blue+%26+red"


def test_an_api_response_is_read_only(api: Api, server: Server) -> None:
    server.queue(answer(200, {"sid": SERVICE_SID}))
    response = api.result(api.client.services.with_response.fetch(sid=SERVICE_SID))
    with pytest.raises(AttributeError, match="read-only"):
        response.status_code = 500
    with pytest.raises(AttributeError, match="read-only"):
        del response.parsed
    assert "status_code=200" in repr(response)


@pytest.mark.parametrize(
    ("method", "body"),
    [
        ("fetch_message_interaction", {"interactions": [EXAMPLE], "meta": {"key": "interactions"}}),
        ("create_message_interaction", {"ok": True}),
    ],
    ids=["fetch-answered-a-page", "create-answered-by-another-service"],
)
def test_a_2xx_without_the_resources_identity_is_refused(
    api: Api, server: Server, method: str, body: Any
) -> None:
    # A wrong route or base_url: the app must not believe a message was sent.
    server.queue(answer(201 if method.startswith("create") else 200, body))
    parent = {k: v for k, v in SIDS.items() if k != "sid"}
    arguments = dict(SIDS) if method.startswith("fetch") else {**parent, "body": "hello there"}
    with pytest.raises(
        twilio_proxy.ResponseValidationError, match=r"field .sid. is a JSON null, expected a string"
    ):
        api.call(method, **arguments)


def test_help_shows_what_an_app_uses() -> None:
    """Resources (from the generated index), closing, the first release's aliases: no plumbing."""
    from twilio_proxy_api import RESOURCES

    aliases = {
        "create_message_interaction",
        "fetch_message_interaction",
        "fetch_message_interaction_with_response",
        "list_message_interactions",
    }
    for cls, close in ((twilio_proxy.Client, "close"), (twilio_proxy.AsyncClient, "aclose")):
        assert {n for n in dir(cls) if not n.startswith("_")} == {*RESOURCES, *aliases, close}
