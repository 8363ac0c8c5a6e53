"""The emitted parse functions and result types, and the helpers of twilio_proxy._parsing.

Each result type's fields and kinds come from the spec (``components.schemas``),
never from a list written here: a property added to the spec is covered by
every test. Every kind of field is read or refused naming the field and never
quoting its value; unknown fields go to ``extra``; ``to_dict()`` round-trips;
personal data stays out of ``repr``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _support import EXAMPLE, MESSAGE_BODY, SPEC
from twilio_proxy._parsing import (
    InvalidBody,
    json_type,
    not_object,
    number,
    parse_datetime,
    shown_url,
    wrong,
)
from twilio_proxy_api.interactions import Interaction, parse_interaction
from twilio_proxy_api.message_interactions import MessageInteraction, parse_message_interaction
from twilio_proxy_api.participants import Participant, parse_participant
from twilio_proxy_api.phone_numbers import PhoneNumber, parse_phone_number
from twilio_proxy_api.services import Service, parse_service
from twilio_proxy_api.sessions import Session, parse_session

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
JULY_30 = dt.datetime(2015, 7, 30, 20, 0, tzinfo=dt.UTC)
OFFSET = dt.timezone(dt.timedelta(hours=2))

# What a spec property holds, as these tests read the spec.
STR, INT, BOOL, NUMBER, DATETIME, OPEN_ENUM, JSON = (
    "str", "int", "bool", "number", "datetime", "open_enum", "json"
)  # fmt: skip
# An object field (links, capabilities): a JSON object, checked, kept as decoded.
OBJECT = "object"
EXPECTED = {STR: "a string", INT: "an integer", BOOL: "a boolean", NUMBER: "a number",
            DATETIME: "a date-time string", OPEN_ENUM: "a string", OBJECT: "an object"}  # fmt: skip


class Kind(NamedTuple):
    """One result type: its class, its emitted parse function and its spec schema."""

    cls: type[Any]
    parse: Callable[[object], Any]
    schema: str

    @property
    def properties(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = SCHEMAS[self.schema]["properties"]
        return found


TYPES = [
    Kind(Service, parse_service, "Service"),
    Kind(Session, parse_session, "Session"),
    Kind(Participant, parse_participant, "Participant"),
    Kind(Interaction, parse_interaction, "Interaction"),
    Kind(MessageInteraction, parse_message_interaction, "MessageInteraction"),
    Kind(PhoneNumber, parse_phone_number, "PhoneNumber"),
]
BY_NAME = {kind.schema: kind for kind in TYPES}


def ids(kind: Kind) -> str:
    return kind.schema


def kind_of(schema: dict[str, Any]) -> str:
    """The kind the spec implies for one property."""
    if any("$ref" in option for option in schema.get("anyOf", ())):
        return OPEN_ENUM  # an enum, or any other string Twilio adds later
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if schema.get("format") == "date-time":
        return DATETIME
    for name, kind in (("integer", INT), ("number", NUMBER), ("boolean", BOOL), ("object", OBJECT)):
        if name in types:
            return kind
    assert "string" in types, schema
    return STR


def enum_values(schema: dict[str, Any]) -> list[str]:
    [ref] = [option["$ref"] for option in schema["anyOf"] if "$ref" in option]
    values: list[str] = SCHEMAS[ref.rsplit("/", 1)[1]]["enum"]
    return values


def fields(kind: Kind, *wanted: str) -> list[str]:
    return [name for name, schema in kind.properties.items() if kind_of(schema) in wanted]


def example_of(schema_name: str) -> dict[str, Any]:
    """The spec's first example answer holding one resource of *schema_name*."""
    for operations in SPEC["paths"].values():
        for operation in operations.values():
            for answer in operation.get("responses", {}).values():
                content = answer.get("content", {}).get("application/json", {})
                if content.get("schema", {}).get("$ref", "").endswith("/" + schema_name):
                    examples = content.get("examples") or {"one": {"value": content["example"]}}
                    first = next(iter(examples.values()))
                    if "$ref" in first:  # "#/components/examples/<name>"
                        first = SPEC["components"]["examples"][first["$ref"].rsplit("/", 1)[1]]
                    value: dict[str, Any] = first["value"]
                    return value
    raise AssertionError(f"the spec has no example of {schema_name}")  # pragma: no cover


EXAMPLES = {kind.schema: example_of(kind.schema) for kind in TYPES}
PER_FIELD = [(kind, name) for kind in TYPES for name in kind.properties]


def required(kind: Kind) -> list[str]:
    """The fields the spec says every answer holds (a resource's ``sid``)."""
    names: list[str] = SCHEMAS[kind.schema].get("required", [])
    return names


def identity(kind: Kind, **body: Any) -> dict[str, Any]:
    """*body* with the required fields of the spec's example: a resource's identity."""
    return {**{name: EXAMPLES[kind.schema][name] for name in required(kind)}, **body}


def per_field_id(value: Any) -> str:
    return value.schema if isinstance(value, Kind) else str(value)


def check_same(kind: Kind, parsed: Any, body: dict[str, Any]) -> None:
    """Every property of *parsed* holds what *body* sent, typed as the spec says."""
    assert type(parsed) is kind.cls
    for name, schema in kind.properties.items():
        value, sent = getattr(parsed, name), body.get(name)
        field_kind = kind_of(schema)
        if sent is None:
            assert value is None, name
        elif field_kind == DATETIME:
            expected = dt.datetime.fromisoformat(sent)
            assert isinstance(value, dt.datetime)
            assert value.tzinfo is not None
            assert value.utcoffset() == (expected.utcoffset() or dt.timedelta(0))
            assert value.replace(tzinfo=None) == expected.replace(tzinfo=None)
        elif field_kind == NUMBER:
            assert type(value) is float, name
            assert value == sent, name
        else:
            assert value == sent, name
            if field_kind == OPEN_ENUM:
                known = sent in enum_values(schema)
                assert isinstance(value, enum.Enum) is known, name
                assert isinstance(value, str), name
            elif field_kind == OBJECT:
                assert value is sent, name  # kept as decoded, not copied
            else:
                assert type(value) is type(sent), name
    assert dict(parsed.extra) == {k: v for k, v in body.items() if k not in kind.properties}


# --- the table follows the spec ------------------------------------------------------------


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_every_property_of_the_spec_is_a_field(kind: Kind) -> None:
    names = [f.name for f in dataclasses.fields(kind.cls)]
    assert names == [*kind.properties, "extra"]
    assert dataclasses.fields(kind.cls)[-1].hash is False  # extra: left out of hash


def test_the_spec_has_every_kind_these_tests_cover() -> None:
    kinds = {kind_of(schema) for kind in TYPES for schema in kind.properties.values()}
    assert kinds == {STR, INT, BOOL, DATETIME, OPEN_ENUM, OBJECT}  # no NUMBER or JSON field yet


# --- bodies as sent -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_spec_example_is_read_and_round_trips(kind: Kind) -> None:
    body = EXAMPLES[kind.schema]
    parsed = kind.parse(body)
    check_same(kind, parsed, body)
    assert kind.parse(parsed.to_dict()) == parsed
    for name in fields(kind, DATETIME):
        if body.get(name) == "2015-07-30T20:00:00Z":
            assert getattr(parsed, name) == JULY_30


def test_every_result_holds_its_sid() -> None:
    assert all(required(kind) == ["sid"] for kind in TYPES)


@pytest.mark.parametrize("kind", TYPES, ids=ids)
@pytest.mark.parametrize("nulls", [False, True], ids=["absent", "null"])
def test_every_other_property_may_be_absent_or_null(kind: Kind, nulls: bool) -> None:
    body = identity(kind, **(dict.fromkeys(set(kind.properties) - {"sid"}) if nulls else {}))
    parsed = kind.parse(body)
    assert all(getattr(parsed, name) is None for name in kind.properties if name != "sid")
    assert parsed.extra == {}
    assert parsed == kind.cls(**identity(kind))
    assert parsed.to_dict() == {**dict.fromkeys(kind.properties), **identity(kind)}


@pytest.mark.parametrize("kind", TYPES, ids=ids)
@pytest.mark.parametrize("sid", [None, "absent", 5], ids=["null", "absent", "number"])
def test_an_answer_without_its_sid_is_refused(kind: Kind, sid: object) -> None:
    body = dict(EXAMPLES[kind.schema])
    if sid == "absent":
        del body["sid"]
    else:
        body["sid"] = sid
    with pytest.raises(InvalidBody) as caught:
        kind.parse(body)
    expected = "null" if sid in (None, "absent") else "number"
    assert str(caught.value) == f"field 'sid' is a JSON {expected}, expected a string"


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_unknown_fields_are_kept_in_extra(kind: Kind) -> None:
    extra = {"new_counter": 3, "flag": None, "nested": {"a": [1, 2]}, "extra": 1, "": "x"}
    body = {**EXAMPLES[kind.schema], **extra}
    before = json.loads(json.dumps(body))
    parsed = kind.parse(body)
    assert parsed.extra == extra
    check_same(kind, parsed, body)
    assert body == before  # the decoded dict is not changed
    assert parsed.to_dict() == {**extra, **parsed.to_dict()}


@pytest.mark.parametrize(
    ("kind", "name"),
    [(kind, name) for kind in TYPES for name in fields(kind, OPEN_ENUM)],
    ids=per_field_id,
)
def test_open_enum_fields_are_members_when_known_else_plain_strings(kind: Kind, name: str) -> None:
    values = enum_values(kind.properties[name])
    for value in [*values, "carrier-pigeon", "", values[0].upper()]:
        parsed = getattr(kind.parse(identity(kind, **{name: value})), name)
        assert parsed == value
        if value in values:
            assert isinstance(parsed, enum.Enum)
            assert parsed.value == value
        else:
            assert type(parsed) is str


@pytest.mark.parametrize(
    ("body", "field", "value"),
    [
        ({"default_ttl": 0}, "default_ttl", 0),
        ({"default_ttl": 2**70}, "default_ttl", 2**70),  # no overflow: Python ints
        ({"default_ttl": -1}, "default_ttl", -1),
    ],
)
def test_integers_are_read(body: dict[str, Any], field: str, value: int) -> None:
    parsed = getattr(parse_service(identity(BY_NAME["Service"], **body)), field)
    assert (type(parsed), parsed) == (int, value)


@pytest.mark.parametrize(
    ("kind", "body", "field"),
    [
        (BY_NAME["PhoneNumber"], {"is_reserved": True, "in_use": 2}, "is_reserved"),
        (BY_NAME["PhoneNumber"], {"is_reserved": False}, "is_reserved"),
        (BY_NAME["PhoneNumber"], {"capabilities": {"sms_outbound": True, "fax": None}},
         "capabilities"),
        (BY_NAME["PhoneNumber"], {"capabilities": {}}, "capabilities"),
        (BY_NAME["Service"], {"links": {"sessions": "https://x/Sessions"}}, "links"),
        (BY_NAME["Session"], {"links": {"deep": [{"a": None}, 1.5, "x"]}}, "links"),
        (BY_NAME["Participant"], {"links": {"message_interactions": "https://x"}}, "links"),
    ],
    ids=per_field_id,
)  # fmt: skip
def test_booleans_and_json_objects_are_kept_as_decoded(
    kind: Kind, body: dict[str, Any], field: str
) -> None:
    parsed = kind.parse(identity(kind, **body))
    assert getattr(parsed, field) is body[field]
    assert parsed.to_dict()[field] is body[field]


# --- refusals: they name the field and never quote the value ---------------------------------

WRONG = [
    ("PRIVATE-text", "string"),
    (5, "number"),
    (1.5, "number"),
    (False, "boolean"),
    (True, "boolean"),
    (["PRIVATE"], "array"),
    ({"PRIVATE": 1}, "object"),
]


@pytest.mark.parametrize(("kind", "name"), PER_FIELD, ids=per_field_id)
def test_wrong_json_type_is_refused_naming_the_field(kind: Kind, name: str) -> None:
    field_kind = kind_of(kind.properties[name])
    refused = 0
    for value, json_kind in WRONG:
        accepted = {STR: "string", OPEN_ENUM: "string", DATETIME: "string", BOOL: "boolean",
                    INT: "number", OBJECT: "object"}[field_kind]  # fmt: skip
        if json_kind == accepted and (field_kind != INT or type(value) is int):
            continue
        if field_kind == DATETIME and json_kind == "string":
            continue  # an unreadable date-time: below
        with pytest.raises(InvalidBody) as caught:
            kind.parse({**EXAMPLES[kind.schema], name: value})
        assert str(caught.value) == (
            f"field {name!r} is a JSON {json_kind}, expected {EXPECTED[field_kind]}"
        )
        assert "PRIVATE" not in str(caught.value)
        refused += 1
    assert refused >= 5


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"in_use": True}, "field 'in_use' is a JSON boolean, expected an integer"),
        ({"in_use": 1.0}, "field 'in_use' is a JSON number, expected an integer"),
        ({"in_use": "1"}, "field 'in_use' is a JSON string, expected an integer"),
        ({"is_reserved": 1}, "field 'is_reserved' is a JSON number, expected a boolean"),
        ({"is_reserved": "true"}, "field 'is_reserved' is a JSON string, expected a boolean"),
        ({"is_reserved": 0}, "field 'is_reserved' is a JSON number, expected a boolean"),
    ],
)
def test_booleans_and_integers_are_not_mixed_up(body: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidBody) as caught:
        parse_phone_number(identity(BY_NAME["PhoneNumber"], **body))
    assert str(caught.value) == message


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_personal_data_is_never_quoted_in_an_error(kind: Kind) -> None:
    for name in kind.properties:
        with pytest.raises(InvalidBody) as caught:
            kind.parse(identity(kind, **{name: {"body": MESSAGE_BODY}})
                       if kind_of(kind.properties[name]) != OBJECT
                       else identity(kind, **{name: {}, "date_created": MESSAGE_BODY}))  # fmt: skip
        assert MESSAGE_BODY not in f"{caught.value} {caught.value!r} {caught.value.args}"
        assert caught.value.__cause__ is None


@pytest.mark.parametrize(
    ("payload", "json_kind"),
    [([], "array"), ([EXAMPLE], "array"), (None, "null"), ("{}", "string"), (42, "number"),
     (4.2, "number"), (True, "boolean")],
)  # fmt: skip
@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_payload_that_is_not_an_object_is_refused(
    kind: Kind, payload: object, json_kind: str
) -> None:
    with pytest.raises(InvalidBody, match=f"^the body is a JSON {json_kind}, not an object$"):
        kind.parse(payload)


@pytest.mark.parametrize(
    ("value", "json_kind"),
    [(None, "null"), (True, "boolean"), (False, "boolean"), (0, "number"), (1.5, "number"),
     ("", "string"), ([], "array"), ({}, "object")],
)  # fmt: skip
def test_json_type(value: object, json_kind: str) -> None:
    assert json_type(value) == json_kind
    assert str(not_object(value)) == f"the body is a JSON {json_kind}, not an object"
    assert str(wrong("f", value, "x")) == f"field 'f' is a JSON {json_kind}, expected x"


# --- numbers (no spec field holds one yet: the helper the emitter calls) -------------------


@pytest.mark.parametrize(
    ("value", "expected"), [(3, 3.0), (0, 0.0), (-2, -2.0), (1.5, 1.5), (2**70, float(2**70))]
)
def test_numbers_are_floats(value: object, expected: float) -> None:
    result = number("ratio", value)
    assert (type(result), result) == (float, expected)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        pytest.param(10**400, "is too large", id="1e400"),
        pytest.param(-(10**400), "is too large", id="-1e400"),
        (True, "is a JSON boolean, expected a number"),
        ("1.5", "is a JSON string, expected a number"),
        (None, "is a JSON null, expected a number"),
        ([1], "is a JSON array, expected a number"),
    ],
)
def test_numbers_are_checked(value: object, problem: str) -> None:
    with pytest.raises(InvalidBody) as caught:
        number("ratio", value)
    assert str(caught.value) == f"field 'ratio' {problem}"
    assert caught.value.__cause__ is None


# --- date-times ------------------------------------------------------------------------------

DATE_TIMES = [
    ("2015-07-30T20:00:00Z", JULY_30),
    ("2015-07-30t20:00:00z", JULY_30),  # RFC 3339 allows lower case
    ("2015-07-30T20:00:00z", JULY_30),
    ("2015-07-30T20:00:00+00:00", JULY_30),
    ("2015-07-30T22:00:00+02:00", dt.datetime(2015, 7, 30, 22, tzinfo=OFFSET)),
    ("2015-07-30T20:00:00.250000Z", JULY_30.replace(microsecond=250000)),
    ("2015-07-30T20:00:00", JULY_30),  # no offset: GMT, as Twilio documents
    ("2015-07-30 20:00:00", JULY_30),
    ("Thu, 30 Jul 2015 20:00:00 +0000", JULY_30),
    ("Thu, 30 Jul 2015 20:00:00 GMT", JULY_30),
    ("Thu, 30 Jul 2015 20:00:00 -0000", JULY_30),  # RFC 2822's "no zone": GMT too
    ("Thu, 30 Jul 2015 22:00:00 +0200", dt.datetime(2015, 7, 30, 22, tzinfo=OFFSET)),
]
DATE_TIME_FIELDS = [(kind, name) for kind in TYPES for name in fields(kind, DATETIME)]


@pytest.mark.parametrize(("kind", "name"), DATE_TIME_FIELDS, ids=per_field_id)
@pytest.mark.parametrize(("text", "expected"), DATE_TIMES)
def test_date_times_are_timezone_aware(
    kind: Kind, name: str, text: str, expected: dt.datetime
) -> None:
    for value in (
        getattr(kind.parse(identity(kind, **{name: text})), name),
        parse_datetime(name, text),
    ):
        assert value == expected
        assert value.utcoffset() == expected.utcoffset()


BAD_DATE_TIMES = [
    "yesterday",
    "",
    "2015-02-30T20:00:00Z",
    "2015-07-30T20:00:00+24:00",
    "\uff12\uff10\uff11\uff15-07-30T20:00:00Z",  # fullwidth digits
    "Mon, 01 Jan 10000 00:00:00 GMT",
    "Mon, 01 Jan 99999999999999999999 00:00:00 GMT",
    "Mon, 01 Jan 2015 99:99:99 GMT",
    f"{MESSAGE_BODY} 2015-07-30",
]


@pytest.mark.parametrize(("kind", "name"), DATE_TIME_FIELDS, ids=per_field_id)
@pytest.mark.parametrize("text", BAD_DATE_TIMES)
def test_unreadable_date_time_is_refused(kind: Kind, name: str, text: str) -> None:
    message = f"field {name!r} is not an ISO 8601 or RFC 2822 date-time"
    with pytest.raises(InvalidBody) as caught:
        kind.parse({**EXAMPLES[kind.schema], name: text})
    assert str(caught.value) == message
    assert caught.value.__cause__ is None
    with pytest.raises(InvalidBody) as caught:
        parse_datetime(name, text)
    assert str(caught.value) == message
    # Nothing chained: the date parsers' errors quote the text.
    assert (caught.value.__cause__, caught.value.__context__) == (None, None)


@pytest.mark.parametrize("value", [None, 1438286400, 1.5, True, [], {}])
def test_a_date_time_that_is_not_text_is_refused(value: object) -> None:
    with pytest.raises(InvalidBody, match=r"^field 'date_created' is a JSON \w+, expected a date"):
        parse_datetime("date_created", value)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
def test_any_text_is_a_date_time_or_invalid(text: str) -> None:
    try:
        value = parse_datetime("date_created", text)
    except InvalidBody:
        return
    assert value.tzinfo is not None
    assert (
        getattr(parse_service(identity(BY_NAME["Service"], date_created=text)), "date_created")
        == value
    )


# --- the result types: the app's contract ---------------------------------------------------


def personal(kind: Kind) -> list[str]:
    return [n for n, s in kind.properties.items() if s.get("x-twilio", {}).get("pii")]


def test_the_spec_marks_personal_data() -> None:
    assert {kind.schema: personal(kind) for kind in TYPES if personal(kind)} == {
        "Participant": ["identifier"],
        "Interaction": ["data"],
        "MessageInteraction": ["data"],
    }


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_repr_hides_personal_data_and_shows_the_rest(kind: Kind) -> None:
    secrets = {name: json.dumps({"body": MESSAGE_BODY}) for name in personal(kind)}
    parsed = kind.parse({**EXAMPLES[kind.schema], **secrets, "unknown": MESSAGE_BODY})
    text = repr(parsed)
    assert MESSAGE_BODY not in text
    assert str(parsed) == text
    assert text.startswith(f"{kind.cls.__name__}(")
    for name in kind.properties:
        value = getattr(parsed, name)
        if name in secrets:
            assert f"{name}=<{len(value)} characters hidden>" in text
        else:
            assert f"{name}={value!r}" in text
    for name in personal(kind):
        assert f"{name}=None" in repr(kind.cls(**identity(kind)))


@pytest.mark.parametrize("kind", [BY_NAME["Interaction"], BY_NAME["MessageInteraction"]], ids=ids)
@pytest.mark.parametrize(
    ("data", "decoded"),
    [(None, None), ('{"body": "hi", "media": []}', {"body": "hi", "media": []}), ("{}", {})],
)
def test_decode_data(kind: Kind, data: str | None, decoded: Any) -> None:
    assert kind.cls(**identity(kind), data=data).decode_data() == decoded


@pytest.mark.parametrize("kind", [BY_NAME["Interaction"], BY_NAME["MessageInteraction"]], ids=ids)
@pytest.mark.parametrize(
    ("data", "problem"),
    [('["a"]', "holds a JSON list"), ('"text"', "holds a JSON str"), ("3", "holds a JSON int"),
     ("null", "holds a JSON NoneType"), ("{not json", "is not JSON"), ("", "is not JSON"),
     (f'{{"body": "{MESSAGE_BODY}"', "is not JSON")],
)  # fmt: skip
def test_decode_data_that_is_not_an_object(kind: Kind, data: str, problem: str) -> None:
    with pytest.raises(ValueError, match=f"^data {problem}") as caught:
        kind.cls(**identity(kind), data=data).decode_data()
    # Nothing chained: a JSONDecodeError would carry the whole message body.
    assert (caught.value.__cause__, caught.value.__context__) == (None, None)
    assert MESSAGE_BODY not in str(caught.value)


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_to_dict_is_json_ready(kind: Kind) -> None:
    changes = {name: "carrier-pigeon" for name in fields(kind, OPEN_ENUM)}
    parsed = kind.parse({**EXAMPLES[kind.schema], **changes, "new_field": {"a": [1, 2]}})
    out = parsed.to_dict()
    assert list(out) == ["new_field", *kind.properties]
    assert out["new_field"] == {"a": [1, 2]}
    for name in kind.properties:
        field_kind = kind_of(kind.properties[name])
        if field_kind in (STR, OPEN_ENUM, DATETIME):
            assert out[name] is None or type(out[name]) is str, name  # enums as plain str
    for name in fields(kind, DATETIME):
        if parsed.to_dict()[name] is not None:
            assert out[name] == getattr(parsed, name).isoformat()
    assert json.loads(json.dumps(out)) == out
    assert kind.parse(out) == parsed


@pytest.mark.parametrize("kind", TYPES, ids=ids)
def test_result_is_frozen_and_hashable_without_json_objects(kind: Kind) -> None:
    body = {**EXAMPLES[kind.schema], "new_field": {"a": 1}}
    body.update(dict.fromkeys(fields(kind, JSON)))  # a dict field cannot be hashed
    parsed = kind.parse(body)
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.sid = "changed"
    assert hash(parsed) == hash(kind.parse({**body, "new_field": 2}))  # extra is left out
    assert parsed in {parsed}
    assert parsed == kind.parse(body)
    assert parsed != kind.parse({**body, "sid": "other"})


# --- bodies built from the spec's schema -----------------------------------------------------


@st.composite
def rfc3339(draw: st.DrawFn) -> str:
    moment = draw(st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)))
    text = moment.strftime("%Y-%m-%dT%H:%M:%S").rjust(19, "0")
    if draw(st.booleans()):
        text += "." + draw(st.text(alphabet="0123456789", min_size=1, max_size=6))
    minutes = draw(st.none() | st.integers(-(23 * 60 + 59), 23 * 60 + 59))
    if minutes is None:
        return text + "Z"
    sign = "-" if minutes < 0 else "+"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


def property_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values the spec allows for one property (null where its type holds "null")."""
    types = schema.get("type", ["null"])
    if "null" not in types and "anyOf" not in schema:
        return non_null_values(schema)
    return st.none() | non_null_values(schema)


def non_null_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    field_kind = kind_of(schema)
    if field_kind == DATETIME:
        return rfc3339()
    if field_kind == OPEN_ENUM:
        return st.sampled_from(enum_values(schema)) | st.text()
    if field_kind == INT:
        return st.integers()
    if field_kind == BOOL:
        return st.booleans()
    if field_kind == OBJECT:
        return st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3)
    if "pattern" in schema:  # `$` would also match before a newline; the spec means the end
        return st.from_regex(re.sub(r"\$$", r"\\Z", schema["pattern"]), fullmatch=True)
    return st.text()


def bodies(kind: Kind) -> st.SearchStrategy[dict[str, Any]]:
    properties = {name: property_values(schema) for name, schema in kind.properties.items()}
    always = {name: properties.pop(name) for name in required(kind)}
    return st.fixed_dictionaries(always, optional=properties).flatmap(
        lambda body: st.dictionaries(
            st.text(max_size=8).filter(lambda k: k not in kind.properties), JSON_VALUES, max_size=2
        ).map(lambda extra: {**body, **extra})
    )


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("kind", TYPES, ids=ids)
@FUZZ
@given(data=st.data())
def test_body_the_spec_allows_is_read_as_sent(kind: Kind, data: st.DataObject) -> None:
    body = data.draw(bodies(kind))
    parsed = kind.parse(body)
    check_same(kind, parsed, body)
    assert kind.parse(json.loads(json.dumps(parsed.to_dict()))) == parsed


@pytest.mark.parametrize("kind", TYPES, ids=ids)
@FUZZ
@given(data=st.data())
def test_mutated_body_is_read_or_refused_naming_a_field(kind: Kind, data: st.DataObject) -> None:
    body = data.draw(bodies(kind))
    changes = data.draw(
        st.dictionaries(
            st.sampled_from(list(kind.properties)), JSON_VALUES | st.text(), min_size=1, max_size=4
        )
    )
    body.update(changes)
    try:
        parsed = kind.parse(body)
    except InvalidBody as exc:
        named = re.match(r"field '(\w+)'", str(exc))
        assert named is not None
        assert named.group(1) in changes
        return
    assert type(parsed) is kind.cls


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://user:pa55word@example.com/cb", "'https://user:***@example.com/cb'"),
        (
            "https://user:p@ss:w@example.com:8443/cb?x=@",
            "'https://user:***@example.com:8443/cb?x=@'",
        ),
        ("https://:secret@example.com", "'https://:***@example.com'"),
        ("https://user@example.com/cb", "'https://user@example.com/cb'"),  # no password
        ("https://example.com/cb?who=a:b@c", "'https://example.com/cb?who=a:b@c'"),  # the query
        ("mailto:a@b", "'mailto:a@b'"),
        (None, "None"),
    ],
)
def test_a_url_is_shown_without_its_password(url: str | None, shown: str) -> None:
    assert shown_url(url) == shown


def test_a_results_repr_hides_a_callback_urls_password() -> None:
    kind = BY_NAME["Service"]
    url = "https://hooks:Tr0ub4dor-3@example.com/cb"
    service = kind.parse(identity(kind, callback_url=url, intercept_callback_url=url))
    assert "Tr0ub4dor" not in repr(service)
    assert "callback_url='https://hooks:***@example.com/cb'" in repr(service)
    assert service.callback_url == url  # the value itself is the app's
