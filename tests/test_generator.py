"""The design's promise: a spec change reaches the wrapper through `make generate` alone.

The spec is copied to a temporary folder and given a new string field, a new
integer field and a new status value; generate.sh writes a package from it into
another temporary folder; a subprocess that imports that package (and the
unchanged wrapper/) fetches from a local server and shows the new fields
typed, parsed, in ``to_dict()`` and ``repr``, and a wrongly typed value refused
with a ResponseValidationError that names the field. mypy then shows an app
sees the new fields' types. Nothing in wrapper/ is edited.
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

GENERATE = ROOT / "openapi" / "generate.sh"

APP = textwrap.dedent(
    """
    import json, sys, threading, http.server
    import twilio_proxy

    bodies = json.loads(sys.argv[1])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps(bodies.pop(0)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = twilio_proxy.Client(
        account_sid="AC" + "0" * 32, auth_token="0123456789abcdef" * 2,
        base_url=f"http://127.0.0.1:{server.server_port}",
    )
    sids = {"service_sid": "KS" + "a" * 32, "session_sid": "KC" + "a" * 32,
            "participant_sid": "KP" + "a" * 32, "sid": "KI" + "a" * 32}
    mi = client.fetch_message_interaction(**sids)
    print(json.dumps({
        "channel": [type(mi.channel).__name__, mi.channel],
        "retries": [type(mi.retries).__name__, mi.retries],
        "status": [type(mi.outbound_resource_status).__name__, str(mi.outbound_resource_status)],
        "extra": dict(mi.extra),
        "to_dict": {k: mi.to_dict()[k] for k in ("channel", "retries")},
        "repr_has_channel": "channel='whatsapp'" in repr(mi),
    }))
    try:
        client.fetch_message_interaction(**sids)
    except twilio_proxy.ResponseValidationError as exc:
        print(json.dumps({"refused": str(exc)}))
    """
)

TYPED_APP = textwrap.dedent(
    """
    import twilio_proxy

    def channel(mi: twilio_proxy.MessageInteraction) -> str | None:
        return mi.channel

    def retries(mi: twilio_proxy.MessageInteraction) -> int:
        return mi.retries or 0

    reveal_type(twilio_proxy.MessageInteraction(channel="sms").retries)
    """
)


@pytest.fixture(scope="module")
def changed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package generated from the spec plus two fields and a status value."""
    work = tmp_path_factory.mktemp("generator")
    spec = json.loads(json.dumps(SPEC))  # a deep copy, without YAML anchors
    properties = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    properties["channel"] = {"type": ["string", "null"], "description": "The channel used."}
    properties["retries"] = {"type": ["integer", "null"], "description": "Delivery attempts."}
    spec["components"]["schemas"]["MessageInteractionResourceStatus"]["enum"].append("read")
    spec_path = work / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = work / "generated"
    # generate.sh runs the pinned generator and ruff from the project's virtualenv.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "TWILIO_PROXY_SPEC": str(spec_path), "PATH": path}
    subprocess.run(
        ["bash", str(GENERATE), str(out)], check=True, env=env, cwd=ROOT, capture_output=True
    )
    return out


def _env(package: Path) -> dict[str, str]:
    # The generated package from the temporary folder first, then the unchanged wrapper.
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(package), str(ROOT / "wrapper")])}


def test_new_fields_reach_the_wrapper_typed_and_parsed(changed_package: Path) -> None:
    example = SPEC["components"]["examples"]["MessageInteraction"]["value"]
    good = {**example, "channel": "whatsapp", "retries": 2, "outbound_resource_status": "read"}
    wrong = {**good, "retries": "two"}
    done = subprocess.run(
        [sys.executable, "-c", APP, json.dumps([good, wrong])],
        env=_env(changed_package),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shown, refused = (json.loads(line) for line in done.stdout.splitlines())
    assert shown["channel"] == ["str", "whatsapp"]
    assert shown["retries"] == ["int", 2]
    assert shown["status"] == ["MessageInteractionResourceStatus", "read"]  # now an enum member
    assert shown["extra"] == {}  # known now, not "unknown fields"
    assert shown["to_dict"] == {"channel": "whatsapp", "retries": 2}
    assert shown["repr_has_channel"]
    assert "'retries'" in refused["refused"]
    assert "expected an integer" in refused["refused"]


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
    assert "Success: no issues found" in done.stdout, done.stdout


def _emit_error(tmp_path: Path, change: Any) -> str:
    """What emit.py says about the spec changed by *change*."""
    sys.path.insert(0, str(ROOT / "openapi"))
    try:
        import emit
    finally:
        sys.path.remove(str(ROOT / "openapi"))
    spec = json.loads(json.dumps(SPEC))
    change(spec)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    with pytest.raises(emit.EmitError) as caught:
        emit.emit(path, ROOT / "generated" / "twilio_proxy_api")
    return str(caught.value)


def _interaction(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    return schema


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (
            lambda s: _interaction(s).update(kind={"type": "string", "enum": ["a"]}),
            "MessageInteraction.kind: write the enum as a named schema",
        ),
        (
            lambda s: _interaction(s).update(data={"type": "integer", "x-twilio": {"pii": {}}}),
            "personal data is only supported on strings",
        ),
        (
            lambda s: _interaction(s).update(to_dict={"type": "string"}),
            "clashes with the class's own members",
        ),
        (
            lambda s: _interaction(s).update(type={"anyOf": [{"type": "string"}]}),
            "exactly one $ref to an enum",
        ),
        (
            lambda s: _interaction(s).update(type={"$ref": "#/components/schemas/PageMeta"}),
            "must name an enum schema",
        ),
        (
            lambda s: s["components"]["schemas"].update(MessageInteraction={"type": "string"}),
            "must be an object with properties",
        ),
        (
            lambda s: next(iter(s["paths"].values()))["post"]["requestBody"].update(
                content={"application/json": {}}
            ),
            "only form-encoded request bodies",
        ),
        (
            lambda s: next(iter(s["paths"].values()))["get"].update(tags=["Elsewhere"]),
            "the generator wrote no api/elsewhere",
        ),
    ],
)
def test_emit_names_what_it_cannot_type(tmp_path: Path, change: Any, fragment: str) -> None:
    assert fragment in _emit_error(tmp_path, change)
