"""`make demo`: fetch a Message Interaction through the twilio-proxy command line.

With credentials (``TWILIO_ACCOUNT_SID`` + ``TWILIO_AUTH_TOKEN``, or
``TWILIO_API_KEY`` + ``TWILIO_API_SECRET``) *and* ``TWILIO_PROXY_TEST_SIDS``
set to ``KS…,KC…,KP…,KI…`` it fetches that interaction from Twilio, from the
host the client really uses (``TWILIO_PROXY_BASE_URL``, ``TWILIO_REGION`` and
``TWILIO_EDGE`` count, as they do for the client). Otherwise it says why, starts
Prism (the spec-driven mock server) on 127.0.0.1, fetches the spec's example
interaction through the wrapper, shows one friendly error, and stops Prism.

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
from twilio_proxy import ConfigurationError
from twilio_proxy._config import DEFAULT_HOST, resolve_base_url

# Placeholders, not credentials: Prism checks that basic auth is present, not its value.
MOCK_ACCOUNT_SID = "AC" + "0" * 32
MOCK_AUTH_TOKEN = "mock-auth-token"  # noqa: S105
# The SIDs of the example answer in openapi/message_interaction.yaml.
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


def _twilio(sids: tuple[str, ...], environ: Mapping[str, str]) -> int:
    # Create is not run against real Twilio: it would send a real message.
    fetched = _run("your interaction", ["fetch", *sids], dict(environ))
    listed = _run(
        "its participant's latest interactions", ["list", *sids[:3], "--limit", "3"], dict(environ)
    )
    return fetched or listed


def _mock(environ: Mapping[str, str]) -> int:
    with running_prism(log_level="warn") as url:
        # Only the placeholders: a real API key left in the environment would
        # otherwise win over them (and be sent to the mock).
        env = {name: value for name, value in environ.items() if not name.startswith("TWILIO_")}
        env.update(
            TWILIO_ACCOUNT_SID=MOCK_ACCOUNT_SID,
            TWILIO_AUTH_TOKEN=MOCK_AUTH_TOKEN,
            TWILIO_PROXY_BASE_URL=url,
        )
        print(f"Prism is serving openapi/message_interaction.yaml at {url}", flush=True)
        fetched = _run("the spec's example, through the wrapper", ["fetch", *MOCK_SIDS], env)
        parent = MOCK_SIDS[:3]
        # Prism's first page points at a second one on proxy.twilio.com, not Prism's
        # host: --limit 1 stops before it (without it, the client refuses to follow).
        listed = _run("one page of the list", ["list", *parent, "--limit", "1"], env)
        created = _run(
            "send a message (create: never retried once sent)",
            ["create", *parent, "--body", "Hello from twilio-proxy"],
            env,
        )
        bad = [*parent, "KI../../Accounts"]
        refused = _run("a malformed SID: refused before any request", ["fetch", *bad], env)
    print("\nPrism stopped.")
    # The demo passes when the calls worked and the bad SID got the bad-input exit code.
    return 0 if (fetched, listed, created, refused) == (0, 0, 0, 2) else 1


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
