"""MessageInteractions: the MessageInteraction result, its operations and the methods apps call.

Rendered from the spec by openapi-python-client with openapi/templates: do not
edit. ``make generate`` rewrites it; ``make check-generated`` fails when it
differs from the spec.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import AsyncGenerator, Coroutine, Generator, Mapping, Sequence
from datetime import UTC
from typing import TYPE_CHECKING, Final

from twilio_proxy.runtime import (
    FORM,
    PATH,
    SID,
    STR,
    Operation,
    Param,
    decode_object,
    hidden,
    not_object,
    parse_datetime,
    plain,
    shown_url,
    wrong,
)

from .enums import MessageInteractionResourceStatus, MessageInteractionType

if TYPE_CHECKING:
    from twilio_proxy.runtime import APIResponse, AsyncRunner, SyncRunner, Timeout

new = object.__new__
object_setattr = object.__setattr__
fromisoformat = datetime.datetime.fromisoformat
__all__ = [
    "AsyncMessageInteractions",
    "AsyncMessageInteractionsWithResponse",
    "CREATE_MESSAGE_INTERACTION",
    "FETCH_MESSAGE_INTERACTION",
    "LIST_MESSAGE_INTERACTION",
    "MessageInteraction",
    "MessageInteractions",
    "MessageInteractionsWithResponse",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class MessageInteraction:
    """One message that passed through a Proxy Session. Every field but `sid` may be null;
    fields may be added by Twilio at any time.

    ``sid`` always set (an answer without it is refused); every other field None when
    Twilio sent null or left it out. Fields this version does not know are kept in
    ``extra``. Personal data is left out of ``repr``.

    Attributes:
        sid: The unique string that we created to identify the MessageInteraction
            resource.
        session_sid: The SID of the parent Session resource.
        service_sid: The SID of the parent Service resource.
        account_sid: The SID of the Account that created the MessageInteraction
            resource.
        data: A JSON string that includes the message body sent to the participant (e.g.
            `{"body": "hello"}`). Personal data: never log it.
        type: The Type of Message Interaction. This value is always `message`.
        participant_sid: The SID of the Participant resource.
        inbound_participant_sid: Always empty for created Message Interactions.
        inbound_resource_sid: Always empty for created Message Interactions.
        inbound_resource_status: Always empty for created Message Interactions.
        inbound_resource_type: Always empty for created Message Interactions.
        inbound_resource_url: Always empty for created Message Interactions.
        outbound_participant_sid: The SID of the outbound Participant resource.
        outbound_resource_sid: The SID of the outbound Message resource.
        outbound_resource_status: The status of the outbound Message resource.
        outbound_resource_type: The outbound resource type. This value is always
            `Message`.
        outbound_resource_url: The URL of the Twilio message resource.
        date_created: The ISO 8601 date and time in GMT when the resource was created.
        date_updated: The ISO 8601 date and time in GMT when the resource was last
            updated.
        url: The absolute URL of the MessageInteraction resource.
        extra: Fields of the answer this version does not know, as decoded.
    """

    sid: str
    """The unique string that we created to identify the MessageInteraction resource."""
    session_sid: str | None = None
    """The SID of the parent Session resource."""
    service_sid: str | None = None
    """The SID of the parent Service resource."""
    account_sid: str | None = None
    """The SID of the Account that created the MessageInteraction resource."""
    data: str | None = None
    """A JSON string that includes the message body sent to the participant (e.g. `{"body":
    "hello"}`). Personal data: never log it."""
    type: MessageInteractionType | str | None = None
    """The Type of Message Interaction. This value is always `message`."""
    participant_sid: str | None = None
    """The SID of the Participant resource."""
    inbound_participant_sid: str | None = None
    """Always empty for created Message Interactions."""
    inbound_resource_sid: str | None = None
    """Always empty for created Message Interactions."""
    inbound_resource_status: MessageInteractionResourceStatus | str | None = None
    """Always empty for created Message Interactions."""
    inbound_resource_type: str | None = None
    """Always empty for created Message Interactions."""
    inbound_resource_url: str | None = None
    """Always empty for created Message Interactions."""
    outbound_participant_sid: str | None = None
    """The SID of the outbound Participant resource."""
    outbound_resource_sid: str | None = None
    """The SID of the outbound Message resource."""
    outbound_resource_status: MessageInteractionResourceStatus | str | None = None
    """The status of the outbound Message resource."""
    outbound_resource_type: str | None = None
    """The outbound resource type. This value is always `Message`."""
    outbound_resource_url: str | None = None
    """The URL of the Twilio message resource."""
    date_created: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was created."""
    date_updated: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was last updated."""
    url: str | None = None
    """The absolute URL of the MessageInteraction resource."""
    extra: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    """Fields of the answer this version does not know, as decoded."""

    def decode_data(self) -> dict[str, object] | None:
        """``data`` decoded from JSON, or None when absent.

        Raises ValueError when it is not a JSON object.
        """
        return decode_object("data", self.data)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""
        return {
            **self.extra,
            "sid": self.sid,
            "session_sid": self.session_sid,
            "service_sid": self.service_sid,
            "account_sid": self.account_sid,
            "data": self.data,
            "type": plain(self.type),
            "participant_sid": self.participant_sid,
            "inbound_participant_sid": self.inbound_participant_sid,
            "inbound_resource_sid": self.inbound_resource_sid,
            "inbound_resource_status": plain(self.inbound_resource_status),
            "inbound_resource_type": self.inbound_resource_type,
            "inbound_resource_url": self.inbound_resource_url,
            "outbound_participant_sid": self.outbound_participant_sid,
            "outbound_resource_sid": self.outbound_resource_sid,
            "outbound_resource_status": plain(self.outbound_resource_status),
            "outbound_resource_type": self.outbound_resource_type,
            "outbound_resource_url": self.outbound_resource_url,
            "date_created": plain(self.date_created),
            "date_updated": plain(self.date_updated),
            "url": self.url,
        }

    def __repr__(self) -> str:
        """The fields, personal data and URL passwords hidden."""
        return (
            "MessageInteraction("
            f"sid={self.sid!r}, "
            f"session_sid={self.session_sid!r}, "
            f"service_sid={self.service_sid!r}, "
            f"account_sid={self.account_sid!r}, "
            f"data={hidden(self.data)}, "
            f"type={self.type!r}, "
            f"participant_sid={self.participant_sid!r}, "
            f"inbound_participant_sid={self.inbound_participant_sid!r}, "
            f"inbound_resource_sid={self.inbound_resource_sid!r}, "
            f"inbound_resource_status={self.inbound_resource_status!r}, "
            f"inbound_resource_type={self.inbound_resource_type!r}, "
            f"inbound_resource_url={shown_url(self.inbound_resource_url)}, "
            f"outbound_participant_sid={self.outbound_participant_sid!r}, "
            f"outbound_resource_sid={self.outbound_resource_sid!r}, "
            f"outbound_resource_status={self.outbound_resource_status!r}, "
            f"outbound_resource_type={self.outbound_resource_type!r}, "
            f"outbound_resource_url={shown_url(self.outbound_resource_url)}, "
            f"date_created={self.date_created!r}, "
            f"date_updated={self.date_updated!r}, "
            f"url={shown_url(self.url)}"
            ")"
        )


_MESSAGE_INTERACTION_FIELDS = frozenset(
    (
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
    )
)

# Value -> member, looked up once per module rather than on every field read.
_MessageInteractionResourceStatus_MEMBERS = (
    MessageInteractionResourceStatus._value2member_map_
)

# Value -> member, looked up once per module rather than on every field read.
_MessageInteractionType_MEMBERS = MessageInteractionType._value2member_map_


def parse_message_interaction(payload: object) -> MessageInteraction:
    """A MessageInteraction from a decoded JSON object, every field checked (InvalidBody)."""
    if type(payload) is not dict:
        raise not_object(payload)
    every = True
    try:
        v0 = payload["sid"]
        v1 = payload["session_sid"]
        v2 = payload["service_sid"]
        v3 = payload["account_sid"]
        v4 = payload["data"]
        v5 = payload["type"]
        v6 = payload["participant_sid"]
        v7 = payload["inbound_participant_sid"]
        v8 = payload["inbound_resource_sid"]
        v9 = payload["inbound_resource_status"]
        v10 = payload["inbound_resource_type"]
        v11 = payload["inbound_resource_url"]
        v12 = payload["outbound_participant_sid"]
        v13 = payload["outbound_resource_sid"]
        v14 = payload["outbound_resource_status"]
        v15 = payload["outbound_resource_type"]
        v16 = payload["outbound_resource_url"]
        v17 = payload["date_created"]
        v18 = payload["date_updated"]
        v19 = payload["url"]
    except KeyError:  # a field left out reads as null
        every = False
        get = payload.get
        v0 = get("sid")
        v1 = get("session_sid")
        v2 = get("service_sid")
        v3 = get("account_sid")
        v4 = get("data")
        v5 = get("type")
        v6 = get("participant_sid")
        v7 = get("inbound_participant_sid")
        v8 = get("inbound_resource_sid")
        v9 = get("inbound_resource_status")
        v10 = get("inbound_resource_type")
        v11 = get("inbound_resource_url")
        v12 = get("outbound_participant_sid")
        v13 = get("outbound_resource_sid")
        v14 = get("outbound_resource_status")
        v15 = get("outbound_resource_type")
        v16 = get("outbound_resource_url")
        v17 = get("date_created")
        v18 = get("date_updated")
        v19 = get("url")
    if v0.__class__ is not str:
        raise wrong("sid", v0, "a string")

    if v1.__class__ is not str and v1 is not None:
        raise wrong("session_sid", v1, "a string")

    if v2.__class__ is not str and v2 is not None:
        raise wrong("service_sid", v2, "a string")

    if v3.__class__ is not str and v3 is not None:
        raise wrong("account_sid", v3, "a string")

    if v4.__class__ is not str and v4 is not None:
        raise wrong("data", v4, "a string")

    if v5 is not None:
        if v5.__class__ is not str:
            raise wrong("type", v5, "a string")
        v5 = _MessageInteractionType_MEMBERS.get(v5, v5)

    if v6.__class__ is not str and v6 is not None:
        raise wrong("participant_sid", v6, "a string")

    if v7.__class__ is not str and v7 is not None:
        raise wrong("inbound_participant_sid", v7, "a string")

    if v8.__class__ is not str and v8 is not None:
        raise wrong("inbound_resource_sid", v8, "a string")

    if v9 is not None:
        if v9.__class__ is not str:
            raise wrong("inbound_resource_status", v9, "a string")
        v9 = _MessageInteractionResourceStatus_MEMBERS.get(v9, v9)

    if v10.__class__ is not str and v10 is not None:
        raise wrong("inbound_resource_type", v10, "a string")

    if v11.__class__ is not str and v11 is not None:
        raise wrong("inbound_resource_url", v11, "a string")

    if v12.__class__ is not str and v12 is not None:
        raise wrong("outbound_participant_sid", v12, "a string")

    if v13.__class__ is not str and v13 is not None:
        raise wrong("outbound_resource_sid", v13, "a string")

    if v14 is not None:
        if v14.__class__ is not str:
            raise wrong("outbound_resource_status", v14, "a string")
        v14 = _MessageInteractionResourceStatus_MEMBERS.get(v14, v14)

    if v15.__class__ is not str and v15 is not None:
        raise wrong("outbound_resource_type", v15, "a string")

    if v16.__class__ is not str and v16 is not None:
        raise wrong("outbound_resource_url", v16, "a string")

    if v17 is not None:
        try:
            v17_ = fromisoformat(v17)
        except (TypeError, ValueError):
            v17_ = None
        if v17_ is None:
            v17 = parse_datetime("date_created", v17)
        elif v17_.tzinfo is None:
            v17 = v17_.replace(tzinfo=UTC)
        else:
            v17 = v17_

    if v18 is not None:
        try:
            v18_ = fromisoformat(v18)
        except (TypeError, ValueError):
            v18_ = None
        if v18_ is None:
            v18 = parse_datetime("date_updated", v18)
        elif v18_.tzinfo is None:
            v18 = v18_.replace(tzinfo=UTC)
        else:
            v18 = v18_

    if v19.__class__ is not str and v19 is not None:
        raise wrong("url", v19, "a string")

    if every and len(payload) == 20:
        extra: dict[str, object] = {}
    else:
        extra = {
            k: v for k, v in payload.items() if k not in _MESSAGE_INTERACTION_FIELDS
        }
    # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
    made = new(MessageInteraction)
    object_setattr(
        made,
        "__dict__",
        {
            "sid": v0,
            "session_sid": v1,
            "service_sid": v2,
            "account_sid": v3,
            "data": v4,
            "type": v5,
            "participant_sid": v6,
            "inbound_participant_sid": v7,
            "inbound_resource_sid": v8,
            "inbound_resource_status": v9,
            "inbound_resource_type": v10,
            "inbound_resource_url": v11,
            "outbound_participant_sid": v12,
            "outbound_resource_sid": v13,
            "outbound_resource_status": v14,
            "outbound_resource_type": v15,
            "outbound_resource_url": v16,
            "date_created": v17,
            "date_updated": v18,
            "url": v19,
            "extra": extra,
        },
    )
    return made


# The path of FETCH_MESSAGE_INTERACTION, every SID checked by its pattern.
_FETCH_MESSAGE_INTERACTION_PATH = re.compile(
    "/v1/Services/KS[0-9a-fA-F]{32}/Sessions/KC[0-9a-fA-F]{32}/Participants/KP[0-9a-fA-F]{32}/MessageInteractions/KI[0-9a-fA-F]{32}"
)


def _fetch_message_interaction_path(
    service_sid: object, session_sid: object, participant_sid: object, sid: object
) -> str | None:
    """The path to fetch, when every SID is a str of its pattern; else None."""
    if (
        type(service_sid) is str
        and type(session_sid) is str
        and type(participant_sid) is str
        and type(sid) is str
    ):
        path = f"/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{participant_sid}/MessageInteractions/{sid}"
        if _FETCH_MESSAGE_INTERACTION_PATH.fullmatch(path):
            return path
    return None


LIST_MESSAGE_INTERACTION: Final[Operation[MessageInteraction]] = Operation(
    name="ListMessageInteraction",
    verb="list",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{participant_sid}/MessageInteractions",
    params=(
        Param(
            "service_sid",
            "ServiceSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KS[0-9a-fA-F]{32}"),
            help="The SID of the parent Service.",
        ),
        Param(
            "session_sid",
            "SessionSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KC[0-9a-fA-F]{32}"),
            help="The SID of the parent Session.",
        ),
        Param(
            "participant_sid",
            "ParticipantSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KP[0-9a-fA-F]{32}"),
            help="The SID of the Participant resource.",
        ),
    ),
    status=200,
    parse=parse_message_interaction,
    what="a page of MessageInteraction",
    items="interactions",
    conditional=(),
    summary="List message interactions.",
)


CREATE_MESSAGE_INTERACTION: Final[Operation[MessageInteraction]] = Operation(
    name="CreateMessageInteraction",
    verb="create",
    method="POST",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{participant_sid}/MessageInteractions",
    params=(
        Param(
            "service_sid",
            "ServiceSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KS[0-9a-fA-F]{32}"),
            help="The SID of the parent Service.",
        ),
        Param(
            "session_sid",
            "SessionSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KC[0-9a-fA-F]{32}"),
            help="The SID of the parent Session.",
        ),
        Param(
            "participant_sid",
            "ParticipantSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KP[0-9a-fA-F]{32}"),
            help="The SID of the Participant resource.",
        ),
        Param(
            "body",
            "Body",
            FORM,
            STR,
            private=True,
            help="The message to send to the participant.",
        ),
        Param(
            "media_url",
            "MediaUrl",
            FORM,
            STR,
            many=True,
            url=True,
            help="URLs (http or https) of media to send.",
        ),
    ),
    status=200,
    parse=parse_message_interaction,
    what="a MessageInteraction",
    items=None,
    conditional=(
        (
            "body",
            "media_url",
        ),
    ),
    summary="Create message interaction.",
)


FETCH_MESSAGE_INTERACTION: Final[Operation[MessageInteraction]] = Operation(
    name="FetchMessageInteraction",
    verb="fetch",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{participant_sid}/MessageInteractions/{sid}",
    params=(
        Param(
            "service_sid",
            "ServiceSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KS[0-9a-fA-F]{32}"),
            help="The SID of the parent Service.",
        ),
        Param(
            "session_sid",
            "SessionSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KC[0-9a-fA-F]{32}"),
            help="The SID of the parent Session.",
        ),
        Param(
            "participant_sid",
            "ParticipantSid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KP[0-9a-fA-F]{32}"),
            help="The SID of the Participant resource.",
        ),
        Param(
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KI[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the MessageInteraction resource to fetch.",
        ),
    ),
    status=200,
    parse=parse_message_interaction,
    what="a MessageInteraction",
    items=None,
    conditional=(),
    summary="Fetch message interaction.",
)


class MessageInteractions:
    """MessageInteractions: list, create, fetch."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> MessageInteractionsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return MessageInteractionsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[MessageInteraction, None, None]:
        """List message interactions.

        One page of a Participant's Message Interactions, newest first. Follow
        `meta.next_page_url` (absolute, null on the last page) for the next one.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
            },
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Create message interaction.

        Send a message directly from your system to one Participant of the Session. At
        least one of `Body` and `MediaUrl` is required (Twilio's
        `x-twilio.conditional`). The `inbound_*` properties of the created interaction
        are always empty. Not idempotent: a repeated request sends the message again.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            body: The message to send to the participant.
            media_url: URLs (http or https) of media to send. Twilio documents it as
                reserved: not currently supported. One value or a list; each sent under
                the same key.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
                "body": body,
                "media_url": media_url,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> MessageInteraction:
        """Fetch message interaction.

        Fetch one Message Interaction of a Proxy Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            sid: The Twilio-provided string that uniquely identifies the
                MessageInteraction resource to fetch.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_message_interaction_path(
            service_sid, session_sid, participant_sid, sid
        )
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_MESSAGE_INTERACTION,
                {
                    "service_sid": service_sid,
                    "session_sid": session_sid,
                    "participant_sid": participant_sid,
                    "sid": sid,
                },
                timeout,
            )
        return self._runner.fetch_path(FETCH_MESSAGE_INTERACTION, path, sid)


class MessageInteractionsWithResponse:
    """MessageInteractions: list, create, fetch (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[APIResponse[list[MessageInteraction]], None, None]:
        """List message interactions.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        One page of a Participant's Message Interactions, newest first. Follow
        `meta.next_page_url` (absolute, null on the last page) for the next one.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
            },
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[MessageInteraction]:
        """Create message interaction.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Send a message directly from your system to one Participant of the Session. At
        least one of `Body` and `MediaUrl` is required (Twilio's
        `x-twilio.conditional`). The `inbound_*` properties of the created interaction
        are always empty. Not idempotent: a repeated request sends the message again.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            body: The message to send to the participant.
            media_url: URLs (http or https) of media to send. Twilio documents it as
                reserved: not currently supported. One value or a list; each sent under
                the same key.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
                "body": body,
                "media_url": media_url,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[MessageInteraction]:
        """Fetch message interaction.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch one Message Interaction of a Proxy Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            sid: The Twilio-provided string that uniquely identifies the
                MessageInteraction resource to fetch.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
                "sid": sid,
            },
            timeout,
        )


class AsyncMessageInteractions:
    """MessageInteractions: list, create, fetch."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> AsyncMessageInteractionsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return AsyncMessageInteractionsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[MessageInteraction, None]:
        """List message interactions.

        One page of a Participant's Message Interactions, newest first. Follow
        `meta.next_page_url` (absolute, null on the last page) for the next one.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
            },
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, MessageInteraction]:
        """Create message interaction.

        Await the result; the arguments are checked on the call.

        Send a message directly from your system to one Participant of the Session. At
        least one of `Body` and `MediaUrl` is required (Twilio's
        `x-twilio.conditional`). The `inbound_*` properties of the created interaction
        are always empty. Not idempotent: a repeated request sends the message again.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            body: The message to send to the participant.
            media_url: URLs (http or https) of media to send. Twilio documents it as
                reserved: not currently supported. One value or a list; each sent under
                the same key.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
                "body": body,
                "media_url": media_url,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, MessageInteraction]:
        """Fetch message interaction.

        Await the result; the arguments are checked on the call.

        Fetch one Message Interaction of a Proxy Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            sid: The Twilio-provided string that uniquely identifies the
                MessageInteraction resource to fetch.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_message_interaction_path(
            service_sid, session_sid, participant_sid, sid
        )
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_MESSAGE_INTERACTION,
                {
                    "service_sid": service_sid,
                    "session_sid": session_sid,
                    "participant_sid": participant_sid,
                    "sid": sid,
                },
                timeout,
            )
        return self._runner.fetch_path(FETCH_MESSAGE_INTERACTION, path, sid)


class AsyncMessageInteractionsWithResponse:
    """MessageInteractions: list, create, fetch (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[APIResponse[list[MessageInteraction]], None]:
        """List message interactions.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        One page of a Participant's Message Interactions, newest first. Follow
        `meta.next_page_url` (absolute, null on the last page) for the next one.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
            },
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        body: str | None = None,
        media_url: str | Sequence[str] | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[MessageInteraction]]:
        """Create message interaction.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Send a message directly from your system to one Participant of the Session. At
        least one of `Body` and `MediaUrl` is required (Twilio's
        `x-twilio.conditional`). The `inbound_*` properties of the created interaction
        are always empty. Not idempotent: a repeated request sends the message again.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            body: The message to send to the participant.
            media_url: URLs (http or https) of media to send. Twilio documents it as
                reserved: not currently supported. One value or a list; each sent under
                the same key.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
                "body": body,
                "media_url": media_url,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        participant_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[MessageInteraction]]:
        """Fetch message interaction.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch one Message Interaction of a Proxy Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            participant_sid: The SID of the Participant resource.
            sid: The Twilio-provided string that uniquely identifies the
                MessageInteraction resource to fetch.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_MESSAGE_INTERACTION,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "participant_sid": participant_sid,
                "sid": sid,
            },
            timeout,
        )
