"""Participants: the Participant result, its operations and the methods apps call.

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
    FORM,
    PATH,
    REQUIRED,
    SID,
    STR,
    Operation,
    Param,
    hidden,
    not_object,
    parse_datetime,
    plain,
    shown_url,
    wrong,
)

if TYPE_CHECKING:
    from twilio_proxy.runtime import APIResponse, AsyncRunner, SyncRunner, Timeout

new = object.__new__
object_setattr = object.__setattr__
fromisoformat = datetime.datetime.fromisoformat
__all__ = [
    "AsyncParticipants",
    "AsyncParticipantsWithResponse",
    "CREATE_PARTICIPANT",
    "DELETE_PARTICIPANT",
    "FETCH_PARTICIPANT",
    "LIST_PARTICIPANT",
    "Participant",
    "Participants",
    "ParticipantsWithResponse",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class Participant:
    """A Proxy Participant: one individual communicating in a Session (at most two per
    Session). Every field but `sid` may be null; fields may be added by Twilio at any
    time.

    ``sid`` always set (an answer without it is refused); every other field None when
    Twilio sent null or left it out. Fields this version does not know are kept in
    ``extra``. Personal data is left out of ``repr``.

    Attributes:
        sid: The unique string that we created to identify the Participant resource.
        session_sid: The SID of the parent Session resource.
        service_sid: The SID of the resource's parent Service resource.
        account_sid: The SID of the Account that created the Participant resource.
        friendly_name: The string that you assigned to describe the participant. This
            value must be 255 characters or fewer. Supports UTF-8 characters. **This
            value should not have PII.**
        identifier: The phone number or channel identifier of the Participant. This
            value must be 191 characters or fewer. Supports UTF-8 characters. Personal
            data: never log it.
        proxy_identifier: The phone number or short code (masked number) of the
            participant's partner. The participant will call or message the partner
            participant at this number.
        proxy_identifier_sid: The SID of the Proxy Identifier assigned to the
            Participant.
        date_deleted: The ISO 8601 date when the Participant was removed from the
            session.
        date_created: The ISO 8601 date and time in GMT when the resource was created.
        date_updated: The ISO 8601 date and time in GMT when the resource was last
            updated.
        url: The absolute URL of the Participant resource.
        links: The URLs to resources related the participant (`message_interactions`).
        extra: Fields of the answer this version does not know, as decoded.
    """

    sid: str
    """The unique string that we created to identify the Participant resource."""
    session_sid: str | None = None
    """The SID of the parent Session resource."""
    service_sid: str | None = None
    """The SID of the resource's parent Service resource."""
    account_sid: str | None = None
    """The SID of the Account that created the Participant resource."""
    friendly_name: str | None = None
    """The string that you assigned to describe the participant. This value must be 255
    characters or fewer. Supports UTF-8 characters. **This value should not have PII.**"""
    identifier: str | None = None
    """The phone number or channel identifier of the Participant. This value must be 191
    characters or fewer. Supports UTF-8 characters. Personal data: never log it."""
    proxy_identifier: str | None = None
    """The phone number or short code (masked number) of the participant's partner. The
    participant will call or message the partner participant at this number."""
    proxy_identifier_sid: str | None = None
    """The SID of the Proxy Identifier assigned to the Participant."""
    date_deleted: datetime.datetime | None = None
    """The ISO 8601 date when the Participant was removed from the session."""
    date_created: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was created."""
    date_updated: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was last updated."""
    url: str | None = None
    """The absolute URL of the Participant resource."""
    links: dict[str, object] | None = dataclasses.field(default=None, hash=False)
    """The URLs to resources related the participant (`message_interactions`)."""
    extra: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    """Fields of the answer this version does not know, as decoded."""

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""
        return {
            **self.extra,
            "sid": self.sid,
            "session_sid": self.session_sid,
            "service_sid": self.service_sid,
            "account_sid": self.account_sid,
            "friendly_name": self.friendly_name,
            "identifier": self.identifier,
            "proxy_identifier": self.proxy_identifier,
            "proxy_identifier_sid": self.proxy_identifier_sid,
            "date_deleted": plain(self.date_deleted),
            "date_created": plain(self.date_created),
            "date_updated": plain(self.date_updated),
            "url": self.url,
            "links": self.links,
        }

    def __repr__(self) -> str:
        """The fields, personal data and URL passwords hidden."""
        return (
            "Participant("
            f"sid={self.sid!r}, "
            f"session_sid={self.session_sid!r}, "
            f"service_sid={self.service_sid!r}, "
            f"account_sid={self.account_sid!r}, "
            f"friendly_name={self.friendly_name!r}, "
            f"identifier={hidden(self.identifier)}, "
            f"proxy_identifier={self.proxy_identifier!r}, "
            f"proxy_identifier_sid={self.proxy_identifier_sid!r}, "
            f"date_deleted={self.date_deleted!r}, "
            f"date_created={self.date_created!r}, "
            f"date_updated={self.date_updated!r}, "
            f"url={shown_url(self.url)}, "
            f"links={self.links!r}"
            ")"
        )


_PARTICIPANT_FIELDS = frozenset(
    (
        "sid",
        "session_sid",
        "service_sid",
        "account_sid",
        "friendly_name",
        "identifier",
        "proxy_identifier",
        "proxy_identifier_sid",
        "date_deleted",
        "date_created",
        "date_updated",
        "url",
        "links",
    )
)


def parse_participant(payload: object) -> Participant:
    """A Participant from a decoded JSON object, every field checked (InvalidBody)."""
    if type(payload) is not dict:
        raise not_object(payload)
    every = True
    try:
        v0 = payload["sid"]
        v1 = payload["session_sid"]
        v2 = payload["service_sid"]
        v3 = payload["account_sid"]
        v4 = payload["friendly_name"]
        v5 = payload["identifier"]
        v6 = payload["proxy_identifier"]
        v7 = payload["proxy_identifier_sid"]
        v8 = payload["date_deleted"]
        v9 = payload["date_created"]
        v10 = payload["date_updated"]
        v11 = payload["url"]
        v12 = payload["links"]
    except KeyError:  # a field left out reads as null
        every = False
        get = payload.get
        v0 = get("sid")
        v1 = get("session_sid")
        v2 = get("service_sid")
        v3 = get("account_sid")
        v4 = get("friendly_name")
        v5 = get("identifier")
        v6 = get("proxy_identifier")
        v7 = get("proxy_identifier_sid")
        v8 = get("date_deleted")
        v9 = get("date_created")
        v10 = get("date_updated")
        v11 = get("url")
        v12 = get("links")
    if v0.__class__ is not str:
        raise wrong("sid", v0, "a string")

    if v1.__class__ is not str and v1 is not None:
        raise wrong("session_sid", v1, "a string")

    if v2.__class__ is not str and v2 is not None:
        raise wrong("service_sid", v2, "a string")

    if v3.__class__ is not str and v3 is not None:
        raise wrong("account_sid", v3, "a string")

    if v4.__class__ is not str and v4 is not None:
        raise wrong("friendly_name", v4, "a string")

    if v5.__class__ is not str and v5 is not None:
        raise wrong("identifier", v5, "a string")

    if v6.__class__ is not str and v6 is not None:
        raise wrong("proxy_identifier", v6, "a string")

    if v7.__class__ is not str and v7 is not None:
        raise wrong("proxy_identifier_sid", v7, "a string")

    if v8 is not None:
        try:
            v8_ = fromisoformat(v8)
        except (TypeError, ValueError):
            v8_ = None
        if v8_ is None:
            v8 = parse_datetime("date_deleted", v8)
        elif v8_.tzinfo is None:
            v8 = v8_.replace(tzinfo=UTC)
        else:
            v8 = v8_

    if v9 is not None:
        try:
            v9_ = fromisoformat(v9)
        except (TypeError, ValueError):
            v9_ = None
        if v9_ is None:
            v9 = parse_datetime("date_created", v9)
        elif v9_.tzinfo is None:
            v9 = v9_.replace(tzinfo=UTC)
        else:
            v9 = v9_

    if v10 is not None:
        try:
            v10_ = fromisoformat(v10)
        except (TypeError, ValueError):
            v10_ = None
        if v10_ is None:
            v10 = parse_datetime("date_updated", v10)
        elif v10_.tzinfo is None:
            v10 = v10_.replace(tzinfo=UTC)
        else:
            v10 = v10_

    if v11.__class__ is not str and v11 is not None:
        raise wrong("url", v11, "a string")

    if v12.__class__ is not dict and v12 is not None:
        raise wrong("links", v12, "an object")

    if every and len(payload) == 13:
        extra: dict[str, object] = {}
    else:
        extra = {k: v for k, v in payload.items() if k not in _PARTICIPANT_FIELDS}
    # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
    made = new(Participant)
    object_setattr(
        made,
        "__dict__",
        {
            "sid": v0,
            "session_sid": v1,
            "service_sid": v2,
            "account_sid": v3,
            "friendly_name": v4,
            "identifier": v5,
            "proxy_identifier": v6,
            "proxy_identifier_sid": v7,
            "date_deleted": v8,
            "date_created": v9,
            "date_updated": v10,
            "url": v11,
            "links": v12,
            "extra": extra,
        },
    )
    return made


# The path of FETCH_PARTICIPANT, every SID checked by its pattern.
_FETCH_PARTICIPANT_PATH = re.compile(
    "/v1/Services/KS[0-9a-fA-F]{32}/Sessions/KC[0-9a-fA-F]{32}/Participants/KP[0-9a-fA-F]{32}"
)


def _fetch_participant_path(
    service_sid: object, session_sid: object, sid: object
) -> str | None:
    """The path to fetch, when every SID is a str of its pattern; else None."""
    if type(service_sid) is str and type(session_sid) is str and type(sid) is str:
        path = f"/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}"
        if _FETCH_PARTICIPANT_PATH.fullmatch(path):
            return path
    return None


LIST_PARTICIPANT: Final[Operation[Participant]] = Operation(
    name="ListParticipant",
    verb="list",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants",
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
    parse=parse_participant,
    what="a page of Participant",
    items="participants",
    conditional=(),
    summary="List participants.",
)


CREATE_PARTICIPANT: Final[Operation[Participant]] = Operation(
    name="CreateParticipant",
    verb="create",
    method="POST",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants",
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
            "identifier",
            "Identifier",
            FORM,
            STR,
            required=True,
            private=True,
            help="The phone number (or channel identifier) of the Participant.",
        ),
        Param(
            "friendly_name",
            "FriendlyName",
            FORM,
            STR,
            help="The string that you assigned to describe the participant.",
        ),
        Param(
            "proxy_identifier",
            "ProxyIdentifier",
            FORM,
            STR,
            help="The proxy phone number to use for the Participant.",
        ),
        Param(
            "proxy_identifier_sid",
            "ProxyIdentifierSid",
            FORM,
            STR,
            pattern=re.compile("PN[0-9a-fA-F]{32}"),
            help="The SID of the Proxy Identifier to assign to the Participant.",
        ),
    ),
    status=201,
    parse=parse_participant,
    what="a Participant",
    items=None,
    conditional=(),
    summary="Create participant.",
)


FETCH_PARTICIPANT: Final[Operation[Participant]] = Operation(
    name="FetchParticipant",
    verb="fetch",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}",
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
            pattern=re.compile("KP[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Participant resource.",
        ),
    ),
    status=200,
    parse=parse_participant,
    what="a Participant",
    items=None,
    conditional=(),
    summary="Fetch participant.",
)


DELETE_PARTICIPANT: Final[Operation[None]] = Operation(
    name="DeleteParticipant",
    verb="delete",
    method="DELETE",
    path="/v1/Services/{service_sid}/Sessions/{session_sid}/Participants/{sid}",
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
            pattern=re.compile("KP[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Participant resource.",
        ),
    ),
    status=200,
    parse=None,
    what="a Participant",
    items=None,
    conditional=(),
    summary="Delete participant.",
)


class Participants:
    """Participants: list, create, fetch, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> ParticipantsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return ParticipantsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[Participant, None, None]:
        """List participants.

        Retrieve a list of all Participants in a Session.

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
            LIST_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        identifier: str = REQUIRED,
        friendly_name: str | None = None,
        proxy_identifier: str | None = None,
        proxy_identifier_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Participant:
        """Create participant.

        Add a new Participant to the Session. Give its `Identifier` and let Proxy pick a
        proxy number from the pool, or give the proxy number too (`ProxyIdentifier` or
        `ProxyIdentifierSid`).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            identifier: Required. The phone number (or channel identifier) of the
                Participant. Personal data: never log it.
            friendly_name: The string that you assigned to describe the participant.
                This value must be 255 characters or fewer. **This value should not have
                PII.**
            proxy_identifier: The proxy phone number to use for the Participant. If not
                specified, Proxy will select a number from the pool.
            proxy_identifier_sid: The SID of the Proxy Identifier to assign to the
                Participant.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_PARTICIPANT,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "identifier": identifier,
                "friendly_name": friendly_name,
                "proxy_identifier": proxy_identifier,
                "proxy_identifier_sid": proxy_identifier_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Participant:
        """Fetch participant.

        Fetch a specific Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_participant_path(service_sid, session_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_PARTICIPANT,
                {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
                timeout,
            )
        return self._runner.fetch_path(FETCH_PARTICIPANT, path, sid)

    def delete(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete participant.

        Delete a specific Participant. This is a soft-delete. The participant remains
        associated with the session and cannot be re-added. Participants are only
        permanently deleted when the
        [Session](https://www.twilio.com/docs/proxy/api/session) is deleted. Twilio
        documents a 200 answer (not 204) without a body.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )


class ParticipantsWithResponse:
    """Participants: list, create, fetch, delete (each returning the APIResponse)."""

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
    ) -> Generator[APIResponse[list[Participant]], None, None]:
        """List participants.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Participants in a Session.

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
            LIST_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        identifier: str = REQUIRED,
        friendly_name: str | None = None,
        proxy_identifier: str | None = None,
        proxy_identifier_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[Participant]:
        """Create participant.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Add a new Participant to the Session. Give its `Identifier` and let Proxy pick a
        proxy number from the pool, or give the proxy number too (`ProxyIdentifier` or
        `ProxyIdentifierSid`).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            identifier: Required. The phone number (or channel identifier) of the
                Participant. Personal data: never log it.
            friendly_name: The string that you assigned to describe the participant.
                This value must be 255 characters or fewer. **This value should not have
                PII.**
            proxy_identifier: The proxy phone number to use for the Participant. If not
                specified, Proxy will select a number from the pool.
            proxy_identifier_sid: The SID of the Proxy Identifier to assign to the
                Participant.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_PARTICIPANT,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "identifier": identifier,
                "friendly_name": friendly_name,
                "proxy_identifier": proxy_identifier,
                "proxy_identifier_sid": proxy_identifier_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[Participant]:
        """Fetch participant.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_PARTICIPANT,
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
        """Delete participant.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Participant. This is a soft-delete. The participant remains
        associated with the session and cannot be re-added. Participants are only
        permanently deleted when the
        [Session](https://www.twilio.com/docs/proxy/api/session) is deleted. Twilio
        documents a 200 answer (not 204) without a body.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )


class AsyncParticipants:
    """Participants: list, create, fetch, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> AsyncParticipantsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return AsyncParticipantsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        session_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[Participant, None]:
        """List participants.

        Retrieve a list of all Participants in a Session.

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
            LIST_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        identifier: str = REQUIRED,
        friendly_name: str | None = None,
        proxy_identifier: str | None = None,
        proxy_identifier_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Participant]:
        """Create participant.

        Await the result; the arguments are checked on the call.

        Add a new Participant to the Session. Give its `Identifier` and let Proxy pick a
        proxy number from the pool, or give the proxy number too (`ProxyIdentifier` or
        `ProxyIdentifierSid`).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            identifier: Required. The phone number (or channel identifier) of the
                Participant. Personal data: never log it.
            friendly_name: The string that you assigned to describe the participant.
                This value must be 255 characters or fewer. **This value should not have
                PII.**
            proxy_identifier: The proxy phone number to use for the Participant. If not
                specified, Proxy will select a number from the pool.
            proxy_identifier_sid: The SID of the Proxy Identifier to assign to the
                Participant.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_PARTICIPANT,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "identifier": identifier,
                "friendly_name": friendly_name,
                "proxy_identifier": proxy_identifier,
                "proxy_identifier_sid": proxy_identifier_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Participant]:
        """Fetch participant.

        Await the result; the arguments are checked on the call.

        Fetch a specific Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_participant_path(service_sid, session_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_PARTICIPANT,
                {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
                timeout,
            )
        return self._runner.fetch_path(FETCH_PARTICIPANT, path, sid)

    def delete(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, None]:
        """Delete participant.

        Await the result; the arguments are checked on the call.

        Delete a specific Participant. This is a soft-delete. The participant remains
        associated with the session and cannot be re-added. Participants are only
        permanently deleted when the
        [Session](https://www.twilio.com/docs/proxy/api/session) is deleted. Twilio
        documents a 200 answer (not 204) without a body.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )


class AsyncParticipantsWithResponse:
    """Participants: list, create, fetch, delete (each returning the APIResponse)."""

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
    ) -> AsyncGenerator[APIResponse[list[Participant]], None]:
        """List participants.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Participants in a Session.

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
            LIST_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        session_sid: str,
        identifier: str = REQUIRED,
        friendly_name: str | None = None,
        proxy_identifier: str | None = None,
        proxy_identifier_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Participant]]:
        """Create participant.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Add a new Participant to the Session. Give its `Identifier` and let Proxy pick a
        proxy number from the pool, or give the proxy number too (`ProxyIdentifier` or
        `ProxyIdentifierSid`).

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            identifier: Required. The phone number (or channel identifier) of the
                Participant. Personal data: never log it.
            friendly_name: The string that you assigned to describe the participant.
                This value must be 255 characters or fewer. **This value should not have
                PII.**
            proxy_identifier: The proxy phone number to use for the Participant. If not
                specified, Proxy will select a number from the pool.
            proxy_identifier_sid: The SID of the Proxy Identifier to assign to the
                Participant.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_PARTICIPANT,
            {
                "service_sid": service_sid,
                "session_sid": session_sid,
                "identifier": identifier,
                "friendly_name": friendly_name,
                "proxy_identifier": proxy_identifier,
                "proxy_identifier_sid": proxy_identifier_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        session_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Participant]]:
        """Fetch participant.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Participant.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_PARTICIPANT,
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
        """Delete participant.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Participant. This is a soft-delete. The participant remains
        associated with the session and cannot be re-added. Participants are only
        permanently deleted when the
        [Session](https://www.twilio.com/docs/proxy/api/session) is deleted. Twilio
        documents a 200 answer (not 204) without a body.

        Args:
            service_sid: The SID of the parent Service.
            session_sid: The SID of the parent Session.
            sid: The Twilio-provided string that uniquely identifies the Participant
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_PARTICIPANT,
            {"service_sid": service_sid, "session_sid": session_sid, "sid": sid},
            timeout,
        )
