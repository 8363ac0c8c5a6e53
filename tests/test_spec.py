"""The spec itself: valid OpenAPI 3.1, examples that match their schemas, and the
structural facts the wrapper and the generated client rely on."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

PATH = (
    "/v1/Services/{ServiceSid}/Sessions/{SessionSid}"
    "/Participants/{ParticipantSid}/MessageInteractions/{Sid}"
)
SPEC_URI = "urn:twilio-proxy:message_interaction.yaml"

# name -> SID prefix of the four path parameters, in path order.
PATH_PARAMS = {"ServiceSid": "KS", "SessionSid": "KC", "ParticipantSid": "KP", "Sid": "KI"}

ERROR_STATUSES = ["400", "401", "403", "404", "429", "500", "502", "503", "504"]

MESSAGE_INTERACTION_TYPES = ["message", "voice", "unknown"]
RESOURCE_STATUSES = [
    "accepted",
    "answered",
    "busy",
    "canceled",
    "completed",
    "deleted",
    "delivered",
    "delivery-unknown",
    "failed",
    "in-progress",
    "initiated",
    "no-answer",
    "queued",
    "received",
    "receiving",
    "ringing",
    "scheduled",
    "sending",
    "sent",
    "undelivered",
    "unknown",
]


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


def operation(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][PATH]["get"]
    return op


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
        yield f"examples/{key}", example["value"]


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


def json_content(spec: dict[str, Any], status: str) -> dict[str, Any]:
    response = resolve(spec, operation(spec)["responses"][status])
    content: dict[str, Any] = response["content"]["application/json"]
    return content


# --- the document is valid OpenAPI 3.1 ----------------------------------------


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1.")
    validate(spec, cls=OpenAPIV31SpecValidator)


def _drop_info(b: dict[str, Any]) -> None:
    del b["info"]


def _optional_path_param(b: dict[str, Any]) -> None:
    b["components"]["parameters"]["Sid"]["required"] = False


def _undeclared_path_param(b: dict[str, Any]) -> None:
    b["paths"][PATH]["get"]["parameters"].pop()


def _bad_schema_type(b: dict[str, Any]) -> None:
    b["components"]["schemas"]["TwilioError"]["type"] = "integr"


def _dangling_ref(b: dict[str, Any]) -> None:
    b["paths"][PATH]["get"]["responses"]["200"] = {"$ref": "#/components/responses/Nope"}


@pytest.mark.parametrize(
    "breakage",
    [_drop_info, _optional_path_param, _undeclared_path_param, _bad_schema_type, _dangling_ref],
)
def test_validator_rejects_a_broken_spec(spec: dict[str, Any], breakage: Any) -> None:
    """The validation above is not vacuous: real defects are caught."""
    broken = copy.deepcopy(spec)
    breakage(broken)
    # OpenAPIValidationError, or a resolver error for a dangling $ref.
    with pytest.raises(Exception):  # noqa: PT011
        validate(broken, cls=OpenAPIV31SpecValidator)


def test_schemas_are_valid_draft_2020_12(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        # x-twilio and the other OpenAPI extensions are unknown keywords: allowed.
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as exc:  # pragma: no cover - only on failure
            pytest.fail(f"{name}: {exc}")


# --- examples match their schemas ---------------------------------------------


def test_every_example_matches_its_schema(spec: dict[str, Any]) -> None:
    found = list(all_examples(spec))
    # The 200 example and one per error response (BadRequest, Unauthorized,
    # Forbidden, NotFound, TooManyRequests, ServerError, ServiceUnavailable).
    assert len(found) >= 8, [where for where, _, _ in found]
    for where, schema, example in found:
        errors = sorted(validator_for(spec, schema).iter_errors(example), key=str)
        assert not errors, f"{where}: " + "; ".join(e.message for e in errors)


def test_the_200_example_is_a_message_interaction(spec: dict[str, Any]) -> None:
    content = json_content(spec, "200")
    assert content["schema"] == {"$ref": "#/components/schemas/MessageInteraction"}
    examples = list(examples_of(content))
    assert examples, "the 200 answer needs an example (Prism serves it)"
    validator = component_validator(spec, "MessageInteraction")
    properties = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    for where, example in examples:
        validator.validate(example)
        # Every field is shown, so the example exercises the whole schema.
        assert set(example) == set(properties), where


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_error_examples_are_twilio_errors(spec: dict[str, Any], status: str) -> None:
    content = json_content(spec, status)
    assert content["schema"] == {"$ref": "#/components/schemas/TwilioError"}
    examples = list(examples_of(content))
    assert examples, f"the {status} answer needs an example (Prism serves it)"
    for _, example in examples:
        component_validator(spec, "TwilioError").validate(example)


@pytest.mark.parametrize("status", ERROR_STATUSES)
def test_error_example_status_matches_the_http_status(spec: dict[str, Any], status: str) -> None:
    for _, example in examples_of(json_content(spec, status)):
        assert example["status"] == int(status)


def test_example_check_catches_drift(spec: dict[str, Any]) -> None:
    """An example that breaks its schema is reported (the checks above can fail)."""
    content = json_content(spec, "200")
    example = copy.deepcopy(next(examples_of(content))[1])
    validator = component_validator(spec, "MessageInteraction")
    for field, bad in [
        ("sid", "KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        ("sid", "KIaaaa"),
        ("date_created", "yesterday"),
        ("url", "not a url"),
        ("account_sid", 42),
    ]:
        with pytest.raises(ValidationError):
            validator.validate({**example, field: bad})
    with pytest.raises(ValidationError):
        component_validator(spec, "TwilioError").validate({"message": "no code, no status"})


# --- structural facts the product relies on -----------------------------------


def test_operation(spec: dict[str, Any]) -> None:
    assert list(spec["paths"]) == [PATH]
    assert list(spec["paths"][PATH]) == ["get"]
    assert operation(spec)["operationId"] == "FetchMessageInteraction"
    assert spec["servers"] == [{"url": "https://proxy.twilio.com"}]


def test_http_basic_auth(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes == {
        "accountSid_authToken": {
            "type": "http",
            "scheme": "basic",
            "description": schemes["accountSid_authToken"]["description"],
        }
    }
    assert spec["security"] == [{"accountSid_authToken": []}]
    assert "security" not in operation(spec)  # the document-wide requirement applies


def test_responses(spec: dict[str, Any]) -> None:
    assert sorted(operation(spec)["responses"]) == sorted(["200", *ERROR_STATUSES])


def test_path_parameters(spec: dict[str, Any]) -> None:
    params = [resolve(spec, p) for p in operation(spec)["parameters"]]
    assert [p["name"] for p in params] == list(PATH_PARAMS)
    assert re.findall(r"\{(\w+)\}", PATH) == list(PATH_PARAMS)
    for param in params:
        prefix = PATH_PARAMS[param["name"]]
        assert param["in"] == "path"
        assert param["required"] is True
        assert param["schema"] == {
            "type": "string",
            "minLength": 34,
            "maxLength": 34,
            "pattern": f"^{prefix}[0-9a-fA-F]{{32}}$",
        }, param["name"]


@pytest.mark.parametrize(("name", "prefix"), PATH_PARAMS.items())
def test_path_parameter_schema_accepts_only_its_sids(
    spec: dict[str, Any], name: str, prefix: str
) -> None:
    schema = resolve(spec, spec["components"]["parameters"][name])["schema"]
    validator = validator_for(spec, schema)
    assert validator.is_valid(prefix + "0123456789abcdefABCDEF0123456789")
    other = "KS" if prefix != "KS" else "KC"
    for bad in [
        "",
        prefix,
        prefix + "a" * 31,
        prefix + "a" * 33,
        prefix + "g" * 32,
        prefix.lower() + "a" * 32,
        other + "a" * 32,
        prefix + "a" * 32 + "\n",
        f"{prefix}{'a' * 16}/{'a' * 15}",
    ]:
        assert not validator.is_valid(bad), repr(bad)


def test_every_message_interaction_property_is_nullable(spec: dict[str, Any]) -> None:
    properties = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    assert len(properties) == 20
    for name, schema in properties.items():
        declared = (isinstance(schema.get("type"), list) and "null" in schema["type"]) or (
            {"type": "null"} in schema.get("anyOf", [])
        )
        assert declared, f"{name} does not declare null"
        assert validator_for(spec, schema).is_valid(None), name
    all_null = dict.fromkeys(properties)
    component_validator(spec, "MessageInteraction").validate(all_null)


def test_message_interaction_is_open(spec: dict[str, Any]) -> None:
    """No required fields and no additionalProperties: false (Twilio adds fields)."""
    schema = spec["components"]["schemas"]["MessageInteraction"]
    assert "required" not in schema
    assert schema.get("additionalProperties", True) is True
    component_validator(spec, "MessageInteraction").validate({"new_field": 1})


def test_enums(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["MessageInteractionType"]["enum"] == MESSAGE_INTERACTION_TYPES
    assert schemas["MessageInteractionResourceStatus"]["enum"] == RESOURCE_STATUSES


@pytest.mark.parametrize(
    ("field", "enum"),
    [
        ("type", "MessageInteractionType"),
        ("inbound_resource_status", "MessageInteractionResourceStatus"),
        ("outbound_resource_status", "MessageInteractionResourceStatus"),
    ],
)
def test_enum_fields_accept_unknown_values(spec: dict[str, Any], field: str, enum: str) -> None:
    """Enum first, then any string, then null: a value Twilio adds later still parses."""
    schema = spec["components"]["schemas"]["MessageInteraction"]["properties"][field]
    assert schema["anyOf"] == [
        {"$ref": f"#/components/schemas/{enum}"},
        {"type": "string"},
        {"type": "null"},
    ]
    validator = validator_for(spec, schema)
    for value in [*spec["components"]["schemas"][enum]["enum"], "added-by-twilio-later", None]:
        assert validator.is_valid(value), value
    assert not validator.is_valid(1)


def test_data_is_marked_as_pii(spec: dict[str, Any]) -> None:
    data = spec["components"]["schemas"]["MessageInteraction"]["properties"]["data"]
    assert data["x-twilio"] == {"pii": {"handling": "standard", "deleteSla": 30}}
    pii = [
        name
        for name, schema in spec["components"]["schemas"]["MessageInteraction"][
            "properties"
        ].items()
        if "x-twilio" in schema
    ]
    assert pii == ["data"]


@pytest.mark.parametrize("status", ["429", "503"])
def test_retry_after_is_documented(spec: dict[str, Any], status: str) -> None:
    response = resolve(spec, operation(spec)["responses"][status])
    header = resolve(spec, response["headers"]["Retry-After"])
    assert header["schema"] == {"type": "string"}  # seconds or an HTTP date


@pytest.mark.parametrize("status", ["200", *ERROR_STATUSES])
def test_twilio_request_id_is_documented(spec: dict[str, Any], status: str) -> None:
    response = resolve(spec, operation(spec)["responses"][status])
    assert response["headers"]["Twilio-Request-Id"] == {
        "$ref": "#/components/headers/Twilio-Request-Id"
    }


def test_twilio_error(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["TwilioError"]
    assert schema["required"] == ["code", "message", "status"]
    assert schema["properties"]["code"]["type"] == "integer"
    assert schema["properties"]["status"]["type"] == "integer"
