"""twilio_proxy.testing: the embedded Proxy answers as Twilio does, through every way in.

Every operation of the spec runs against it through Client, AsyncClient, the
command line and a raw request, each answer valid against our spec and
Twilio's own (tests/fixtures/twilio_proxy_v1.yaml); Proxy's rules answer their
documented codes; an inbound message goes through the intercept, delivery and
interaction callbacks (signed as Twilio signs, checked by twilio-python's
validator too), or out of session; the clock closes sessions; the control API
and ``twilio-proxy fake`` serve another process; the pytest plugin gives a
fixture.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import http.server
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import twilio.request_validator
import yaml
from jsonschema import Draft202012Validator
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import twilio_proxy
from _support import OPERATIONS, ROOT, SPEC, arguments, spec_operation
from twilio_proxy import _cli
from twilio_proxy._arguments import prepare
from twilio_proxy._operation import BOOL, DATETIME, JSON_TEXT, PATH, Operation
from twilio_proxy.testing import FakeProxy, SentMessage
from twilio_proxy.webhooks import (
    InteractionCallback,
    InterceptCallback,
    OutOfSessionCallback,
    out_of_session_answer,
    validate_signature,
)


def _nullable_enums(spec: dict[str, Any]) -> dict[str, Any]:
    """Twilio's spec, its enum fields read as nullable.

    Its newest version dropped ``nullable`` beside the bare ``$ref`` of each enum
    field (its earlier one had it), while its own examples still send null there
    (a created Message Interaction's ``inbound_resource_status``), as Twilio does.
    """
    for schema in spec["components"]["schemas"].values():
        for name, prop in (schema.get("properties") or {}).items():
            if set(prop) == {"$ref"}:
                schema["properties"][name] = {"anyOf": [prop, {"enum": [None]}]}
    return spec


TWILIO_SPEC: dict[str, Any] = _nullable_enums(
    yaml.safe_load((ROOT / "tests" / "fixtures" / "twilio_proxy_v1.yaml").read_text("utf-8"))
)
RIDER, DRIVER, AGENT = "+15558675310", "+15558675311", "+15005550006"
POOL = ("+15017122661", "+15017122662", "+15017122663")


@pytest.fixture
def proxy(fake_proxy: FakeProxy) -> FakeProxy:
    """The plugin's own fixture (conftest.py enables twilio_proxy.testing), as an app uses it."""
    return fake_proxy


@pytest.fixture
def client(proxy: FakeProxy) -> Iterator[twilio_proxy.Client]:
    with proxy.client(max_retries=0) as made:
        yield made


class World:
    """A service with a pool of three numbers, a session with one participant (room for one)."""

    def __init__(self, client: twilio_proxy.Client, **service: Any) -> None:
        self.client = client
        self.service = client.services.create(unique_name="rides", **service)
        self.numbers = [
            client.phone_numbers.create(service_sid=self.service.sid, phone_number=n) for n in POOL
        ]
        self.session = client.sessions.create(service_sid=self.service.sid, unique_name="ride-1")
        self.rider = self.add(RIDER)

    def add(self, identifier: str, session_sid: str | None = None, **kwargs: Any) -> Any:
        return self.client.participants.create(
            service_sid=self.service.sid,
            session_sid=session_sid or self.session.sid,
            identifier=identifier,
            **kwargs,
        )

    def sids(self, resource: str) -> dict[str, str]:
        """The path SIDs of *resource*'s operations on this world's things."""
        message = self.client.message_interactions.create(
            service_sid=self.service.sid,
            session_sid=self.session.sid,
            participant_sid=self.rider.sid,
            body="Your driver is here",
        )
        own = {
            "services": self.service.sid,
            "sessions": self.session.sid,
            "participants": self.rider.sid,
            "interactions": message.sid,
            "message_interactions": message.sid,
            "phone_numbers": self.numbers[0].sid,
        }
        return {
            "service_sid": self.service.sid,
            "session_sid": self.session.sid,
            "participant_sid": self.rider.sid,
            "sid": own[resource],
        }


# --- every operation, every way in -------------------------------------------------------------


def _registry(spec: dict[str, Any], uri: str) -> Registry:
    return Registry().with_resource(
        uri, Resource.from_contents(spec, default_specification=DRAFT202012)
    )


def _schema(spec: dict[str, Any], operation_id: str, status: int) -> dict[str, Any]:
    for item in spec["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                content = op["responses"][str(status)].get("content")
                return content["application/json"]["schema"] if content else {}
    raise LookupError(operation_id)


def _rebased(node: Any, uri: str) -> Any:
    if isinstance(node, dict):
        return {k: uri + v if k == "$ref" else _rebased(v, uri) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebased(v, uri) for v in node]
    return node


def assert_both_specs_accept(operation: Operation[Any], status: int, body: object) -> None:
    """*body* is what our spec and Twilio's answer for the operation with *status*."""
    ours = _schema(SPEC, operation.name, status)
    theirs = _schema(TWILIO_SPEC, operation.name, status)
    if not ours:
        assert body is None
        assert not theirs
        return
    Draft202012Validator(_rebased(ours, "urn:ours"), registry=_registry(SPEC, "urn:ours")).validate(
        body
    )
    OAS30Validator(
        _rebased(theirs, "urn:twilio"), registry=_registry(TWILIO_SPEC, "urn:twilio")
    ).validate(body)


def _before(operation: Operation[Any], world: World) -> None:
    """What an operation needs of the world beyond its SIDs."""
    if operation.name == "UpdateSession":  # the spec's example re-opens a closed session
        world.client.sessions.update(
            service_sid=world.service.sid, sid=world.session.sid, status="closed"
        )


def _cli_argv(resource: str, operation: Operation[Any], args: dict[str, Any]) -> list[str]:
    argv = [resource.replace("_", "-"), operation.verb]
    for param in operation.params:
        value = args.get(param.name)
        if value is None:
            continue
        if param.where == PATH:
            argv.append(value)
            continue
        for item in value if param.many else [value]:
            if param.kind == JSON_TEXT:
                text = json.dumps(item)
            elif param.kind == DATETIME:
                text = item.isoformat()
            elif param.kind == BOOL:
                text = "true" if item else "false"
            else:
                text = str(item)
            argv += ["--" + param.name.replace("_", "-"), text]
    return argv


@pytest.mark.parametrize(
    ("resource", "verb", "operation"), OPERATIONS, ids=[op.name for _, _, op in OPERATIONS]
)
@pytest.mark.parametrize("way", ["raw", "sync", "async", "cli"])
def test_every_operation_answers_as_both_specs_say(
    proxy: FakeProxy,
    client: twilio_proxy.Client,
    monkeypatch: pytest.MonkeyPatch,
    resource: str,
    verb: str,
    operation: Operation[Any],
    way: str,
) -> None:
    world = World(client)
    in_path = {p.name for p in operation.params if p.where == PATH}
    sids = {name: sid for name, sid in world.sids(resource).items() if name in in_path}
    args = {**arguments(operation), **sids}
    _before(operation, world)
    if way == "raw":
        prepared = prepare(operation, args)
        form = prepared.form or []
        query = "?PageSize=1" if verb == "list" else ""
        answer = httpx2.request(
            operation.method,
            proxy.base_url + prepared.path + query,
            data=dict(form) if not any(p.many for p in operation.params) else None,
            content=urllib.parse.urlencode(form) if any(p.many for p in operation.params) else None,
            headers={"Content-Type": "application/x-www-form-urlencoded"} if form else None,
            auth=(proxy.account_sid, proxy.auth_token),
        )
        status = int(spec_operation(operation.name)["responses"].keys().__iter__().__next__())
        assert answer.status_code == status, answer.text
        assert_both_specs_accept(operation, status, answer.json() if answer.content else None)
        return
    if way == "cli":
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", proxy.account_sid)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", proxy.auth_token)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = _cli.main([*_cli_argv(resource, operation, args), "--base-url", proxy.base_url])
        assert code == 0
        text = out.getvalue()
        if verb == "delete":
            assert text == ""
        elif verb == "list":  # one object a line
            assert all(json.loads(line)["sid"] for line in text.splitlines())
        else:
            assert json.loads(text)["sid"]
        return
    method_args = {**args, **({"limit": 5} if verb == "list" else {})}
    if way == "sync":
        result = getattr(getattr(client, resource), verb)(**method_args)
        results = list(result) if verb == "list" else [result]
    else:

        async def run() -> list[Any]:
            async with proxy.async_client() as aclient:
                called = getattr(getattr(aclient, resource), verb)(**method_args)
                if verb == "list":
                    return [item async for item in called]
                return [await called]

        results = asyncio.run(run())
    if verb == "delete":
        assert results == [None]
        return
    assert results
    for found in results:
        assert type(found).__name__ == operation.what.split()[-1]
        if verb == "fetch":
            assert found.sid == args["sid"]


# --- Proxy's rules and error codes ----------------------------------------------------------


def refused(call: Callable[[], object]) -> tuple[int, int | None]:
    with pytest.raises(twilio_proxy.APIStatusError) as caught:
        call()
    assert caught.value.more_info == f"https://www.twilio.com/docs/errors/{caught.value.code}"
    return caught.value.status_code, caught.value.code


def test_sids_are_minted_with_each_resources_prefix(client: twilio_proxy.Client) -> None:
    world = World(client)
    second = world.add(DRIVER)
    assert world.service.sid[:2] == "KS"
    assert world.session.sid[:2] == "KC"
    assert world.rider.sid[:2] == second.sid[:2] == "KP"
    assert world.rider.sid != second.sid
    assert [n.sid[:2] for n in world.numbers] == ["PN"] * 3
    assert world.session.status == "open"
    assert world.session.account_sid == client._runner._credentials.account_sid


def test_unique_names_are_unique_and_usable_as_sids(client: twilio_proxy.Client) -> None:
    world = World(client)
    ks = world.service.sid
    assert client.services.fetch(sid="rides").sid == ks
    assert client.sessions.fetch(service_sid=ks, sid="ride-1").sid == world.session.sid
    assert refused(lambda: client.services.create(unique_name="rides")) == (400, 80602)
    assert refused(lambda: client.sessions.create(service_sid=ks, unique_name="ride-1")) == (
        400,
        80603,
    )
    with pytest.raises(twilio_proxy.NotFoundError):
        client.sessions.fetch(service_sid=ks, sid="ride-2")


def test_a_session_holds_two_participants_each_identifier_once(client: twilio_proxy.Client) -> None:
    world = World(client)
    driver = world.add(DRIVER)
    assert {world.rider.identifier, driver.identifier} == {RIDER, DRIVER}
    assert world.rider.proxy_identifier in POOL
    assert driver.proxy_identifier in POOL
    assert world.rider.proxy_identifier_sid == world.numbers[0].sid
    assert refused(lambda: world.add(AGENT)) == (400, 80609)
    other = client.sessions.create(service_sid=world.service.sid)
    world.add(RIDER, other.sid)
    assert refused(lambda: world.add(RIDER, other.sid)) == (400, 80103)
    too_many = [{"Identifier": n} for n in (RIDER, DRIVER, AGENT)]
    assert refused(
        lambda: client.sessions.create(service_sid=world.service.sid, participants=too_many)
    ) == (400, 80609)


def test_a_given_proxy_identifier_must_be_in_the_pool_and_free(client: twilio_proxy.Client) -> None:
    world = World(client)
    assert refused(lambda: world.add(DRIVER, proxy_identifier="+15017129999")) == (400, 80605)
    other = client.sessions.create(service_sid=world.service.sid)
    # The rider has pool number 0 in the first session: not again in another active one.
    taken = world.numbers[0]
    assert refused(lambda: world.add(RIDER, other.sid, proxy_identifier_sid=taken.sid)) == (
        400,
        80604,
    )
    given = world.add(RIDER, other.sid, proxy_identifier=POOL[2])
    assert given.proxy_identifier_sid == world.numbers[2].sid


def test_the_pool_serves_each_identifier_one_number_per_active_session(
    client: twilio_proxy.Client,
) -> None:
    service = client.services.create(unique_name="pool")
    ks = service.sid
    empty = client.sessions.create(service_sid=ks)
    add = lambda session: client.participants.create(  # noqa: E731
        service_sid=ks, session_sid=session.sid, identifier=RIDER
    )
    assert refused(lambda: add(empty)) == (400, 80205)  # no numbers at all
    only = client.phone_numbers.create(service_sid=ks, phone_number=POOL[0], is_reserved=True)
    assert refused(lambda: add(empty)) == (400, 80207)  # reserved: never picked
    client.phone_numbers.update(service_sid=ks, sid=only.sid, is_reserved=False)
    assert add(empty).proxy_identifier == POOL[0]
    second = client.sessions.create(service_sid=ks)
    assert refused(lambda: add(second)) == (400, 80208)  # its one number is in use
    number = client.phone_numbers.fetch(service_sid=ks, sid=only.sid)
    assert number.in_use == 1
    client.sessions.update(service_sid=ks, sid=empty.sid, status="closed")
    assert add(second).proxy_identifier == POOL[0]  # free again once that session closed


@pytest.mark.parametrize(("behavior", "expected"), [("prefer-sticky", 0), ("avoid-sticky", 1)])
def test_number_selection_behavior(
    client: twilio_proxy.Client, behavior: str, expected: int
) -> None:
    world = World(client, number_selection_behavior=behavior)
    assert world.rider.proxy_identifier == POOL[0]
    client.sessions.update(service_sid=world.service.sid, sid=world.session.sid, status="closed")
    later = client.sessions.create(service_sid=world.service.sid)
    # The rider had pool number 0 before: kept (sticky) or avoided.
    assert world.add(RIDER, later.sid).proxy_identifier == POOL[expected]


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ([("closed", 200), ("in-progress", 200), ("closed", 200)], None),
        ([("in-progress", 400)], 80608),  # open -> in-progress: not a change Twilio allows
        ([("closed", 200), ("closed", 400)], 80607),  # a closed session only re-opens
        ([("open", 400)], 80608),
    ],
)
def test_status_changes(
    client: twilio_proxy.Client, path: list[tuple[str, int]], code: int | None
) -> None:
    world = World(client)
    ks, kc = world.service.sid, world.session.sid
    for status, expected in path:
        if expected == 200:
            session = client.sessions.update(service_sid=ks, sid=kc, status=status)
            assert session.status == status
            assert (session.date_ended is not None) is (status == "closed")
            assert session.closed_reason == ("api" if status == "closed" else None)
        else:
            assert refused(
                lambda: client.sessions.update(service_sid=ks, sid=kc, status=status)
            ) == (400, code)


def test_a_closed_session_takes_no_other_update(client: twilio_proxy.Client) -> None:
    world = World(client)
    ks, kc = world.service.sid, world.session.sid
    client.sessions.update(service_sid=ks, sid=kc, status="closed")
    assert refused(lambda: client.sessions.update(service_sid=ks, sid=kc, ttl=60)) == (400, 80607)
    assert refused(lambda: world.add(DRIVER)) == (400, 80607)
    reopened = client.sessions.update(service_sid=ks, sid=kc, status="in-progress", ttl=60)
    assert (reopened.status, reopened.ttl) == ("in-progress", 60)


def test_reopening_cannot_give_a_number_twice(client: twilio_proxy.Client) -> None:
    world = World(client)
    ks = world.service.sid
    client.sessions.update(service_sid=ks, sid=world.session.sid, status="closed")
    later = client.sessions.create(service_sid=ks)
    world.add(RIDER, later.sid, proxy_identifier=POOL[0])
    assert refused(
        lambda: client.sessions.update(service_sid=ks, sid=world.session.sid, status="in-progress")
    ) == (400, 80801)


def test_deleting_a_session_deletes_what_it_holds(
    client: twilio_proxy.Client, proxy: FakeProxy
) -> None:
    world = World(client)
    ks, kc = world.service.sid, world.session.sid
    world.sids("sessions")  # an interaction
    client.sessions.delete(service_sid=ks, sid=kc)
    for call in (
        lambda: client.sessions.fetch(service_sid=ks, sid=kc),
        lambda: client.participants.fetch(service_sid=ks, session_sid=kc, sid=world.rider.sid),
        lambda: list(client.interactions.list(service_sid=ks, session_sid=kc)),
    ):
        assert refused(call) == (404, 20404)
    client.services.delete(sid=ks)
    assert refused(lambda: client.services.fetch(sid=ks)) == (404, 20404)


def test_numbers_belong_to_one_service(client: twilio_proxy.Client) -> None:
    world = World(client)
    other = client.services.create(unique_name="deliveries")
    again = lambda ks: client.phone_numbers.create(service_sid=ks, phone_number=POOL[0])  # noqa: E731
    assert refused(lambda: again(world.service.sid)) == (400, 80104)
    assert refused(lambda: again(other.sid)) == (400, 80601)
    number = client.phone_numbers.create(service_sid=other.sid, sid="PN" + "ab" * 16)
    assert number.phone_number is not None
    assert number.phone_number.startswith("+1500555")
    assert number.iso_country == "US"
    assert number.capabilities is not None


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"UniqueName": "x", "DefaultTtl": "soon"}, 80701),
        ({"UniqueName": "x", "GeoMatchLevel": "planet"}, 80701),
        ({"DefaultTtl": "5"}, 80701),  # UniqueName is required
        ({"UniqueName": "x", "ChatInstanceSid": "IS1"}, 80701),
    ],
)
def test_malformed_form_values_are_refused_as_proxy_does(
    proxy: FakeProxy, form: dict[str, str], code: int
) -> None:
    answer = httpx2.post(
        proxy.base_url + "/v1/Services", data=form, auth=(proxy.account_sid, proxy.auth_token)
    )
    assert answer.status_code == 400
    assert answer.json()["code"] == code


@pytest.mark.parametrize(
    ("auth", "status", "code"),
    [(("AC" + "0" * 32, "wrong-token-123"), 401, 20003), (None, 401, 20003)],
)
def test_other_credentials_get_twilios_401(
    proxy: FakeProxy, auth: tuple[str, str] | None, status: int, code: int
) -> None:
    answer = httpx2.get(proxy.base_url + "/v1/Services", auth=auth)
    assert (answer.status_code, answer.json()["code"]) == (status, code)
    assert answer.headers["WWW-Authenticate"].startswith("Basic")
    other = twilio_proxy.Client("AC" + "0" * 32, "wrong-token-123", base_url=proxy.base_url)
    with other, pytest.raises(twilio_proxy.AuthenticationError):
        other.services.fetch(sid="KS" + "0" * 32)


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/v1/Nothing", 404, 20404),
        ("PUT", "/v1/Services", 405, 20004),
        ("GET", "/v1/Services/KS123", 404, 20404),
        ("GET", "/v1/Services?PageSize=0", 400, 80701),
    ],
)
def test_paths_and_methods_it_does_not_serve(
    proxy: FakeProxy, method: str, path: str, status: int, code: int
) -> None:
    answer = httpx2.request(
        method, proxy.base_url + path, auth=(proxy.account_sid, proxy.auth_token)
    )
    assert (answer.status_code, answer.json()["code"]) == (status, code)


def test_lists_page_as_twilio_pages(proxy: FakeProxy, client: twilio_proxy.Client) -> None:
    ks = client.services.create(unique_name="pages").sid
    made = [client.sessions.create(service_sid=ks).sid for _ in range(5)]
    assert [s.sid for s in client.sessions.list(service_sid=ks, page_size=2)] == made
    pages = list(client.sessions.with_response.list(service_sid=ks, page_size=2))
    assert [len(p.parsed) for p in pages] == [2, 2, 1]
    raw = httpx2.get(
        f"{proxy.base_url}/v1/Services/{ks}/Sessions?PageSize=2&Page=1",
        auth=(proxy.account_sid, proxy.auth_token),
    ).json()
    meta = raw["meta"]
    assert (meta["page"], meta["page_size"], meta["key"]) == (1, 2, "sessions")
    assert meta["previous_page_url"].endswith("PageSize=2&Page=0")
    assert meta["next_page_url"].startswith(f"{proxy.base_url}/v1/Services/{ks}/Sessions?")
    assert meta["first_page_url"].endswith("?PageSize=2&Page=0")
    assert [s["sid"] for s in raw["sessions"]] == made[2:4]


# --- the clock -------------------------------------------------------------------------------


def test_a_session_closes_when_its_ttl_runs_out(
    proxy: FakeProxy, client: twilio_proxy.Client
) -> None:
    world = World(client, default_ttl=3600)
    ks, kc = world.service.sid, world.session.sid
    assert world.session.ttl == 3600
    proxy.advance(3000)
    world.add(DRIVER)
    proxy.inbound_message(from_=RIDER, to=world.rider.proxy_identifier, body="On my way")
    proxy.advance(3000)  # 6000 s after creation, 3000 after the last interaction
    assert client.sessions.fetch(service_sid=ks, sid=kc).status == "in-progress"
    proxy.advance(601)
    closed = client.sessions.fetch(service_sid=ks, sid=kc)
    assert (closed.status, closed.closed_reason) == ("closed", "expired")
    assert closed.date_ended == closed.date_last_interaction + dt.timedelta(seconds=3600)


def test_date_expiry_wins_over_ttl(proxy: FakeProxy, client: twilio_proxy.Client) -> None:
    world = World(client)
    ks = world.service.sid
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10)
    session = client.sessions.create(service_sid=ks, ttl=60, date_expiry=soon)
    proxy.advance(120)
    assert client.sessions.fetch(service_sid=ks, sid=session.sid).status == "open"
    proxy.advance(600)
    assert client.sessions.fetch(service_sid=ks, sid=session.sid).status == "closed"
    with pytest.raises(ValueError, match="seconds"):
        proxy.advance(-1)


# --- messages and callbacks --------------------------------------------------------------------


class App:
    """An app's callback endpoint: records each request, answers as told, checks signatures."""

    def __init__(self, auth_token: str) -> None:
        self.auth_token = auth_token
        self.received: list[tuple[str, dict[str, str], bool, bool]] = []
        self.answers: dict[str, tuple[int, str, bytes]] = {}
        self.authorizations: list[str | None] = []
        self.signatures: list[str | None] = []
        # An Authorization the app asks for (401 with WWW-Authenticate: Basic), if any.
        self.requires: str | None = None
        app = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                form = dict(urllib.parse.parse_qsl(body.decode(), keep_blank_values=True))
                url = f"http://127.0.0.1:{app.port}{self.path}"
                signature = self.headers.get("X-Twilio-Signature")
                ours = validate_signature(url, form, signature, auth_token=app.auth_token)
                twilios = twilio.request_validator.RequestValidator(app.auth_token).validate(
                    url, form, signature or ""
                )
                app.received.append((self.path, form, ours, twilios))
                app.authorizations.append(self.headers.get("Authorization"))
                app.signatures.append(signature)
                answer = app.answers.get(self.path.split("?")[0], (200, "text/plain", b""))
                status, kind, raw = answer
                challenge = app.requires not in (None, self.headers.get("Authorization"))
                if challenge:
                    status, kind, raw = 401, "text/plain", b""
                self.send_response(status)
                if challenge:
                    self.send_header("WWW-Authenticate", 'Basic realm="app"')
                if 300 <= status < 400:
                    self.send_header("Location", "http://127.0.0.1:9/elsewhere")
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        serve = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)
        serve.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}?tenant=a%2Fb&city=M%C3%BCnchen"

    def paths(self) -> list[str]:
        return [path.split("?")[0] for path, _, _, _ in self.received]


@pytest.fixture
def app(proxy: FakeProxy) -> Iterator[App]:
    made = App(proxy.auth_token)
    yield made
    made.server.shutdown()
    made.server.server_close()


def _callbacks(app: App) -> dict[str, str]:
    return {
        "callback_url": app.url("/interaction"),
        "intercept_callback_url": app.url("/intercept"),
        "out_of_session_callback_url": app.url("/out-of-session"),
    }


def test_a_message_is_relayed_through_the_pool_with_signed_callbacks(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    world = World(client, **_callbacks(app))
    driver = world.add(DRIVER, proxy_identifier=POOL[1])
    sid = proxy.inbound_message(
        from_=RIDER, to=world.rider.proxy_identifier, body="Running late 😀"
    )
    assert app.paths() == ["/intercept", "/interaction"]  # in Proxy's order
    assert all(ours and twilios for _, _, ours, twilios in app.received)
    intercept = InterceptCallback.from_form(app.received[0][1])
    event = InteractionCallback.from_form(app.received[1][1])
    assert intercept.extra == {}
    assert event.extra == {}
    assert event.interaction_sid == intercept.interaction_sid == sid
    assert event.decode_interaction_data() == {"body": "Running late 😀"}
    assert (event.inbound_participant_sid, event.outbound_participant_sid) == (
        world.rider.sid,
        driver.sid,
    )
    [sent] = proxy.sent_messages
    assert (sent.from_, sent.to, sent.body) == (
        POOL[1],
        DRIVER,
        "Running late 😀",
    )  # from *their* number
    assert "Running" not in repr(sent)
    assert DRIVER not in repr(sent)
    assert isinstance(sent, SentMessage)
    assert sent.interaction_sid == sid
    interaction = client.interactions.fetch(
        service_sid=world.service.sid, session_sid=world.session.sid, sid=sid
    )
    assert (interaction.inbound_participant_sid, interaction.outbound_participant_sid) == (
        world.rider.sid,
        driver.sid,
    )
    assert interaction.decode_data() == {"body": "Running late 😀"}
    session = client.sessions.fetch(service_sid=world.service.sid, sid=world.session.sid)
    assert session.status == "in-progress"
    assert session.date_last_interaction is not None
    [kinds] = [[c.kind for c in proxy.callbacks]]
    assert kinds == ["intercept", "callback"]
    assert all(c.status == 200 for c in proxy.callbacks)


def test_an_intercept_answering_403_blocks_the_message(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    world = World(client, **_callbacks(app))
    world.add(DRIVER)
    app.answers["/intercept"] = (403, "text/plain", b"")
    sid = proxy.inbound_message(from_=RIDER, to=world.rider.proxy_identifier, body="hello")
    assert proxy.sent_messages == []
    assert app.paths() == ["/intercept"]
    blocked = client.interactions.fetch(
        service_sid=world.service.sid, session_sid=world.session.sid, sid=sid
    )
    assert blocked.outbound_participant_sid is None


def test_out_of_session_json_opens_a_session(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    world = World(client, **_callbacks(app))
    ks = world.service.sid
    client.sessions.update(service_sid=ks, sid=world.session.sid, status="closed")
    answer = out_of_session_answer(AGENT, unique_name="reopened", ttl=600, mode="message-only")
    app.answers["/out-of-session"] = (200, "application/json", answer.encode())
    sid = proxy.inbound_message(from_=RIDER, to=world.rider.proxy_identifier, body="Hello?")
    assert app.paths() == ["/out-of-session", "/intercept", "/interaction"]
    form = app.received[0][1]
    event = OutOfSessionCallback.from_form(form)
    assert event.extra == {}
    assert (event.from_, event.to, event.body) == (RIDER, world.rider.proxy_identifier, "Hello?")
    assert event.session_sid == world.session.sid
    assert event.session_status == "closed"
    assert event.inbound_participant_sid == world.rider.sid
    opened = client.sessions.fetch(service_sid=ks, sid="reopened")
    assert (opened.ttl, opened.mode, opened.status) == (600, "message-only", "in-progress")
    people = {
        p.identifier for p in client.participants.list(service_sid=ks, session_sid=opened.sid)
    }
    assert people == {RIDER, AGENT}
    [sent] = proxy.sent_messages
    assert (sent.to, sent.session_sid, sent.interaction_sid) == (AGENT, opened.sid, sid)


@pytest.mark.parametrize(
    "answer",
    [
        (200, "application/xml", b"<Response><Message>Closed</Message></Response>"),
        (200, "application/json", b'{"uniqueName": "x"}'),  # no participantIdentifier
        (200, "application/json", b"not json"),
        (500, "application/json", b"{}"),
        (200, "application/json", b'{"participantIdentifier": "+15005550006", "mode": "chat"}'),
        (200, "application/json", b'{"participantIdentifier": "+15005550006", "ttl": true}'),
        (200, "application/json", b'{"participantIdentifier": "+15005550006", "ttl": -1}'),
        (200, "application/json", b'{"participantIdentifier": "+15005550006", "uniqueName": 5}'),
        (200, "application/json", b'{"participantIdentifier": "+15005550006", "dateExpiry": "x"}'),
        (200, "application/json", b"[" * 100000 + b"]" * 100000),
    ],
)
def test_other_out_of_session_answers_open_nothing(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App, answer: tuple[int, str, bytes]
) -> None:
    world = World(client, **_callbacks(app))
    app.answers["/out-of-session"] = answer
    assert proxy.inbound_message(from_=DRIVER, to=POOL[0], body="Hello?") is None
    assert proxy.sent_messages == []
    assert len(list(client.sessions.list(service_sid=world.service.sid))) == 1


def test_a_message_sent_through_the_api_goes_to_the_participant(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    world = World(client, **_callbacks(app))
    made = client.message_interactions.create(
        service_sid=world.service.sid, session_sid=world.session.sid,
        participant_sid=world.rider.sid, body="Your driver is here",
    )  # fmt: skip
    assert made.participant_sid == world.rider.sid
    assert (made.inbound_participant_sid, made.outbound_participant_sid) == (None, world.rider.sid)
    [sent] = proxy.sent_messages
    assert (sent.from_, sent.to) == (world.rider.proxy_identifier, RIDER)
    assert app.paths() == ["/interaction"]
    assert InteractionCallback.from_form(app.received[0][1]).inbound_participant_sid is None


def test_a_failing_app_never_breaks_the_fake(proxy: FakeProxy, client: twilio_proxy.Client) -> None:
    closed = "http://127.0.0.1:9/callback"
    world = World(client, callback_url=closed, intercept_callback_url=closed)
    world.add(DRIVER)
    sid = proxy.inbound_message(from_=RIDER, to=world.rider.proxy_identifier, body="hi")
    assert sid is not None  # no answer in time: it goes on
    assert len(proxy.sent_messages) == 1
    assert [c.status for c in proxy.callbacks] == [None, None]
    with pytest.raises(ValueError, match="no proxy number"):
        proxy.inbound_message(from_=RIDER, to="+19999999999", body="hi")
    assert proxy.inbound_message(from_=AGENT, to=POOL[2], body="hi") is None  # no OOS URL


# --- the façade, the control API, the server and the plugin ---------------------------------------


def test_credentials_are_made_up_or_checked() -> None:
    proxy = FakeProxy()
    assert proxy.account_sid.startswith("AC")
    assert len(proxy.auth_token) >= 16
    assert proxy.auth_token not in repr(proxy)
    with pytest.raises(twilio_proxy.ConfigurationError, match="not running"):
        proxy.base_url
    with pytest.raises(twilio_proxy.ConfigurationError):
        FakeProxy(account_sid="AC1")
    with pytest.raises(twilio_proxy.ConfigurationError):
        FakeProxy(auth_token="short")
    given = FakeProxy("AC" + "1" * 32, "a-token-of-mine")
    assert (given.account_sid, given.auth_token) == ("AC" + "1" * 32, "a-token-of-mine")
    proxy.stop()  # never started: nothing to do


async def test_an_async_client_works_on_it(proxy: FakeProxy) -> None:
    async with proxy.async_client() as client:
        service = await client.services.create(unique_name="async")
        assert (await client.services.fetch(sid="async")).sid == service.sid


def test_reset_forgets_everything(proxy: FakeProxy, client: twilio_proxy.Client) -> None:
    World(client)
    proxy.reset()
    assert list(client.services.list()) == []
    assert proxy.sent_messages == []
    assert proxy.callbacks == []


def test_the_control_api(proxy: FakeProxy, client: twilio_proxy.Client) -> None:
    world = World(client)
    world.add(DRIVER)
    control = proxy.base_url + "/fake-proxy/"
    message = {"From": RIDER, "To": POOL[0], "Body": "hi"}
    # It shows bodies and numbers: the account's credentials, as the API.
    assert httpx2.post(control + "inbound-message", data=message).status_code == 401
    assert httpx2.get(control + "sent-messages", auth=("AC" + "0" * 32, "x")).status_code == 401
    assert proxy.sent_messages == []
    api = httpx2.Client(base_url=control, auth=(proxy.account_sid, proxy.auth_token))
    sent = api.post("inbound-message", data=message)
    assert sent.json()["interaction_sid"].startswith("KI")
    [delivered] = api.get("sent-messages").json()["sent_messages"]
    assert set(delivered) == {"from", "to", "body", "session_sid", "interaction_sid", "date_sent"}
    assert (delivered["from"], delivered["to"], delivered["body"]) == (POOL[0], DRIVER, "hi")
    assert api.post("advance", data={"Seconds": "60"}).status_code == 200
    for seconds in ("soon", "inf", "nan", "-1", "1e12"):
        assert api.post("advance", data={"Seconds": seconds}).status_code == 400
    assert api.post("inbound-message", data={"To": "+1"}).status_code == 400
    assert api.get("nothing").status_code == 404
    assert api.post("reset").status_code == 200
    assert list(client.services.list()) == []
    assert (proxy.sent_messages, proxy.callbacks) == ([], [])


def test_twilio_proxy_fake_serves_another_process(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "twilio_proxy", "fake", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(3))
        assert set(settings) == {"TWILIO_PROXY_BASE_URL", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"}
        with twilio_proxy.Client(
            settings["TWILIO_ACCOUNT_SID"],
            settings["TWILIO_AUTH_TOKEN"],
            base_url=settings["TWILIO_PROXY_BASE_URL"],
        ) as client:
            assert client.services.create(unique_name="elsewhere").unique_name == "elsewhere"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0


def test_a_taken_port_is_one_clean_line(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeProxy() as proxy:
        port = int(proxy.base_url.rsplit(":", 1)[1])
        assert _cli.main(["fake", "--port", str(port)]) == 2
    assert "cannot listen on 127.0.0.1" in capsys.readouterr().err


def test_the_pytest_plugin_gives_a_fresh_fake_per_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        pytest_plugins = ["twilio_proxy.testing"]

        def test_one(fake_proxy):
            with fake_proxy.client() as client:
                client.services.create(unique_name="only-here")

        def test_two(fake_proxy):
            with fake_proxy.client() as client:
                assert list(client.services.list()) == []
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


# --- every rule, refused with its code ------------------------------------------------------

RULES: list[tuple[str, Callable[[World], object], int, int]] = [
    ("unknown participant", lambda w: w.client.participants.fetch(
        service_sid=w.service.sid, session_sid=w.session.sid, sid="KP" + "0" * 32), 404, 20404),
    ("unknown number", lambda w: w.client.phone_numbers.fetch(
        service_sid=w.service.sid, sid="PN" + "0" * 32), 404, 20404),
    ("unknown interaction", lambda w: w.client.interactions.fetch(
        service_sid=w.service.sid, session_sid=w.session.sid, sid="KI" + "0" * 32), 404, 20404),
    ("another's message interaction", lambda w: w.client.message_interactions.fetch(
        service_sid=w.service.sid, session_sid=w.session.sid, participant_sid=w.add(DRIVER).sid,
        sid=w.sids("message_interactions")["sid"]), 404, 20404),
    ("a name another service has", lambda w: w.client.services.update(
        sid=w.client.services.create(unique_name="other").sid, unique_name="rides"), 400, 80602),
    ("a number that is no E.164", lambda w: w.client.phone_numbers.create(
        service_sid=w.service.sid, phone_number="5017122661"), 400, 80701),
    ("a participant given twice", lambda w: w.client.sessions.create(
        service_sid=w.service.sid, unique_name="twice",
        participants=[{"Identifier": DRIVER}, {"Identifier": DRIVER}]), 400, 80103),
    ("a participant without an identifier", lambda w: w.client.sessions.create(
        service_sid=w.service.sid, participants=[{"FriendlyName": "Alice"}]), 400, 80701),
    ("a participant's name that is no text", lambda w: w.client.sessions.create(
        service_sid=w.service.sid, participants=[{"Identifier": DRIVER, "FriendlyName": 5}]),
        400, 80701),
    ("a message in a closed session", lambda w: (
        w.client.sessions.update(service_sid=w.service.sid, sid=w.session.sid, status="closed"),
        w.client.message_interactions.create(service_sid=w.service.sid, session_sid=w.session.sid,
                                             participant_sid=w.rider.sid, body="hi"),
    ), 400, 80607),
]  # fmt: skip


@pytest.mark.parametrize(("case", "call", "status", "code"), RULES, ids=[r[0] for r in RULES])
def test_each_rule_answers_its_code(
    client: twilio_proxy.Client, case: str, call: Callable[[World], object], status: int, code: int
) -> None:
    world = World(client)
    assert refused(lambda: call(world)) == (status, code)
    # A refused session create leaves nothing behind (all of it, or nothing).
    assert [s.unique_name for s in client.sessions.list(service_sid=world.service.sid)] == [
        "ride-1"
    ]


@pytest.mark.parametrize(
    ("path", "form", "message"),
    [
        ("/PhoneNumbers", {}, "'PhoneNumber' is invalid"),
        ("/Sessions", {"Participants": '["x"]'}, "'Participants' is invalid. It is not a JSON"),
        ("/Sessions", {"DateExpiry": "tomorrow"}, "'DateExpiry' is invalid. It is not an ISO"),
        ("/Sessions/{session}", {"Ttl": "1.5"}, "'Ttl' is invalid. It is not a whole number"),
        (
            "/PhoneNumbers/PN" + "0" * 32,
            {"IsReserved": "yes"},
            "'IsReserved' is invalid. It is not",
        ),
        ("/Sessions/KC0/Participants", {"Identifier": "+1"}, "was not found"),
        (
            "/Sessions/{session}/Participants",
            {"Identifier": "+1", "ProxyIdentifierSid": "KS0"},
            "SID",
        ),
        # Only a fetch takes a unique name for a SID (the spec's x-unique-name).
        ("/Sessions/ride-1", {"Ttl": "5"}, "was not found"),
    ],
)
def test_form_values_are_read_as_twilio_reads_them(
    proxy: FakeProxy, client: twilio_proxy.Client, path: str, form: dict[str, str], message: str
) -> None:
    world = World(client)
    answer = httpx2.post(
        f"{proxy.base_url}/v1/Services/{world.service.sid}{path.format(session=world.session.sid)}",
        data=form,
        auth=(proxy.account_sid, proxy.auth_token),
    )
    assert answer.status_code in (400, 404)
    assert message in answer.json()["message"]


def test_a_number_is_read_as_a_number() -> None:
    from twilio_proxy._operation import NUMBER, Param
    from twilio_proxy.testing._server import _value

    assert _value(Param("weight", "Weight", "form", NUMBER), "1.5") == 1.5


def test_an_operation_without_a_rule_answers_501(
    proxy: FakeProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from twilio_proxy.testing import _server

    route = _server.Route("widgets", _server.routes()[0].operation)
    route.pattern, route.handler = re.compile("/v1/Widgets"), "widgets_list"
    monkeypatch.setattr(_server, "routes", lambda: (route,))
    answer = httpx2.get(proxy.base_url + "/v1/Widgets", auth=(proxy.account_sid, proxy.auth_token))
    assert (answer.status_code, answer.json()["code"]) == (501, 20501)


def test_more_of_the_rules(proxy: FakeProxy, client: twilio_proxy.Client, app: App) -> None:
    world = World(client, **_callbacks(app))
    ks = world.service.sid
    closed = client.sessions.create(service_sid=ks, status="closed")
    assert (closed.status, closed.closed_reason) == ("closed", "api")
    later = dt.datetime(2031, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    updated = client.sessions.update(service_sid=ks, sid=world.session.sid, date_expiry=later)
    assert updated.date_expiry == later
    number = client.phone_numbers.update(service_sid=ks, sid=world.numbers[0].sid)
    assert number.is_reserved is False
    assert next(iter(client.phone_numbers.list(service_sid=ks))).sid == world.numbers[0].sid
    # A participant alone: its message is recorded, and goes to no one (Proxy's 80614).
    alone = proxy.inbound_message(from_=RIDER, to=world.rider.proxy_identifier, body="anyone?")
    assert alone is not None
    assert proxy.sent_messages == []
    # An out-of-session answer Proxy would refuse (a proxy number not in the pool): dropped.
    answer = out_of_session_answer(AGENT, participant_proxy_identifier="+15017129999")
    app.answers["/out-of-session"] = (200, "application/json", answer.encode())
    assert proxy.inbound_message(from_=DRIVER, to=POOL[1], body="hello?") is None
    with pytest.raises(twilio_proxy.InvalidArgumentError):
        client.services.update(sid=ks, callback_url="ftp://example.com/cb")
    refused_url = httpx2.post(
        f"{proxy.base_url}/v1/Services/{ks}",
        data={"CallbackUrl": "ftp://example.com/cb"},
        auth=(proxy.account_sid, proxy.auth_token),
    )
    assert refused_url.json()["code"] == 80701


def test_a_callback_url_with_credentials_gets_them_as_basic_auth(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    url = app.url("/interaction").replace("http://", "http://hooks:s3cr%40t@")
    world = World(client, callback_url=url)
    basic = "Basic " + base64.b64encode(b"hooks:s3cr@t").decode()

    def send() -> None:
        client.message_interactions.create(
            service_sid=world.service.sid, session_sid=world.session.sid,
            participant_sid=world.rider.sid, body="hi",
        )  # fmt: skip

    send()  # an app that asks for nothing: the credentials are never sent
    app.requires = basic
    send()  # one that asks (401, WWW-Authenticate: Basic): sent again, with them
    assert app.authorizations == [None, None, basic]
    form = app.received[-1][1]
    signature = twilio.request_validator.RequestValidator(proxy.auth_token).compute_signature(
        url, form
    )
    assert app.signatures[-2:] == [signature, signature]  # over the URL as configured
    assert [c.status for c in proxy.callbacks] == [200, 200]
    assert "s3cr" not in repr(proxy.callbacks)


def test_a_redirect_is_the_answer_itself(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    world = World(client, **_callbacks(app))
    world.add(DRIVER)
    app.answers["/intercept"] = (302, "text/plain", b"")  # (with a Location: not followed)
    assert proxy.inbound_message(from_=RIDER, to=world.rider.proxy_identifier, body="hi")
    assert [c.status for c in proxy.callbacks] == [302, 200]
    assert len(proxy.sent_messages) == 1  # only a 403 blocks


def test_stopping_ends_kept_alive_connections(proxy: FakeProxy) -> None:
    with proxy.client(max_retries=0) as client:
        client.services.create(unique_name="kept")  # its connection stays in the pool
        assert proxy.start() is proxy  # started already: the same server
        proxy.stop()
        with pytest.raises(twilio_proxy.APIConnectionError):
            client.services.fetch(sid="kept")


def test_twilio_proxy_fake_ends_cleanly_on_sigterm(capsys: pytest.CaptureFixture[str]) -> None:
    previous = signal.getsignal(signal.SIGTERM)

    def terminate() -> None:  # once the command handles SIGTERM and serves
        while signal.getsignal(signal.SIGTERM) is previous:
            time.sleep(0.01)
        time.sleep(0.3)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=terminate, daemon=True).start()
    try:
        assert _cli.main(["fake"]) == 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("=")[0] for line in lines] == [
        "TWILIO_PROXY_BASE_URL",
        "TWILIO_ACCOUNT_SID",
        "TWILIO_AUTH_TOKEN",
    ]


def test_page_size_and_bodies_are_checked(proxy: FakeProxy, client: twilio_proxy.Client) -> None:
    world = World(client)
    auth = (proxy.account_sid, proxy.auth_token)
    answer = httpx2.get(proxy.base_url + "/v1/Services?PageSize=many", auth=auth)
    assert (answer.status_code, answer.json()["code"]) == (400, 80701)
    path = f"/v1/Services/{world.service.sid}/Sessions/{world.session.sid}/Participants"
    empty = httpx2.post(f"{proxy.base_url}{path}/{world.rider.sid}/MessageInteractions", auth=auth)
    assert (empty.status_code, empty.json()["code"]) == (400, 80701)
    first = world.sids("participants")["sid"]
    second = world.sids("message_interactions")["sid"]
    found = client.message_interactions.fetch(
        service_sid=world.service.sid, session_sid=world.session.sid,
        participant_sid=world.rider.sid, sid=second,
    )  # fmt: skip
    assert found.sid == second != first


def raw_request(proxy: FakeProxy, head: str) -> bytes:
    """Send *head* (a request line and headers, no body) and read the answer to its end."""
    import socket

    host, port = proxy.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(head.encode("latin-1") + b"\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


@pytest.mark.parametrize(
    ("length", "status"), [("abc", b"400"), ("-5", b"400"), ("\u00b2", b"400"), ("2000000", b"413")]
)
def test_a_body_it_cannot_read_ends_the_connection(
    proxy: FakeProxy, length: str, status: bytes
) -> None:
    answer = raw_request(proxy, f"POST /v1/Services HTTP/1.1\r\nContent-Length: {length}\r\n")
    assert answer.startswith(b"HTTP/1.0 " + status) or answer.startswith(b"HTTP/1.1 " + status)


def test_a_bug_of_the_fake_is_twilios_500_with_its_traceback(
    proxy: FakeProxy, client: twilio_proxy.Client, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from twilio_proxy.testing._state import ProxyState

    def broken(self: ProxyState) -> None:
        raise RuntimeError("a rule's bug")

    monkeypatch.setattr(ProxyState, "services_list", broken)
    with pytest.raises(twilio_proxy.ServerError) as caught, proxy.client(max_retries=0) as once:
        list(once.services.list())
    assert (caught.value.status_code, caught.value.code) == (500, 20500)
    assert "RuntimeError: a rule's bug" in capsys.readouterr().err
    assert client.services.create(unique_name="still-serving").sid.startswith("KS")


# --- what an app's mistakes, races and hostile input cannot break ------------------------------


def test_a_refused_session_update_changes_nothing(client: twilio_proxy.Client) -> None:
    world = World(client)
    ks, kc = world.service.sid, world.session.sid
    closing = lambda: client.sessions.update(service_sid=ks, sid=kc, status="closed", ttl=60)  # noqa: E731
    assert refused(closing) == (400, 80607)
    assert client.sessions.fetch(service_sid=ks, sid=kc).status == "open"


def test_a_reopened_session_counts_its_ttl_from_then(
    proxy: FakeProxy, client: twilio_proxy.Client
) -> None:
    world = World(client)
    ks = world.service.sid
    kc = client.sessions.create(service_sid=ks, ttl=60).sid
    proxy.advance(61)
    assert client.sessions.fetch(service_sid=ks, sid=kc).closed_reason == "expired"
    reopened = client.sessions.update(service_sid=ks, sid=kc, status="in-progress")
    assert (reopened.status, reopened.date_ended) == ("in-progress", None)
    proxy.advance(59)
    assert client.sessions.fetch(service_sid=ks, sid=kc).status == "in-progress"
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    expired = client.sessions.create(service_sid=ks, date_expiry=past)  # already past: closed
    assert (expired.status, expired.closed_reason) == ("closed", "expired")
    reopen = lambda: client.sessions.update(service_sid=ks, sid=expired.sid, status="in-progress")  # noqa: E731
    assert refused(reopen) == (400, 80701)


def test_dates_are_answered_in_utc(client: twilio_proxy.Client) -> None:
    world = World(client)
    noon_in_berlin = dt.datetime(2031, 1, 2, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    session = client.sessions.create(service_sid=world.service.sid, date_expiry=noon_in_berlin)
    assert session.date_expiry == noon_in_berlin  # the same instant
    raw = client.sessions.with_response.fetch(service_sid=world.service.sid, sid=session.sid)
    assert raw.parsed.date_expiry == dt.datetime(2031, 1, 2, 11, 0, tzinfo=dt.UTC)


def test_values_past_the_clocks_range_are_refused(
    proxy: FakeProxy, client: twilio_proxy.Client
) -> None:
    world = World(client)
    huge = lambda: client.sessions.create(service_sid=world.service.sid, ttl=300_000_000_000)  # noqa: E731
    assert refused(huge) == (400, 80701)
    for seconds in (3e11, float("inf"), float("nan"), -1, True):
        with pytest.raises(ValueError, match="seconds must be a number from 0"):
            proxy.advance(seconds)
    proxy.advance(30 * 365 * 86400)
    assert client.sessions.fetch(service_sid=world.service.sid, sid=world.session.sid).sid


def test_a_naive_date_expiry_in_an_answer_is_utc(
    proxy: FakeProxy, client: twilio_proxy.Client, app: App
) -> None:
    world = World(client, **_callbacks(app))
    answer = json.dumps({"participantIdentifier": AGENT, "dateExpiry": "2031-01-02T11:00:00"})
    app.answers["/out-of-session"] = (200, "application/json", answer.encode())
    assert proxy.inbound_message(from_=DRIVER, to=POOL[0], body="Hello?") is not None
    opened = [s for s in client.sessions.list(service_sid=world.service.sid) if s.date_expiry]
    assert [s.date_expiry for s in opened] == [dt.datetime(2031, 1, 2, 11, 0, tzinfo=dt.UTC)]
    proxy.advance(60)  # the clock still compares it


def test_an_app_answering_garbage_never_breaks_the_fake(
    proxy: FakeProxy, client: twilio_proxy.Client
) -> None:
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_garbage() -> None:
        for _ in range(2):
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(b"this is not HTTP\r\n\r\n")

    thread = threading.Thread(target=answer_garbage)
    thread.start()
    world = World(client, intercept_callback_url=f"http://127.0.0.1:{port}/i",
                  callback_url=f"http://127.0.0.1:{port}/c")  # fmt: skip
    world.add(DRIVER)
    assert proxy.inbound_message(from_=RIDER, to=POOL[0], body="hi") is not None
    thread.join()
    listener.close()
    assert [c.status for c in proxy.callbacks] == [None, None]
    assert len(proxy.sent_messages) == 1  # no answer from the intercept: the message goes on


@pytest.mark.parametrize("change", ["close", "delete"])
def test_an_intercept_that_closes_or_deletes_the_session_stops_the_message(
    proxy: FakeProxy, client: twilio_proxy.Client, change: str
) -> None:
    world = World(client)
    world.add(DRIVER)
    ks, kc = world.service.sid, world.session.sid
    app = ChangingApp(
        lambda: (
            client.sessions.update(service_sid=ks, sid=kc, status="closed")
            if change == "close"
            else client.sessions.delete(service_sid=ks, sid=kc)
        )
    )
    client.services.update(sid=ks, intercept_callback_url=app.url, callback_url=app.url)
    sid = proxy.inbound_message(from_=RIDER, to=POOL[0], body="hi")
    app.stop()
    assert proxy.sent_messages == []
    assert app.calls == 1  # the intercept only: no interaction callback
    if change == "close":  # recorded, not delivered
        assert sid is not None
        assert client.interactions.fetch(service_sid=ks, session_sid=kc, sid=sid).sid == sid
    else:
        assert sid is None


class ChangingApp:
    """An intercept handler that calls the API back (closing, deleting) and lets the message go."""

    def __init__(self, change: Callable[[], object], answer: bytes = b"") -> None:
        self.calls = 0
        app = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers["Content-Length"]))
                app.calls += 1
                change()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_services_name_cannot_be_cleared(client: twilio_proxy.Client) -> None:
    ks = client.services.create(unique_name="rides").sid
    assert refused(lambda: client.services.update(sid=ks, unique_name="")) == (400, 80701)
    assert client.services.fetch(sid="rides").sid == ks


def test_a_number_removed_and_added_again_is_still_the_same_number(
    client: twilio_proxy.Client,
) -> None:
    world = World(client)
    only = world.numbers[0]
    for number in world.numbers[1:]:
        client.phone_numbers.delete(service_sid=world.service.sid, sid=number.sid)
    client.phone_numbers.delete(service_sid=world.service.sid, sid=only.sid)
    client.phone_numbers.create(service_sid=world.service.sid, phone_number=only.phone_number)
    other = client.sessions.create(service_sid=world.service.sid)
    # The rider holds that number in its open session: it cannot get it in another.
    assert refused(lambda: world.add(RIDER, other.sid)) == (400, 80208)


def test_deeply_nested_participants_are_refused(
    proxy: FakeProxy, client: twilio_proxy.Client
) -> None:
    world = World(client)
    nested = "[" * 100000 + "]" * 100000
    answer = httpx2.post(
        f"{proxy.base_url}/v1/Services/{world.service.sid}/Sessions",
        data={"Participants": nested},
        auth=(proxy.account_sid, proxy.auth_token),
    )
    assert (answer.status_code, answer.json()["code"]) == (400, 80701)


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_twilio_proxy_fake_refuses_a_port_that_is_none(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        _cli.main(["fake", "--port", port])
    assert exited.value.code == 2
    assert "--port" in capsys.readouterr().err


def test_an_out_of_session_app_that_removes_the_number_opens_nothing(
    proxy: FakeProxy, client: twilio_proxy.Client
) -> None:
    world = World(client)
    number = world.numbers[1]
    answer = out_of_session_answer(AGENT).encode()
    app = ChangingApp(
        lambda: client.phone_numbers.delete(service_sid=world.service.sid, sid=number.sid), answer
    )
    client.services.update(sid=world.service.sid, out_of_session_callback_url=app.url)
    assert proxy.inbound_message(from_=DRIVER, to=number.phone_number, body="Hello?") is None
    app.stop()
    assert app.calls == 1
    assert len(list(client.sessions.list(service_sid=world.service.sid))) == 1


def test_the_clock_stops_before_dates_leave_their_range(proxy: FakeProxy) -> None:
    with pytest.raises(ValueError, match="the fake's clock cannot go further"):  # noqa: PT012
        for _ in range(100):  # 100 years at a time: the year 9999 comes first
            proxy.advance(100 * 365 * 86400)


def test_a_callback_url_of_another_scheme_is_no_answer() -> None:
    from twilio_proxy.testing import _callbacks
    from twilio_proxy.testing._state import Callback

    callback = Callback("callback", "ftp://127.0.0.1/hook", {"a": "b"})
    assert _callbacks.post(callback, auth_token="t" * 32, timeout=1) is None


def test_connection_errors_are_printed_unless_stopping(
    proxy: FakeProxy, capsys: pytest.CaptureFixture[str]
) -> None:
    server = proxy._server
    assert server is not None
    for stopping in (False, True):
        server.stopping = stopping
        try:
            raise ConnectionResetError("the client left")
        except ConnectionResetError:
            server.handle_error(None, ("127.0.0.1", 9))
    server.stopping = False
    assert capsys.readouterr().err.count("ConnectionResetError: the client left") == 1
