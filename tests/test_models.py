"""MessageInteraction: what a 2xx body becomes (through the client, sync and async)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import httpx
import pytest

import twilio_proxy
from _support import (
    EXAMPLE,
    MESSAGE_BODY,
    REQUEST_ID,
    SIDS,
    make_async_client,
    make_client,
    ok_body,
)
from twilio_proxy import MessageInteractionResourceStatus, MessageInteractionType

FIELDS = [
    "sid",
    "session_sid",
    "service_sid",
    "account_sid",
    "data",
    "type",
    "participant_sid",
    "inbound_participant_sid",
    "inbound_resource_sid",
    "inbound_resource_status",
    "inbound_resource_type",
    "inbound_resource_url",
    "outbound_participant_sid",
    "outbound_resource_sid",
    "outbound_resource_status",
    "outbound_resource_type",
    "outbound_resource_url",
    "date_created",
    "date_updated",
    "url",
]
JULY_30 = dt.datetime(2015, 7, 30, 20, 0, tzinfo=dt.UTC)


async def parse(mode: str, body: Any) -> twilio_proxy.MessageInteraction:
    """What the client makes of a 200 answer with *body* (JSON-encoded unless bytes)."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Twilio-Request-Id": REQUEST_ID})

    if mode == "sync":
        return make_client(handler, max_retries=0).fetch_message_interaction(**SIDS)
    return await make_async_client(handler, max_retries=0).fetch_message_interaction(**SIDS)


async def invalid(mode: str, body: Any) -> twilio_proxy.ResponseValidationError:
    with pytest.raises(twilio_proxy.ResponseValidationError) as info:
        await parse(mode, body)
    return info.value


def test_the_field_list_matches_the_spec(spec: dict[str, Any]) -> None:
    properties = spec["components"]["schemas"]["MessageInteraction"]["properties"]
    assert list(properties) == FIELDS
    assert [f.name for f in dataclasses.fields(twilio_proxy.MessageInteraction)] == [
        *FIELDS,
        "extra",
    ]


async def test_example_answer(mode: str) -> None:
    mi = await parse(mode, EXAMPLE)
    for name in FIELDS:
        if name not in ("date_created", "date_updated"):
            assert getattr(mi, name) == EXAMPLE[name], name
    assert mi.date_created == JULY_30
    assert mi.date_updated == JULY_30
    assert mi.inbound_resource_status is None
    assert mi.extra == {}


async def test_enums_compare_equal_to_their_strings(mode: str) -> None:
    mi = await parse(mode, EXAMPLE)
    assert mi.type == "message"
    assert mi.type is MessageInteractionType.MESSAGE
    assert mi.outbound_resource_status == "sent"
    assert mi.outbound_resource_status is MessageInteractionResourceStatus.SENT
    assert str(mi.type) == "message"


@pytest.mark.parametrize("value", [member.value for member in MessageInteractionResourceStatus])
async def test_every_known_status_is_an_enum_member(mode: str, value: str) -> None:
    mi = await parse(mode, ok_body(inbound_resource_status=value, outbound_resource_status=value))
    assert isinstance(mi.inbound_resource_status, MessageInteractionResourceStatus)
    assert mi.inbound_resource_status == value
    assert mi.outbound_resource_status == value


@pytest.mark.parametrize("value", [member.value for member in MessageInteractionType])
async def test_every_known_type_is_an_enum_member(mode: str, value: str) -> None:
    mi = await parse(mode, ok_body(type=value))
    assert isinstance(mi.type, MessageInteractionType)
    assert mi.type == value


async def test_unknown_enum_values_come_through_as_plain_strings(mode: str) -> None:
    mi = await parse(
        mode,
        ok_body(
            type="carrier-pigeon", inbound_resource_status="teleported", outbound_resource_status=""
        ),
    )
    assert type(mi.type) is str
    assert mi.type == "carrier-pigeon"
    assert type(mi.inbound_resource_status) is str
    assert mi.inbound_resource_status == "teleported"
    assert type(mi.outbound_resource_status) is str
    assert mi.outbound_resource_status == ""


async def test_every_field_null_reads_as_none(mode: str) -> None:
    mi = await parse(mode, dict.fromkeys(FIELDS))
    assert all(getattr(mi, name) is None for name in FIELDS)
    assert mi.extra == {}


async def test_every_field_missing_reads_as_none(mode: str) -> None:
    mi = await parse(mode, {})
    assert all(getattr(mi, name) is None for name in FIELDS)
    assert mi.extra == {}


async def test_some_fields_missing(mode: str) -> None:
    body = {k: v for k, v in EXAMPLE.items() if k not in ("data", "type", "date_updated")}
    mi = await parse(mode, body)
    assert (mi.data, mi.type, mi.date_updated) == (None, None, None)
    assert mi.sid == EXAMPLE["sid"]


async def test_extra_fields_are_kept(mode: str) -> None:
    extra = {"links": {"self": "https://x.example"}, "new_counter": 3, "flag": None}
    mi = await parse(mode, ok_body(**extra))
    assert mi.extra == extra
    assert mi.sid == EXAMPLE["sid"]


# --- datetimes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2015-07-30T20:00:00Z", JULY_30, id="iso-z"),
        pytest.param("2015-07-30T20:00:00+00:00", JULY_30, id="iso-offset-0"),
        pytest.param(
            "2015-07-30T22:00:00+02:00",
            dt.datetime(2015, 7, 30, 22, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            id="iso-offset-2",
        ),
        pytest.param(
            "2015-07-30T20:00:00.250000Z", JULY_30.replace(microsecond=250000), id="iso-fraction"
        ),
        pytest.param("2015-07-30T20:00:00", JULY_30, id="iso-naive-is-utc"),
        pytest.param("Thu, 30 Jul 2015 20:00:00 +0000", JULY_30, id="rfc2822"),
        pytest.param("Thu, 30 Jul 2015 20:00:00 GMT", JULY_30, id="rfc2822-gmt"),
        pytest.param("Thu, 30 Jul 2015 20:00:00 -0000", JULY_30, id="rfc2822-naive-is-utc"),
        pytest.param(
            "Thu, 30 Jul 2015 15:00:00 -0500",
            dt.datetime(2015, 7, 30, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            id="rfc2822-offset",
        ),
    ],
)
async def test_datetimes_are_timezone_aware(mode: str, text: str, expected: dt.datetime) -> None:
    mi = await parse(mode, ok_body(date_created=text, date_updated=text))
    for value in (mi.date_created, mi.date_updated):
        assert isinstance(value, dt.datetime)
        assert value.tzinfo is not None
        assert value.utcoffset() == expected.utcoffset()
        assert value == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("yesterday", "is not an ISO 8601 or RFC 2822 date-time"),
        ("", "is not an ISO 8601 or RFC 2822 date-time"),
        (1438286400, "is a JSON number, expected a date-time"),
        (True, "is a JSON boolean, expected a date-time"),
        ({"at": "now"}, "is a JSON object, expected a date-time"),
        (["2015-07-30"], "is a JSON array, expected a date-time"),
    ],
)
async def test_unreadable_datetime(mode: str, value: Any, problem: str) -> None:
    error = await invalid(mode, ok_body(date_updated=value))
    assert f"field 'date_updated' {problem}" in str(error)


# --- wrong types ---------------------------------------------------------------------


@pytest.mark.parametrize("name", [n for n in FIELDS if not n.startswith("date_")])
@pytest.mark.parametrize(
    ("value", "kind"),
    [(5, "number"), (1.5, "number"), (False, "boolean"), ([], "array"), ({}, "object")],
)
async def test_field_of_the_wrong_type(mode: str, name: str, value: Any, kind: str) -> None:
    error = await invalid(mode, ok_body(**{name: value}))
    assert str(error).startswith(
        f"Twilio's answer is not a MessageInteraction: field {name!r} is a JSON {kind}, "
        "expected a string"
    )
    assert error.status_code == 200
    assert error.request_id == REQUEST_ID


async def test_message_body_never_appears_in_a_validation_error(mode: str) -> None:
    error = await invalid(mode, ok_body(data={"body": MESSAGE_BODY}))
    assert "field 'data' is a JSON object" in str(error)
    assert MESSAGE_BODY not in str(error)
    assert MESSAGE_BODY not in repr(error)


# --- helpers -------------------------------------------------------------------------


async def test_decode_data(mode: str) -> None:
    mi = await parse(mode, ok_body(data=json.dumps({"body": MESSAGE_BODY, "media": []})))
    assert mi.decode_data() == {"body": MESSAGE_BODY, "media": []}
    assert mi.data == json.dumps({"body": MESSAGE_BODY, "media": []})


async def test_decode_data_without_data(mode: str) -> None:
    assert (await parse(mode, ok_body(data=None))).decode_data() is None


@pytest.mark.parametrize(
    ("data", "problem"),
    [('["a"]', "data holds a JSON list, not an object"), ('"text"', "data holds a JSON str")],
)
async def test_decode_data_that_is_not_an_object(mode: str, data: str, problem: str) -> None:
    mi = await parse(mode, ok_body(data=data))
    with pytest.raises(ValueError, match=problem):
        mi.decode_data()


async def test_decode_data_that_is_not_json(mode: str) -> None:
    mi = await parse(mode, ok_body(data="{not json"))
    with pytest.raises(ValueError):  # noqa: PT011 - json.JSONDecodeError is the ValueError
        mi.decode_data()


async def test_to_dict(mode: str) -> None:
    mi = await parse(mode, ok_body(new_field={"a": [1, 2]}))
    out = mi.to_dict()
    expected = {
        **EXAMPLE,
        "date_created": "2015-07-30T20:00:00+00:00",
        "date_updated": "2015-07-30T20:00:00+00:00",
        "new_field": {"a": [1, 2]},
    }
    assert out == expected
    assert json.loads(json.dumps(out)) == expected


async def test_to_dict_of_an_empty_answer(mode: str) -> None:
    assert (await parse(mode, {})).to_dict() == dict.fromkeys(FIELDS)


async def test_repr_hides_data(mode: str) -> None:
    data = json.dumps({"body": MESSAGE_BODY})
    mi = await parse(mode, ok_body(data=data))
    text = repr(mi)
    assert MESSAGE_BODY not in text
    assert MESSAGE_BODY not in str(mi)
    assert f"data=<{len(data)} characters hidden>" in text
    assert text.startswith(f"MessageInteraction(sid={EXAMPLE['sid']!r}, ")
    assert "outbound_resource_status=" in text


async def test_repr_without_data(mode: str) -> None:
    assert "data=None" in repr(await parse(mode, ok_body(data=None)))


async def test_result_is_immutable(mode: str) -> None:
    mi = await parse(mode, EXAMPLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mi.sid = "KI" + "0" * 32  # type: ignore[misc]


def test_enums_are_exported_lazily() -> None:
    assert twilio_proxy.MessageInteractionType.MESSAGE == "message"
    assert twilio_proxy.MessageInteractionResourceStatus.DELIVERED == "delivered"
    assert "MessageInteractionType" in twilio_proxy.__all__
    assert "MessageInteractionResourceStatus" in twilio_proxy.__all__
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        twilio_proxy.Nope
