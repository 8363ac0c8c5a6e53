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
import datetime as dt
import importlib
from pathlib import Path
from typing import Any

import httpx2
import yaml

import twilio_proxy
from twilio_proxy.runtime import BOOL, DATETIME, INT, JSON_TEXT, PATH, Operation
from twilio_proxy_api import RESOURCES

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "proxy_v1.yaml"
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
PARENT = {k: SIDS[k] for k in ("service_sid", "session_sid", "participant_sid")}
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

    def result(self, value: Any) -> Any:
        """*value* itself on the sync path; awaited in this Api's event loop on the async ones."""
        if self._runner is None:
            return value
        return self._runner.run(value)

    def walk(self, iterable: Any) -> list[Any]:
        """Every item of a list call's (async) generator."""
        if self._runner is None:
            return list(iterable)

        async def collect() -> list[Any]:
            return [item async for item in iterable]

        return self._runner.run(collect())

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
            http = client._runner._sender._client  # the app's client: the app (this test) closes it
            self._runner.run(http.aclose())
        self._runner.close()


# --- every operation of the spec, with valid arguments ---------------------------------


OPERATIONS: list[tuple[str, str, Operation[Any]]] = [
    (resource, verb, getattr(importlib.import_module(f"twilio_proxy_api.{info.module}"), name))
    for resource, info in RESOURCES.items()
    for verb, name in info.verbs.items()
]


def spec_operation(name: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for method, operation in item.items():
            if not method.startswith("x-") and operation["operationId"] == name:
                found: dict[str, Any] = operation
                return found
    raise LookupError(name)


def _value(kind: str, value: Any) -> Any:
    if kind == DATETIME:
        return dt.datetime.fromisoformat(value)
    if kind == BOOL:
        return value if isinstance(value, bool) else value == "true"
    if kind == INT:
        return int(value)
    return value


def arguments(operation: Operation[Any]) -> dict[str, Any]:
    """Valid arguments: the example SIDs, and the spec's request example for the form."""
    example: dict[str, Any] = {}
    body = spec_operation(operation.name).get("requestBody")
    if body is not None:
        form = body["content"]["application/x-www-form-urlencoded"]
        example = next(iter(form["examples"].values()))["value"]
    found: dict[str, Any] = {}
    for param in operation.params:
        if param.where == PATH:
            assert param.pattern is not None
            found[param.name] = param.pattern.pattern[:2] + "a" * 32
        elif param.wire in example:
            found[param.name] = _value(param.kind, example[param.wire])
        elif param.kind == JSON_TEXT:
            found[param.name] = [{"Identifier": "+15558675310"}, {"Identifier": "+15558675311"}]
    return found
