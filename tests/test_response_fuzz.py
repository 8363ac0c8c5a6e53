"""Fuzzed 200 bodies: a MessageInteraction or ResponseValidationError, never anything else.

Bodies are built from the spec's MessageInteraction schema (the strategy below
is derived from openapi/message_interaction.yaml, and every generated body is
checked against the schema with jsonschema), then mutated: nulls, unknown enum
values, missing, extra and wrongly typed fields, non-object JSON, broken bytes.

For schema-conformant bodies the result must hold exactly what was sent:
strings as sent, enum fields equal to their strings (members of the generated
enums when known), date-times parsed to the same instant and offset, unknown
fields in ``extra``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls

import twilio_proxy
from _support import EXAMPLE, REQUEST_ID, SIDS, SPEC, make_async_client, make_client
from twilio_proxy import MessageInteractionResourceStatus, MessageInteractionType

SCHEMAS = SPEC["components"]["schemas"]
SCHEMA = SCHEMAS["MessageInteraction"]
PROPERTIES: dict[str, dict[str, Any]] = SCHEMA["properties"]
VALIDATOR = jsonschema.Draft202012Validator(
    {"components": SPEC["components"], "$ref": "#/components/schemas/MessageInteraction"}
)
ENUM_CLASSES = {
    "MessageInteractionType": MessageInteractionType,
    "MessageInteractionResourceStatus": MessageInteractionResourceStatus,
}
FUZZ_SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

# --- the schema, as strategies ---------------------------------------------------------------


@st.composite
def rfc3339(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    """An RFC 3339 date-time as Twilio writes it (upper-case T and Z), and what it means."""
    moment = draw(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)))
    text = (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    )
    digits = draw(st.none() | st.text(alphabet="0123456789", min_size=1, max_size=9))
    microsecond = 0
    if digits is not None:
        text += "." + digits
        microsecond = int(digits[:6].ljust(6, "0"))  # past six digits: truncated
    minutes = draw(st.none() | st.integers(-(23 * 60 + 59), 23 * 60 + 59))
    if minutes is None:
        text += "Z"
        offset = dt.timedelta(0)
    else:
        sign = "-" if minutes < 0 else "+"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        offset = dt.timedelta(minutes=minutes)
    meaning = moment.replace(microsecond=microsecond, tzinfo=dt.timezone(offset))
    return text, meaning


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return SCHEMAS[ref.rsplit("/", 1)[1]] if ref else schema


def string_strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if "pattern" in schema:
        # `$` would also match before a trailing newline; the schema means end of string.
        return st.from_regex(re.sub(r"\$$", r"\\Z", schema["pattern"]), fullmatch=True)
    if schema.get("format") == "date-time":
        return rfc3339().map(lambda pair: pair[0])
    if schema.get("format") == "uri":
        return urls()
    return st.text()


def property_strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values valid for one property of the MessageInteraction schema."""
    if "anyOf" in schema:
        options = []
        for option in map(_resolve, schema["anyOf"]):
            if "enum" in option:
                options.append(st.sampled_from(option["enum"]))
            elif option["type"] == "null":
                options.append(st.none())
            else:
                options.append(string_strategy(option))
        return st.one_of(options)
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    assert set(types) <= {"string", "null"}, f"schema not handled here: {schema}"
    strategy = string_strategy(schema)
    return strategy | st.none() if "null" in types else strategy


JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
# Fields Twilio may add later: any name the schema does not define.
EXTRA_FIELDS = st.dictionaries(
    st.text(min_size=1, max_size=12).filter(lambda name: name not in PROPERTIES),
    JSON_VALUES,
    max_size=3,
)


# Every property optional (the schema requires none), each drawn from its own schema.
SCHEMA_FIELDS = st.fixed_dictionaries(
    {}, optional={name: property_strategy(schema) for name, schema in PROPERTIES.items()}
)


@st.composite
def conformant_bodies(draw: st.DrawFn) -> dict[str, Any]:
    """A JSON object the schema accepts: any subset of the fields, each valid, plus extras."""
    body = draw(SCHEMA_FIELDS)
    body.update(draw(EXTRA_FIELDS))
    VALIDATOR.validate(body)  # the strategy itself is checked against the spec
    return body


# --- mutations ---------------------------------------------------------------------------------

WRONG_TYPES = (
    st.booleans()
    | st.integers()
    | st.integers(min_value=2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.lists(JSON_VALUES, max_size=3)
    | st.dictionaries(st.text(max_size=5), JSON_VALUES, max_size=3)
)
ODD_DATES = st.sampled_from(
    [
        "",
        "now",
        "2015-07-30",
        "2015-07-30T20:00:00",  # no offset: read as UTC
        "2015-07-30t20:00:00z",
        "2015-06-30T23:59:60Z",  # a leap second
        "2015-02-30T20:00:00Z",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+23:59",
        "Thu, 30 Jul 2015 20:00:00 +0000",
        "Thu, 30 Jul 2015 20:00:00 +2400",
        "Mon, 01 Jan 10000 00:00:00 GMT",
        "Mon, 01 Jan 99999999999999999999 00:00:00 GMT",
        "Mon, 01 Jan 2015 99:99:99 GMT",
        "1 Jan 1 0:0:0 -0000",
    ]
)


@st.composite
def mutated_objects(draw: st.DrawFn) -> dict[str, Any]:
    """A conformant body with 1-5 mutations: nulls, unknown enums, gaps, extras, wrong types."""
    body = draw(conformant_bodies())
    names = list(PROPERTIES)
    for _ in range(draw(st.integers(1, 5))):
        name = draw(st.sampled_from(names) | st.text(max_size=8))
        kind = draw(
            st.sampled_from(["null", "unknown", "delete", "extra", "wrong-type", "odd-date"])
        )
        if kind == "null":
            body[name] = None
        elif kind == "unknown":
            body[name] = draw(st.text())
        elif kind == "delete":
            body.pop(name, None)
        elif kind == "extra":
            body[draw(st.text(max_size=12))] = draw(JSON_VALUES)
        elif kind == "wrong-type":
            body[name] = draw(WRONG_TYPES)
        else:
            body[draw(st.sampled_from(["date_created", "date_updated"]))] = draw(
                ODD_DATES | st.text()
            )
    return body


def encoded(value: Any, *, ascii_only: bool = True) -> bytes:
    return json.dumps(value, ensure_ascii=ascii_only).encode()


@st.composite
def fuzzed_bodies(draw: st.DrawFn) -> bytes:
    """Bytes of a 200 answer: mutated objects, other JSON, and things that are not JSON."""
    kind = draw(
        st.sampled_from(
            [
                "object",
                "object",
                "object",
                "object-utf8",
                "not-an-object",
                "nan",
                "truncated",
                "random-bytes",
                "utf16",
                "deep",
                "duplicate-keys",
            ]
        )
    )
    if kind == "object":
        return encoded(draw(mutated_objects()))
    if kind == "object-utf8":
        return encoded(draw(mutated_objects()), ascii_only=False)
    if kind == "not-an-object":
        return encoded(draw(JSON_SCALARS | st.lists(JSON_VALUES, max_size=4)))
    if kind == "nan":
        name = draw(st.sampled_from(list(PROPERTIES)))
        value = draw(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-0"]))
        return encoded(EXAMPLE)[:-1] + f', "{name}": {value}}}'.encode()
    if kind == "truncated":
        whole = encoded(draw(conformant_bodies()))
        return whole[: draw(st.integers(0, max(len(whole) - 1, 0)))]
    if kind == "random-bytes":
        return draw(st.binary(max_size=200))
    if kind == "utf16":
        return json.dumps(draw(mutated_objects())).encode(
            draw(st.sampled_from(["utf-16", "utf-32"]))
        )
    if kind == "deep":
        depth = draw(st.integers(1, 200_000))
        return b'{"sid": ' + b"[" * depth + b"]" * depth + b"}"
    # A later duplicate wins in json.loads: a valid field overwritten by a bad one.
    bad = draw(WRONG_TYPES | st.none() | st.text())
    return encoded(EXAMPLE)[:-1] + b', "sid": ' + encoded(bad) + b"}"


# --- the client under test ---------------------------------------------------------------------


class Answer:
    """A MockTransport handler answering 200 with whatever body it currently holds."""

    def __init__(self) -> None:
        self.body = b""
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(
            200,
            content=self.body,
            headers={"Content-Type": "application/json", "Twilio-Request-Id": REQUEST_ID},
        )


@functools.cache
def shared_client() -> tuple[twilio_proxy.Client, Answer]:
    answer = Answer()
    return make_client(answer, max_retries=0), answer


def fetch_sync(body: bytes) -> twilio_proxy.MessageInteraction | twilio_proxy.TwilioProxyError:
    client, answer = shared_client()
    answer.body = body
    answer.calls = 0
    try:
        return client.fetch_message_interaction(**SIDS)
    except twilio_proxy.ResponseValidationError as exc:  # anything else fails the test
        return exc
    finally:
        assert answer.calls == 1


async def fetch_async(
    body: bytes,
) -> twilio_proxy.MessageInteraction | twilio_proxy.TwilioProxyError:
    answer = Answer()
    answer.body = body
    async with make_async_client(answer, max_retries=0) as aclient:
        try:
            return await aclient.fetch_message_interaction(**SIDS)
        except twilio_proxy.ResponseValidationError as exc:  # anything else fails the test
            return exc


# --- checks ------------------------------------------------------------------------------------


def kind_of(name: str) -> str:
    schema = PROPERTIES[name]
    if "anyOf" in schema:
        return "enum"
    return "datetime" if schema.get("format") == "date-time" else "str"


def enum_class_of(name: str) -> type[Any]:
    [ref] = [option["$ref"] for option in PROPERTIES[name]["anyOf"] if "$ref" in option]
    return ENUM_CLASSES[ref.rsplit("/", 1)[1]]


def check_same_datetime(parsed: object, text: str) -> None:
    assert isinstance(parsed, dt.datetime)
    assert parsed.tzinfo is not None
    # Fields and offset, not ==: comparing instants near year 1 or 9999 can overflow.
    expected = dt.datetime.fromisoformat(text)
    assert parsed.replace(tzinfo=None) == expected.replace(tzinfo=None)
    assert parsed.utcoffset() == expected.utcoffset()


def check_result_equals_input(mi: object, body: dict[str, Any]) -> None:
    assert type(mi) is twilio_proxy.MessageInteraction
    for name in PROPERTIES:
        value = getattr(mi, name)
        sent = body.get(name)
        if sent is None:
            assert value is None, name
        elif kind_of(name) == "datetime":
            check_same_datetime(value, sent)
        elif kind_of(name) == "enum":
            assert value == sent, name
            enum = enum_class_of(name)
            if sent in {member.value for member in enum}:
                assert type(value) is enum, name
            else:
                assert type(value) is str, name
        else:
            assert type(value) is str, name
            assert value == sent, name
    assert dict(mi.extra) == {k: v for k, v in body.items() if k not in PROPERTIES}


def check_fuzzed_outcome(outcome: object, body: bytes) -> None:
    """The property: a MessageInteraction, or a ResponseValidationError; plus what is knowable."""
    if isinstance(outcome, twilio_proxy.ResponseValidationError):
        assert outcome.status_code == 200
        assert outcome.request_id == REQUEST_ID
        assert str(outcome).startswith("Twilio's answer is not a MessageInteraction: ")
    else:
        assert type(outcome) is twilio_proxy.MessageInteraction
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        assert isinstance(outcome, twilio_proxy.ResponseValidationError)
        return
    if not isinstance(payload, dict):
        assert isinstance(outcome, twilio_proxy.ResponseValidationError)
        assert "not an object" in str(outcome)
        return
    known = {name: value for name, value in payload.items() if name in PROPERTIES}
    wrong = [name for name, value in known.items() if value is not None and type(value) is not str]
    dates = {"date_created", "date_updated"}
    if wrong:
        # A number, boolean, array or object where the schema says string (or null). The
        # error names it, or an unreadable date-time met first.
        assert isinstance(outcome, twilio_proxy.ResponseValidationError), wrong
        named = wrong + [name for name in dates if isinstance(known.get(name), str)]
        assert any(f"field {name!r}" in str(outcome) for name in named)
        return
    if isinstance(outcome, twilio_proxy.ResponseValidationError):
        # Only an unreadable date-time may make an all-string object unreadable.
        assert any(f"field {name!r} is not an ISO 8601" in str(outcome) for name in dates)
        return
    for name in PROPERTIES:
        value, sent = getattr(outcome, name), known.get(name)
        if name in dates:
            assert (value is None) == (sent is None)
            assert value is None or (isinstance(value, dt.datetime) and value.tzinfo is not None)
        else:
            assert value == sent, name
    assert dict(outcome.extra) == {k: v for k, v in payload.items() if k not in PROPERTIES}


# --- properties --------------------------------------------------------------------------------


@settings(FUZZ_SETTINGS, max_examples=300)
@given(body=conformant_bodies())
@example(body=EXAMPLE)
@example(body={})
@example(body={"type": "carrier-pigeon", "outbound_resource_status": "teleported"})
def test_conformant_body_is_read_as_sent(body: dict[str, Any]) -> None:
    outcome = fetch_sync(encoded(body))
    check_result_equals_input(outcome, body)


@settings(FUZZ_SETTINGS, max_examples=60)
@given(body=conformant_bodies())
async def test_conformant_body_is_read_as_sent_async(body: dict[str, Any]) -> None:
    outcome = await fetch_async(encoded(body))
    check_result_equals_input(outcome, body)


@settings(FUZZ_SETTINGS, max_examples=500)
@given(body=fuzzed_bodies())
@example(body=b"")
@example(body=b"null")
@example(body=b"[]")
@example(body=b"\xff\xfe\x00")
@example(body=b"[" * 100_000)
@example(body=encoded({**EXAMPLE, "date_created": "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"}))
@example(body=encoded({**EXAMPLE, "type": 1}))
@example(body=encoded({**EXAMPLE, "date_updated": {"$date": 0}}))
def test_fuzzed_body_is_a_message_interaction_or_a_validation_error(body: bytes) -> None:
    check_fuzzed_outcome(fetch_sync(body), body)


@settings(FUZZ_SETTINGS, max_examples=100)
@given(body=fuzzed_bodies())
async def test_fuzzed_body_is_a_message_interaction_or_a_validation_error_async(
    body: bytes,
) -> None:
    check_fuzzed_outcome(await fetch_async(body), body)


# --- date-times the schema allows, one by one -----------------------------------------------

PLUS_0130 = dt.timezone(dt.timedelta(hours=1, minutes=30))
RFC3339_CASES = [
    ("2015-07-30T20:00:00Z", dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)),
    (
        "2015-07-30T20:00:00.5+01:30",
        dt.datetime(
            2015, 7, 30, 20, 0, 0, 500000, tzinfo=dt.timezone(dt.timedelta(hours=1, minutes=30))
        ),
    ),
    ("2015-07-30T20:00:00-00:00", dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)),
    # RFC 3339 section 5.6: "T" and "Z" may alternatively be lower case.
    ("2015-07-30t20:00:00Z", dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)),
    ("2015-07-30T20:00:00z", dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)),
    ("2015-07-30t20:00:00z", dt.datetime(2015, 7, 30, 20, tzinfo=dt.UTC)),
]


@pytest.mark.parametrize(("text", "meaning"), RFC3339_CASES)
def test_rfc3339_date_time_is_read(text: str, meaning: dt.datetime) -> None:
    VALIDATOR.validate({"date_created": text})
    outcome = fetch_sync(encoded({**EXAMPLE, "date_created": text}))
    assert isinstance(outcome, twilio_proxy.MessageInteraction), str(outcome)
    assert outcome.date_created == meaning
    assert outcome.date_created.utcoffset() == meaning.utcoffset()
