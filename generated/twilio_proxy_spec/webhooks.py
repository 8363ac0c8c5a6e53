"""Twilio Proxy's callbacks as typed events, emitted from the spec by openapi/emit_webhooks.py.

Do not edit: ``make generate`` rewrites this file, ``make check-generated``
fails when it differs from what the spec gives. Apps import these names from
``twilio_proxy.webhooks``.

Reading a form: every field is optional, and a field Twilio sends empty is
None like a field it leaves out (``extra`` keeps unknown fields as sent). A
field sent more than once with different values is refused: Twilio sends each
once, and picking one of several would let a tampered form choose.
"""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import enum
import json
from collections.abc import Callable, Mapping
from typing import TypeVar

from twilio_proxy._exceptions import InvalidCallbackError

from twilio_proxy_spec.enums import (
    InteractionResourceStatus,
    InteractionType,
    SessionMode,
    SessionStatus,
)

E = TypeVar("E", bound=enum.Enum)


def form_values(form: Mapping[str, object]) -> dict[str, list[str]]:
    """Every field of a posted form with all its values.

    ``form`` is a mapping whose values are strings or lists of strings, or a
    multi-value mapping with ``getlist`` (Werkzeug's MultiDict, Starlette's
    FormData, Django's QueryDict) or ``getall`` (multidict, aiohttp). Raises
    InvalidCallbackError naming a field whose value is not text (a file).
    """
    getlist: Callable[[str], object] | None = getattr(form, "getlist", None) or getattr(
        form, "getall", None
    )
    values: dict[str, list[str]] = {}
    # dict.fromkeys: a multidict lists a repeated name once per value.
    for name in dict.fromkeys(form):
        if not isinstance(name, str):
            raise InvalidCallbackError(
                "a field name is not text", field=repr(type(name))
            )
        raw = getlist(name) if getlist is not None else form[name]
        items = list(raw) if isinstance(raw, list | tuple) else [raw]
        texts = [item for item in items if isinstance(item, str)]
        if len(texts) != len(items):
            raise InvalidCallbackError(f"{name} is not text", field=name)
        values[name] = texts
    return values


def _single(values: Mapping[str, list[str]], name: str) -> str:
    found = set(values[name])
    if len(found) > 1:
        message = f"{name} is sent more than once, with different values"
        raise InvalidCallbackError(message, field=name)
    return found.pop() if found else ""


def _text(values: Mapping[str, list[str]], name: str) -> str | None:
    return (_single(values, name) or None) if name in values else None


def _rest(values: Mapping[str, list[str]], known: frozenset[str]) -> dict[str, str]:
    return {name: _single(values, name) for name in values if name not in known}


def _integer(name: str, value: str | None, minimum: int | None) -> int | None:
    if value is None:
        return None
    digits = value[1:] if value.startswith("-") else value
    # int() alone would take " 1", "1_0" and other scripts' digits.
    if not (0 < len(digits) <= 18 and digits.isascii() and digits.isdigit()):
        raise InvalidCallbackError(f"{name} is not a whole number", field=name)
    number = int(value)
    if minimum is not None and number < minimum:
        raise InvalidCallbackError(f"{name} is below {minimum}", field=name)
    return number


def _datetime(name: str, value: str | None) -> datetime.datetime | None:
    if value is None:
        return None
    parsed: datetime.datetime | None = None
    try:
        # upper(): RFC 3339 allows a lower-case "t" and "z", fromisoformat does not.
        parsed = datetime.datetime.fromisoformat(value.upper())
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
    if parsed is None:
        # Raised outside the except blocks: their exceptions quote the value.
        raise InvalidCallbackError(f"{name} is not a date and time", field=name)
    # Twilio's times are UTC; one without an offset is read as such.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _open_enum(value: str | None, cls: type[E]) -> E | str | None:
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError:
        return value


_NOT_JSON = object()


def _decode_object(name: str, value: str | None) -> dict[str, object] | None:
    if value is None:
        return None
    try:
        decoded: object = json.loads(value)
    except ValueError:
        decoded = _NOT_JSON
    if decoded is _NOT_JSON:
        # Raised outside the except block: a JSONDecodeError holds the text.
        raise InvalidCallbackError(f"{name} is not JSON", field=name)
    if not isinstance(decoded, dict):
        message = f"{name} holds a JSON {type(decoded).__name__}, not an object"
        raise InvalidCallbackError(message, field=name)
    return decoded


def _hidden(value: str | None) -> str:
    return "None" if value is None else f"<{len(value)} characters hidden>"


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class InteractionCallback:
    """What Proxy sends to a Service's `callback_url` for each interaction
    (informational).

    Every field is None when Twilio left it out or sent it empty. Fields this
    version does not know are kept in ``extra``, as sent. Personal data is left out
    of ``repr``. Build it with ``from_form`` after checking the request's signature.
    """

    interaction_sid: str | None = None
    """The SID of the Interaction (KI…)."""
    interaction_session_sid: str | None = None
    """The SID of the Interaction's Session (KC…)."""
    interaction_service_sid: str | None = None
    """The SID of the Interaction's Service (KS…)."""
    interaction_account_sid: str | None = None
    """The SID of the Account (AC…)."""
    interaction_type: InteractionType | str | None = None
    """The kind of interaction (`message`, `voice` or `unknown`)."""
    interaction_data: str | None = None
    """A JSON object with the message body (`{"body": "hello"}`) or the call duration
    (`{"duration": "5"}`). Personal data: never log it.
    """
    interaction_date_created: datetime.datetime | None = None
    """When the Interaction was created."""
    interaction_date_updated: datetime.datetime | None = None
    """When the Interaction was last updated."""
    inbound_participant_sid: str | None = None
    """The SID of the inbound Participant (KP…)."""
    inbound_resource_sid: str | None = None
    """The SID of the inbound Call (CA…) or Message (SM…, MM…)."""
    inbound_resource_status: InteractionResourceStatus | str | None = None
    """The status of the inbound Call or Message."""
    inbound_resource_type: str | None = None
    """The kind of the inbound resource (`call` or `message`)."""
    inbound_resource_url: str | None = None
    """The URL of the inbound Call or Message resource."""
    outbound_participant_sid: str | None = None
    """The SID of the outbound Participant (KP…)."""
    outbound_resource_sid: str | None = None
    """The SID of the outbound Call (CA…) or Message (SM…, MM…)."""
    outbound_resource_status: InteractionResourceStatus | str | None = None
    """The status of the outbound Call or Message."""
    outbound_resource_type: str | None = None
    """The kind of the outbound resource (`call` or `message`)."""
    outbound_resource_url: str | None = None
    """The URL of the outbound Call or Message resource."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> InteractionCallback:
        """Read the form Twilio posted (check its signature first: ``validate_signature``).

        ``form`` is a mapping of field names to strings or lists of strings, or a
        framework's multi-value form (Werkzeug's ``request.form``, Starlette's
        ``await request.form()``). Raises InvalidCallbackError (a ValueError)
        naming a field that is malformed or sent twice with different values;
        it never quotes the value.
        """
        values = form_values(form)
        return cls(
            interaction_sid=_text(values, "interactionSid"),
            interaction_session_sid=_text(values, "interactionSessionSid"),
            interaction_service_sid=_text(values, "interactionServiceSid"),
            interaction_account_sid=_text(values, "interactionAccountSid"),
            interaction_type=_open_enum(
                _text(values, "interactionType"), InteractionType
            ),
            interaction_data=_text(values, "interactionData"),
            interaction_date_created=_datetime(
                "interactionDateCreated", _text(values, "interactionDateCreated")
            ),
            interaction_date_updated=_datetime(
                "interactionDateUpdated", _text(values, "interactionDateUpdated")
            ),
            inbound_participant_sid=_text(values, "inboundParticipantSid"),
            inbound_resource_sid=_text(values, "inboundResourceSid"),
            inbound_resource_status=_open_enum(
                _text(values, "inboundResourceStatus"), InteractionResourceStatus
            ),
            inbound_resource_type=_text(values, "inboundResourceType"),
            inbound_resource_url=_text(values, "inboundResourceUrl"),
            outbound_participant_sid=_text(values, "outboundParticipantSid"),
            outbound_resource_sid=_text(values, "outboundResourceSid"),
            outbound_resource_status=_open_enum(
                _text(values, "outboundResourceStatus"), InteractionResourceStatus
            ),
            outbound_resource_type=_text(values, "outboundResourceType"),
            outbound_resource_url=_text(values, "outboundResourceUrl"),
            extra=_rest(values, INTERACTION_CALLBACK_FIELDS),
        )

    def decode_interaction_data(self) -> dict[str, object] | None:
        """``interaction_data`` decoded from JSON, or None when absent.

        Raises InvalidCallbackError when it is not a JSON object.
        """
        return _decode_object("interactionData", self.interaction_data)

    def __repr__(self) -> str:
        """The fields, personal data hidden, ``extra`` by name only."""
        return f"InteractionCallback(interaction_sid={self.interaction_sid!r}, interaction_session_sid={self.interaction_session_sid!r}, interaction_service_sid={self.interaction_service_sid!r}, interaction_account_sid={self.interaction_account_sid!r}, interaction_type={self.interaction_type!r}, interaction_data={_hidden(self.interaction_data)}, interaction_date_created={self.interaction_date_created!r}, interaction_date_updated={self.interaction_date_updated!r}, inbound_participant_sid={self.inbound_participant_sid!r}, inbound_resource_sid={self.inbound_resource_sid!r}, inbound_resource_status={self.inbound_resource_status!r}, inbound_resource_type={self.inbound_resource_type!r}, inbound_resource_url={self.inbound_resource_url!r}, outbound_participant_sid={self.outbound_participant_sid!r}, outbound_resource_sid={self.outbound_resource_sid!r}, outbound_resource_status={self.outbound_resource_status!r}, outbound_resource_type={self.outbound_resource_type!r}, outbound_resource_url={self.outbound_resource_url!r}, extra={tuple(sorted(self.extra))!r})"


INTERACTION_CALLBACK_FIELDS: frozenset[str] = frozenset(
    (
        "interactionSid",
        "interactionSessionSid",
        "interactionServiceSid",
        "interactionAccountSid",
        "interactionType",
        "interactionData",
        "interactionDateCreated",
        "interactionDateUpdated",
        "inboundParticipantSid",
        "inboundResourceSid",
        "inboundResourceStatus",
        "inboundResourceType",
        "inboundResourceUrl",
        "outboundParticipantSid",
        "outboundResourceSid",
        "outboundResourceStatus",
        "outboundResourceType",
        "outboundResourceUrl",
    )
)
"""The form fields ``InteractionCallback`` reads into attributes."""


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class InterceptCallback:
    """What Proxy sends to a Service's `intercept_callback_url` before each
    interaction. Answer 403 to block the interaction.

    Every field is None when Twilio left it out or sent it empty. Fields this
    version does not know are kept in ``extra``, as sent. Personal data is left out
    of ``repr``. Build it with ``from_form`` after checking the request's signature.
    """

    interaction_sid: str | None = None
    """The SID of the Interaction (KI…)."""
    interaction_session_sid: str | None = None
    """The SID of the Interaction's Session (KC…)."""
    interaction_service_sid: str | None = None
    """The SID of the Interaction's Service (KS…)."""
    interaction_account_sid: str | None = None
    """The SID of the Account (AC…)."""
    interaction_type: InteractionType | str | None = None
    """The kind of interaction (`message`, `voice` or `unknown`)."""
    interaction_data: str | None = None
    """A JSON object with the message body (`{"body": "hello"}`) or the call duration
    (`{"duration": "5"}`). Personal data: never log it.
    """
    interaction_date_created: datetime.datetime | None = None
    """When the Interaction was created."""
    interaction_date_updated: datetime.datetime | None = None
    """When the Interaction was last updated."""
    inbound_participant_sid: str | None = None
    """The SID of the inbound Participant (KP…)."""
    inbound_resource_sid: str | None = None
    """The SID of the inbound Call (CA…) or Message (SM…, MM…)."""
    inbound_resource_status: InteractionResourceStatus | str | None = None
    """The status of the inbound Call or Message."""
    inbound_resource_type: str | None = None
    """The kind of the inbound resource (`call` or `message`)."""
    inbound_resource_url: str | None = None
    """The URL of the inbound Call or Message resource."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> InterceptCallback:
        """Read the form Twilio posted (check its signature first: ``validate_signature``).

        ``form`` is a mapping of field names to strings or lists of strings, or a
        framework's multi-value form (Werkzeug's ``request.form``, Starlette's
        ``await request.form()``). Raises InvalidCallbackError (a ValueError)
        naming a field that is malformed or sent twice with different values;
        it never quotes the value.
        """
        values = form_values(form)
        return cls(
            interaction_sid=_text(values, "interactionSid"),
            interaction_session_sid=_text(values, "interactionSessionSid"),
            interaction_service_sid=_text(values, "interactionServiceSid"),
            interaction_account_sid=_text(values, "interactionAccountSid"),
            interaction_type=_open_enum(
                _text(values, "interactionType"), InteractionType
            ),
            interaction_data=_text(values, "interactionData"),
            interaction_date_created=_datetime(
                "interactionDateCreated", _text(values, "interactionDateCreated")
            ),
            interaction_date_updated=_datetime(
                "interactionDateUpdated", _text(values, "interactionDateUpdated")
            ),
            inbound_participant_sid=_text(values, "inboundParticipantSid"),
            inbound_resource_sid=_text(values, "inboundResourceSid"),
            inbound_resource_status=_open_enum(
                _text(values, "inboundResourceStatus"), InteractionResourceStatus
            ),
            inbound_resource_type=_text(values, "inboundResourceType"),
            inbound_resource_url=_text(values, "inboundResourceUrl"),
            extra=_rest(values, INTERCEPT_CALLBACK_FIELDS),
        )

    def decode_interaction_data(self) -> dict[str, object] | None:
        """``interaction_data`` decoded from JSON, or None when absent.

        Raises InvalidCallbackError when it is not a JSON object.
        """
        return _decode_object("interactionData", self.interaction_data)

    def __repr__(self) -> str:
        """The fields, personal data hidden, ``extra`` by name only."""
        return f"InterceptCallback(interaction_sid={self.interaction_sid!r}, interaction_session_sid={self.interaction_session_sid!r}, interaction_service_sid={self.interaction_service_sid!r}, interaction_account_sid={self.interaction_account_sid!r}, interaction_type={self.interaction_type!r}, interaction_data={_hidden(self.interaction_data)}, interaction_date_created={self.interaction_date_created!r}, interaction_date_updated={self.interaction_date_updated!r}, inbound_participant_sid={self.inbound_participant_sid!r}, inbound_resource_sid={self.inbound_resource_sid!r}, inbound_resource_status={self.inbound_resource_status!r}, inbound_resource_type={self.inbound_resource_type!r}, inbound_resource_url={self.inbound_resource_url!r}, extra={tuple(sorted(self.extra))!r})"


INTERCEPT_CALLBACK_FIELDS: frozenset[str] = frozenset(
    (
        "interactionSid",
        "interactionSessionSid",
        "interactionServiceSid",
        "interactionAccountSid",
        "interactionType",
        "interactionData",
        "interactionDateCreated",
        "interactionDateUpdated",
        "inboundParticipantSid",
        "inboundResourceSid",
        "inboundResourceStatus",
        "inboundResourceType",
        "inboundResourceUrl",
    )
)
"""The form fields ``InterceptCallback`` reads into attributes."""


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class OutOfSessionCallback:
    """What Proxy sends to a Service's `out_of_session_callback_url`: the inbound
    call's or message's own fields, and what Proxy knows of the Session and
    Participants the caller or sender last belonged to. Answer TwiML, or JSON (see
    `OutOfSessionAnswer`) to create a Session.

    Every field is None when Twilio left it out or sent it empty. Fields this
    version does not know are kept in ``extra``, as sent. Personal data is left out
    of ``repr``. Build it with ``from_form`` after checking the request's signature.
    """

    session_sid: str | None = None
    """The SID of the last Session (KC…)."""
    session_service_sid: str | None = None
    """The SID of its Service (KS…)."""
    session_account_sid: str | None = None
    """The SID of its Account (AC…)."""
    session_unique_name: str | None = None
    """The Session's unique name (an application's key; Twilio asks that it holds no
    personal data).
    """
    session_status: SessionStatus | str | None = None
    """The Session's status."""
    session_mode: SessionMode | str | None = None
    """The Session's mode."""
    session_closed_reason: str | None = None
    """Why the Session closed (e.g. `api`)."""
    session_date_created: datetime.datetime | None = None
    """When the Session was created."""
    session_date_updated: datetime.datetime | None = None
    """When the Session was last updated."""
    session_date_ended: datetime.datetime | None = None
    """When the Session ended."""
    inbound_participant_sid: str | None = None
    """The SID of the Participant who called or wrote (KP…)."""
    inbound_participant_session_sid: str | None = None
    """The SID of that Participant's Session (KC…)."""
    inbound_participant_service_sid: str | None = None
    """The SID of that Participant's Service (KS…)."""
    inbound_participant_account_sid: str | None = None
    """The SID of that Participant's Account (AC…)."""
    inbound_participant_friendly_name: str | None = None
    """That Participant's friendly name (Twilio asks that it holds no personal data)."""
    inbound_participant_identifier: str | None = None
    """That Participant's real phone number or channel address. Personal data."""
    inbound_participant_proxy_identifier: str | None = None
    """The proxy number that Participant reached."""
    inbound_participant_proxy_identifier_sid: str | None = None
    """The SID of that proxy number (PN…)."""
    inbound_participant_date_created: datetime.datetime | None = None
    """When that Participant was added."""
    inbound_participant_date_updated: datetime.datetime | None = None
    """When that Participant was last updated."""
    outbound_participant_sid: str | None = None
    """The SID of the other Participant of that Session (KP…)."""
    outbound_participant_session_sid: str | None = None
    """The SID of the other Participant's Session (KC…)."""
    outbound_participant_service_sid: str | None = None
    """The SID of the other Participant's Service (KS…)."""
    outbound_participant_account_sid: str | None = None
    """The SID of the other Participant's Account (AC…)."""
    outbound_participant_friendly_name: str | None = None
    """The other Participant's friendly name (Twilio asks that it holds no personal
    data).
    """
    outbound_participant_identifier: str | None = None
    """The other Participant's real phone number or channel address. Personal data."""
    outbound_participant_proxy_identifier: str | None = None
    """The proxy number assigned to the other Participant."""
    outbound_participant_proxy_identifier_sid: str | None = None
    """The SID of that proxy number (PN…)."""
    outbound_participant_date_created: datetime.datetime | None = None
    """When the other Participant was added."""
    outbound_participant_date_updated: datetime.datetime | None = None
    """When the other Participant was last updated."""
    account_sid: str | None = None
    """The SID of the Account the call or message belongs to (AC…)."""
    api_version: str | None = None
    """The version of Twilio's API that sent it (`2010-04-01`)."""
    call_sid: str | None = None
    """The SID of the inbound call (CA…), for a call."""
    call_status: str | None = None
    """The call's status (e.g. `ringing`), for a call."""
    direction: str | None = None
    """The call's direction (`inbound`), for a call."""
    message_sid: str | None = None
    """The SID of the inbound message (SM…, MM…), for a message."""
    sms_sid: str | None = None
    """The same as MessageSid (kept for older apps), for a message."""
    sms_message_sid: str | None = None
    """The same as MessageSid (kept for older apps), for a message."""
    sms_status: str | None = None
    """The message's status (e.g. `received`), for a message."""
    messaging_service_sid: str | None = None
    """The SID of the Messaging Service the message came through (MG…)."""
    body: str | None = None
    """The text of the message. Personal data: never log it."""
    num_media: int | None = None
    """How many media files the message has (MediaUrl0… are in `extra`)."""
    num_segments: int | None = None
    """How many segments the message was sent in."""
    from_: str | None = None
    """The caller's or sender's phone number. Personal data."""
    to: str | None = None
    """The proxy number called or written to."""
    caller: str | None = None
    """The caller's or sender's phone number. Personal data."""
    called: str | None = None
    """The proxy number called (the same as To), for a call."""
    from_city: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    from_state: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    from_zip: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    from_country: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    caller_city: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    caller_state: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    caller_zip: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    caller_country: str | None = None
    """Where the caller's or sender's number is registered, as far as Twilio knows.
    Personal data.
    """
    to_city: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    to_state: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    to_zip: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    to_country: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    called_city: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    called_state: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    called_zip: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    called_country: str | None = None
    """Where the proxy number is registered, as far as Twilio knows."""
    add_ons: str | None = None
    """The results of the Marketplace Add-ons run on the call or message, as JSON."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> OutOfSessionCallback:
        """Read the form Twilio posted (check its signature first: ``validate_signature``).

        ``form`` is a mapping of field names to strings or lists of strings, or a
        framework's multi-value form (Werkzeug's ``request.form``, Starlette's
        ``await request.form()``). Raises InvalidCallbackError (a ValueError)
        naming a field that is malformed or sent twice with different values;
        it never quotes the value.
        """
        values = form_values(form)
        return cls(
            session_sid=_text(values, "sessionSid"),
            session_service_sid=_text(values, "sessionServiceSid"),
            session_account_sid=_text(values, "sessionAccountSid"),
            session_unique_name=_text(values, "sessionUniqueName"),
            session_status=_open_enum(_text(values, "sessionStatus"), SessionStatus),
            session_mode=_open_enum(_text(values, "sessionMode"), SessionMode),
            session_closed_reason=_text(values, "sessionClosedReason"),
            session_date_created=_datetime(
                "sessionDateCreated", _text(values, "sessionDateCreated")
            ),
            session_date_updated=_datetime(
                "sessionDateUpdated", _text(values, "sessionDateUpdated")
            ),
            session_date_ended=_datetime(
                "sessionDateEnded", _text(values, "sessionDateEnded")
            ),
            inbound_participant_sid=_text(values, "inboundParticipantSid"),
            inbound_participant_session_sid=_text(
                values, "inboundParticipantSessionSid"
            ),
            inbound_participant_service_sid=_text(
                values, "inboundParticipantServiceSid"
            ),
            inbound_participant_account_sid=_text(
                values, "inboundParticipantAccountSid"
            ),
            inbound_participant_friendly_name=_text(
                values, "inboundParticipantFriendlyName"
            ),
            inbound_participant_identifier=_text(
                values, "inboundParticipantIdentifier"
            ),
            inbound_participant_proxy_identifier=_text(
                values, "inboundParticipantProxyIdentifier"
            ),
            inbound_participant_proxy_identifier_sid=_text(
                values, "inboundParticipantProxyIdentifierSid"
            ),
            inbound_participant_date_created=_datetime(
                "inboundParticipantDateCreated",
                _text(values, "inboundParticipantDateCreated"),
            ),
            inbound_participant_date_updated=_datetime(
                "inboundParticipantDateUpdated",
                _text(values, "inboundParticipantDateUpdated"),
            ),
            outbound_participant_sid=_text(values, "outboundParticipantSid"),
            outbound_participant_session_sid=_text(
                values, "outboundParticipantSessionSid"
            ),
            outbound_participant_service_sid=_text(
                values, "outboundParticipantServiceSid"
            ),
            outbound_participant_account_sid=_text(
                values, "outboundParticipantAccountSid"
            ),
            outbound_participant_friendly_name=_text(
                values, "outboundParticipantFriendlyName"
            ),
            outbound_participant_identifier=_text(
                values, "outboundParticipantIdentifier"
            ),
            outbound_participant_proxy_identifier=_text(
                values, "outboundParticipantProxyIdentifier"
            ),
            outbound_participant_proxy_identifier_sid=_text(
                values, "outboundParticipantProxyIdentifierSid"
            ),
            outbound_participant_date_created=_datetime(
                "outboundParticipantDateCreated",
                _text(values, "outboundParticipantDateCreated"),
            ),
            outbound_participant_date_updated=_datetime(
                "outboundParticipantDateUpdated",
                _text(values, "outboundParticipantDateUpdated"),
            ),
            account_sid=_text(values, "AccountSid"),
            api_version=_text(values, "ApiVersion"),
            call_sid=_text(values, "CallSid"),
            call_status=_text(values, "CallStatus"),
            direction=_text(values, "Direction"),
            message_sid=_text(values, "MessageSid"),
            sms_sid=_text(values, "SmsSid"),
            sms_message_sid=_text(values, "SmsMessageSid"),
            sms_status=_text(values, "SmsStatus"),
            messaging_service_sid=_text(values, "MessagingServiceSid"),
            body=_text(values, "Body"),
            num_media=_integer("NumMedia", _text(values, "NumMedia"), 0),
            num_segments=_integer("NumSegments", _text(values, "NumSegments"), 0),
            from_=_text(values, "From"),
            to=_text(values, "To"),
            caller=_text(values, "Caller"),
            called=_text(values, "Called"),
            from_city=_text(values, "FromCity"),
            from_state=_text(values, "FromState"),
            from_zip=_text(values, "FromZip"),
            from_country=_text(values, "FromCountry"),
            caller_city=_text(values, "CallerCity"),
            caller_state=_text(values, "CallerState"),
            caller_zip=_text(values, "CallerZip"),
            caller_country=_text(values, "CallerCountry"),
            to_city=_text(values, "ToCity"),
            to_state=_text(values, "ToState"),
            to_zip=_text(values, "ToZip"),
            to_country=_text(values, "ToCountry"),
            called_city=_text(values, "CalledCity"),
            called_state=_text(values, "CalledState"),
            called_zip=_text(values, "CalledZip"),
            called_country=_text(values, "CalledCountry"),
            add_ons=_text(values, "AddOns"),
            extra=_rest(values, OUT_OF_SESSION_CALLBACK_FIELDS),
        )

    def decode_add_ons(self) -> dict[str, object] | None:
        """``add_ons`` decoded from JSON, or None when absent.

        Raises InvalidCallbackError when it is not a JSON object.
        """
        return _decode_object("AddOns", self.add_ons)

    def __repr__(self) -> str:
        """The fields, personal data hidden, ``extra`` by name only."""
        return f"OutOfSessionCallback(session_sid={self.session_sid!r}, session_service_sid={self.session_service_sid!r}, session_account_sid={self.session_account_sid!r}, session_unique_name={self.session_unique_name!r}, session_status={self.session_status!r}, session_mode={self.session_mode!r}, session_closed_reason={self.session_closed_reason!r}, session_date_created={self.session_date_created!r}, session_date_updated={self.session_date_updated!r}, session_date_ended={self.session_date_ended!r}, inbound_participant_sid={self.inbound_participant_sid!r}, inbound_participant_session_sid={self.inbound_participant_session_sid!r}, inbound_participant_service_sid={self.inbound_participant_service_sid!r}, inbound_participant_account_sid={self.inbound_participant_account_sid!r}, inbound_participant_friendly_name={self.inbound_participant_friendly_name!r}, inbound_participant_identifier={_hidden(self.inbound_participant_identifier)}, inbound_participant_proxy_identifier={self.inbound_participant_proxy_identifier!r}, inbound_participant_proxy_identifier_sid={self.inbound_participant_proxy_identifier_sid!r}, inbound_participant_date_created={self.inbound_participant_date_created!r}, inbound_participant_date_updated={self.inbound_participant_date_updated!r}, outbound_participant_sid={self.outbound_participant_sid!r}, outbound_participant_session_sid={self.outbound_participant_session_sid!r}, outbound_participant_service_sid={self.outbound_participant_service_sid!r}, outbound_participant_account_sid={self.outbound_participant_account_sid!r}, outbound_participant_friendly_name={self.outbound_participant_friendly_name!r}, outbound_participant_identifier={_hidden(self.outbound_participant_identifier)}, outbound_participant_proxy_identifier={self.outbound_participant_proxy_identifier!r}, outbound_participant_proxy_identifier_sid={self.outbound_participant_proxy_identifier_sid!r}, outbound_participant_date_created={self.outbound_participant_date_created!r}, outbound_participant_date_updated={self.outbound_participant_date_updated!r}, account_sid={self.account_sid!r}, api_version={self.api_version!r}, call_sid={self.call_sid!r}, call_status={self.call_status!r}, direction={self.direction!r}, message_sid={self.message_sid!r}, sms_sid={self.sms_sid!r}, sms_message_sid={self.sms_message_sid!r}, sms_status={self.sms_status!r}, messaging_service_sid={self.messaging_service_sid!r}, body={_hidden(self.body)}, num_media={self.num_media!r}, num_segments={self.num_segments!r}, from_={_hidden(self.from_)}, to={self.to!r}, caller={_hidden(self.caller)}, called={self.called!r}, from_city={_hidden(self.from_city)}, from_state={_hidden(self.from_state)}, from_zip={_hidden(self.from_zip)}, from_country={_hidden(self.from_country)}, caller_city={_hidden(self.caller_city)}, caller_state={_hidden(self.caller_state)}, caller_zip={_hidden(self.caller_zip)}, caller_country={_hidden(self.caller_country)}, to_city={self.to_city!r}, to_state={self.to_state!r}, to_zip={self.to_zip!r}, to_country={self.to_country!r}, called_city={self.called_city!r}, called_state={self.called_state!r}, called_zip={self.called_zip!r}, called_country={self.called_country!r}, add_ons={self.add_ons!r}, extra={tuple(sorted(self.extra))!r})"


OUT_OF_SESSION_CALLBACK_FIELDS: frozenset[str] = frozenset(
    (
        "sessionSid",
        "sessionServiceSid",
        "sessionAccountSid",
        "sessionUniqueName",
        "sessionStatus",
        "sessionMode",
        "sessionClosedReason",
        "sessionDateCreated",
        "sessionDateUpdated",
        "sessionDateEnded",
        "inboundParticipantSid",
        "inboundParticipantSessionSid",
        "inboundParticipantServiceSid",
        "inboundParticipantAccountSid",
        "inboundParticipantFriendlyName",
        "inboundParticipantIdentifier",
        "inboundParticipantProxyIdentifier",
        "inboundParticipantProxyIdentifierSid",
        "inboundParticipantDateCreated",
        "inboundParticipantDateUpdated",
        "outboundParticipantSid",
        "outboundParticipantSessionSid",
        "outboundParticipantServiceSid",
        "outboundParticipantAccountSid",
        "outboundParticipantFriendlyName",
        "outboundParticipantIdentifier",
        "outboundParticipantProxyIdentifier",
        "outboundParticipantProxyIdentifierSid",
        "outboundParticipantDateCreated",
        "outboundParticipantDateUpdated",
        "AccountSid",
        "ApiVersion",
        "CallSid",
        "CallStatus",
        "Direction",
        "MessageSid",
        "SmsSid",
        "SmsMessageSid",
        "SmsStatus",
        "MessagingServiceSid",
        "Body",
        "NumMedia",
        "NumSegments",
        "From",
        "To",
        "Caller",
        "Called",
        "FromCity",
        "FromState",
        "FromZip",
        "FromCountry",
        "CallerCity",
        "CallerState",
        "CallerZip",
        "CallerCountry",
        "ToCity",
        "ToState",
        "ToZip",
        "ToCountry",
        "CalledCity",
        "CalledState",
        "CalledZip",
        "CalledCountry",
        "AddOns",
    )
)
"""The form fields ``OutOfSessionCallback`` reads into attributes."""


__all__ = [
    "InteractionCallback",
    "InteractionResourceStatus",
    "InteractionType",
    "InterceptCallback",
    "OutOfSessionCallback",
    "SessionMode",
    "SessionStatus",
    "form_values",
]
