"""`make demo`: a whole Proxy flow through the wrapper, against a mock or (reading only) Twilio.

Without Twilio settings it says why, starts Prism (the spec-driven mock
server) on 127.0.0.1 and runs a real Proxy flow through ``twilio_proxy.Client``:
create a service, add a phone number, open a session, add two participants,
send a message, list the session's interactions, close the session, delete
it; then one refused argument and the same fetch from the command line.

With credentials (``TWILIO_ACCOUNT_SID`` + ``TWILIO_AUTH_TOKEN``, or
``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``) *and* ``TWILIO_PROXY_TEST_SIDS``
set to ``KS…,KC…,KP…,KI…`` it only reads, from the host the client really uses
(``TWILIO_PROXY_BASE_URL``, ``TWILIO_REGION`` and ``TWILIO_EDGE`` count, as they
do for the client): that service, session, participant and interaction, and
the participant's latest interactions. It never creates, sends or deletes
anything on a real account.

`plan` makes that decision from the environment alone, without I/O.
"""

from __future__ import annotations

import dataclasses
import os
import shlex
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from prism import running_prism
from twilio_proxy import (
    Client,
    ConfigurationError,
    InvalidArgumentError,
    TwilioProxyError,
)
from twilio_proxy._config import DEFAULT_HOST, resolve_base_url

# Placeholders, not credentials: Prism checks that basic auth is present, not its value.
MOCK_ACCOUNT_SID = "AC" + "0" * 32
MOCK_AUTH_TOKEN = "mock-auth-token"  # noqa: S105
# The SIDs of the example answer in openapi/proxy_v1.yaml.
MOCK_SIDS = ["KS" + "a" * 32, "KC" + "a" * 32, "KP" + "a" * 32, "KI" + "a" * 32]
CLI = str(Path(sys.executable).with_name("twilio-proxy"))

CREDENTIAL_VARIABLES = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_API_KEY",
    "TWILIO_API_SECRET",
)
PAIRS = "TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET"
SIDS_HINT = "export TWILIO_PROXY_TEST_SIDS=KS…,KC…,KP…,KI… (an interaction your account can read)"
MOCK = "Prism, the mock server built from our spec"


@dataclasses.dataclass(frozen=True)
class Plan:
    """What the demo does: ``twilio`` (fetch ``sids``), ``mock`` (Prism), or ``error``.

    ``message`` is what it says first: where it fetches from, or why not from Twilio.
    """

    mode: Literal["twilio", "mock", "error"]
    message: str
    sids: tuple[str, ...] = ()


def plan(environ: Mapping[str, str]) -> Plan:
    """Decide from *environ* alone where the demo fetches from, and say why."""
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
        return Plan("mock", f"{why}: using {MOCK}.")
    if not raw_sids:
        return Plan(
            "mock",
            "TWILIO_* credentials are set, but TWILIO_PROXY_TEST_SIDS is not, so there is no "
            f"interaction of yours to fetch: using {MOCK}, instead of Twilio. To fetch from "
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
        "twilio", f"Fetching from {_where(host, environ)} with your TWILIO_* credentials", sids
    )


def _where(host: str, environ: Mapping[str, str]) -> str:
    """The host, and which setting chose it when it is not Twilio's default."""
    if host == DEFAULT_HOST:
        return f"real Twilio ({host})"
    if environ.get("TWILIO_PROXY_BASE_URL"):
        return f"{host}, set by TWILIO_PROXY_BASE_URL (not Twilio's default {DEFAULT_HOST})"
    chosen = " and ".join(name for name in ("TWILIO_REGION", "TWILIO_EDGE") if environ.get(name))
    return f"Twilio at {host} (set by {chosen})"


def _run(title: str, args: list[str], env: dict[str, str]) -> int:
    print(f"\n$ twilio-proxy {shlex.join(args)}    # {title}", flush=True)
    done = subprocess.run([CLI, *args], env=env, check=False)
    print(f"(exit code {done.returncode})", flush=True)
    return done.returncode


def _step(title: str) -> None:
    print(f"\n>>> {title}", flush=True)


def _twilio(sids: tuple[str, ...], environ: Mapping[str, str]) -> int:
    # Reads only: a create would send a real message, a delete lose real data.
    service_sid, session_sid, participant_sid, sid = sids
    try:
        with Client() as client:
            _step("client.services.fetch(sid=KS…)")
            print(client.services.fetch(sid=service_sid))
            _step("client.sessions.fetch(service_sid=KS…, sid=KC…)")
            print(client.sessions.fetch(service_sid=service_sid, sid=session_sid))
            _step("client.participants.fetch(..., sid=KP…)")
            print(
                client.participants.fetch(
                    service_sid=service_sid, session_sid=session_sid, sid=participant_sid
                )
            )
            _step("client.message_interactions.fetch(..., sid=KI…)")
            print(
                client.message_interactions.fetch(
                    service_sid=service_sid,
                    session_sid=session_sid,
                    participant_sid=participant_sid,
                    sid=sid,
                )
            )
            _step("client.interactions.list(..., limit=3)")
            for interaction in client.interactions.list(
                service_sid=service_sid, session_sid=session_sid, limit=3
            ):
                print(interaction)
    except TwilioProxyError as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\nEverything here was read; nothing was created, sent or deleted.")
    return 0


def _flow(url: str) -> None:
    """The Proxy flow of the README, against the mock at *url*."""
    with Client(MOCK_ACCOUNT_SID, MOCK_AUTH_TOKEN, base_url=url) as client:
        _step('client.services.create(unique_name="my-service", default_ttl=3600)')
        service = client.services.create(unique_name="my-service", default_ttl=3600)
        print(service)
        _step('client.phone_numbers.create(service_sid=service.sid, phone_number="+1…")')
        assert service.sid is not None
        number = client.phone_numbers.create(service_sid=service.sid, phone_number="+15005550006")
        print(number)
        _step('client.sessions.create(service_sid=service.sid, unique_name="order-1234", ttl=3600)')
        session = client.sessions.create(
            service_sid=service.sid, unique_name="order-1234", ttl=3600
        )
        print(session)
        assert session.sid is not None
        ks, kc = service.sid, session.sid
        _step("client.participants.create(service_sid=ks, session_sid=kc, identifier=...)  # twice")
        alice = client.participants.create(
            service_sid=ks, session_sid=kc, identifier="+15558675310", friendly_name="Alice"
        )
        bob = client.participants.create(
            service_sid=ks, session_sid=kc, identifier="+15558675311", friendly_name="Bob"
        )
        print(alice, bob, sep="\n")
        assert alice.sid is not None
        _step("client.message_interactions.create(..., participant_sid=alice.sid, body=...)")
        sent = client.message_interactions.create(
            service_sid=ks, session_sid=kc, participant_sid=alice.sid, body="Your driver is here"
        )
        print(sent)
        _step("client.interactions.list(service_sid=ks, session_sid=kc, limit=10)")
        for interaction in client.interactions.list(service_sid=ks, session_sid=kc, limit=10):
            print(interaction)
        _step('client.sessions.update(service_sid=service.sid, sid=session.sid, status="closed")')
        print(client.sessions.update(service_sid=service.sid, sid=session.sid, status="closed"))
        _step("client.sessions.delete(service_sid=service.sid, sid=session.sid)")
        client.sessions.delete(service_sid=service.sid, sid=session.sid)
        print("deleted")
        _step('client.sessions.fetch(service_sid=service.sid, sid="../../Accounts")')
        try:
            client.sessions.fetch(service_sid=service.sid, sid="../../Accounts")
        except TwilioProxyError as exc:
            # A unique name is one percent-encoded path segment; the mock answers
            # its example session, which is not the one asked for.
            print(f"{type(exc).__name__}: {exc}")
        _step("client.participants.create(service_sid=ks, session_sid=kc)  # without identifier=")
        try:
            client.participants.create(service_sid=ks, session_sid=kc)
        except InvalidArgumentError as exc:
            print(f"refused before any request: {exc}")


def _mock(environ: Mapping[str, str]) -> int:
    with running_prism(log_level="warn") as url:
        print(f"Prism is serving openapi/proxy_v1.yaml at {url}", flush=True)
        try:
            _flow(url)
        except TwilioProxyError as exc:
            print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        # Only the placeholders: a real API key left in the environment would
        # otherwise win over them (and be sent to the mock).
        env = {name: value for name, value in environ.items() if not name.startswith("TWILIO_")}
        env.update(
            TWILIO_ACCOUNT_SID=MOCK_ACCOUNT_SID,
            TWILIO_AUTH_TOKEN=MOCK_AUTH_TOKEN,
            TWILIO_PROXY_BASE_URL=url,
        )
        fetched = _run("the same from the command line", ["services", "fetch", MOCK_SIDS[0]], env)
        bad = [*MOCK_SIDS[:3], "KI../../Accounts"]
        refused = _run("a malformed SID: refused before any request", ["fetch", *bad], env)
    print("\nPrism stopped.")
    # The demo passes when the calls worked and the bad SID got the bad-input exit code.
    return 0 if (fetched, refused) == (0, 2) else 1


def main(environ: Mapping[str, str] | None = None) -> int:
    """Run the demo against Twilio when fully configured, else against Prism."""
    env = os.environ if environ is None else environ
    chosen = plan(env)
    if chosen.mode == "error":
        print(chosen.message, file=sys.stderr)
        return 2
    print(chosen.message, flush=True)
    if chosen.mode == "twilio":
        return _twilio(chosen.sids, env)
    return _mock(env)


if __name__ == "__main__":
    sys.exit(main())
