"""`make demo`: a whole Proxy story through the wrapper: the embedded Proxy, or reading Twilio.

Without Twilio settings it says why, starts the embedded Proxy
(``twilio_proxy.testing.FakeProxy``: Python only, state in memory) and a small
local app that receives Proxy's callbacks (checking each signature), then runs
a real Proxy flow through ``twilio_proxy.Client``: a service with two numbers,
a session, two participants, a message relayed between them (intercept and
interaction callbacks), the session closed, an out-of-session text opening a
new session with an agent, the deletes; then one refused argument, and a
service fetched by the command line (``twilio-proxy``) from the same Proxy.

With credentials (``TWILIO_ACCOUNT_SID`` + ``TWILIO_AUTH_TOKEN``, or
``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``) *and* ``TWILIO_PROXY_TEST_SIDS``
set to ``KS…,KC…,KP…,KI…`` it only reads, from the host the client really uses
(``TWILIO_PROXY_BASE_URL``, ``TWILIO_REGION`` and ``TWILIO_EDGE`` count, as they
do for the client): that service, session, participant and interaction, and
the session's latest interactions. It never creates, sends or deletes
anything on a real account.

`plan` makes that decision from the environment alone, without I/O.
"""

from __future__ import annotations

import dataclasses
import http.server
import os
import shlex
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from twilio_proxy import (
    Client,
    ConfigurationError,
    InvalidSidError,
    NotFoundError,
    TwilioProxyError,
)
from twilio_proxy._config import DEFAULT_HOST, resolve_base_url
from twilio_proxy.testing import FakeProxy
from twilio_proxy.webhooks import (
    InteractionCallback,
    InterceptCallback,
    OutOfSessionCallback,
    out_of_session_answer,
    validate_signature,
)

CLI = str(Path(sys.executable).with_name("twilio-proxy"))
CREDENTIAL_VARIABLES = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_API_KEY",
    "TWILIO_API_SECRET",
)
PAIRS = "TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET"
SIDS_HINT = "export TWILIO_PROXY_TEST_SIDS=KS…,KC…,KP…,KI… (an interaction your account can read)"
FAKE = "the embedded Twilio Proxy (twilio_proxy.testing: nothing leaves this machine)"
# The story's people and numbers (Twilio's test range: nothing here is anyone's).
RIDER, DRIVER, AGENT = "+15005550101", "+15005550102", "+15005550103"
POOL = ("+15005550201", "+15005550202")


@dataclasses.dataclass(frozen=True)
class Plan:
    """What the demo does: ``twilio`` (read ``sids``), ``fake`` (the embedded Proxy), or ``error``.

    ``message`` is what it says first: where it reads from, or why not from Twilio.
    """

    mode: Literal["twilio", "fake", "error"]
    message: str
    sids: tuple[str, ...] = ()


def plan(environ: Mapping[str, str]) -> Plan:
    """Decide from *environ* alone where the demo runs, and say why."""
    has_token = bool(environ.get("TWILIO_ACCOUNT_SID") and environ.get("TWILIO_AUTH_TOKEN"))
    has_key = bool(environ.get("TWILIO_API_KEY") and environ.get("TWILIO_API_SECRET"))
    raw_sids = environ.get("TWILIO_PROXY_TEST_SIDS", "").strip()

    if not (has_token or has_key):
        if any(environ.get(name) for name in CREDENTIAL_VARIABLES):
            why = f"The TWILIO_* credentials are incomplete (set {PAIRS})"
        else:
            why = "No TWILIO_* credentials"
        if raw_sids:
            why += ", so TWILIO_PROXY_TEST_SIDS is not used"
        return Plan("fake", f"{why}: using {FAKE}.")
    if not raw_sids:
        return Plan(
            "fake",
            "TWILIO_* credentials are set, but TWILIO_PROXY_TEST_SIDS is not, so there is no "
            f"interaction of yours to read: using {FAKE}, instead of Twilio. To read from "
            f"Twilio, {SIDS_HINT}.",
        )
    sids = tuple(sid.strip() for sid in raw_sids.split(","))
    if len(sids) != 4 or not all(sids):
        return Plan(
            "error",
            "TWILIO_PROXY_TEST_SIDS must be four SIDs, KS…,KC…,KP…,KI…, comma-separated; "
            f"it holds {len(sids)} item(s).",
        )
    try:
        # Exactly what a Client() without host arguments uses.
        host = resolve_base_url(region=None, edge=None, base_url=None, environ=environ)
    except ConfigurationError as exc:
        return Plan(
            "error",
            "The host settings in the environment (TWILIO_PROXY_BASE_URL, TWILIO_REGION, "
            f"TWILIO_EDGE) are invalid: {exc}.",
        )
    return Plan(
        "twilio", f"Reading from {_where(host, environ)} with your TWILIO_* credentials", sids
    )


def _where(host: str, environ: Mapping[str, str]) -> str:
    """The host, and which setting chose it when it is not Twilio's default."""
    if host == DEFAULT_HOST:
        return f"real Twilio ({host})"
    if environ.get("TWILIO_PROXY_BASE_URL"):
        return f"{host}, set by TWILIO_PROXY_BASE_URL (not Twilio's default {DEFAULT_HOST})"
    chosen = " and ".join(name for name in ("TWILIO_REGION", "TWILIO_EDGE") if environ.get(name))
    return f"Twilio at {host} (set by {chosen})"


def _step(title: str) -> None:
    print(f"\n>>> {title}", flush=True)


def _show(what: object, *fields: str) -> None:
    """One short line of a result: its SID and the fields that matter (no 700-character repr)."""
    shown = " ".join(f"{name}={getattr(what, name)!s}" for name in fields)
    print(f"    {type(what).__name__} {getattr(what, 'sid', '')} {shown}".rstrip(), flush=True)


def _twilio(sids: tuple[str, ...]) -> int:
    # Reads only: a create would send a real message, a delete lose real data.
    service_sid, session_sid, participant_sid, sid = sids
    try:
        with Client() as client:
            _step("client.services.fetch(sid=KS…)")
            _show(client.services.fetch(sid=service_sid), "unique_name", "default_ttl")
            _step("client.sessions.fetch(service_sid=KS…, sid=KC…)")
            session = client.sessions.fetch(service_sid=service_sid, sid=session_sid)
            _show(session, "status", "date_last_interaction")
            _step("client.participants.fetch(..., sid=KP…)")
            participant = client.participants.fetch(
                service_sid=service_sid, session_sid=session_sid, sid=participant_sid
            )
            _show(participant, "proxy_identifier")
            _step("client.message_interactions.fetch(..., sid=KI…)")
            message = client.message_interactions.fetch(
                service_sid=service_sid,
                session_sid=session_sid,
                participant_sid=participant_sid,
                sid=sid,
            )
            _show(message, "type", "outbound_resource_status", "date_created")
            _step("client.interactions.list(..., limit=3)")
            for interaction in client.interactions.list(
                service_sid=service_sid, session_sid=session_sid, limit=3
            ):
                _show(interaction, "type", "date_created")
    except TwilioProxyError as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\nEverything here was read; nothing was created, sent or deleted.")
    return 0


class CallbackApp:
    """A small app receiving Proxy's callbacks, as an app would (stdlib only).

    Each callback's signature is checked against the URL configured on the
    Service; the intercept lets every message through (answering 403 would
    block it), and an out-of-session text gets a JSON answer that makes Proxy
    open a session with the agent.
    """

    def __init__(self, auth_token: str) -> None:
        self.auth_token = auth_token
        app = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                signature = self.headers.get("X-Twilio-Signature")
                status, answer = app.receive(self.path, body, signature)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_port}"

    def url(self, path: str) -> str:
        """The URL to configure on the Service: what Twilio calls, and signs."""
        return self.base + path

    def receive(self, path: str, body: bytes, signature: str | None) -> tuple[int, bytes]:
        """The status and body the app answers a callback with."""
        form = dict(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        signed = validate_signature(self.url(path), form, signature, auth_token=self.auth_token)
        if not signed:
            print(f"    app: {path}: bad signature, 403", flush=True)
            return 403, b""
        if path == "/proxy/intercept":
            event = InterceptCallback.from_form(form)
            print(f"    app: intercept {event.interaction_sid}: signature ok, let through (200)")
            return 200, b""
        if path == "/proxy/interaction":
            interaction = InteractionCallback.from_form(form)
            print(
                f"    app: interaction {interaction.interaction_sid}: signature ok, "
                f"outbound {interaction.outbound_resource_status}"
            )
            return 200, b""
        oos = OutOfSessionCallback.from_form(form)
        print(f"    app: out of session (last session {oos.session_sid}): signature ok, "
              "answering JSON to open a session with the agent")  # fmt: skip
        answer = out_of_session_answer(AGENT, unique_name="ride-4711-follow-up", ttl=600)
        return 200, answer.encode()

    @contextmanager
    def running(self) -> Iterator[CallbackApp]:
        """Serve in a thread until the block ends."""
        thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


def _story(proxy: FakeProxy, app: CallbackApp) -> None:
    """The Proxy flow of the README, on the embedded Proxy."""
    with proxy.client() as client:
        _step('client.services.create(unique_name="rides", callback URLs of the app)')
        service = client.services.create(
            unique_name="rides",
            default_ttl=3600,
            callback_url=app.url("/proxy/interaction"),
            intercept_callback_url=app.url("/proxy/intercept"),
            out_of_session_callback_url=app.url("/proxy/out-of-session"),
        )
        _show(service, "unique_name", "default_ttl")
        ks = service.sid
        _step("client.phone_numbers.create(service_sid=ks, phone_number=...)  # two for the pool")
        for number in POOL:
            _show(client.phone_numbers.create(service_sid=ks, phone_number=number), "phone_number")
        _step('client.sessions.create(service_sid=ks, unique_name="ride-4711")')
        session = client.sessions.create(service_sid=ks, unique_name="ride-4711")
        _show(session, "status", "ttl")
        kc = session.sid
        _step("client.participants.create(..., identifier=rider) and (..., identifier=driver)")
        rider = client.participants.create(
            service_sid=ks, session_sid=kc, identifier=RIDER, friendly_name="Rider"
        )
        driver = client.participants.create(
            service_sid=ks, session_sid=kc, identifier=DRIVER, friendly_name="Driver",
            proxy_identifier=POOL[1],  # its own proxy number, from the pool
        )  # fmt: skip
        _show(rider, "friendly_name", "proxy_identifier")
        _show(driver, "friendly_name", "proxy_identifier")
        _step("The rider texts its proxy number: Proxy relays it to the driver")
        proxy.inbound_message(from_=RIDER, to=rider.proxy_identifier or "", body="At the door")
        for sent in proxy.sent_messages:
            print(f"    delivered from {sent.from_} to the driver: {sent.body!r}")
        _step("client.interactions.list(service_sid=ks, session_sid=kc)")
        for interaction in client.interactions.list(service_sid=ks, session_sid=kc):
            _show(interaction, "type", "outbound_resource_status", "date_created")
        _step('client.sessions.update(service_sid=ks, sid=kc, status="closed")')
        _show(client.sessions.update(service_sid=ks, sid=kc, status="closed"), "status")
        _step("The rider texts again: out of session, the app opens a new one with an agent")
        proxy.inbound_message(from_=RIDER, to=rider.proxy_identifier or "", body="Forgot my bag")
        later = client.sessions.fetch(service_sid=ks, sid="ride-4711-follow-up")
        _show(later, "unique_name", "status")
        print(f"    delivered from {proxy.sent_messages[-1].from_} to the agent")
        _step("client.sessions.delete(...) twice, client.services.delete(sid=ks)")
        for made in (kc, later.sid):
            client.sessions.delete(service_sid=ks, sid=made)
        client.services.delete(sid=ks)
        try:
            client.services.fetch(sid=ks)
        except NotFoundError as exc:
            print(f"    deleted: {exc.status_code} (Twilio error {exc.code})")
        _step('client.sessions.fetch(service_sid="KS123", sid=kc)  # a malformed SID')
        try:
            client.sessions.fetch(service_sid="KS123", sid=kc)
        except InvalidSidError as exc:
            print(f"    refused before any request: {exc}")


def _fake(environ: Mapping[str, str]) -> int:
    with FakeProxy() as proxy, CallbackApp(proxy.auth_token).running() as app:
        print(f"The embedded Twilio Proxy is serving at {proxy.base_url}; the app at {app.base}")
        try:
            _story(proxy, app)
        except TwilioProxyError as exc:
            print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        # Only the fake's credentials: a real API key left in the environment would
        # otherwise win over them (and be sent to the fake).
        env = {name: value for name, value in environ.items() if not name.startswith("TWILIO_")}
        env.update(
            TWILIO_ACCOUNT_SID=proxy.account_sid,
            TWILIO_AUTH_TOKEN=proxy.auth_token,
            TWILIO_PROXY_BASE_URL=proxy.base_url,
        )
        with proxy.client() as client:
            ks = client.services.create(unique_name="cli").sid
        args = ["services", "fetch", ks]
        print(
            f"\n$ twilio-proxy {shlex.join(args)}    # the command line, on the same Proxy",
            flush=True,
        )
        done = subprocess.run([CLI, *args], env=env, check=False)
        print(f"(exit code {done.returncode})")
    print("\nThe embedded Proxy stopped.")
    return done.returncode


def main(environ: Mapping[str, str] | None = None) -> int:
    """Run the demo against Twilio when fully configured, else on the embedded Proxy."""
    env = os.environ if environ is None else environ
    chosen = plan(env)
    if chosen.mode == "error":
        print(chosen.message, file=sys.stderr)
        return 2
    print(chosen.message, flush=True)
    if chosen.mode == "twilio":
        return _twilio(chosen.sids)
    return _fake(env)


if __name__ == "__main__":
    sys.exit(main())
