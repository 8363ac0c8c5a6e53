"""Interactions: the Interaction result, its operations and the methods apps call.

Rendered from the spec by openapi-python-client with openapi/templates: do not
edit. ``make generate`` rewrites it; ``make check-generated`` fails when it
differs from the spec.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import AsyncGenerator, Coroutine, Generator, Mapping
from datetime import UTC
from typing import TYPE_CHECKING, Final

from twilio_proxy.runtime import (
    PATH,
    SID,
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

from .enums import InteractionResourceStatus, InteractionType

if TYPE_CHECKING:
    from twilio_proxy.runtime import APIResponse, AsyncRunner, SyncRunner, Timeout

new = object.__new__
object_setattr = object.__setattr__
fromisoformat = datetime.datetime.fromisoformat
__all__ = [
    "AsyncInteractions",
    "AsyncInteractionsWithResponse",
    "DELETE_INTERACTION",
    "FETCH_INTERACTION",
    "Interaction",
    "Interactions",
    "InteractionsWithResponse",
    "LIST_INTERACTION",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class Interaction:
    """One call or message that passed through a Proxy Session, between its Participants.
    Every field but `sid` may be null; fields may be added by Twilio at any time.

    ``sid`` always set (an answer without it is refused); every other field None when
    Twilio sent null or left it out. Fields this version does not know are kept in
    ``extra``. Personal data is left out of ``repr``.

    Attributes:
        sid: The unique string that we created to identify the Interaction resource.
        session_sid: The SID of the parent Session resource.
        service_sid: The SID of the parent Service resource.
        account_sid: The SID of the Account that created the Interaction resource.
        data: A JSON string that includes the message body of message interactions (e.g.
            `{"body": "hello"}`) or the call duration (when available) of a call (e.g.
            `{"duration": "5"}`). Personal data: never log it.
        type: The Type of the Interaction: `message`, `voice` or `unknown`.
        inbound_participant_sid: The SID of the inbound Participant resource.
        inbound_resource_sid: The SID of the inbound resource; either the Call or
            Message.
        inbound_resource_status: The inbound resource status of the Interaction. Will
            always be `delivered` for messages and `in-progress` for calls.
        inbound_resource_type: The inbound resource type: `Call` or `Message`.
        inbound_resource_url: The URL of the Twilio inbound resource.
        outbound_participant_sid: The SID of the outbound Participant resource.
        outbound_resource_sid: The SID of the outbound resource; either the Call or
            Message.
        outbound_resource_status: The outbound resource status of the Interaction. For
            messages: `accepted`, `canceled`, `deleted`, `delivered`,
            `delivery-unknown`, `failed`, `partially-delivered`, `queued`, `read`,
            `received`, `receiving`, `scheduled`, `sending`, `sent`, `undelivered`, or
            `unknown`; for calls: `initiated`, `completed` or `unknown`.
        outbound_resource_type: The outbound resource type: `Call` or `Message`.
        outbound_resource_url: The URL of the Twilio outbound resource.
        date_created: The ISO 8601 date and time in GMT when the Interaction was
            created.
        date_updated: The ISO 8601 date and time in GMT when the resource was last
            updated.
        url: The absolute URL of the Interaction resource.
        extra: Fields of the answer this version does not know, as decoded.
    """

    sid: str
    """The unique string that we created to identify the Interaction resource."""
    session_sid: str | None = None
    """The SID of the parent Session resource."""
    service_sid: str | None = None
    """The SID of the parent Service resource."""
    account_sid: str | None = None
    """The SID of the Account that created the Interaction resource."""
    data: str | None = None
    """A JSON string that includes the message body of message interactions (e.g. `{"body":
    "hello"}`) or the call duration (when available) of a call (e.g. `{"duration":
    "5"}`). Personal data: never log it."""
    type: InteractionType | str | None = None
    """The Type of the Interaction: `message`, `voice` or `unknown`."""
    inbound_participant_sid: str | None = None
    """The SID of the inbound Participant resource."""
    inbound_resource_sid: str | None = None
    """The SID of the inbound resource; either the Call or Message."""
    inbound_resource_status: InteractionResourceStatus | str | None = None
    """The inbound resource status of the Interaction. Will always be `delivered` for
    messages and `in-progress` for calls."""
    inbound_resource_type: str | None = None
    """The inbound resource type: `Call` or `Message`."""
    inbound_resource_url: str | None = None
    """The URL of the Twilio inbound resource."""
    outbound_participant_sid: str | None = None
    """The SID of the outbound Participant resource."""
    outbound_resource_sid: str | None = None
    """The SID of the outbound resource; either the Call or Message."""
    outbound_resource_status: InteractionResourceStatus | str | None = None
    """The outbound resource status of the Interaction. For messages: `accepted`,
    `canceled`, `deleted`, `delivered`, `delivery-unknown`, `failed`,
    `partially-delivered`, `queued`, `read`, `received`, `receiving`, `scheduled`,
    `sending`, `sent`, `undelivered`, or `unknown`; for calls: `initiated`, `completed`
    or `unknown`."""
    outbound_resource_type: str | None = None
    """The outbound resource type: `Call` or `Message`."""
    outbound_resource_url: str | None = None
    """The URL of the Twilio outbound resource."""
    date_created: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the Interaction was created."""
    date_updated: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was last updated."""
    url: str | None = None
    """The absolute URL of the Interaction resource."""
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
            "Interaction("
            f"sid={self.sid!r}, "
            f"session_sid={self.session_sid!r}, "
            f"service_sid={self.service_sid!r}, "
            f"account_sid={self.account_sid!r}, "
            f"data={hidden(self.data)}, "
            f"type={self.type!r}, "
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


_INTERACTION_FIELDS = frozenset(
    (
        "sid",
        "session_sid",
        "service_sid",
        "account_sid",
        "data",
        "type",
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
_InteractionResourceStatus_MEMBERS = InteractionResourceStatus._value2member_map_

# Value -> member, looked up once per module rather than on every field read.
_InteractionType_MEMBERS = InteractionType._value2member_map_


def parse_interaction(payload: object) -> Interaction:
    """A Interaction from a decoded JSON object, every field checked (InvalidBody)."""
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
        v6 = payload["inbound_participant_sid"]
        v7 = payload["inbound_resource_sid"]
        v8 = payload["inbound_resource_status"]
        v9 = payload["inbound_resource_type"]
        v10 = payload["inbound_resource_url"]
        v11 = payload["outbound_participant_sid"]
        v12 = payload["outbound_resource_sid"]
        v13 = payload["outbound_resource_status"]
        v14 = payload["outbound_resource_type"]
        v15 = payload["outbound_resource_url"]
        v16 = payload["date_created"]
        v17 = payload["date_updated"]
        v18 = payload["url"]
    except KeyError:  # a field left out reads as null
        every = False
        get = payload.get
        v0 = get("sid")
        v1 = get("session_sid")
        v2 = get("service_sid")
        v3 = get("account_sid")
        v4 = get("data")
        v5 = get("type")
        v6 = get("inbound_participant_sid")
        v7 = get("inbound_resource_sid")
        v8 = get("inbound_resource_status")
        v9 = get("inbound_resource_type")
        v10 = get("inbound_resource_url")
        v11 = get("outbound_participant_sid")
        v12 = get("outbound_resource_sid")
        v13 = get("outbound_resource_status")
        v14 = get("outbound_resource_type")
        v15 = get("outbound_resource_url")
        v16 = get("date_created")
        v17 = get("date_updated")
        v18 = get("url")
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
        v5 = _InteractionType_MEMBERS.get(v5, v5)

    if v6.__class__ is not str and v6 is not None:
        raise wrong("inbound_participant_sid", v6, "a string")

    if v7.__class__ is not str and v7 is not None:
        raise wrong("inbound_resource_sid", v7, "a string")

    if v8 is not None:
        if v8.__class__ is not str:
            raise wrong("inbound_resource_status", v8, "a string")
        v8 = _InteractionResourceStatus_MEMBERS.get(v8, v8)

    if v9.__class__ is not str and v9 is not None:
        raise wrong("inbound_resource_type", v9, "a string")

    if v10.__class__ is not str and v10 is not None:
        raise wrong("inbound_resource_url", v10, "a string")

    if v11.__class__ is not str and v11 is not None:
        raise wrong("outbound_participant_sid", v11, "a string")

    if v12.__class__ is not str and v12 is not None:
        raise wrong("outbound_resource_sid", v12, "a string")

    if v13 is not None:
        if v13.__class__ is not str:
            raise wrong("outbound_resource_status", v13, "a string")
        v13 = _InteractionResourceStatus_MEMBERS.get(v13, v13)

    if v14.__class__ is not str and v14 is not None:
        raise wrong("outbound_resource_type", v14, "a string")

    if v15.__class__ is not str and v15 is not None:
        raise wrong("outbound_resource_url", v15, "a string")

    if v16 is not None:
        try:
            v16_ = fromisoformat(v16)
        except (TypeError, ValueError):
            v16_ = None
        if v16_ is None:
            v16 = parse_datetime("date_created", v16)
        elif v16_.tzinfo is None:
            v16 = v16_.replace(tzinfo=UTC)
        else:
            v16 = v16_

    if v17 is not None:
        try:
            v17_ = fromisoformat(v17)
        except (TypeError, ValueError):
            v17_ = None
        if v17_ is None:
            v17 = parse_datetime("date_updated", v17)
        elif v17_.tzinfo is None:
            v17 = v17_.replace(tzinfo=UTC)
        else:
            v17 = v17_

    if v18.__class__ is not str and v18 is not None:
        raise wrong("url", v18, "a string")

    if every and len(payload) == 19:
        extra: dict[str, object] = {}
    else:
        extra = {k: v for k, v in payload.items() if k not in _INTERACTION_FIELDS}
    # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
    made = new(Interaction)
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
            "inbound_participant_sid": v6,
            "inbound_resource_sid": v7,
            "inbound_resource_status": v8,
            "inbound_resource_type": v9,
            "inbound_resource_url": v10,
            "outbound_participant_sid": v11,
            "outbound_resource_sid": v12,
            "outbound_resource_status": v13,
            "outbound_resource_type": v14,
            "outbound_resource_url": v15,
            "date_created": v16,
            "date_updated": v17,
            "url": v18,
            "extra": extra,
        },
    )
    return made


# The path of FETCH_INTERACTION, every SID checked by its pattern.
_FETCH_INTERACTION_PATH = re.compile(
    "/v1/Services/KS[0-9a-fA-F]{32}/Sessions/KC[0-9a-fA-F]{32}/Interactions/KI[0-9a-fA-F]{32}"
)


def _fetch_interaction_path(
    service_sid: object, session_sid: object, sid: object
) -> str | None:
    """The path to fetch, when every SID is a str of its pattern; else None."""
    if type(service_sid) is str and type(session_sid) is str and type(sid) is str:
        path = f"/v1/Services/{service_sid}/Sessions/{session_sid}/Interactions/{sid}"
        if _FETCH_INTERACTION_PATH.fullmatch(path):
            return path
    return None


LIST_INTERACTION: Final[Operation[Interaction]] = Operation(
    name="ListInteraction",
    verb="list",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Interactions",
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
    ),
    status=200,
    parse=parse_interaction,
    what="a page of Interaction",
    items="interactions",
    conditional=(),
    summary="List interactions.",
)


FETCH_INTERACTION: Final[Operation[Interaction]] = Operation(
    name="FetchInteraction",
    verb="fetch",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Interactions/{sid}",
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
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KI[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Interaction resource.",
        ),
    ),
    status=200,
    parse=parse_interaction,
    what="an Interaction",
    items=None,
    conditional=(),
    summary="Fetch interaction.",
)


DELETE_INTERACTION: Final[Operation[None]] = Operation(
    name="DeleteInteraction",
    verb="delete",
    method="DELETE",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Interactions/{sid}",
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
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KI[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Interaction resource.",
        ),
    ),
    status=204,
    parse=None,
    what="an Interaction",
    items=None,
    conditional=(),
    summary="Delete interaction.",
)


class Interactions:
    """Interactions: list, fetch, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> InteractionsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return InteractionsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[Interaction, None, None]:
        """List interactions.

        Retrieve a list of all Interactions for a Session. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Interaction:
        """Fetch interaction.

        Retrieve a specific Interaction of a given
        [Session](https://www.twilio.com/docs/proxy/api/session).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_interaction_path(service_sid, session_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_INTERACTION,
                {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
                timeout,
            )
        return self._runner.fetch_path(FETCH_INTERACTION, path, sid)

    def delete(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete interaction.

        Delete a specific Interaction.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )


class InteractionsWithResponse:
    """Interactions: list, fetch, delete (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[APIResponse[list[Interaction]], None, None]:
        """List interactions.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Interactions for a Session. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[Interaction]:
        """Fetch interaction.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Retrieve a specific Interaction of a given
        [Session](https://www.twilio.com/docs/proxy/api/session).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[None]:
        """Delete interaction.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Interaction.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )


class AsyncInteractions:
    """Interactions: list, fetch, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> AsyncInteractionsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return AsyncInteractionsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[Interaction, None]:
        """List interactions.

        Retrieve a list of all Interactions for a Session. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Interaction]:
        """Fetch interaction.

        Await the result; the arguments are checked on the call.

        Retrieve a specific Interaction of a given
        [Session](https://www.twilio.com/docs/proxy/api/session).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_interaction_path(service_sid, session_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_INTERACTION,
                {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
                timeout,
            )
        return self._runner.fetch_path(FETCH_INTERACTION, path, sid)

    def delete(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, None]:
        """Delete interaction.

        Await the result; the arguments are checked on the call.

        Delete a specific Interaction.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )


class AsyncInteractionsWithResponse:
    """Interactions: list, fetch, delete (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[APIResponse[list[Interaction]], None]:
        """List interactions.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Interactions for a Session. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Interaction]]:
        """Fetch interaction.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Retrieve a specific Interaction of a given
        [Session](https://www.twilio.com/docs/proxy/api/session).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[None]]:
        """Delete interaction.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Interaction.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Interaction
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_INTERACTION,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )
