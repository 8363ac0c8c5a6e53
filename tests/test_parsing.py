"""parse(): the spec's MessageInteraction, type-checked field by field, and the generated class.

The field list and kinds come from the spec and the generated table, never from
a list written here: a property added to the spec is covered by every test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _support import EXAMPLE, MESSAGE_BODY, SPEC
from twilio_proxy._parsing import InvalidBody, json_type, parse, parse_datetime
from twilio_proxy_api.typed import (
    BOOL,
    DATETIME,
    ENUM,
    INT,
    JSON,
    MESSAGE_INTERACTION_FIELDS,
    NUMBER,
    OPEN_ENUM,
    STR,
    MessageInteraction,
)

SCHEMAS = SPEC["components"]["schemas"]
PROPERTIES: dict[str, dict[str, Any]] = SCHEMAS["MessageInteraction"]["properties"]
TABLE = {name: (attr, kind, enum) for name, attr, kind, enum in MESSAGE_INTERACTION_FIELDS}
ENUM_FIELDS = [name for name, (_, kind, _) in TABLE.items() if kind in (ENUM, OPEN_ENUM)]
PII = [name for name, schema in PROPERTIES.items() if schema.get("x-twilio", {}).get("pii")]
JULY_30 = dt.datetime(2015, 7, 30, 20, 0, tzinfo=dt.UTC)


def read(payload: object) -> MessageInteraction:
    return parse(MessageInteraction, MESSAGE_INTERACTION_FIELDS, payload)


def attr(name: str) -> str:
    return TABLE[name][0]


def expected_kind(schema: dict[str, Any]) -> str:
    """The parse kind the spec implies for one property."""
    if any("$ref" in option for option in schema.get("anyOf", ())):
        return OPEN_ENUM  # an enum, or any other string Twilio adds later
    return DATETIME if schema.get("format") == "date-time" else STR


def test_table_follows_the_spec() -> None:
    assert list(TABLE) == list(PROPERTIES)
    for name, schema in PROPERTIES.items():
        assert TABLE[name][1] == expected_kind(schema), name
        if name in ENUM_FIELDS:
            [ref] = [option["$ref"] for option in schema["anyOf"] if "$ref" in option]
            values = SCHEMAS[ref.rsplit("/", 1)[1]]["enum"]
            assert sorted(member.value for member in TABLE[name][2]) == sorted(values)
    assert PII  # the spec marks personal data; repr must hide it (below)


def check_same(mi: MessageInteraction, body: dict[str, Any]) -> None:
    """Every property of *mi* holds what *body* sent, typed as the spec says."""
    for name in PROPERTIES:
        value, sent = getattr(mi, attr(name)), body.get(name)
        kind, enum = TABLE[name][1:]
        if sent is None:
            assert value is None, name
        elif kind == DATETIME:
            assert isinstance(value, dt.datetime)
            assert value.tzinfo is not None
            assert value.utcoffset() == dt.datetime.fromisoformat(sent).utcoffset()
            assert value.replace(tzinfo=None) == dt.datetime.fromisoformat(sent).replace(
                tzinfo=None
            )
        else:
            assert value == sent, name
            known = enum is not None and sent in {member.value for member in enum}
            assert type(value) is (enum if known else str), name
    assert dict(mi.extra) == {k: v for k, v in body.items() if k not in PROPERTIES}


def test_spec_example_round_trips() -> None:
    mi = read(EXAMPLE)
    check_same(mi, EXAMPLE)
    assert mi.date_created == JULY_30
    assert read(mi.to_dict()) == mi


@pytest.mark.parametrize("body", [{}, dict.fromkeys(PROPERTIES)], ids=["absent", "null"])
def test_every_property_may_be_absent_or_null(body: dict[str, Any]) -> None:
    mi = read(body)
    assert all(getattr(mi, attr(name)) is None for name in PROPERTIES)
    assert mi.extra == {}
    assert mi == MessageInteraction()


@pytest.mark.parametrize(
    ("name", "value"),
    [(name, member.value) for name in ENUM_FIELDS for member in TABLE[name][2]]
    + [(name, other) for name in ENUM_FIELDS for other in ("carrier-pigeon", "", "MESSAGE")],
)
def test_enum_fields_are_members_when_known_else_plain_strings(name: str, value: str) -> None:
    parsed = getattr(read({**EXAMPLE, name: value}), attr(name))
    enum = TABLE[name][2]
    assert parsed == value
    assert type(parsed) is (enum if value in {m.value for m in enum} else str)


WRONG = [(5, "number"), (1.5, "number"), (False, "boolean"), ([], "array"), ({}, "object")]


@pytest.mark.parametrize("name", list(PROPERTIES))
@pytest.mark.parametrize(("value", "json_kind"), WRONG)
def test_wrong_json_type_is_refused_naming_the_field(name: str, value: Any, json_kind: str) -> None:
    with pytest.raises(InvalidBody) as info:
        read({**EXAMPLE, name: value})
    expected = "a date-time string" if TABLE[name][1] == DATETIME else "a string"
    assert str(info.value) == f"field {name!r} is a JSON {json_kind}, expected {expected}"


def test_message_body_is_never_quoted_in_an_error() -> None:
    with pytest.raises(InvalidBody) as info:
        read({**EXAMPLE, "data": {"body": MESSAGE_BODY}})
    assert MESSAGE_BODY not in str(info.value)


def test_unknown_fields_are_kept_in_extra() -> None:
    extra = {"links": {"self": "https://x.example"}, "new_counter": 3, "flag": None, "extra": 1}
    mi = read({**EXAMPLE, **extra})
    assert mi.extra == extra
    check_same(mi, {**EXAMPLE, **extra})


@pytest.mark.parametrize(
    ("payload", "kind"),
    [([], "array"), ([EXAMPLE], "array"), (None, "null"), ("{}", "string"), (42, "number"),
     (4.2, "number"), (True, "boolean")],
)  # fmt: skip
def test_payload_that_is_not_an_object_is_refused(payload: object, kind: str) -> None:
    with pytest.raises(InvalidBody, match=f"^the body is a JSON {kind}, not an object$"):
        read(payload)


@pytest.mark.parametrize(
    ("value", "kind"),
    [(None, "null"), (True, "boolean"), (False, "boolean"), (0, "number"), (1.5, "number"),
     ("", "string"), ([], "array"), ({}, "object")],
)  # fmt: skip
def test_json_type(value: object, kind: str) -> None:
    assert json_type(value) == kind


# --- date-times ------------------------------------------------------------------------------

OFFSET = dt.timezone(dt.timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-07-30T20:00:00Z", JULY_30),
        ("2015-07-30t20:00:00z", JULY_30),  # RFC 3339 allows lower case
        ("2015-07-30T20:00:00+00:00", JULY_30),
        ("2015-07-30T22:00:00+02:00", dt.datetime(2015, 7, 30, 22, tzinfo=OFFSET)),
        ("2015-07-30T20:00:00.250000Z", JULY_30.replace(microsecond=250000)),
        ("2015-07-30T20:00:00", JULY_30),  # no offset: GMT, as Twilio documents
        ("Thu, 30 Jul 2015 20:00:00 +0000", JULY_30),
        ("Thu, 30 Jul 2015 20:00:00 GMT", JULY_30),
        ("Thu, 30 Jul 2015 20:00:00 -0000", JULY_30),  # RFC 2822's "no zone": GMT too
        ("Thu, 30 Jul 2015 22:00:00 +0200", dt.datetime(2015, 7, 30, 22, tzinfo=OFFSET)),
    ],
)
def test_date_times_are_timezone_aware(text: str, expected: dt.datetime) -> None:
    for name in [name for name, (_, kind, _) in TABLE.items() if kind == DATETIME]:
        value = getattr(read({name: text}), attr(name))
        assert value == expected
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "",
        "2015-02-30T20:00:00Z",
        "2015-07-30T20:00:00+24:00",
        "\uff12\uff10\uff11\uff15-07-30T20:00:00Z",  # fullwidth digits
        "Mon, 01 Jan 10000 00:00:00 GMT",
        "Mon, 01 Jan 99999999999999999999 00:00:00 GMT",
        "Mon, 01 Jan 2015 99:99:99 GMT",
    ],
)
def test_unreadable_date_time_is_refused(text: str) -> None:
    with pytest.raises(InvalidBody, match=r"^field 'date_updated' is not an ISO 8601 or RFC 2822"):
        read({**EXAMPLE, "date_updated": text})


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=40))
def test_any_text_is_a_date_time_or_invalid(text: str) -> None:
    try:
        value = parse_datetime("date_created", text)
    except InvalidBody:
        return
    assert value.tzinfo is not None


# --- the other kinds a table may hold (the spec has none yet) ---------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class Row:
    count: int | None = None
    ratio: float | None = None
    flag: bool | None = None
    colour: Any = None
    blob: Any = None
    from_: str | None = None  # JSON "from": a keyword, renamed as emit.py renames it
    extra: Any = dataclasses.field(default_factory=dict)


class Colour(enum.Enum):
    RED = "red"


ROW_FIELDS = (
    ("count", "count", INT, None),
    ("ratio", "ratio", NUMBER, None),
    ("flag", "flag", BOOL, None),
    ("colour", "colour", ENUM, Colour),
    ("blob", "blob", JSON, None),
    ("from", "from_", STR, None),
)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"count": 2**70, "ratio": 3, "flag": False, "colour": "red", "blob": [1, {"a": None}]},
         Row(count=2**70, ratio=3.0, flag=False, colour=Colour.RED, blob=[1, {"a": None}])),
        ({"ratio": 1.5, "blob": "x"}, Row(ratio=1.5, blob="x")),
        ({"from": "+1555", "to": "+1666"}, Row(from_="+1555", extra={"to": "+1666"})),
    ],
)  # fmt: skip
def test_other_kinds_are_read(payload: dict[str, Any], expected: Row) -> None:
    before = dict(payload)
    row = parse(Row, ROW_FIELDS, payload)
    assert row == expected
    assert type(row.ratio) in (float, type(None))
    assert payload == before  # the decoded dict is not changed


def test_a_model_needs_a_default_for_every_field() -> None:
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Strict:
        count: int
        extra: Any = dataclasses.field(default_factory=dict)

    with pytest.raises(ValueError, match="Strict has no default for count"):
        parse(Strict, (("count", "count", INT, None),), {"count": 1})


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("count", True, "is a JSON boolean, expected an integer"),
        ("count", 1.0, "is a JSON number, expected an integer"),
        ("ratio", "1", "is a JSON string, expected a number"),
        ("ratio", False, "is a JSON boolean, expected a number"),
        pytest.param("ratio", 10**400, "is too large", id="ratio-1e400"),
        ("flag", 1, "is a JSON number, expected a boolean"),
        ("colour", 1, "is a JSON number, expected a string"),
        ("colour", "blue", "is not one of"),
    ],
)
def test_other_kinds_are_checked(name: str, value: Any, problem: str) -> None:
    with pytest.raises(InvalidBody, match=f"^field {name!r} {re.escape(problem)}"):
        parse(Row, ROW_FIELDS, {name: value})


# --- the generated class: the app's contract -------------------------------------------------


def test_repr_hides_personal_data_and_shows_the_rest() -> None:
    data = json.dumps({"body": MESSAGE_BODY})
    mi = read({**EXAMPLE, "data": data})
    text = repr(mi)
    assert MESSAGE_BODY not in text
    assert str(mi) == text
    for name in PROPERTIES:
        value = getattr(mi, attr(name))
        if name in PII:
            assert f"{attr(name)}=<{len(value)} characters hidden>" in text
        else:
            assert f"{attr(name)}={value!r}" in text
    assert f"{attr(PII[0])}=None" in repr(MessageInteraction())


@pytest.mark.parametrize(
    ("data", "decoded"),
    [(None, None), ('{"body": "hi", "media": []}', {"body": "hi", "media": []}), ("{}", {})],
)
def test_decode_data(data: str | None, decoded: Any) -> None:
    assert MessageInteraction(data=data).decode_data() == decoded


@pytest.mark.parametrize("data", ['["a"]', '"text"', "3", "null", "{not json", ""])
def test_decode_data_that_is_not_an_object(data: str) -> None:
    with pytest.raises(ValueError, match=r"^data ") as caught:
        MessageInteraction(data=data).decode_data()
    # Nothing chained: a JSONDecodeError would carry the whole message body.
    assert (caught.value.__cause__, caught.value.__context__) == (None, None)


def test_to_dict_is_json_ready() -> None:
    mi = read({**EXAMPLE, "type": "carrier-pigeon", "new_field": {"a": [1, 2]}})
    out = mi.to_dict()
    assert list(out) == ["new_field", *PROPERTIES]
    assert out["new_field"] == {"a": [1, 2]}
    assert out["date_created"] == JULY_30.isoformat()
    for name in PROPERTIES:
        assert out[name] is None or type(out[name]) is str, name  # enums as plain str
    assert json.loads(json.dumps(out)) == out
    assert read(out) == mi


def test_result_is_frozen_and_hashable() -> None:
    mi = read({**EXAMPLE, "new_field": {"a": 1}})
    with pytest.raises(dataclasses.FrozenInstanceError):
        mi.sid = "KI" + "0" * 32  # type: ignore[misc]
    assert hash(mi) == hash(read({**EXAMPLE, "new_field": {"a": 1}}))  # extra is left out
    assert mi in {mi}


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


def property_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values the spec allows for one property (every property may be null)."""
    kind = expected_kind(schema)
    if kind == DATETIME:
        return st.none() | rfc3339()
    if kind == OPEN_ENUM:
        [ref] = [option["$ref"] for option in schema["anyOf"] if "$ref" in option]
        return st.none() | st.sampled_from(SCHEMAS[ref.rsplit("/", 1)[1]]["enum"]) | st.text()
    if "pattern" in schema:  # `$` would also match before a newline; the spec means the end
        return st.none() | st.from_regex(re.sub(r"\$$", r"\\Z", schema["pattern"]), fullmatch=True)
    return st.none() | st.text()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
BODIES = st.fixed_dictionaries(
    {}, optional={name: property_values(schema) for name, schema in PROPERTIES.items()}
).flatmap(
    lambda body: st.dictionaries(
        st.text(max_size=8).filter(lambda k: k not in PROPERTIES), JSON_VALUES, max_size=2
    ).map(lambda extra: {**body, **extra})
)
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(body=BODIES)
def test_body_the_spec_allows_is_read_as_sent(body: dict[str, Any]) -> None:
    check_same(read(body), body)


@FUZZ
@given(
    body=BODIES,
    changes=st.dictionaries(
        st.sampled_from(list(PROPERTIES)), JSON_VALUES | st.text(), min_size=1, max_size=4
    ),
)
def test_mutated_body_is_read_or_refused_naming_a_field(
    body: dict[str, Any], changes: dict[str, Any]
) -> None:
    body.update(changes)
    try:
        mi = read(body)
    except InvalidBody as exc:
        named = re.match(r"field '(\w+)'", str(exc))
        assert named is not None
        assert named.group(1) in changes
        return
    assert type(mi) is MessageInteraction
