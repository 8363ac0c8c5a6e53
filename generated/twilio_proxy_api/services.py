"""Services: the Service result, its operations and the methods apps call.

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
    ENUM,
    FORM,
    INT,
    PATH,
    REQUIRED,
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

from .enums import ServiceGeoMatchLevel, ServiceNumberSelectionBehavior

if TYPE_CHECKING:
    from twilio_proxy.runtime import APIResponse, AsyncRunner, SyncRunner, Timeout

new = object.__new__
object_setattr = object.__setattr__
fromisoformat = datetime.datetime.fromisoformat
__all__ = [
    "AsyncServices",
    "AsyncServicesWithResponse",
    "CREATE_SERVICE",
    "DELETE_SERVICE",
    "FETCH_SERVICE",
    "LIST_SERVICE",
    "Service",
    "Services",
    "ServicesWithResponse",
    "UPDATE_SERVICE",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class Service:
    """A Proxy Service: the top-level scope of Sessions and of the Proxy Number pool. Every
    field but `sid` may be null; fields may be added by Twilio at any time.

    ``sid`` always set (an answer without it is refused); every other field None when
    Twilio sent null or left it out. Fields this version does not know are kept in
    ``extra``. Personal data is left out of ``repr``.

    Attributes:
        sid: The unique string that we created to identify the Service resource.
        unique_name: An application-defined string that uniquely identifies the
            resource. This value must be 191 characters or fewer in length and be
            unique. Supports UTF-8 characters. **This value should not have PII.**
        account_sid: The SID of the Account that created the Service resource.
        chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
            Service. The Chat Service enables Proxy to forward SMS and channel messages
            to this chat instance. This is a one-to-one relationship.
        callback_url: The URL we call when the interaction status changes.
        default_ttl: The default `ttl` value for Sessions created in the Service. The
            TTL (time to live) is measured in seconds after the Session's last create or
            last Interaction. The default value of `0` indicates an unlimited Session
            length. You can override a Session's default TTL value by setting its `ttl`
            value.
        number_selection_behavior: The preference for Proxy Number selection in the
            Service instance: `prefer-sticky` (try to select the same Proxy Number for a
            given participant if they have previous Sessions) or `avoid-sticky` (try to
            use different Proxy Numbers).
        geo_match_level: Where a proxy number must be located relative to the
            participant identifier. The default value is `country`; more specific areas
            than `country` are only available in North America.
        intercept_callback_url: The URL we call on each interaction. If we receive a 403
            status, we block the interaction; otherwise the interaction continues.
        out_of_session_callback_url: The URL we call when an inbound call or SMS action
            occurs on a closed or non-existent Session. If your server responds with
            valid TwiML, we will process it.
        date_created: The ISO 8601 date and time in GMT when the resource was created.
        date_updated: The ISO 8601 date and time in GMT when the resource was last
            updated.
        url: The absolute URL of the Service resource.
        links: The URLs of resources related to the Service (`sessions`,
            `phone_numbers`, `short_codes`).
        extra: Fields of the answer this version does not know, as decoded.
    """

    sid: str
    """The unique string that we created to identify the Service resource."""
    unique_name: str | None = None
    """An application-defined string that uniquely identifies the resource. This value must
    be 191 characters or fewer in length and be unique. Supports UTF-8 characters.
    **This value should not have PII.**"""
    account_sid: str | None = None
    """The SID of the Account that created the Service resource."""
    chat_instance_sid: str | None = None
    """The SID of the Chat Service Instance managed by Proxy Service. The Chat Service
    enables Proxy to forward SMS and channel messages to this chat instance. This is a
    one-to-one relationship."""
    callback_url: str | None = None
    """The URL we call when the interaction status changes."""
    default_ttl: int | None = None
    """The default `ttl` value for Sessions created in the Service. The TTL (time to live)
    is measured in seconds after the Session's last create or last Interaction. The
    default value of `0` indicates an unlimited Session length. You can override a
    Session's default TTL value by setting its `ttl` value."""
    number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None
    """The preference for Proxy Number selection in the Service instance: `prefer-sticky`
    (try to select the same Proxy Number for a given participant if they have previous
    Sessions) or `avoid-sticky` (try to use different Proxy Numbers)."""
    geo_match_level: ServiceGeoMatchLevel | str | None = None
    """Where a proxy number must be located relative to the participant identifier. The
    default value is `country`; more specific areas than `country` are only available in
    North America."""
    intercept_callback_url: str | None = None
    """The URL we call on each interaction. If we receive a 403 status, we block the
    interaction; otherwise the interaction continues."""
    out_of_session_callback_url: str | None = None
    """The URL we call when an inbound call or SMS action occurs on a closed or
    non-existent Session. If your server responds with valid TwiML, we will process it."""
    date_created: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was created."""
    date_updated: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was last updated."""
    url: str | None = None
    """The absolute URL of the Service resource."""
    links: dict[str, object] | None = dataclasses.field(default=None, hash=False)
    """The URLs of resources related to the Service (`sessions`, `phone_numbers`,
    `short_codes`)."""
    extra: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    """Fields of the answer this version does not know, as decoded."""

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""
        return {
            **self.extra,
            "sid": self.sid,
            "unique_name": self.unique_name,
            "account_sid": self.account_sid,
            "chat_instance_sid": self.chat_instance_sid,
            "callback_url": self.callback_url,
            "default_ttl": self.default_ttl,
            "number_selection_behavior": plain(self.number_selection_behavior),
            "geo_match_level": plain(self.geo_match_level),
            "intercept_callback_url": self.intercept_callback_url,
            "out_of_session_callback_url": self.out_of_session_callback_url,
            "date_created": plain(self.date_created),
            "date_updated": plain(self.date_updated),
            "url": self.url,
            "links": self.links,
        }

    def __repr__(self) -> str:
        """The fields, personal data and URL passwords hidden."""
        return (
            "Service("
            f"sid={self.sid!r}, "
            f"unique_name={self.unique_name!r}, "
            f"account_sid={self.account_sid!r}, "
            f"chat_instance_sid={self.chat_instance_sid!r}, "
            f"callback_url={shown_url(self.callback_url)}, "
            f"default_ttl={self.default_ttl!r}, "
            f"number_selection_behavior={self.number_selection_behavior!r}, "
            f"geo_match_level={self.geo_match_level!r}, "
            f"intercept_callback_url={shown_url(self.intercept_callback_url)}, "
            f"out_of_session_callback_url={shown_url(self.out_of_session_callback_url)}, "
            f"date_created={self.date_created!r}, "
            f"date_updated={self.date_updated!r}, "
            f"url={shown_url(self.url)}, "
            f"links={self.links!r}"
            ")"
        )


_SERVICE_FIELDS = frozenset(
    (
        "sid",
        "unique_name",
        "account_sid",
        "chat_instance_sid",
        "callback_url",
        "default_ttl",
        "number_selection_behavior",
        "geo_match_level",
        "intercept_callback_url",
        "out_of_session_callback_url",
        "date_created",
        "date_updated",
        "url",
        "links",
    )
)

# Value -> member, looked up once per module rather than on every field read.
_ServiceGeoMatchLevel_MEMBERS = ServiceGeoMatchLevel._value2member_map_

# Value -> member, looked up once per module rather than on every field read.
_ServiceNumberSelectionBehavior_MEMBERS = (
    ServiceNumberSelectionBehavior._value2member_map_
)


def parse_service(payload: object) -> Service:
    """A Service from a decoded JSON object, every field checked (InvalidBody)."""
    if type(payload) is not dict:
        raise not_object(payload)
    every = True
    try:
        v0 = payload["sid"]
        v1 = payload["unique_name"]
        v2 = payload["account_sid"]
        v3 = payload["chat_instance_sid"]
        v4 = payload["callback_url"]
        v5 = payload["default_ttl"]
        v6 = payload["number_selection_behavior"]
        v7 = payload["geo_match_level"]
        v8 = payload["intercept_callback_url"]
        v9 = payload["out_of_session_callback_url"]
        v10 = payload["date_created"]
        v11 = payload["date_updated"]
        v12 = payload["url"]
        v13 = payload["links"]
    except KeyError:  # a field left out reads as null
        every = False
        get = payload.get
        v0 = get("sid")
        v1 = get("unique_name")
        v2 = get("account_sid")
        v3 = get("chat_instance_sid")
        v4 = get("callback_url")
        v5 = get("default_ttl")
        v6 = get("number_selection_behavior")
        v7 = get("geo_match_level")
        v8 = get("intercept_callback_url")
        v9 = get("out_of_session_callback_url")
        v10 = get("date_created")
        v11 = get("date_updated")
        v12 = get("url")
        v13 = get("links")
    if v0.__class__ is not str:
        raise wrong("sid", v0, "a string")

    if v1.__class__ is not str and v1 is not None:
        raise wrong("unique_name", v1, "a string")

    if v2.__class__ is not str and v2 is not None:
        raise wrong("account_sid", v2, "a string")

    if v3.__class__ is not str and v3 is not None:
        raise wrong("chat_instance_sid", v3, "a string")

    if v4.__class__ is not str and v4 is not None:
        raise wrong("callback_url", v4, "a string")

    if v5.__class__ is not int and v5 is not None:
        raise wrong("default_ttl", v5, "an integer")

    if v6 is not None:
        if v6.__class__ is not str:
            raise wrong("number_selection_behavior", v6, "a string")
        v6 = _ServiceNumberSelectionBehavior_MEMBERS.get(v6, v6)

    if v7 is not None:
        if v7.__class__ is not str:
            raise wrong("geo_match_level", v7, "a string")
        v7 = _ServiceGeoMatchLevel_MEMBERS.get(v7, v7)

    if v8.__class__ is not str and v8 is not None:
        raise wrong("intercept_callback_url", v8, "a string")

    if v9.__class__ is not str and v9 is not None:
        raise wrong("out_of_session_callback_url", v9, "a string")

    if v10 is not None:
        try:
            v10_ = fromisoformat(v10)
        except (TypeError, ValueError):
            v10_ = None
        if v10_ is None:
            v10 = parse_datetime("date_created", v10)
        elif v10_.tzinfo is None:
            v10 = v10_.replace(tzinfo=UTC)
        else:
            v10 = v10_

    if v11 is not None:
        try:
            v11_ = fromisoformat(v11)
        except (TypeError, ValueError):
            v11_ = None
        if v11_ is None:
            v11 = parse_datetime("date_updated", v11)
        elif v11_.tzinfo is None:
            v11 = v11_.replace(tzinfo=UTC)
        else:
            v11 = v11_

    if v12.__class__ is not str and v12 is not None:
        raise wrong("url", v12, "a string")

    if v13.__class__ is not dict and v13 is not None:
        raise wrong("links", v13, "an object")

    if every and len(payload) == 14:
        extra: dict[str, object] = {}
    else:
        extra = {k: v for k, v in payload.items() if k not in _SERVICE_FIELDS}
    # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
    made = new(Service)
    object_setattr(
        made,
        "__dict__",
        {
            "sid": v0,
            "unique_name": v1,
            "account_sid": v2,
            "chat_instance_sid": v3,
            "callback_url": v4,
            "default_ttl": v5,
            "number_selection_behavior": v6,
            "geo_match_level": v7,
            "intercept_callback_url": v8,
            "out_of_session_callback_url": v9,
            "date_created": v10,
            "date_updated": v11,
            "url": v12,
            "links": v13,
            "extra": extra,
        },
    )
    return made


# The path of FETCH_SERVICE, every SID checked by its pattern.
_FETCH_SERVICE_PATH = re.compile("/v1/Services/KS[0-9a-fA-F]{32}")


def _fetch_service_path(sid: object) -> str | None:
    """The path to fetch, when every SID is a str of its pattern; else None."""
    if type(sid) is str:
        path = f"/v1/Services/{sid}"
        if _FETCH_SERVICE_PATH.fullmatch(path):
            return path
    return None


LIST_SERVICE: Final[Operation[Service]] = Operation(
    name="ListService",
    verb="list",
    method="GET",
    path="/v1/Services",
    params=(),
    status=200,
    parse=parse_service,
    what="a page of Service",
    items="services",
    conditional=(),
    summary="List services.",
)


CREATE_SERVICE: Final[Operation[Service]] = Operation(
    name="CreateService",
    verb="create",
    method="POST",
    path="/v1/Services",
    params=(
        Param(
            "unique_name",
            "UniqueName",
            FORM,
            STR,
            required=True,
            help="An application-defined string that uniquely identifies the resource.",
        ),
        Param(
            "default_ttl",
            "DefaultTtl",
            FORM,
            INT,
            help="The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction.",
        ),
        Param(
            "callback_url",
            "CallbackUrl",
            FORM,
            STR,
            url=True,
            help="The URL we should call when the interaction status changes.",
        ),
        Param(
            "geo_match_level",
            "GeoMatchLevel",
            FORM,
            ENUM,
            enum=ServiceGeoMatchLevel,
            help="Where a proxy number must be located relative to the participant identifier.",
        ),
        Param(
            "number_selection_behavior",
            "NumberSelectionBehavior",
            FORM,
            ENUM,
            enum=ServiceNumberSelectionBehavior,
            help="The preference for Proxy Number selection in the Service instance: `prefer-sticky` (the default) or `avoid-sticky`.",
        ),
        Param(
            "intercept_callback_url",
            "InterceptCallbackUrl",
            FORM,
            STR,
            url=True,
            help="The URL we call on each interaction.",
        ),
        Param(
            "out_of_session_callback_url",
            "OutOfSessionCallbackUrl",
            FORM,
            STR,
            url=True,
            help="The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.",
        ),
        Param(
            "chat_instance_sid",
            "ChatInstanceSid",
            FORM,
            STR,
            pattern=re.compile("IS[0-9a-fA-F]{32}"),
            help="The SID of the Chat Service Instance managed by Proxy Service.",
        ),
    ),
    status=201,
    parse=parse_service,
    what="a Service",
    items=None,
    conditional=(),
    summary="Create service.",
)


FETCH_SERVICE: Final[Operation[Service]] = Operation(
    name="FetchService",
    verb="fetch",
    method="GET",
    path="/v1/Services/{sid}",
    params=(
        Param(
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KS[0-9a-fA-F]{32}"),
            unique_name="unique_name",
            help="The SID of the Service resource to fetch (KS...), or the unique name that was given to it.",
        ),
    ),
    status=200,
    parse=parse_service,
    what="a Service",
    items=None,
    conditional=(),
    summary="Fetch service.",
)


UPDATE_SERVICE: Final[Operation[Service]] = Operation(
    name="UpdateService",
    verb="update",
    method="POST",
    path="/v1/Services/{sid}",
    params=(
        Param(
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KS[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Service resource.",
        ),
        Param(
            "unique_name",
            "UniqueName",
            FORM,
            STR,
            help="An application-defined string that uniquely identifies the resource.",
        ),
        Param(
            "default_ttl",
            "DefaultTtl",
            FORM,
            INT,
            help="The default `ttl` value to set for Sessions created in the Service, in seconds after the Session's last create or last Interaction.",
        ),
        Param(
            "callback_url",
            "CallbackUrl",
            FORM,
            STR,
            url=True,
            help="The URL we should call when the interaction status changes.",
        ),
        Param(
            "geo_match_level",
            "GeoMatchLevel",
            FORM,
            ENUM,
            enum=ServiceGeoMatchLevel,
            help="Where a proxy number must be located relative to the participant identifier.",
        ),
        Param(
            "number_selection_behavior",
            "NumberSelectionBehavior",
            FORM,
            ENUM,
            enum=ServiceNumberSelectionBehavior,
            help="The preference for Proxy Number selection in the Service instance: `prefer-sticky` (the default) or `avoid-sticky`.",
        ),
        Param(
            "intercept_callback_url",
            "InterceptCallbackUrl",
            FORM,
            STR,
            url=True,
            help="The URL we call on each interaction.",
        ),
        Param(
            "out_of_session_callback_url",
            "OutOfSessionCallbackUrl",
            FORM,
            STR,
            url=True,
            help="The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session.",
        ),
        Param(
            "chat_instance_sid",
            "ChatInstanceSid",
            FORM,
            STR,
            pattern=re.compile("IS[0-9a-fA-F]{32}"),
            help="The SID of the Chat Service Instance managed by Proxy Service.",
        ),
    ),
    status=200,
    parse=parse_service,
    what="a Service",
    items=None,
    conditional=(),
    summary="Update service.",
)


DELETE_SERVICE: Final[Operation[None]] = Operation(
    name="DeleteService",
    verb="delete",
    method="DELETE",
    path="/v1/Services/{sid}",
    params=(
        Param(
            "sid",
            "Sid",
            PATH,
            SID,
            required=True,
            pattern=re.compile("KS[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the Service resource.",
        ),
    ),
    status=204,
    parse=None,
    what="a Service",
    items=None,
    conditional=(),
    summary="Delete service.",
)


class Services:
    """Services: list, create, fetch, update, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> ServicesWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return ServicesWithResponse(self._runner)

    def list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[Service, None, None]:
        """List services.

        Retrieve a list of all Services for Twilio Proxy. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_SERVICE, {}, timeout, page_size=page_size, limit=limit
        )

    def create(
        self,
        *,
        unique_name: str = REQUIRED,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Service:
        """Create service.

        Create a new Service for Twilio Proxy.

        Args:
            unique_name: Required. An application-defined string that uniquely
                identifies the resource. This value must be 191 characters or fewer in
                length and be unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` (the default) means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_SERVICE,
            {
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Service:
        """Fetch service.

        Fetch a specific Service, by its SID or by its unique name.

        Args:
            sid: The SID of the Service resource to fetch (KS...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_service_path(sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(FETCH_SERVICE, {"sid": sid}, timeout)
        return self._runner.fetch_path(FETCH_SERVICE, path, sid)

    def update(
        self,
        *,
        sid: str,
        unique_name: str | None = None,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Service:
        """Update service.

        Update a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            UPDATE_SERVICE,
            {
                "sid": sid,
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def delete(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete service.

        Delete a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(DELETE_SERVICE, {"sid": sid}, timeout)


class ServicesWithResponse:
    """Services: list, create, fetch, update, delete (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[APIResponse[list[Service]], None, None]:
        """List services.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Services for Twilio Proxy. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_SERVICE, {}, timeout, page_size=page_size, limit=limit
        )

    def create(
        self,
        *,
        unique_name: str = REQUIRED,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[Service]:
        """Create service.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Create a new Service for Twilio Proxy.

        Args:
            unique_name: Required. An application-defined string that uniquely
                identifies the resource. This value must be 191 characters or fewer in
                length and be unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` (the default) means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_SERVICE,
            {
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[Service]:
        """Fetch service.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Service, by its SID or by its unique name.

        Args:
            sid: The SID of the Service resource to fetch (KS...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(FETCH_SERVICE, {"sid": sid}, timeout)

    def update(
        self,
        *,
        sid: str,
        unique_name: str | None = None,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[Service]:
        """Update service.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Update a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            UPDATE_SERVICE,
            {
                "sid": sid,
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def delete(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[None]:
        """Delete service.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(DELETE_SERVICE, {"sid": sid}, timeout)


class AsyncServices:
    """Services: list, create, fetch, update, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> AsyncServicesWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return AsyncServicesWithResponse(self._runner)

    def list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[Service, None]:
        """List services.

        Retrieve a list of all Services for Twilio Proxy. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_SERVICE, {}, timeout, page_size=page_size, limit=limit
        )

    def create(
        self,
        *,
        unique_name: str = REQUIRED,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Service]:
        """Create service.

        Await the result; the arguments are checked on the call.

        Create a new Service for Twilio Proxy.

        Args:
            unique_name: Required. An application-defined string that uniquely
                identifies the resource. This value must be 191 characters or fewer in
                length and be unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` (the default) means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_SERVICE,
            {
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Service]:
        """Fetch service.

        Await the result; the arguments are checked on the call.

        Fetch a specific Service, by its SID or by its unique name.

        Args:
            sid: The SID of the Service resource to fetch (KS...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_service_path(sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(FETCH_SERVICE, {"sid": sid}, timeout)
        return self._runner.fetch_path(FETCH_SERVICE, path, sid)

    def update(
        self,
        *,
        sid: str,
        unique_name: str | None = None,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, Service]:
        """Update service.

        Await the result; the arguments are checked on the call.

        Update a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            UPDATE_SERVICE,
            {
                "sid": sid,
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def delete(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, None]:
        """Delete service.

        Await the result; the arguments are checked on the call.

        Delete a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(DELETE_SERVICE, {"sid": sid}, timeout)


class AsyncServicesWithResponse:
    """Services: list, create, fetch, update, delete (each returning the APIResponse)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list(
        self,
        *,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[APIResponse[list[Service]], None]:
        """List services.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Services for Twilio Proxy. Pages hold 50 records unless
        `PageSize` says otherwise (at most 1000).

        Args:
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_SERVICE, {}, timeout, page_size=page_size, limit=limit
        )

    def create(
        self,
        *,
        unique_name: str = REQUIRED,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Service]]:
        """Create service.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Create a new Service for Twilio Proxy.

        Args:
            unique_name: Required. An application-defined string that uniquely
                identifies the resource. This value must be 191 characters or fewer in
                length and be unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` (the default) means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_SERVICE,
            {
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Service]]:
        """Fetch service.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Service, by its SID or by its unique name.

        Args:
            sid: The SID of the Service resource to fetch (KS...), or the unique name
                that was given to it. A SID, or the resource's unique name.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(FETCH_SERVICE, {"sid": sid}, timeout)

    def update(
        self,
        *,
        sid: str,
        unique_name: str | None = None,
        default_ttl: int | None = None,
        callback_url: str | None = None,
        geo_match_level: ServiceGeoMatchLevel | str | None = None,
        number_selection_behavior: ServiceNumberSelectionBehavior | str | None = None,
        intercept_callback_url: str | None = None,
        out_of_session_callback_url: str | None = None,
        chat_instance_sid: str | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[Service]]:
        """Update service.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Update a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            unique_name: An application-defined string that uniquely identifies the
                resource. This value must be 191 characters or fewer in length and be
                unique. **This value should not have PII.**
            default_ttl: The default `ttl` value to set for Sessions created in the
                Service, in seconds after the Session's last create or last Interaction.
                `0` means an unlimited Session length.
            callback_url: The URL we should call when the interaction status changes.
            geo_match_level: Where a proxy number must be located relative to the
                participant identifier. The default value is `country`; more specific
                areas than `country` are only available in North America. A
                ServiceGeoMatchLevel or its value.
            number_selection_behavior: The preference for Proxy Number selection in the
                Service instance: `prefer-sticky` (the default) or `avoid-sticky`. A
                ServiceNumberSelectionBehavior or its value.
            intercept_callback_url: The URL we call on each interaction. If we receive a
                403 status, we block the interaction; otherwise the interaction
                continues.
            out_of_session_callback_url: The URL we should call when an inbound call or
                SMS action occurs on a closed or non-existent Session. If your server
                responds with valid TwiML, we will process it.
            chat_instance_sid: The SID of the Chat Service Instance managed by Proxy
                Service. The Chat Service enables Proxy to forward SMS and channel
                messages to this chat instance. This is a one-to-one relationship.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            UPDATE_SERVICE,
            {
                "sid": sid,
                "unique_name": unique_name,
                "default_ttl": default_ttl,
                "callback_url": callback_url,
                "geo_match_level": geo_match_level,
                "number_selection_behavior": number_selection_behavior,
                "intercept_callback_url": intercept_callback_url,
                "out_of_session_callback_url": out_of_session_callback_url,
                "chat_instance_sid": chat_instance_sid,
            },
            timeout,
        )

    def delete(
        self,
        *,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[None]]:
        """Delete service.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Service.

        Args:
            sid: The Twilio-provided string that uniquely identifies the Service
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(DELETE_SERVICE, {"sid": sid}, timeout)
