"""The design's promise: a spec change reaches the wrapper through `make generate` alone.

The spec is copied to a temporary folder and given a new string field, a new
integer field and a new status value on Message Interactions, a new field on a
callback, and a whole new resource (Widgets: fetch, list, create with a
required and an optional form field, delete, its own SID pattern);
openapi/generate.py writes a package from it into another temporary folder; a
subprocess that imports that package (and the unchanged wrapper/) calls all of
it through Client, AsyncClient, the CLI and twilio_proxy.webhooks against a
local server. mypy then shows an app sees the new types. Nothing in wrapper/
is edited.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from _support import ROOT, SPEC

GENERATE = ROOT / "openapi" / "generate.py"
KS = "KS" + "a" * 32
WG = "WG" + "b" * 32

APP = textwrap.dedent(
    """
    import asyncio, contextlib, io, json, sys, threading, http.server
    import twilio_proxy
    from twilio_proxy import _cli

    answers = json.loads(sys.argv[1])
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self):
            length = int(self.headers.get("Content-Length") or 0)
            seen.append([self.command, self.path, self.rfile.read(length).decode()])
            status, body = answers[self.command + " " + self.path.split("?")[0]]
            raw = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = do_DELETE = answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    settings = dict(account_sid="AC" + "0" * 32, auth_token="0123456789abcdef" * 2, base_url=url)
    ks, wg = "KS" + "a" * 32, "WG" + "b" * 32
    out = {}

    def refused(call):
        before = len(seen)
        try:
            call()
        except twilio_proxy.TwilioProxyError as exc:
            return [type(exc).__name__, str(exc), len(seen) - before]
        return None

    with twilio_proxy.Client(**settings) as client:
        sids = {"service_sid": ks, "session_sid": "KC" + "a" * 32,
                "participant_sid": "KP" + "a" * 32, "sid": "KI" + "a" * 32}
        mi = client.message_interactions.fetch(**sids)
        out["mi"] = [type(mi.channel).__name__, mi.channel, type(mi.retries).__name__,
                     mi.retries, type(mi.outbound_resource_status).__name__,
                     dict(mi.extra), "channel='whatsapp'" in repr(mi)]
        made = client.widgets.create(service_sid=ks, name="blue", size=3)
        out["create"] = [type(made).__name__, made.sid, made.size]
        out["fetch"] = client.widgets.fetch(service_sid=ks, sid=wg).name
        out["list"] = [w.sid for w in client.widgets.list(service_sid=ks)]
        out["delete"] = client.widgets.delete(service_sid=ks, sid=wg)
        out["raw"] = client.widgets.with_response.fetch(service_sid=ks, sid=wg).status_code
        out["bad_sid"] = refused(lambda: client.widgets.fetch(service_sid=ks, sid="KI" + "b" * 32))
        out["missing"] = refused(lambda: client.widgets.create(service_sid=ks, size=1))

    async def main():
        async with twilio_proxy.AsyncClient(**settings) as client:
            made = await client.widgets.create(service_sid=ks, name="blue")
            listed = [w.sid async for w in client.widgets.list(service_sid=ks)]
            gone = await client.widgets.delete(service_sid=ks, sid=wg)
            try:
                await client.widgets.fetch(service_sid=ks, sid="wg")
            except twilio_proxy.InvalidSidError:
                bad = "InvalidSidError"
            try:
                await client.widgets.create(service_sid=ks)
            except twilio_proxy.InvalidArgumentError:
                missing = "InvalidArgumentError"
            return [type(made).__name__, listed, gone, bad, missing]

    out["async"] = asyncio.run(main())
    import os
    os.environ["TWILIO_ACCOUNT_SID"] = settings["account_sid"]
    os.environ["TWILIO_AUTH_TOKEN"] = settings["auth_token"]
    cli = {}
    for name, argv in {
        "create": ["widgets", "create", ks, "--name", "blue", "--size", "3"],
        "delete": ["widgets", "delete", ks, wg],
        "list": ["widgets", "list", ks],
        "bad_sid": ["widgets", "fetch", ks, "KI" + "b" * 32],
        "missing": ["widgets", "create", ks],
    }.items():
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = _cli.main([*argv, "--base-url", url])
        cli[name] = [code, stdout.getvalue(), stderr.getvalue()]
    out["cli"] = cli
    out["requests"] = len(seen)
    from twilio_proxy.webhooks import InterceptCallback
    event = InterceptCallback.from_form({"interactionSid": "KI1", "interactionRetries": "3"})
    out["callback"] = [event.interaction_retries, dict(event.extra)]
    print(json.dumps(out))
    """
)

TYPED_APP = textwrap.dedent(
    """
    import twilio_proxy
    from twilio_proxy_api.widgets import Widget

    def channel(mi: twilio_proxy.MessageInteraction) -> str | None:
        return mi.channel

    def size(client: twilio_proxy.Client) -> int:
        widget: Widget = client.widgets.create(service_sid="KS", name="x")
        return widget.size or 0

    def sids(client: twilio_proxy.Client) -> list[str]:
        # A result's sid is a str: an app needs no assert.
        x: str = client.sessions.create(service_sid="KS").sid
        return [x, client.widgets.fetch(service_sid="KS", sid="WG").sid]

    reveal_type(twilio_proxy.MessageInteraction(sid="KI", channel="sms").retries)
    """
)


def _with_widgets(spec: dict[str, Any]) -> None:
    """A new resource, as a maintainer would add it to the spec."""
    errors = spec["paths"]["/v1/Services/{ServiceSid}/Sessions"]["get"]["responses"]
    errors = {k: v for k, v in errors.items() if not k.startswith("2")}
    service = {"$ref": "#/components/parameters/ServiceSid"}
    sid = {
        "name": "Sid",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^WG[0-9a-fA-F]{32}$"},
    }

    def ok(status: str, schema: str) -> dict[str, Any]:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
        return {status: {"description": "OK", "content": content}, **errors}

    tags = ["ProxyV1Widget"]
    page_size = {"name": "PageSize", "in": "query", "schema": {"type": "integer"}}
    spec["paths"]["/v1/Services/{ServiceSid}/Widgets"] = {
        "get": {
            "operationId": "ListWidget",
            "tags": tags,
            "summary": "List widgets",
            "parameters": [service, page_size],
            "responses": ok("200", "WidgetPage"),
        },
        "post": {
            "operationId": "CreateWidget",
            "tags": tags,
            "summary": "Create a widget",
            "parameters": [service],
            "requestBody": {
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {"$ref": "#/components/schemas/CreateWidgetRequest"}
                    }
                }
            },
            "responses": ok("201", "Widget"),
        },
    }
    spec["paths"]["/v1/Services/{ServiceSid}/Widgets/{Sid}"] = {
        "get": {
            "operationId": "FetchWidget",
            "tags": tags,
            "summary": "Fetch a widget",
            "parameters": [service, sid],
            "responses": ok("200", "Widget"),
        },
        "delete": {
            "operationId": "DeleteWidget",
            "tags": tags,
            "summary": "Delete a widget",
            "parameters": [service, sid],
            "responses": {"204": {"description": "Deleted"}, **errors},
        },
    }
    spec["components"]["schemas"].update(
        Widget={
            "type": "object",
            "description": "A widget.",
            "required": ["sid"],
            "properties": {
                "sid": {"type": "string", "pattern": "^WG[0-9a-fA-F]{32}$"},
                "name": {"type": ["string", "null"]},
                "size": {"type": ["integer", "null"]},
            },
        },
        WidgetPage={
            "type": "object",
            "properties": {
                "widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                "meta": {"$ref": "#/components/schemas/PageMeta"},
            },
        },
        CreateWidgetRequest={
            "type": "object",
            "required": ["Name"],
            "properties": {"Name": {"type": "string"}, "Size": {"type": "integer"}},
        },
    )


@pytest.fixture(scope="module")
def changed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package generated from the spec plus two fields, a status value and a resource."""
    work = tmp_path_factory.mktemp("generator")
    spec = json.loads(json.dumps(SPEC))  # a deep copy, without YAML anchors
    properties = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    properties["channel"] = {"type": ["string", "null"], "description": "The channel used."}
    properties["retries"] = {"type": ["integer", "null"], "description": "Delivery attempts."}
    spec["components"]["schemas"]["MessageInteractionResourceStatus"]["enum"].append("read")
    callback = spec["components"]["schemas"]["InterceptCallback"]["properties"]
    callback["interactionRetries"] = {"type": "integer", "description": "Retries so far."}
    _with_widgets(spec)
    spec_path = work / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = work / "generated"
    # The pinned generator and its ruff post-hooks, from the project's virtualenv.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    subprocess.run(
        [sys.executable, str(GENERATE), str(spec_path), str(out)],
        check=True,
        env={**os.environ, "PATH": path},
        capture_output=True,
    )
    return out


def _env(package: Path) -> dict[str, str]:
    # The generated package from the temporary folder first, then the unchanged wrapper.
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(package), str(ROOT / "wrapper")])}


def test_new_fields_and_a_new_resource_need_no_wrapper_edit(changed_package: Path) -> None:
    example = SPEC["components"]["examples"]["MessageInteraction"]["value"]
    mi = {**example, "channel": "whatsapp", "retries": 2, "outbound_resource_status": "read"}
    widget = {"sid": WG, "name": "blue", "size": 3}
    page = {"widgets": [widget], "meta": {"key": "widgets", "next_page_url": None}}
    fetch_mi = "/v1/Services/{}/Sessions/{}/Participants/{}/MessageInteractions/{}".format(
        KS, example["session_sid"], example["participant_sid"], example["sid"]
    )
    answers = {
        f"GET {fetch_mi}": [200, mi],
        f"POST /v1/Services/{KS}/Widgets": [201, widget],
        f"GET /v1/Services/{KS}/Widgets/{WG}": [200, widget],
        f"GET /v1/Services/{KS}/Widgets": [200, page],
        f"DELETE /v1/Services/{KS}/Widgets/{WG}": [204, None],
    }
    done = subprocess.run(
        [sys.executable, "-c", APP, json.dumps(answers)],
        env=_env(changed_package),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["mi"] == ["str", "whatsapp", "int", 2, "MessageInteractionResourceStatus", {}, True]
    assert out["create"] == ["Widget", WG, 3]
    assert out["fetch"] == "blue"
    assert out["list"] == [WG]
    assert out["delete"] is None
    assert out["raw"] == 200
    kind, message, sent = out["bad_sid"]
    assert (kind, sent) == ("InvalidSidError", 0)
    assert "sid must be 'WG' followed by 32 hexadecimal digits" in message
    assert out["missing"] == ["InvalidArgumentError", "name is required", 0]
    assert out["async"] == ["Widget", [WG], None, "InvalidSidError", "InvalidArgumentError"]
    cli = out["cli"]
    assert cli["create"][0] == 0
    assert json.loads(cli["create"][1])["size"] == 3
    assert cli["delete"] == [0, "", ""]
    assert [json.loads(line)["sid"] for line in cli["list"][1].splitlines()] == [WG]
    assert cli["bad_sid"][0] == 2
    assert "SID must be 'WG'" in cli["bad_sid"][2]
    assert cli["missing"][0] == 2
    assert "--name is required" in cli["missing"][2]
    # 1 + 5 sync, 3 async, 3 CLI: nothing refused was sent
    assert out["requests"] == 12
    assert out["callback"] == [3, {}]


def test_an_app_sees_the_new_fields_types(changed_package: Path, tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(TYPED_APP, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(app)],
        env={**_env(changed_package), "MYPYPATH": _env(changed_package)["PYTHONPATH"]},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert 'Revealed type is "int | None"' in done.stdout, done.stdout
    assert "widget.size" not in done.stdout
    assert "Success: no issues found" in done.stdout, done.stdout


def _problems(change: Any, tmp_path: Path) -> str:
    """What openapi/generate.py says about the spec changed by *change* (nothing is written)."""
    spec = json.loads(json.dumps(SPEC))
    change(spec)
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    sys.path.insert(0, str(ROOT / "openapi"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "openapi"))
    problems = generate.generate(spec_path, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    return "\n".join(problems)


def _interaction(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    return schema


def _intercept(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["InterceptCallback"]
    return schema


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (
            lambda s: _interaction(s).update(kind={"type": "string", "enum": ["a"]}),
            "schema MessageInteraction, field kind: write the enum as a named schema",
        ),
        (
            lambda s: _interaction(s).update(
                data={"type": "integer", "contentMediaType": "application/json"}
            ),
            "field data: contentMediaType and pii are only supported on strings",
        ),
        (
            lambda s: _interaction(s).update(
                kind={"anyOf": [{"type": "string"}, {"type": "integer"}]}
            ),
            "field kind: anyOf/oneOf must be one $ref to an enum, string and null",
        ),
        (
            lambda s: _interaction(s).update(to_dict={"type": "string"}),
            "clashes with the class's own members",
        ),
        (
            lambda s: next(iter(s["paths"].values()))["get"].update(operationId="Browse"),
            "Browse (GET /v1/Services): it starts with none of create, fetch, list, update, delete",
        ),
        (
            lambda s: s["components"]["parameters"]["ServiceSid"]["schema"].pop("pattern"),
            "parameter ServiceSid: a SID needs a pattern anchored with ^ and $",
        ),
        (
            lambda s: s["components"]["schemas"].update(MessageInteraction={"type": "string"}),
            "ListMessageInteraction (GET /v1/Services/{ServiceSid}/Sessions/{SessionSid}"
            "/Participants/{ParticipantSid}/MessageInteractions): a page's items must $ref",
        ),
        (
            lambda s: s["paths"]["/v1/Services"]["post"]["requestBody"].update(
                content={"application/json": {"schema": {"type": "object"}}}
            ),
            "CreateService (POST /v1/Services): the request body must be a form",
        ),
        (
            lambda s: _intercept(s)["properties"].update(kind={"type": "boolean"}),
            "webhooks.interceptCallback, field kind: a form field is a string, integer",
        ),
        (
            lambda s: _intercept(s).update({"x-identifying-fields": ["interactionKey"]}),
            "webhooks.interceptCallback: x-identifying-fields names a field it does not have",
        ),
        (
            lambda s: s["webhooks"]["interceptCallback"].update(get={}),
            "webhooks.interceptCallback: only a post of a form that $refs a schema",
        ),
        (
            # What openapi-python-client itself refuses is reported too.
            lambda s: _interaction(s).update(kind={"$ref": "#/components/schemas/Nope"}),
            "Unable to process schema /components/schemas/MessageInteraction",
        ),
    ],
)
def test_generate_names_what_it_cannot_type(change: Any, fragment: str, tmp_path: Path) -> None:
    assert fragment in _problems(change, tmp_path)
