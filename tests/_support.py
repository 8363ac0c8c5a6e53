"""Shared test data and client factories over httpx.MockTransport (no sockets)."""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

import twilio_proxy

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "message_interaction.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
OPERATION_PATH = (
    "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}"
    "/MessageInteractions/{Sid}"
)
# The 200 example from the spec: what Twilio documents as a real answer.
EXAMPLE: dict[str, Any] = SPEC["paths"][OPERATION_PATH]["get"]["responses"]["200"]["content"][
    "application/json"
]["examples"]["outbound"]["value"]

SIDS = {
    "service_sid": "KS" + "0123456789abcdef" * 2,
    "session_sid": "KC" + "0123456789abcdef" * 2,
    "participant_sid": "KP" + "0123456789abcdef" * 2,
    "sid": "KI" + "0123456789abcdef" * 2,
}
EXPECTED_PATH = (
    f"/v1/Services/{SIDS['service_sid']}/Sessions/{SIDS['session_sid']}"
    f"/Participants/{SIDS['participant_sid']}/MessageInteractions/{SIDS['sid']}"
)
ACCOUNT_SID = "AC" + "f" * 32
# Recognisable secrets: tests assert these never show up where they must not.
AUTH_TOKEN = "tok3n5ecretVALUEdo-not-leak"
MESSAGE_BODY = "PRIVATE-MESSAGE-BODY-7f3a"
REQUEST_ID = "RQ" + "1" * 32
BASE_URL = "https://proxy.twilio.com"
# The Basic credential as it travels: it must never show up where a secret must not.
ENCODED_AUTH = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
# Every behaviour is tested through both clients.
MODES = ["sync", "async"]

Handler = Callable[[httpx.Request], httpx.Response]
AsyncHandler = Callable[[httpx.Request], Awaitable[httpx.Response]]


def ok_body(**changes: Any) -> dict[str, Any]:
    """The spec's example answer, with *changes* applied."""
    return {**EXAMPLE, **changes}


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    """An answer with a JSON body and a Twilio-Request-Id."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID, **headers},
    )


def make_client(handler: Handler, **kwargs: Any) -> twilio_proxy.Client:
    """A Client with test credentials whose requests go to *handler*."""
    kwargs.setdefault("account_sid", ACCOUNT_SID)
    kwargs.setdefault("auth_token", AUTH_TOKEN)
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return twilio_proxy.Client(http_client=http, **kwargs)


def make_async_client(handler: Handler | AsyncHandler, **kwargs: Any) -> twilio_proxy.AsyncClient:
    """An AsyncClient with test credentials whose requests go to *handler*."""
    kwargs.setdefault("account_sid", ACCOUNT_SID)
    kwargs.setdefault("auth_token", AUTH_TOKEN)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return twilio_proxy.AsyncClient(http_client=http, **kwargs)
