"""Shared test data, and ``Api``: one client over one of the three HTTP paths, driven sync.

The three paths are the ones an app can get: ``Client`` (httpx2), ``AsyncClient``
with its default aiohttp transport, and ``AsyncClient`` over the app's own
``httpx2.AsyncClient``. ``Api.call("fetch_message_interaction", ...)`` runs the
method on whichever client it holds (async ones in the Api's own event loop),
so one test body covers all three.
"""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path
from typing import Any

import httpx2
import yaml

import twilio_proxy

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "message_interaction.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
FETCH_PATH = (
    "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}"
    "/MessageInteractions/{Sid}"
)


def operation(path: str, method: str) -> dict[str, Any]:
    """The spec's operation object."""
    found: dict[str, Any] = SPEC["paths"][path][method]
    return found


def example(path: str, method: str, status: str = "200") -> Any:
    """The first example answer the spec gives for an operation and status."""
    content = operation(path, method)["responses"][status]["content"]["application/json"]
    if "example" in content:
        return content["example"]
    return next(iter(content["examples"].values()))["value"]


# The 200 example from the spec: what Twilio documents as a real answer.
EXAMPLE: dict[str, Any] = example(FETCH_PATH, "get")
SIDS = {
    "service_sid": EXAMPLE["service_sid"],
    "session_sid": EXAMPLE["session_sid"],
    "participant_sid": EXAMPLE["participant_sid"],
    "sid": EXAMPLE["sid"],
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
# The Basic credential as it travels: it must never show up where a secret must not.
ENCODED_AUTH = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
PATHS = ["sync", "async-aiohttp", "async-httpx2"]


def ok_body(**changes: Any) -> dict[str, Any]:
    """The spec's example answer, with *changes* applied."""
    return {**EXAMPLE, **changes}


class Api:
    """One twilio_proxy client over *path*, with test credentials; methods called synchronously."""

    def __init__(self, path: str, base_url: str, **kwargs: Any) -> None:
        self.path = path
        kwargs.setdefault("account_sid", ACCOUNT_SID)
        kwargs.setdefault("auth_token", AUTH_TOKEN)
        kwargs.setdefault("base_url", base_url)
        self._runner: asyncio.Runner | None = None
        self.client: twilio_proxy.Client | twilio_proxy.AsyncClient
        if path == "sync":
            self.client = twilio_proxy.Client(**kwargs)
            return
        self._runner = asyncio.Runner()
        if path == "async-httpx2":
            kwargs.setdefault("http_client", httpx2.AsyncClient())
        self.client = twilio_proxy.AsyncClient(**kwargs)

    @property
    def is_async(self) -> bool:
        return self._runner is not None

    def call(self, method: str, **kwargs: Any) -> Any:
        """Run ``client.<method>(**kwargs)``, awaiting it on the async paths."""
        result = getattr(self.client, method)(**kwargs)
        if self._runner is None:
            return result
        return self._runner.run(result)

    def fetch(self, **changes: Any) -> Any:
        """fetch_message_interaction of the example's SIDs, with *changes* to the arguments."""
        return self.call("fetch_message_interaction", **{**SIDS, **changes})

    def run(self, coroutine: Any) -> Any:
        """Run any coroutine in this Api's event loop (async paths only)."""
        assert self._runner is not None
        return self._runner.run(coroutine)

    def close(self) -> None:
        if isinstance(self.client, twilio_proxy.Client):
            self.client.close()
            return
        assert self._runner is not None
        client = self.client
        self._runner.run(client.aclose())
        if self.path == "async-httpx2":
            http = client._sender._client  # the app's client: the app (this test) closes it
            self._runner.run(http.aclose())
        self._runner.close()
