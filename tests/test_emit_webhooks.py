"""openapi/emit_webhooks.py: callbacks come from the spec; what it cannot type is named."""

from __future__ import annotations

import copy
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi" / "proxy_v1.yaml").read_text(encoding="utf-8"))

sys.path.insert(0, str(ROOT / "openapi"))
try:
    import emit
    import emit_webhooks
finally:
    sys.path.remove(str(ROOT / "openapi"))


def test_the_spec_with_its_webhooks_is_valid_openapi_3_1() -> None:
    validate(SPEC)
    assert set(SPEC["webhooks"]) == {
        "interactionCallback",
        "interceptCallback",
        "outOfSessionCallback",
    }


def test_a_field_added_to_the_spec_reaches_the_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = copy.deepcopy(SPEC)
    properties = spec["components"]["schemas"]["InterceptCallback"]["properties"]
    properties["interactionRetries"] = {"type": "integer", "description": "Retries so far."}
    properties["interactionSecret"] = {"type": "string", "x-twilio": {"pii": {}}}
    path = tmp_path / "webhooks_changed.py"
    path.write_text(emit_webhooks.emit_webhooks(spec), encoding="utf-8")
    loaded = importlib.util.spec_from_file_location("webhooks_changed", path)
    assert loaded is not None
    assert loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    monkeypatch.setitem(sys.modules, "webhooks_changed", module)  # dataclasses look it up
    loaded.loader.exec_module(module)
    event = module.InterceptCallback.from_form(
        {"interactionRetries": "3", "interactionSecret": "hunter2"}
    )
    assert event.interaction_retries == 3
    assert event.interaction_secret == "hunter2"
    assert "hunter2" not in repr(event)
    assert event.extra == {}


def test_the_generated_module_is_what_the_spec_gives() -> None:
    # check-generated compares the formatted file; this one needs no ruff.
    emitted = emit_webhooks.emit_webhooks(SPEC)
    assert "class OutOfSessionCallback:" in emitted
    assert "from_: str | None = None" in emitted
    generated = (ROOT / "generated" / "twilio_proxy_spec" / "webhooks.py").read_text()
    assert "class OutOfSessionCallback:" in generated


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _intercept(spec: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = _schemas(spec)["InterceptCallback"]["properties"]
    return properties


def _post(spec: dict[str, Any]) -> dict[str, Any]:
    post: dict[str, Any] = spec["webhooks"]["interceptCallback"]["post"]
    return post


Change = Callable[[dict[str, Any]], object]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda s: s.pop("webhooks"), "the spec has no webhooks: section"),
        (
            lambda s: _intercept(s).update(kind={"type": "string", "enum": ["a"]}),
            "webhooks.interceptCallback (InterceptCallback).kind: write the enum as a named",
        ),
        (
            lambda s: _intercept(s).update(kind={"$ref": "#/components/schemas/SessionMode"}),
            "write an enum as anyOf",
        ),
        (
            lambda s: _intercept(s).update(kind={"type": "boolean"}),
            "InterceptCallback).kind: type 'boolean' is not supported in a form",
        ),
        (
            lambda s: _intercept(s).update(kind={"type": "integer", "x-twilio": {"pii": {}}}),
            "personal data (x-twilio: pii) is only supported on strings",
        ),
        (
            lambda s: _intercept(s).update(
                kind={"type": "integer", "contentMediaType": "application/json"}
            ),
            "contentMediaType: application/json is only supported on strings",
        ),
        (
            lambda s: _intercept(s).update(kind={"type": "integer", "minimum": 0.5}),
            "kind: minimum must be an integer",
        ),
        (
            lambda s: _intercept(s).update(kind={"anyOf": [{"type": "string"}]}),
            "anyOf must be exactly one $ref to an enum",
        ),
        (
            lambda s: _intercept(s).update(
                kind={"anyOf": [{"$ref": "#/components/schemas/InterceptCallback"}]}
            ),
            "InterceptCallback must be a string enum",
        ),
        (
            lambda s: _intercept(s).update(kind={"anyOf": [{"$ref": "#/components/schemas/Nope"}]}),
            "#/components/schemas/Nope names no schema",
        ),
        (
            lambda s: _schemas(s).update(SessionMode={"type": "string", "enum": ["a-b", "a_b"]}),
            "SessionMode has values that give the same member name",
        ),
        (lambda s: _intercept(s).update(interaction_sid={"type": "string"}), "clashes with"),
        (lambda s: _intercept(s).update(extra={"type": "string"}), "clashes with"),
        (
            lambda s: _intercept(s).update(
                decodeInteractionData={"type": "string"}  # decode_interaction_data
            ),
            "clashes with the class's own members",
        ),
        (
            lambda s: _post(s)["requestBody"].update(content={"application/json": {}}),
            "interceptCallback: the request body must be application/x-www-form-urlencoded",
        ),
        (
            lambda s: s["webhooks"]["interceptCallback"].update(get={}),
            "webhooks.interceptCallback: only a post operation is supported",
        ),
        (
            lambda s: _schemas(s).update(InterceptCallback={"type": "object"}),
            "must be an object with properties",
        ),
        (
            lambda s: s["webhooks"]["interceptCallback"].update(
                post=s["webhooks"]["interactionCallback"]["post"]
            ),
            "two webhooks use the same schema",
        ),
    ],
)
def test_emit_names_what_it_cannot_type(change: Change, fragment: str) -> None:
    spec = copy.deepcopy(SPEC)
    change(spec)
    with pytest.raises(emit_webhooks.EmitError) as caught:
        emit_webhooks.emit_webhooks(spec)
    assert fragment in str(caught.value)


def test_emit_writes_webhooks_py_importing_the_enums_it_already_emitted() -> None:
    files = emit.emit(copy.deepcopy(SPEC))
    source = files["webhooks.py"]
    assert "from twilio_proxy_spec.enums import" in source
    assert "class SessionMode(" in files["enums.py"]
    assert "class SessionMode(" not in source  # one class per enum: enums.py's
    assert "__init__.py" in files  # emit.py's own index, not emit_webhooks'


def test_an_enum_only_the_callbacks_use_is_defined_in_webhooks_py() -> None:
    spec = copy.deepcopy(SPEC)
    _schemas(spec)["CallbackKind"] = {"type": "string", "enum": ["a", "b"]}
    _intercept(spec)["kind"] = {
        "anyOf": [{"$ref": "#/components/schemas/CallbackKind"}, {"type": "string"}]
    }
    source = emit.emit(spec)["webhooks.py"]
    assert "class CallbackKind(str, enum.Enum):" in source
    assert "'CallbackKind'," in source


def test_an_enum_named_like_an_emitted_one_with_other_values_is_refused() -> None:
    with pytest.raises(emit_webhooks.EmitError) as caught:
        emit_webhooks.emit_webhooks(SPEC, {"SessionMode": ["open"]})
    assert "SessionMode: enums.py already has an enum of that name with other values" in str(
        caught.value
    )


def test_a_webhook_emit_error_fails_emit_naming_it() -> None:
    spec = copy.deepcopy(SPEC)
    _intercept(spec)["kind"] = {"type": "boolean"}
    with pytest.raises(emit.EmitError) as caught:
        emit.emit(spec)
    assert str(caught.value).startswith("webhooks.py: webhooks.interceptCallback")


def test_a_spec_without_webhooks_emits_no_webhooks_py() -> None:
    spec = copy.deepcopy(SPEC)
    del spec["webhooks"]
    assert "webhooks.py" not in emit.emit(spec)
