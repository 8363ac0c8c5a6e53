"""The spec (openapi/proxy_v1.yaml): valid OpenAPI 3.1, examples that match it,
and the facts the wrapper relies on, read from the spec rather than restated."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

import twilio_proxy
from _support import SPEC

SPEC_URI = "urn:twilio-proxy:proxy_v1.yaml"
OPERATIONS = [
    (path, method, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post", "delete")
]
RESOURCE_SCHEMAS = [
    "Service",
    "Session",
    "Participant",
    "Interaction",
    "MessageInteraction",
    "PhoneNumber",
]
ERROR_STATUSES = ["400", "401", "403", "404", "429", "500", "502", "503", "504"]


# --- helpers -----------------------------------------------------------------


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s ("#/components/...") until a non-reference object."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are expected, got {ref}"
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def format_checker() -> FormatChecker:
    """Draft 2020-12 format checks, plus "uri".

    jsonschema checks "uri" only when rfc3987 is installed, which it is not here;
    without this the `format: uri` of the spec would silently go unchecked.
    """
    checker = copy.deepcopy(Draft202012Validator.FORMAT_CHECKER)

    @checker.checks("uri", raises=ValueError)
    def is_uri(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return bool(parts.scheme and parts.netloc) and not re.search(r"\s", value)

    return checker


def validator_for(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A Draft 2020-12 validator for `schema`, whose `#/components/...` refs resolve in `spec`."""
    registry: Registry = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        absolute_refs(schema), registry=registry, format_checker=format_checker()
    )


def absolute_refs(node: Any) -> Any:
    """A copy of `node` whose local `$ref`s ("#/components/...") point into the spec."""
    if isinstance(node, dict):
        return {
            key: SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else absolute_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [absolute_refs(item) for item in node]
    return node


def component_validator(spec: dict[str, Any], name: str) -> Draft202012Validator:
    return validator_for(spec, {"$ref": f"#/components/schemas/{name}"})


def examples_of(node: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The examples of a media type, parameter or header object: `example` and `examples`."""
    if "example" in node:
        yield "example", node["example"]
    for key, example in node.get("examples", {}).items():
        yield f"examples/{key}", resolve(SPEC, example)["value"]


def all_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """Every (where, schema, example) in the document, wherever it is written.

    Walks the whole document, so an example added later anywhere is checked too:
    media types, parameters and headers (an object with `schema` next to
    `example`/`examples`), and `examples` arrays of schemas themselves.
    """

    def walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
        if isinstance(node, dict):
            if "schema" in node and isinstance(node["schema"], dict):
                for key, value in examples_of(node):
                    yield f"{where}/{key}", node["schema"], value
            if isinstance(node.get("examples"), list) and "schema" not in node:
                for i, value in enumerate(node["examples"]):
                    yield f"{where}/examples/{i}", node, value
            for key, child in node.items():
                yield from walk(child, f"{where}/{key}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                yield from walk(child, f"{where}/{i}")

    yield from walk(spec, "#")


# --- the document -------------------------------------------------------------


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    validate(spec)


@pytest.mark.parametrize(
    "breakage",
    [
        lambda s: s.pop("info"),
        lambda s: s["components"]["schemas"]["MessageInteraction"].update(type="record"),
        lambda s: s["components"]["parameters"].pop("Sid"),
    ],
    ids=["no info", "bad schema type", "dangling $ref"],
)
def test_validator_rejects_a_broken_spec(spec: dict[str, Any], breakage: Any) -> None:
    broken = copy.deepcopy(spec)
    breakage(broken)
    with pytest.raises((OpenAPIValidationError, Unresolvable)):
        validate(broken)


def test_every_example_matches_its_schema(spec: dict[str, Any]) -> None:
    checked = 0
    for where, schema, example in all_examples(spec):
        errors = [e.message for e in validator_for(spec, schema).iter_errors(example)]
        assert errors == [], f"{where}: {errors}"
        checked += 1
    # a success of every operation with a body, and the errors, at least
    assert checked >= len(OPERATIONS) - 5 + 9


def test_example_check_catches_drift(spec: dict[str, Any]) -> None:
    drifted = copy.deepcopy(spec["components"]["examples"]["MessageInteraction"]["value"])
    drifted["date_created"] = 5
    validator = validator_for(spec, {"$ref": "#/components/schemas/MessageInteraction"})
    assert list(validator.iter_errors(drifted))


# --- what the wrapper relies on ---------------------------------------------


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_every_operation_documents_twilios_errors(path: str, method: str, op: Any) -> None:
    assert set(ERROR_STATUSES) <= set(op["responses"])
    for status in ERROR_STATUSES:
        content = resolve(SPEC, op["responses"][status])["content"]["application/json"]
        assert content["schema"] == {"$ref": "#/components/schemas/TwilioError"}
    for status in ("429", "503"):
        assert "Retry-After" in resolve(SPEC, op["responses"][status])["headers"]
    assert SPEC["security"] == [{"accountSid_authToken": []}]


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_every_path_parameter_is_a_sid_with_a_pattern(path: str, method: str, op: Any) -> None:
    # The wrapper checks path arguments against these patterns before any I/O.
    for parameter in (resolve(SPEC, p) for p in op.get("parameters", [])):
        if parameter["in"] != "path":
            continue
        schema = parameter["schema"]
        if "anyOf" in schema:  # a SID, or the unique name: fetch of a service or session
            assert parameter["x-unique-name"] == "unique_name"
            assert op["operationId"] in ("FetchService", "FetchSession")
            schema = schema["anyOf"][0]
        assert re.fullmatch(r"\^[A-Z]{2}\[0-9a-fA-F\]\{32\}\$", schema["pattern"])
        assert "{" + parameter["name"] + "}" in path


def test_page_size_limits_are_the_wrappers(spec: dict[str, Any]) -> None:
    from twilio_proxy._pages import MAX_PAGE_SIZE

    lists = [op for _, _, op in OPERATIONS if op["operationId"].startswith("List")]
    assert len(lists) == 6
    for list_op in lists:
        params = [resolve(SPEC, p) for p in list_op["parameters"]]
        page_size = next(p for p in params if p.get("name") == "PageSize")
        schema = page_size["schema"]
        assert (schema["minimum"], schema["maximum"]) == (1, MAX_PAGE_SIZE)


@pytest.mark.parametrize("schema_name", RESOURCE_SCHEMAS)
def test_every_result_property_but_sid_may_be_null(spec: dict[str, Any], schema_name: str) -> None:
    schema = spec["components"]["schemas"][schema_name]
    assert schema["required"] == ["sid"]
    assert schema["properties"]["sid"]["type"] == "string"  # an answer without it is no resource
    for name, prop in schema["properties"].items():
        if name != "sid":
            types, options = prop.get("type", []), prop.get("anyOf", [])
            assert "null" in types or {"type": "null"} in options, name


def test_enums_stay_open_to_new_values(spec: dict[str, Any]) -> None:
    # Each enum field also accepts any string: Twilio adds values over time.
    enum_fields = {
        f"{schema_name}.{name}": s
        for schema_name in RESOURCE_SCHEMAS
        for name, s in spec["components"]["schemas"][schema_name]["properties"].items()
        if "anyOf" in s
    }
    assert len(enum_fields) >= 8
    for name, schema in enum_fields.items():
        assert {"type": "string"} in schema["anyOf"], name
        validator = validator_for(spec, schema)
        assert validator.is_valid("a-value-twilio-adds-later")


def test_personal_data_is_marked_as_twilio_marks_it(spec: dict[str, Any]) -> None:
    data = spec["components"]["schemas"]["MessageInteraction"]["properties"]["data"]
    assert data["x-twilio"]["pii"] == {"handling": "sensitive", "deleteSla": 30}
    body = spec["components"]["schemas"]["CreateMessageInteractionRequest"]["properties"]["Body"]
    assert body["x-twilio"]["pii"]["handling"] == "sensitive"
    identifier = spec["components"]["schemas"]["Participant"]["properties"]["identifier"]
    assert identifier["x-twilio"]["pii"]["handling"] == "standard"
    # ... and the generated types keep them out of repr
    secret = "PRIVATE-BODY"
    assert secret not in repr(twilio_proxy.MessageInteraction(sid="KI1", data=secret))
    assert secret not in repr(twilio_proxy.Interaction(sid="KI1", data=secret))
    assert secret not in repr(twilio_proxy.Participant(sid="KP1", identifier=secret))


def test_create_needs_a_body_or_media(spec: dict[str, Any]) -> None:
    create = next(op for _, _, op in OPERATIONS if op["operationId"] == "CreateMessageInteraction")
    assert create["x-twilio"]["conditional"] == [["body", "media_url"]]
    with pytest.raises(twilio_proxy.InvalidArgumentError):
        twilio_proxy.Client(account_sid="AC" + "0" * 32, auth_token="x").create_message_interaction(
            service_sid="KS" + "0" * 32,
            session_sid="KC" + "0" * 32,
            participant_sid="KP" + "0" * 32,
        )
