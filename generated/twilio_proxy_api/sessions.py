"""Sessions: the Session result, its operations and the methods apps call.

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
    DATETIME,
    ENUM,
    FORM,
    INT,
    JSON_TEXT,
    PATH,
    SID,
    STR,
    Operation,
    Param,
    not_object,
    parse_datetime,
    plain,
    shown_url,
    wrong,
)

from .enums import SessionMode, SessionStatus

if TYPE_CHECKING:
    from twilio_proxy.runtime import APIResponse, AsyncRunner, SyncRunner, Timeout

new = object.__new__
object_setattr = object.__setattr__
fromisoformat = datetime.datetime.fromisoformat
__all__ = [
    "AsyncSessions",
    "AsyncSessionsWithResponse",
    "CREATE_SESSION",
    "DELETE_SESSION",
    "FETCH_SESSION",
    "LIST_SESSION",
    "Session",
    "Sessions",
    "SessionsWithResponse",
    "UPDATE_SESSION",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class Session:
    """A Proxy Session: one instance of two Participants communicating. Every field but
    `sid` may be null; fields may be added by Twilio at any time.

    ``sid`` always set (an answer without it is refused); every other field None when
    Twilio sent null or left it out. Fields this version does not know are kept in
    ``extra``. Personal data is left out of ``repr``.

    Attributes:
        sid: The unique string that we created to identify the Session resource.
        service_sid: The SID of the Service the session is associated with.
        account_sid: The SID of the Account that created the Session resource.
        date_started: The ISO 8601 date when the Session started.
        date_ended: The ISO 8601 date when the Session ended.
        date_last_interaction: The ISO 8601 date when the Session last had an
            interaction.
        date_expiry: The ISO 8601 date when the Session should expire. If this is value
            is present, it overrides the `ttl` value.
        unique_name: An application-defined string that uniquely identifies the
            resource. This value must be 191 characters or fewer in length and be
            unique. Supports UTF-8 characters. **This value should not have PII.**
        status: The status of the Session: `open`, `in-progress`, `closed`, `failed`, or
            `unknown`.
        closed_reason: The reason the Session ended.
        ttl: The time, in seconds, when the session will expire. The time is measured
            from the last Session create or the Session's last Interaction. Twilio's
            default is `0`.
        mode: The Mode of the Session: `message-only`, `voice-only`, or
            `voice-and-message`.
        date_created: The ISO 8601 date and time in GMT when the resource was created.
        date_updated: The ISO 8601 date and time in GMT when the resource was last
            updated.
        url: The absolute URL of the Session resource.
        links: The URLs of resources related to the Session (`interactions`,
            `participants`).
        extra: Fields of the answer this version does not know, as decoded.
    """

    sid: str
    """The unique string that we created to identify the Session resource."""
    service_sid: str | None = None
    """The SID of the Service the session is associated with."""
    account_sid: str | None = None
    """The SID of the Account that created the Session resource."""
    date_started: datetime.datetime | None = None
    """The ISO 8601 date when the Session started."""
    date_ended: datetime.datetime | None = None
    """The ISO 8601 date when the Session ended."""
    date_last_interaction: datetime.datetime | None = None
    """The ISO 8601 date when the Session last had an interaction."""
    date_expiry: datetime.datetime | None = None
    """The ISO 8601 date when the Session should expire. If this is value is present, it
    overrides the `ttl` value."""
    unique_name: str | None = None
    """An application-defined string that uniquely identifies the resource. This value must
    be 191 characters or fewer in length and be unique. Supports UTF-8 characters.
    **This value should not have PII.**"""
    status: SessionStatus | str | None = None
    """The status of the Session: `open`, `in-progress`, `closed`, `failed`, or `unknown`."""
    closed_reason: str | None = None
    """The reason the Session ended."""
    ttl: int | None = None
    """The time, in seconds, when the session will expire. The time is measured from the
    last Session create or the Session's last Interaction. Twilio's default is `0`."""
    mode: SessionMode | str | None = None
    """The Mode of the Session: `message-only`, `voice-only`, or `voice-and-message`."""
    date_created: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was created."""
    date_updated: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was last updated."""
    url: str | None = None
    """The absolute URL of the Session resource."""
    links: dict[str, object] | None = dataclasses.field(default=None, hash=False)
    """The URLs of resources related to the Session (`interactions`, `participants`)."""
    extra: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    """Fields of the answer this version does not know, as decoded."""

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""
        return {
            **self.extra,
            "sid": self.sid,
            "service_sid": self.service_sid,
            "account_sid": self.account_sid,
            "date_started": plain(self.date_started),
            "date_ended": plain(self.date_ended),
            "date_last_interaction": plain(self.date_last_interaction),
            "date_expiry": plain(self.date_expiry),
            "unique_name": self.unique_name,
            "status": plain(self.status),
            "closed_reason": self.closed_reason,
            "ttl": self.ttl,
            "mode": plain(self.mode),
            "date_created": plain(self.date_created),
            "date_updated": plain(self.date_updated),
            "url": self.url,
            "links": self.links,
        }

    def __repr__(self) -> str:
        """The fields, personal data and URL passwords hidden."""
        return (
            "Session("
            f"sid={self.sid!r}, "
            f"service_sid={self.service_sid!r}, "
            f"account_sid={self.account_sid!r}, "
            f"date_started={self.date_started!r}, "
            f"date_ended={self.date_ended!r}, "
            f"date_last_interaction={self.date_last_interaction!r}, "
            f"date_expiry={self.date_expiry!r}, "
            f"unique_name={self.unique_name!r}, "
            f"status={self.status!r}, "
            f"closed_reason={self.closed_reason!r}, "
            f"ttl={self.ttl!r}, "
            f"mode={self.mode!r}, "
            f"date_created={self.date_created!r}, "
            f"date_updated={self.date_updated!r}, "
            f"url={shown_url(self.url)}, "
            f"links={self.links!r}"
            ")"
        )


_SESSION_FIELDS = frozenset(
    (
        "sid",
        "service_sid",
        "account_sid",
        "date_started",
        "date_ended",
        "date_last_interaction",
        "date_expiry",
        "unique_name",
        "status",
        "closed_reason",
        "ttl",
        "mode",
        "date_created",
        "date_updated",
        "url",
        "links",
    )
)

# Value -> member, looked up once per module rather than on every field read.
_SessionMode_MEMBERS = SessionMode._value2member_map_

# Value -> member, looked up once per module rather than on every field read.
_SessionStatus_MEMBERS = SessionStatus._value2member_map_


def parse_session(payload: object) -> Session:
    """A Session from a decoded JSON object, every field checked (InvalidBody)."""
    if type(payload) is not dict:
        raise not_object(payload)
    every = True
    try:
        v0 = payload["sid"]
        v1 = payload["service_sid"]
        v2 = payload["account_sid"]
        v3 = payload["date_started"]
        v4 = payload["date_ended"]
        v5 = payload["date_last_interaction"]
        v6 = payload["date_expiry"]
        v7 = payload["unique_name"]
        v8 = payload["status"]
        v9 = payload["closed_reason"]
        v10 = payload["ttl"]
        v11 = payload["mode"]
        v12 = payload["date_created"]
        v13 = payload["date_updated"]
        v14 = payload["url"]
        v15 = payload["links"]
    except KeyError:  # a field left out reads as null
        every = False
        get = payload.get
        v0 = get("sid")
        v1 = get("service_sid")
        v2 = get("account_sid")
        v3 = get("date_started")
        v4 = get("date_ended")
        v5 = get("date_last_interaction")
        v6 = get("date_expiry")
        v7 = get("unique_name")
        v8 = get("status")
        v9 = get("closed_reason")
        v10 = get("ttl")
        v11 = get("mode")
        v12 = get("date_created")
        v13 = get("date_updated")
        v14 = get("url")
        v15 = get("links")
    if v0.__class__ is not str:
        raise wrong("sid", v0, "a string")

    if v1.__class__ is not str and v1 is not None:
        raise wrong("service_sid", v1, "a string")

    if v2.__class__ is not str and v2 is not None:
        raise wrong("account_sid", v2, "a string")

    if v3 is not None:
        try:
            v3_ = fromisoformat(v3)
        except (TypeError, ValueError):
            v3_ = None
        if v3_ is None:
            v3 = parse_datetime("date_started", v3)
        elif v3_.tzinfo is None:
            v3 = v3_.replace(tzinfo=UTC)
        else:
            v3 = v3_

    if v4 is not None:
        try:
            v4_ = fromisoformat(v4)
        except (TypeError, ValueError):
            v4_ = None
        if v4_ is None:
            v4 = parse_datetime("date_ended", v4)
        elif v4_.tzinfo is None:
            v4 = v4_.replace(tzinfo=UTC)
        else:
            v4 = v4_

    if v5 is not None:
        try:
            v5_ = fromisoformat(v5)
        except (TypeError, ValueError):
            v5_ = None
        if v5_ is None:
            v5 = parse_datetime("date_last_interaction", v5)
        elif v5_.tzinfo is None:
            v5 = v5_.replace(tzinfo=UTC)
        else:
            v5 = v5_

    if v6 is not None:
        try:
            v6_ = fromisoformat(v6)
        except (TypeError, ValueError):
            v6_ = None
        if v6_ is None:
            v6 = parse_datetime("date_expiry", v6)
        elif v6_.tzinfo is None:
            v6 = v6_.replace(tzinfo=UTC)
        else:
            v6 = v6_

    if v7.__class__ is not str and v7 is not None:
        raise wrong("unique_name", v7, "a string")

    if v8 is not None:
        if v8.__class__ is not str:
            raise wrong("status", v8, "a string")
        v8 = _SessionStatus_MEMBERS.get(v8, v8)

    if v9.__class__ is not str and v9 is not None:
        raise wrong("closed_reason", v9, "a string")

    if v10.__class__ is not int and v10 is not None:
        raise wrong("ttl", v10, "an integer")

    if v11 is not None:
        if v11.__class__ is not str:
            raise wrong("mode", v11, "a string")
        v11 = _SessionMode_MEMBERS.get(v11, v11)

    if v12 is not None:
        try:
            v12_ = fromisoformat(v12)
        except (TypeError, ValueError):
            v12_ = None
        if v12_ is None:
            v12 = parse_datetime("date_created", v12)
        elif v12_.tzinfo is None:
            v12 = v12_.replace(tzinfo=UTC)
        else:
            v12 = v12_

    if v13 is not None:
        try:
            v13_ = fromisoformat(v13)
        except (TypeError, ValueError):
            v13_ = None
        if v13_ is None:
            v13 = parse_datetime("date_updated", v13)
        elif v13_.tzinfo is None:
            v13 = v13_.replace(tzinfo=UTC)
        else:
            v13 = v13_

    if v14.__class__ is not str and v14 is not None:
        raise wrong("url", v14, "a string")

    if v15.__class__ is not dict and v15 is not None:
        raise wrong("links", v15, "an object")

    if every and len(payload) == 16:
        extra: dict[str, object] = {}
    else:
        extra = {k: v for k, v in payload.items() if k not in _SESSION_FIELDS}
    # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
    made = new(Session)
    object_setattr(
        made,
        "__dict__",
        {
            "sid": v0,
            "service_sid": v1,
            "account_sid": v2,
            "date_started": v3,
            "date_ended": v4,
            "date_last_interaction": v5,
            "date_expiry": v6,
            "unique_name": v7,
            "status": v8,
            "closed_reason": v9,
            "ttl": v10,
            "mode": v11,
            "date_created": v12,
            "date_updated": v13,
            "url": v14,
            "links": v15,
            "extra": extra,
        },
    )
    return made


# The path of FETCH_SESSION, every SID checked by its pattern.
_FETCH_SESSION_PATH = re.compile(
    "/v1/Services/KS[0-9a-fA-F]{32}/Sessions/KC[0-9a-fA-F]{32}"
)


def _fetch_session_path(service_sid: object, sid: object) -> str | None:
    """The path to fetch, when every SID is a str of its pattern; else None."""
    if type(service_sid) is str and type(sid) is str:
        path = f"/v1/Services/{service_sid}/Sessions/{sid}"
        if _FETCH_SESSION_PATH.fullmatch(path):
            return path
    return None


LIST_SESSION: Final[Operation[Session]] = Operation(
    name="ListSession",
    verb="list",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions",
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
    ),
    status=200,
    parse=parse_session,
    what="a page of Session",
    items="sessions",
    conditional=(),
    summary="List sessions.",
)


CREATE_SESSION: Final[Operation[Session]] = Operation(
    name="CreateSession",
    verb="create",
    method="POST",
    path="/v1/Services/{service_sid}/Sessions",
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
            "unique_name",
            "UniqueName",
            FORM,
            STR,
            help="An application-defined string that uniquely identifies the resource.",
        ),
        Param(
            "date_expiry",
            "DateExpiry",
            FORM,
            DATETIME,
            help="The ISO 8601 date when the Session should expire.",
        ),
        Param(
            "ttl",
            "Ttl",
            FORM,
            INT,
            help="The time, in seconds, when the session will expire.",
        ),
        Param(
            "mode",
            "Mode",
            FORM,
            ENUM,
            enum=SessionMode,
            help="The Mode of the Session: `message-only`, `voice-only`, or `voice-and-message` (the default).",
        ),
        Param(
            "status",
            "Status",
            FORM,
            ENUM,
            enum=SessionStatus,
            help="The initial status of the Session: `open`, `in-progress`, `closed`, `failed`, or `unknown`.",
        ),
        Param(
            "participants",
            "Participants",
            FORM,
            JSON_TEXT,
            many=True,
            private=True,
            help='The Participant objects to include in the new session (e.g. `{"Identifier": "+14155551212", "FriendlyName": "Alice"}`).',
        ),
    ),
    status=201,
    parse=parse_session,
    what="a Session",
    items=None,
    conditional=(),
    summary="Create session.",
)


FETCH_SESSION: Final[Operation[Session]] = Operation(
    name="FetchSession",
    verb="fetch",
    method="GET",
    path="/v1/Services/{service_sid}/Sessions/{sid}",
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
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KC[0-9a-fA-F]{32}"),
            unique_name="unique_name",
            help="The SID of the Session resource to fetch (KC...), or the unique name that was given to it.",
        ),
    ),
    status=200,
    parse=parse_session,
    what="a Session",
    items=None,
    conditional=(),
    summary="Fetch session.",
)


UPDATE_SESSION: Final[Operation[Session]] = Operation(
    name="UpdateSession",
    verb="update",
    method="POST",
    path="/v1/Services/{service_sid}/Sessions/{sid}",
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
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KC[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Session resource.",
        ),
        Param(
            "date_expiry",
            "DateExpiry",
            FORM,
            DATETIME,
            help="The ISO 8601 date when the Session should expire.",
        ),
        Param(
            "ttl",
            "Ttl",
            FORM,
            INT,
            help="The time, in seconds, when the session will expire.",
        ),
        Param(
            "status",
            "Status",
            FORM,
            ENUM,
            enum=SessionStatus,
            help="The new status of the resource: `in-progress` to re-open a session or `closed` to close a session.",
        ),
    ),
    status=200,
    parse=parse_session,
    what="a Session",
    items=None,
    conditional=(),
    summary="Update session.",
)


DELETE_SESSION: Final[Operation[None]] = Operation(
    name="DeleteSession",
    verb="delete",
    method="DELETE",
    path="/v1/Services/{service_sid}/Sessions/{sid}",
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
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KC[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Session resource.",
        ),
    ),
    status=204,
    parse=None,
    what="a Session",
    items=None,
    conditional=(),
    summary="Delete session.",
)


class Sessions:
    """Sessions: list, create, fetch, update, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> SessionsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return SessionsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[Session, None, None]:
        """List sessions.

        Retrieve a list of all Sessions for the Service. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_SESSION,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        unique_name: str | None = None,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        mode: SessionMode | str | None = None,
        status: SessionStatus | str | None = None,
        participants: Sequence[Mapping[str, object]] | None = None,
        timeout: Timeout | None = None,
    ) -> Session:
        """Create session.

        Create a new Session. `Participants` takes up to two participant objects (e.g.
        `{"Identifier": "+14155551212"}`); each is sent as one JSON text form value, the
        key repeated.

        Args:
            service_sid: The SID of the parent Service.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            mode: The Mode of the Session: `message-only`, `voice-only`, or
                `voice-and-message` (the default). A SessionMode or its value.
            status: The initial status of the Session: `open`, `in-progress`, `closed`,
                `failed`, or `unknown`. The default is `open` on create. A SessionStatus
                or its value.
            participants: The Participant objects to include in the new session (e.g.
                `{"Identifier": "+14155551212", "FriendlyName": "Alice"}`). Each is sent
                as one JSON text form value, the key repeated.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_SESSION,
            {
                "service_sid": service_sid,
                "unique_name": unique_name,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "mode": mode,
                "status": status,
                "participants": participants,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Session:
        """Fetch session.

        Fetch a specific Session, by its SID or by its unique name.

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of the Session resource to fetch (KC...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_session_path(service_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
            )
        return self._runner.fetch_path(FETCH_SESSION, path, sid)

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        status: SessionStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> Session:
        """Update session.

        Update a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            status: The new status of the resource: `in-progress` to re-open a session
                or `closed` to close a session. A SessionStatus or its value.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            UPDATE_SESSION,
            {
                "service_sid": service_sid,
                "sid": sid,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "status": status,
            },
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete session.

        Delete a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
        )


class SessionsWithResponse:
    """Sessions: list, create, fetch, update, delete (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        service_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[APIResponse[list[Session]], None, None]:
        """List sessions.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Sessions for the Service. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_SESSION,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        unique_name: str | None = None,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        mode: SessionMode | str | None = None,
        status: SessionStatus | str | None = None,
        participants: Sequence[Mapping[str, object]] | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[Session]:
        """Create session.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Create a new Session. `Participants` takes up to two participant objects (e.g.
        `{"Identifier": "+14155551212"}`); each is sent as one JSON text form value, the
        key repeated.

        Args:
            service_sid: The SID of the parent Service.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            mode: The Mode of the Session: `message-only`, `voice-only`, or
                `voice-and-message` (the default). A SessionMode or its value.
            status: The initial status of the Session: `open`, `in-progress`, `closed`,
                `failed`, or `unknown`. The default is `open` on create. A SessionStatus
                or its value.
            participants: The Participant objects to include in the new session (e.g.
                `{"Identifier": "+14155551212", "FriendlyName": "Alice"}`). Each is sent
                as one JSON text form value, the key repeated.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_SESSION,
            {
                "service_sid": service_sid,
                "unique_name": unique_name,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "mode": mode,
                "status": status,
                "participants": participants,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[Session]:
        """Fetch session.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Session, by its SID or by its unique name.

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of the Session resource to fetch (KC...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
        )

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        status: SessionStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[Session]:
        """Update session.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Update a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            status: The new status of the resource: `in-progress` to re-open a session
                or `closed` to close a session. A SessionStatus or its value.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            UPDATE_SESSION,
            {
                "service_sid": service_sid,
                "sid": sid,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "status": status,
            },
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[None]:
        """Delete session.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
        )


class AsyncSessions:
    """Sessions: list, create, fetch, update, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> AsyncSessionsWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return AsyncSessionsWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[Session, None]:
        """List sessions.

        Retrieve a list of all Sessions for the Service. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_SESSION,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        unique_name: str | None = None,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        mode: SessionMode | str | None = None,
        status: SessionStatus | str | None = None,
        participants: Sequence[Mapping[str, object]] | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Session]:
        """Create session.

        Await the result; the arguments are checked on the call.

        Create a new Session. `Participants` takes up to two participant objects (e.g.
        `{"Identifier": "+14155551212"}`); each is sent as one JSON text form value, the
        key repeated.

        Args:
            service_sid: The SID of the parent Service.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            mode: The Mode of the Session: `message-only`, `voice-only`, or
                `voice-and-message` (the default). A SessionMode or its value.
            status: The initial status of the Session: `open`, `in-progress`, `closed`,
                `failed`, or `unknown`. The default is `open` on create. A SessionStatus
                or its value.
            participants: The Participant objects to include in the new session (e.g.
                `{"Identifier": "+14155551212", "FriendlyName": "Alice"}`). Each is sent
                as one JSON text form value, the key repeated.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_SESSION,
            {
                "service_sid": service_sid,
                "unique_name": unique_name,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "mode": mode,
                "status": status,
                "participants": participants,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Session]:
        """Fetch session.

        Await the result; the arguments are checked on the call.

        Fetch a specific Session, by its SID or by its unique name.

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of the Session resource to fetch (KC...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_session_path(service_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
            )
        return self._runner.fetch_path(FETCH_SESSION, path, sid)

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        status: SessionStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Session]:
        """Update session.

        Await the result; the arguments are checked on the call.

        Update a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            status: The new status of the resource: `in-progress` to re-open a session
                or `closed` to close a session. A SessionStatus or its value.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            UPDATE_SESSION,
            {
                "service_sid": service_sid,
                "sid": sid,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "status": status,
            },
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, None]:
        """Delete session.

        Await the result; the arguments are checked on the call.

        Delete a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
        )


class AsyncSessionsWithResponse:
    """Sessions: list, create, fetch, update, delete (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        service_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[APIResponse[list[Session]], None]:
        """List sessions.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Sessions for the Service. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_SESSION,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        unique_name: str | None = None,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        mode: SessionMode | str | None = None,
        status: SessionStatus | str | None = None,
        participants: Sequence[Mapping[str, object]] | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Session]]:
        """Create session.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Create a new Session. `Participants` takes up to two participant objects (e.g.
        `{"Identifier": "+14155551212"}`); each is sent as one JSON text form value, the
        key repeated.

        Args:
            service_sid: The SID of the parent Service.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            mode: The Mode of the Session: `message-only`, `voice-only`, or
                `voice-and-message` (the default). A SessionMode or its value.
            status: The initial status of the Session: `open`, `in-progress`, `closed`,
                `failed`, or `unknown`. The default is `open` on create. A SessionStatus
                or its value.
            participants: The Participant objects to include in the new session (e.g.
                `{"Identifier": "+14155551212", "FriendlyName": "Alice"}`). Each is sent
                as one JSON text form value, the key repeated.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_SESSION,
            {
                "service_sid": service_sid,
                "unique_name": unique_name,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "mode": mode,
                "status": status,
                "participants": participants,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Session]]:
        """Fetch session.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Session, by its SID or by its unique name.

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of the Session resource to fetch (KC...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
        )

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        date_expiry: datetime.datetime | None = None,
        ttl: int | None = None,
        status: SessionStatus | str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Session]]:
        """Update session.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Update a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            date_expiry: The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value. A timezone-aware
                datetime, sent in UTC to the second.
            ttl: The time, in seconds, when the session will expire. The time is
                measured from the last Session create or the Session's last Interaction.
            status: The new status of the resource: `in-progress` to re-open a session
                or `closed` to close a session. A SessionStatus or its value.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            UPDATE_SESSION,
            {
                "service_sid": service_sid,
                "sid": sid,
                "date_expiry": date_expiry,
                "ttl": ttl,
                "status": status,
            },
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[None]]:
        """Delete session.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Session.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the Session
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_SESSION, {"service_sid": service_sid, "sid": sid}, timeout
        )
