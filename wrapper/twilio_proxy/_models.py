"""The result types: MessageInteraction, and APIResponse for the HTTP details."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email.utils
import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from twilio_proxy_api.models.message_interaction import (
        MessageInteraction as GeneratedMessageInteraction,
    )
    from twilio_proxy_api.models.message_interaction_resource_status import (
        MessageInteractionResourceStatus,
    )
    from twilio_proxy_api.models.message_interaction_type import MessageInteractionType
    from twilio_proxy_api.types import Unset

T = TypeVar("T")


# A stdlib dataclass, not attrs: `import twilio_proxy` then loads neither attrs
# nor the generated package, which are imported on the first answer parsed.
@dataclasses.dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class MessageInteraction:
    """One Message Interaction, every field under its JSON name.

    A field that Twilio sent as null, or did not send, is None. ``type`` and
    the two ``*_resource_status`` fields are enum members that compare equal to
    their strings (``mi.type == "message"``); a value Twilio adds later arrives
    as a plain ``str``. Datetimes are timezone-aware. ``data`` is the raw JSON
    string Twilio sends (it holds the message body: personal data, left out of
    ``repr``); ``decode_data()`` parses it. Fields this client does not know are
    kept in ``extra``.
    """

    sid: str | None = None
    session_sid: str | None = None
    service_sid: str | None = None
    account_sid: str | None = None
    data: str | None = None
    type: MessageInteractionType | str | None = None
    participant_sid: str | None = None
    inbound_participant_sid: str | None = None
    inbound_resource_sid: str | None = None
    inbound_resource_status: MessageInteractionResourceStatus | str | None = None
    inbound_resource_type: str | None = None
    inbound_resource_url: str | None = None
    outbound_participant_sid: str | None = None
    outbound_resource_sid: str | None = None
    outbound_resource_status: MessageInteractionResourceStatus | str | None = None
    outbound_resource_type: str | None = None
    outbound_resource_url: str | None = None
    date_created: dt.datetime | None = None
    date_updated: dt.datetime | None = None
    url: str | None = None
    extra: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def decode_data(self) -> dict[str, Any] | None:
        """``data`` parsed from JSON (e.g. ``{"body": "hello"}``), or None when there is none.

        Raises ValueError when ``data`` is not a JSON object.
        """
        if self.data is None:
            return None
        decoded = json.loads(self.data)
        if not isinstance(decoded, dict):
            raise ValueError(f"data holds a JSON {type(decoded).__name__}, not an object")
        return decoded

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: Twilio's field names, ISO 8601 datetimes, ``extra`` merged in."""
        out: dict[str, Any] = dict(self.extra)
        for name in _FIELD_NAMES:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, dt.datetime) else value
        return out

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in (
                "sid",
                "type",
                "participant_sid",
                "outbound_resource_status",
                "date_created",
            )
        )
        hidden = "None" if self.data is None else f"<{len(self.data)} characters hidden>"
        return f"MessageInteraction({shown}, data={hidden}, ...)"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class APIResponse(Generic[T]):
    """A parsed result together with the HTTP answer it came from."""

    parsed: T
    status_code: int
    headers: Mapping[str, str]
    request_id: str | None
    http_version: str


class InvalidBody(Exception):
    """Internal: why a 2xx body is not a MessageInteraction (the client wraps it)."""


# (JSON name, generated attribute, kind): what the generated model's from_dict
# left in each attribute. It casts rather than checks, so types are checked here.
_STR, _ENUM, _DATETIME = "str", "enum", "datetime"
_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("sid", "sid", _STR),
    ("session_sid", "session_sid", _STR),
    ("service_sid", "service_sid", _STR),
    ("account_sid", "account_sid", _STR),
    ("data", "data", _STR),
    ("type", "type_", _ENUM),
    ("participant_sid", "participant_sid", _STR),
    ("inbound_participant_sid", "inbound_participant_sid", _STR),
    ("inbound_resource_sid", "inbound_resource_sid", _STR),
    ("inbound_resource_status", "inbound_resource_status", _ENUM),
    ("inbound_resource_type", "inbound_resource_type", _STR),
    ("inbound_resource_url", "inbound_resource_url", _STR),
    ("outbound_participant_sid", "outbound_participant_sid", _STR),
    ("outbound_resource_sid", "outbound_resource_sid", _STR),
    ("outbound_resource_status", "outbound_resource_status", _ENUM),
    ("outbound_resource_type", "outbound_resource_type", _STR),
    ("outbound_resource_url", "outbound_resource_url", _STR),
    ("date_created", "date_created", _DATETIME),
    ("date_updated", "date_updated", _DATETIME),
    ("url", "url", _STR),
)
_FIELD_NAMES = tuple(name for name, _, _ in _FIELDS)


@functools.cache
def _generated() -> tuple[type[GeneratedMessageInteraction], type[Unset]]:
    # Imported on first use, not with twilio_proxy: keeps `import twilio_proxy` fast.
    from twilio_proxy_api.models.message_interaction import MessageInteraction
    from twilio_proxy_api.types import Unset

    return MessageInteraction, Unset


def parse_message_interaction(payload: object) -> MessageInteraction:
    """Build a MessageInteraction from decoded JSON through the generated model.

    Raises InvalidBody, naming the field, when the payload is not an object or a
    field has a type the spec does not allow. Unknown enum values are kept as
    strings: Twilio adds values over time.
    """
    if not isinstance(payload, dict):
        raise InvalidBody(f"the body is a JSON {_json_type(payload)}, not an object")
    model, unset = _generated()
    generated = model.from_dict(payload)
    values: dict[str, Any] = {}
    for name, attribute, kind in _FIELDS:
        value = getattr(generated, attribute)
        if value is None or isinstance(value, unset):
            continue
        if kind == _DATETIME:
            value = _datetime(name, value)
        elif not isinstance(value, str):
            raise InvalidBody(f"field {name!r} is a JSON {_json_type(value)}, expected a string")
        values[name] = value
    return MessageInteraction(**values, extra=generated.additional_properties)


def _datetime(name: str, value: object) -> dt.datetime:
    if isinstance(value, str):
        # The generated model reads ISO 8601 but not RFC 3339's lower-case "z";
        # older Twilio APIs send RFC 2822 ("Thu, 30 Jul 2015 20:00:00 +0000").
        with contextlib.suppress(ValueError):
            value = dt.datetime.fromisoformat(value.upper())
    if isinstance(value, str):
        try:
            value = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, OverflowError):  # Overflow: absurd years
            raise InvalidBody(f"field {name!r} is not an ISO 8601 or RFC 2822 date-time") from None
    if not isinstance(value, dt.datetime):
        raise InvalidBody(f"field {name!r} is a JSON {_json_type(value)}, expected a date-time")
    # Twilio documents these as GMT; a value without an offset is read as UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
