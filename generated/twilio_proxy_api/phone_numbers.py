"""PhoneNumbers: the PhoneNumber result, its operations and the methods apps call.

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
    BOOL,
    FORM,
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

if TYPE_CHECKING:
    from twilio_proxy.runtime import APIResponse, AsyncRunner, SyncRunner, Timeout

new = object.__new__
object_setattr = object.__setattr__
fromisoformat = datetime.datetime.fromisoformat
__all__ = [
    "AsyncPhoneNumbers",
    "AsyncPhoneNumbersWithResponse",
    "CREATE_PHONE_NUMBER",
    "DELETE_PHONE_NUMBER",
    "FETCH_PHONE_NUMBER",
    "LIST_PHONE_NUMBER",
    "PhoneNumber",
    "PhoneNumbers",
    "PhoneNumbersWithResponse",
    "UPDATE_PHONE_NUMBER",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class PhoneNumber:
    """A Phone Number of a Service's Proxy Number pool. Every field but `sid` may be null;
    fields may be added by Twilio at any time.

    ``sid`` always set (an answer without it is refused); every other field None when
    Twilio sent null or left it out. Fields this version does not know are kept in
    ``extra``. Personal data is left out of ``repr``.

    Attributes:
        sid: The unique string that we created to identify the PhoneNumber resource.
        account_sid: The SID of the Account that created the PhoneNumber resource.
        service_sid: The SID of the PhoneNumber resource's parent Service resource.
        date_created: The ISO 8601 date and time in GMT when the resource was created.
        date_updated: The ISO 8601 date and time in GMT when the resource was last
            updated.
        phone_number: The phone number in E.164 format, which consists of a + followed
            by the country code and subscriber number.
        friendly_name: The string that you assigned to describe the resource.
        iso_country: The ISO Country Code for the phone number.
        capabilities: The capabilities of the phone number: booleans such as `fax`,
            `mms`, `sms` and `voice` (Twilio's examples show `sms_outbound` and
            `voice_inbound`).
        url: The absolute URL of the PhoneNumber resource.
        is_reserved: Whether the phone number should be reserved and not be assigned to
            a participant using proxy pool logic.
        in_use: The number of open session assigned to the number (Twilio's default is
            `0`).
        extra: Fields of the answer this version does not know, as decoded.
    """

    sid: str
    """The unique string that we created to identify the PhoneNumber resource."""
    account_sid: str | None = None
    """The SID of the Account that created the PhoneNumber resource."""
    service_sid: str | None = None
    """The SID of the PhoneNumber resource's parent Service resource."""
    date_created: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was created."""
    date_updated: datetime.datetime | None = None
    """The ISO 8601 date and time in GMT when the resource was last updated."""
    phone_number: str | None = None
    """The phone number in E.164 format, which consists of a + followed by the country code
    and subscriber number."""
    friendly_name: str | None = None
    """The string that you assigned to describe the resource."""
    iso_country: str | None = None
    """The ISO Country Code for the phone number."""
    capabilities: dict[str, object] | None = dataclasses.field(default=None, hash=False)
    """The capabilities of the phone number: booleans such as `fax`, `mms`, `sms` and
    `voice` (Twilio's examples show `sms_outbound` and `voice_inbound`)."""
    url: str | None = None
    """The absolute URL of the PhoneNumber resource."""
    is_reserved: bool | None = None
    """Whether the phone number should be reserved and not be assigned to a participant
    using proxy pool logic."""
    in_use: int | None = None
    """The number of open session assigned to the number (Twilio's default is `0`)."""
    extra: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)
    """Fields of the answer this version does not know, as decoded."""

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: JSON field names, ISO 8601 dates, ``extra`` merged in."""
        return {
            **self.extra,
            "sid": self.sid,
            "account_sid": self.account_sid,
            "service_sid": self.service_sid,
            "date_created": plain(self.date_created),
            "date_updated": plain(self.date_updated),
            "phone_number": self.phone_number,
            "friendly_name": self.friendly_name,
            "iso_country": self.iso_country,
            "capabilities": self.capabilities,
            "url": self.url,
            "is_reserved": self.is_reserved,
            "in_use": self.in_use,
        }

    def __repr__(self) -> str:
        """The fields, personal data and URL passwords hidden."""
        return (
            "PhoneNumber("
            f"sid={self.sid!r}, "
            f"account_sid={self.account_sid!r}, "
            f"service_sid={self.service_sid!r}, "
            f"date_created={self.date_created!r}, "
            f"date_updated={self.date_updated!r}, "
            f"phone_number={self.phone_number!r}, "
            f"friendly_name={self.friendly_name!r}, "
            f"iso_country={self.iso_country!r}, "
            f"capabilities={self.capabilities!r}, "
            f"url={shown_url(self.url)}, "
            f"is_reserved={self.is_reserved!r}, "
            f"in_use={self.in_use!r}"
            ")"
        )


_PHONE_NUMBER_FIELDS = frozenset(
    (
        "sid",
        "account_sid",
        "service_sid",
        "date_created",
        "date_updated",
        "phone_number",
        "friendly_name",
        "iso_country",
        "capabilities",
        "url",
        "is_reserved",
        "in_use",
    )
)


def parse_phone_number(payload: object) -> PhoneNumber:
    """A PhoneNumber from a decoded JSON object, every field checked (InvalidBody)."""
    if type(payload) is not dict:
        raise not_object(payload)
    every = True
    try:
        v0 = payload["sid"]
        v1 = payload["account_sid"]
        v2 = payload["service_sid"]
        v3 = payload["date_created"]
        v4 = payload["date_updated"]
        v5 = payload["phone_number"]
        v6 = payload["friendly_name"]
        v7 = payload["iso_country"]
        v8 = payload["capabilities"]
        v9 = payload["url"]
        v10 = payload["is_reserved"]
        v11 = payload["in_use"]
    except KeyError:  # a field left out reads as null
        every = False
        get = payload.get
        v0 = get("sid")
        v1 = get("account_sid")
        v2 = get("service_sid")
        v3 = get("date_created")
        v4 = get("date_updated")
        v5 = get("phone_number")
        v6 = get("friendly_name")
        v7 = get("iso_country")
        v8 = get("capabilities")
        v9 = get("url")
        v10 = get("is_reserved")
        v11 = get("in_use")
    if v0.__class__ is not str:
        raise wrong("sid", v0, "a string")

    if v1.__class__ is not str and v1 is not None:
        raise wrong("account_sid", v1, "a string")

    if v2.__class__ is not str and v2 is not None:
        raise wrong("service_sid", v2, "a string")

    if v3 is not None:
        try:
            v3_ = fromisoformat(v3)
        except (TypeError, ValueError):
            v3_ = None
        if v3_ is None:
            v3 = parse_datetime("date_created", v3)
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
            v4 = parse_datetime("date_updated", v4)
        elif v4_.tzinfo is None:
            v4 = v4_.replace(tzinfo=UTC)
        else:
            v4 = v4_

    if v5.__class__ is not str and v5 is not None:
        raise wrong("phone_number", v5, "a string")

    if v6.__class__ is not str and v6 is not None:
        raise wrong("friendly_name", v6, "a string")

    if v7.__class__ is not str and v7 is not None:
        raise wrong("iso_country", v7, "a string")

    if v8.__class__ is not dict and v8 is not None:
        raise wrong("capabilities", v8, "an object")

    if v9.__class__ is not str and v9 is not None:
        raise wrong("url", v9, "a string")

    if v10.__class__ is not bool and v10 is not None:
        raise wrong("is_reserved", v10, "a boolean")

    if v11.__class__ is not int and v11 is not None:
        raise wrong("in_use", v11, "an integer")

    if every and len(payload) == 12:
        extra: dict[str, object] = {}
    else:
        extra = {k: v for k, v in payload.items() if k not in _PHONE_NUMBER_FIELDS}
    # The instance's __dict__ in one go (a frozen dataclass refuses setattr).
    made = new(PhoneNumber)
    object_setattr(
        made,
        "__dict__",
        {
            "sid": v0,
            "account_sid": v1,
            "service_sid": v2,
            "date_created": v3,
            "date_updated": v4,
            "phone_number": v5,
            "friendly_name": v6,
            "iso_country": v7,
            "capabilities": v8,
            "url": v9,
            "is_reserved": v10,
            "in_use": v11,
            "extra": extra,
        },
    )
    return made


# The path of FETCH_PHONE_NUMBER, every SID checked by its pattern.
_FETCH_PHONE_NUMBER_PATH = re.compile(
    "/v1/Services/KS[0-9a-fA-F]{32}/PhoneNumbers/PN[0-9a-fA-F]{32}"
)


def _fetch_phone_number_path(service_sid: object, sid: object) -> str | None:
    """The path to fetch, when every SID is a str of its pattern; else None."""
    if type(service_sid) is str and type(sid) is str:
        path = f"/v1/Services/{service_sid}/PhoneNumbers/{sid}"
        if _FETCH_PHONE_NUMBER_PATH.fullmatch(path):
            return path
    return None


LIST_PHONE_NUMBER: Final[Operation[PhoneNumber]] = Operation(
    name="ListPhoneNumber",
    verb="list",
    method="GET",
    path="/v1/Services/{service_sid}/PhoneNumbers",
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
    parse=parse_phone_number,
    what="a page of PhoneNumber",
    items="phone_numbers",
    conditional=(),
    summary="List phone numbers.",
)


CREATE_PHONE_NUMBER: Final[Operation[PhoneNumber]] = Operation(
    name="CreatePhoneNumber",
    verb="create",
    method="POST",
    path="/v1/Services/{service_sid}/PhoneNumbers",
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
            FORM,
            STR,
            pattern=re.compile("PN[0-9a-fA-F]{32}"),
            help="The SID of a Twilio IncomingPhoneNumber resource that represents the Twilio Number you would like to assign to your Proxy Service.",
        ),
        Param(
            "phone_number",
            "PhoneNumber",
            FORM,
            STR,
            help="The phone number in E.164 format: a + followed by the country code and subscriber number without punctuation characters.",
        ),
        Param(
            "is_reserved",
            "IsReserved",
            FORM,
            BOOL,
            help="Whether the new phone number should be reserved and not be assigned to a participant using proxy pool logic.",
        ),
    ),
    status=201,
    parse=parse_phone_number,
    what="a PhoneNumber",
    items=None,
    conditional=(),
    summary="Create phone number.",
)


FETCH_PHONE_NUMBER: Final[Operation[PhoneNumber]] = Operation(
    name="FetchPhoneNumber",
    verb="fetch",
    method="GET",
    path="/v1/Services/{service_sid}/PhoneNumbers/{sid}",
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
            pattern=re.compile("PN[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the PhoneNumber resource.",
        ),
    ),
    status=200,
    parse=parse_phone_number,
    what="a PhoneNumber",
    items=None,
    conditional=(),
    summary="Fetch phone number.",
)


UPDATE_PHONE_NUMBER: Final[Operation[PhoneNumber]] = Operation(
    name="UpdatePhoneNumber",
    verb="update",
    method="POST",
    path="/v1/Services/{service_sid}/PhoneNumbers/{sid}",
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
            pattern=re.compile("PN[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the PhoneNumber resource.",
        ),
        Param(
            "is_reserved",
            "IsReserved",
            FORM,
            BOOL,
            help="Whether the phone number should be reserved and not be assigned to a participant using proxy pool logic.",
        ),
    ),
    status=200,
    parse=parse_phone_number,
    what="a PhoneNumber",
    items=None,
    conditional=(),
    summary="Update phone number.",
)


DELETE_PHONE_NUMBER: Final[Operation[None]] = Operation(
    name="DeletePhoneNumber",
    verb="delete",
    method="DELETE",
    path="/v1/Services/{service_sid}/PhoneNumbers/{sid}",
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
            pattern=re.compile("PN[0-9a-fA-F]{32}"),
            help="The Twilio-provided string that uniquely identifies the PhoneNumber resource.",
        ),
    ),
    status=204,
    parse=None,
    what="a PhoneNumber",
    items=None,
    conditional=(),
    summary="Delete phone number.",
)


class PhoneNumbers:
    """PhoneNumbers: list, create, fetch, update, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> PhoneNumbersWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return PhoneNumbersWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> Generator[PhoneNumber, None, None]:
        """List phone numbers.

        Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service.
        Pages hold 50 records unless `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_PHONE_NUMBER,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        sid: str | None = None,
        phone_number: str | None = None,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> PhoneNumber:
        """Create phone number.

        Add a Phone Number to a Service's Proxy Number Pool. Give the number's `Sid` (an
        IncomingPhoneNumber PN SID) or its `PhoneNumber` (E.164).

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of a Twilio IncomingPhoneNumber resource that represents the
                Twilio Number you would like to assign to your Proxy Service.
            phone_number: The phone number in E.164 format: a + followed by the country
                code and subscriber number without punctuation characters. For example,
                +14155551234.
            is_reserved: Whether the new phone number should be reserved and not be
                assigned to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_PHONE_NUMBER,
            {
                "service_sid": service_sid,
                "sid": sid,
                "phone_number": phone_number,
                "is_reserved": is_reserved,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> PhoneNumber:
        """Fetch phone number.

        Fetch a specific Phone Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_phone_number_path(service_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
            )
        return self._runner.fetch_path(FETCH_PHONE_NUMBER, path, sid)

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> PhoneNumber:
        """Update phone number.

        Update a specific Proxy Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            is_reserved: Whether the phone number should be reserved and not be assigned
                to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            UPDATE_PHONE_NUMBER,
            {"service_sid": service_sid, "sid": sid, "is_reserved": is_reserved},
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> None:
        """Delete phone number.

        Delete a specific Phone Number from a Service.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
        )


class PhoneNumbersWithResponse:
    """PhoneNumbers: list, create, fetch, update, delete (each returning the APIResponse)."""

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
    ) -> Generator[APIResponse[list[PhoneNumber]], None, None]:
        """List phone numbers.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service.
        Pages hold 50 records unless `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_PHONE_NUMBER,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        sid: str | None = None,
        phone_number: str | None = None,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[PhoneNumber]:
        """Create phone number.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Add a Phone Number to a Service's Proxy Number Pool. Give the number's `Sid` (an
        IncomingPhoneNumber PN SID) or its `PhoneNumber` (E.164).

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of a Twilio IncomingPhoneNumber resource that represents the
                Twilio Number you would like to assign to your Proxy Service.
            phone_number: The phone number in E.164 format: a + followed by the country
                code and subscriber number without punctuation characters. For example,
                +14155551234.
            is_reserved: Whether the new phone number should be reserved and not be
                assigned to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_PHONE_NUMBER,
            {
                "service_sid": service_sid,
                "sid": sid,
                "phone_number": phone_number,
                "is_reserved": is_reserved,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[PhoneNumber]:
        """Fetch phone number.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Phone Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
        )

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> APIResponse[PhoneNumber]:
        """Update phone number.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Update a specific Proxy Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            is_reserved: Whether the phone number should be reserved and not be assigned
                to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            UPDATE_PHONE_NUMBER,
            {"service_sid": service_sid, "sid": sid, "is_reserved": is_reserved},
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> APIResponse[None]:
        """Delete phone number.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Phone Number from a Service.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
        )


class AsyncPhoneNumbers:
    """PhoneNumbers: list, create, fetch, update, delete."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_response(self) -> AsyncPhoneNumbersWithResponse:
        """The same methods, returning the APIResponse (status, headers, request id)."""
        return AsyncPhoneNumbersWithResponse(self._runner)

    def list(
        self,
        *,
        service_sid: str,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout | None = None,
    ) -> AsyncGenerator[PhoneNumber, None]:
        """List phone numbers.

        Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service.
        Pages hold 50 records unless `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.items(
            LIST_PHONE_NUMBER,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        sid: str | None = None,
        phone_number: str | None = None,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, PhoneNumber]:
        """Create phone number.

        Await the result; the arguments are checked on the call.

        Add a Phone Number to a Service's Proxy Number Pool. Give the number's `Sid` (an
        IncomingPhoneNumber PN SID) or its `PhoneNumber` (E.164).

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of a Twilio IncomingPhoneNumber resource that represents the
                Twilio Number you would like to assign to your Proxy Service.
            phone_number: The phone number in E.164 format: a + followed by the country
                code and subscriber number without punctuation characters. For example,
                +14155551234.
            is_reserved: Whether the new phone number should be reserved and not be
                assigned to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            CREATE_PHONE_NUMBER,
            {
                "service_sid": service_sid,
                "sid": sid,
                "phone_number": phone_number,
                "is_reserved": is_reserved,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, PhoneNumber]:
        """Fetch phone number.

        Await the result; the arguments are checked on the call.

        Fetch a specific Phone Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        path = _fetch_phone_number_path(service_sid, sid)
        if path is None or timeout is not None:
            # A unique name, a SID to refuse, a timeout: checked one by one.
            return self._runner.call(
                FETCH_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
            )
        return self._runner.fetch_path(FETCH_PHONE_NUMBER, path, sid)

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, PhoneNumber]:
        """Update phone number.

        Await the result; the arguments are checked on the call.

        Update a specific Proxy Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            is_reserved: Whether the phone number should be reserved and not be assigned
                to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            UPDATE_PHONE_NUMBER,
            {"service_sid": service_sid, "sid": sid, "is_reserved": is_reserved},
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, None]:
        """Delete phone number.

        Await the result; the arguments are checked on the call.

        Delete a specific Phone Number from a Service.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call(
            DELETE_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
        )


class AsyncPhoneNumbersWithResponse:
    """PhoneNumbers: list, create, fetch, update, delete (each returning the APIResponse)."""

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
    ) -> AsyncGenerator[APIResponse[list[PhoneNumber]], None]:
        """List phone numbers.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id (one per page).

        Retrieve a list of all Phone Numbers in the Proxy Number Pool for a Service.
        Pages hold 50 records unless `PageSize` says otherwise (at most 1000).

        Args:
            service_sid: The SID of the parent Service.
            page_size: How many items to ask for in each request: 1 to 1000 (None:
                Twilio's 50, or ``limit`` when smaller).
            limit: Stop after this many items (None: all), fetching no further pages.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.pages(
            LIST_PHONE_NUMBER,
            {"service_sid": service_sid},
            timeout,
            page_size=page_size,
            limit=limit,
        )

    def create(
        self,
        *,
        service_sid: str,
        sid: str | None = None,
        phone_number: str | None = None,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[PhoneNumber]]:
        """Create phone number.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Add a Phone Number to a Service's Proxy Number Pool. Give the number's `Sid` (an
        IncomingPhoneNumber PN SID) or its `PhoneNumber` (E.164).

        Args:
            service_sid: The SID of the parent Service.
            sid: The SID of a Twilio IncomingPhoneNumber resource that represents the
                Twilio Number you would like to assign to your Proxy Service.
            phone_number: The phone number in E.164 format: a + followed by the country
                code and subscriber number without punctuation characters. For example,
                +14155551234.
            is_reserved: Whether the new phone number should be reserved and not be
                assigned to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            CREATE_PHONE_NUMBER,
            {
                "service_sid": service_sid,
                "sid": sid,
                "phone_number": phone_number,
                "is_reserved": is_reserved,
            },
            timeout,
        )

    def fetch(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[PhoneNumber]]:
        """Fetch phone number.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Fetch a specific Phone Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            FETCH_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
        )

    def update(
        self,
        *,
        service_sid: str,
        sid: str,
        is_reserved: bool | None = None,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[PhoneNumber]]:
        """Update phone number.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Update a specific Proxy Number.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            is_reserved: Whether the phone number should be reserved and not be assigned
                to a participant using proxy pool logic. Sent as true or false.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            UPDATE_PHONE_NUMBER,
            {"service_sid": service_sid, "sid": sid, "is_reserved": is_reserved},
            timeout,
        )

    def delete(
        self,
        *,
        service_sid: str,
        sid: str,
        timeout: Timeout | None = None,
    ) -> Coroutine[object, None, APIResponse[None]]:
        """Delete phone number.

        Await the result; the arguments are checked on the call.

        As the plain method, returning an APIResponse: the parsed result with the
        status, headers and request id.

        Delete a specific Phone Number from a Service.

        Args:
            service_sid: The SID of the parent Service.
            sid: The Twilio-provided string that uniquely identifies the PhoneNumber
                resource.
            timeout: Seconds (or an httpx2.Timeout) for each attempt; the client's if
                None.
        """
        return self._runner.call_with_response(
            DELETE_PHONE_NUMBER, {"service_sid": service_sid, "sid": sid}, timeout
        )
