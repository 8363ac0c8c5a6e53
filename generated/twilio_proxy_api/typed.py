"""Typed results and the operation table, emitted from the spec by openapi/emit.py.

Do not edit: ``make generate`` rewrites this file, ``make check-generated``
fails when it differs from what the spec gives.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Final, Generic, TypeVar

from .api.proxy_v1_message_interaction.create_message_interaction import (
    _get_kwargs as _create_message_interaction,
)
from .api.proxy_v1_message_interaction.fetch_message_interaction import (
    _get_kwargs as _fetch_message_interaction,
)
from .api.proxy_v1_message_interaction.list_message_interaction import (
    _get_kwargs as _list_message_interaction,
)
from .models.create_message_interaction_request import CreateMessageInteractionRequest
from .models.message_interaction_resource_status import MessageInteractionResourceStatus
from .models.message_interaction_type import MessageInteractionType

R = TypeVar("R")

# Field kinds of a parse table: what the JSON value must be.
STR: Final = "str"
INT: Final = "int"
NUMBER: Final = "number"
BOOL: Final = "bool"
DATETIME: Final = "datetime"
ENUM: Final = "enum"  # one of the enum's values, nothing else
OPEN_ENUM: Final = "open_enum"  # an enum value, or any other string Twilio adds later
JSON: Final = "json"  # any JSON value, kept as decoded

Field = tuple[str, str, str, type[Enum] | None]
"""(JSON name, attribute name, kind, enum class or None)."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Operation(Generic[R]):
    """One operation of the spec: how to build its request and read its answer."""

    name: str
    method: str
    path: str
    build: Callable[..., dict[str, Any]]
    status: int
    model: type[R]
    fields: tuple[Field, ...]
    items: str | None = None
    body: type[Any] | None = None


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def _hidden(value: str | None) -> str:
    return "None" if value is None else f"<{len(value)} characters hidden>"


_NOT_JSON = object()


def _decode_object(name: str, value: str | None) -> dict[str, object] | None:
    if value is None:
        return None
    try:
        decoded: object = json.loads(value)
    except ValueError:
        decoded = _NOT_JSON
    if decoded is _NOT_JSON:
        # Raised outside the except block: a JSONDecodeError holds the whole
        # text (personal data) in .doc, and would be chained.
        raise ValueError(f"{name} is not JSON")
    if not isinstance(decoded, dict):
        raise ValueError(f"{name} holds a JSON {type(decoded).__name__}, not an object")
    return decoded


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class MessageInteraction:
    """One message that passed through a Proxy Session. Every field may be null; fields may be added by Twilio at any time.

    Every field is None when Twilio sent null or left it out. Fields this
    version does not know are kept in ``extra``. Personal data is left out of
    ``repr``.
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
    date_created: datetime.datetime | None = None
    date_updated: datetime.datetime | None = None
    url: str | None = None
    extra: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    def decode_data(self) -> dict[str, object] | None:
        """``data`` decoded from JSON, or None when absent.

        Raises ValueError when it is not a JSON object.
        """
        return _decode_object("data", self.data)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""
        return {
            **self.extra,
            "sid": self.sid,
            "session_sid": self.session_sid,
            "service_sid": self.service_sid,
            "account_sid": self.account_sid,
            "data": self.data,
            "type": _plain(self.type),
            "participant_sid": self.participant_sid,
            "inbound_participant_sid": self.inbound_participant_sid,
            "inbound_resource_sid": self.inbound_resource_sid,
            "inbound_resource_status": _plain(self.inbound_resource_status),
            "inbound_resource_type": self.inbound_resource_type,
            "inbound_resource_url": self.inbound_resource_url,
            "outbound_participant_sid": self.outbound_participant_sid,
            "outbound_resource_sid": self.outbound_resource_sid,
            "outbound_resource_status": _plain(self.outbound_resource_status),
            "outbound_resource_type": self.outbound_resource_type,
            "outbound_resource_url": self.outbound_resource_url,
            "date_created": _plain(self.date_created),
            "date_updated": _plain(self.date_updated),
            "url": self.url,
        }

    def __repr__(self) -> str:
        return f"MessageInteraction(sid={self.sid!r}, session_sid={self.session_sid!r}, service_sid={self.service_sid!r}, account_sid={self.account_sid!r}, data={_hidden(self.data)}, type={self.type!r}, participant_sid={self.participant_sid!r}, inbound_participant_sid={self.inbound_participant_sid!r}, inbound_resource_sid={self.inbound_resource_sid!r}, inbound_resource_status={self.inbound_resource_status!r}, inbound_resource_type={self.inbound_resource_type!r}, inbound_resource_url={self.inbound_resource_url!r}, outbound_participant_sid={self.outbound_participant_sid!r}, outbound_resource_sid={self.outbound_resource_sid!r}, outbound_resource_status={self.outbound_resource_status!r}, outbound_resource_type={self.outbound_resource_type!r}, outbound_resource_url={self.outbound_resource_url!r}, date_created={self.date_created!r}, date_updated={self.date_updated!r}, url={self.url!r})"


MESSAGE_INTERACTION_FIELDS: Final[tuple[Field, ...]] = (
    ("sid", "sid", STR, None),
    ("session_sid", "session_sid", STR, None),
    ("service_sid", "service_sid", STR, None),
    ("account_sid", "account_sid", STR, None),
    ("data", "data", STR, None),
    ("type", "type", OPEN_ENUM, MessageInteractionType),
    ("participant_sid", "participant_sid", STR, None),
    ("inbound_participant_sid", "inbound_participant_sid", STR, None),
    ("inbound_resource_sid", "inbound_resource_sid", STR, None),
    (
        "inbound_resource_status",
        "inbound_resource_status",
        OPEN_ENUM,
        MessageInteractionResourceStatus,
    ),
    ("inbound_resource_type", "inbound_resource_type", STR, None),
    ("inbound_resource_url", "inbound_resource_url", STR, None),
    ("outbound_participant_sid", "outbound_participant_sid", STR, None),
    ("outbound_resource_sid", "outbound_resource_sid", STR, None),
    (
        "outbound_resource_status",
        "outbound_resource_status",
        OPEN_ENUM,
        MessageInteractionResourceStatus,
    ),
    ("outbound_resource_type", "outbound_resource_type", STR, None),
    ("outbound_resource_url", "outbound_resource_url", STR, None),
    ("date_created", "date_created", DATETIME, None),
    ("date_updated", "date_updated", DATETIME, None),
    ("url", "url", STR, None),
)


LIST_MESSAGE_INTERACTION: Final[Operation[MessageInteraction]] = Operation(
    name="list_message_interaction",
    method="GET",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions",
    build=_list_message_interaction,
    status=200,
    model=MessageInteraction,
    fields=MESSAGE_INTERACTION_FIELDS,
    items="interactions",
    body=None,
)


CREATE_MESSAGE_INTERACTION: Final[Operation[MessageInteraction]] = Operation(
    name="create_message_interaction",
    method="POST",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions",
    build=_create_message_interaction,
    status=201,
    model=MessageInteraction,
    fields=MESSAGE_INTERACTION_FIELDS,
    items=None,
    body=CreateMessageInteractionRequest,
)


FETCH_MESSAGE_INTERACTION: Final[Operation[MessageInteraction]] = Operation(
    name="fetch_message_interaction",
    method="GET",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{ParticipantSid}/MessageInteractions/{Sid}",
    build=_fetch_message_interaction,
    status=200,
    model=MessageInteraction,
    fields=MESSAGE_INTERACTION_FIELDS,
    items=None,
    body=None,
)
