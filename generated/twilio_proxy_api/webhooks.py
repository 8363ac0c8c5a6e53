"""Twilio Proxy's callbacks as typed events, one class per callback of the spec's ``webhooks:``.

Apps import these names from ``twilio_proxy.webhooks``, which also checks the
``X-Twilio-Signature`` header (check it before reading a form). Reading a
form: every field is optional, and a field Twilio sends empty is None like a
field it leaves out (``extra`` keeps unknown fields as sent); a form holding
none of a callback's identifying fields is refused, as is a field sent twice
with different values.

Rendered from the spec by openapi-python-client with openapi/templates: do not
edit. ``make generate`` rewrites it; ``make check-generated`` fails when it
differs from the spec.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping

from twilio_proxy.runtime import (
    form_datetime,
    form_integer,
    form_json_object,
    form_open_enum,
    form_requires_one_of,
    form_rest,
    form_text,
    form_values,
    hidden,
    shown_url,
)

from .enums import (
    InteractionResourceStatus,
    InteractionType,
    SessionMode,
    SessionStatus,
)

__all__ = [
    "InteractionCallback",
    "InterceptCallback",
    "OutOfSessionCallback",
]


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class InteractionCallback:
    """What Proxy sends to a Service's `callback_url` for each interaction (informational).

    Build it with ``from_form`` after checking the request's signature. Every field is
    None when Twilio left it out or sent it empty; fields this version does not know are
    kept in ``extra``, as sent. Personal data is left out of ``repr``.

    Attributes:
        interaction_sid: ``interactionSid`` in the form. The SID of the Interaction
            (KI…).
        interaction_session_sid: ``interactionSessionSid`` in the form. The SID of the
            Interaction's Session (KC…).
        interaction_service_sid: ``interactionServiceSid`` in the form. The SID of the
            Interaction's Service (KS…).
        interaction_account_sid: ``interactionAccountSid`` in the form. The SID of the
            Account (AC…).
        interaction_type: ``interactionType`` in the form. The kind of interaction
            (`message`, `voice` or `unknown`).
        interaction_data: ``interactionData`` in the form. A JSON object with the
            message body (`{"body": "hello"}`) or the call duration (`{"duration":
            "5"}`). Personal data: never log it.
        interaction_date_created: ``interactionDateCreated`` in the form. When the
            Interaction was created.
        interaction_date_updated: ``interactionDateUpdated`` in the form. When the
            Interaction was last updated.
        inbound_participant_sid: ``inboundParticipantSid`` in the form. The SID of the
            inbound Participant (KP…).
        inbound_resource_sid: ``inboundResourceSid`` in the form. The SID of the inbound
            Call (CA…) or Message (SM…, MM…).
        inbound_resource_status: ``inboundResourceStatus`` in the form. The status of
            the inbound Call or Message.
        inbound_resource_type: ``inboundResourceType`` in the form. The kind of the
            inbound resource (`call` or `message`).
        inbound_resource_url: ``inboundResourceUrl`` in the form. The URL of the inbound
            Call or Message resource.
        outbound_participant_sid: ``outboundParticipantSid`` in the form. The SID of the
            outbound Participant (KP…).
        outbound_resource_sid: ``outboundResourceSid`` in the form. The SID of the
            outbound Call (CA…) or Message (SM…, MM…).
        outbound_resource_status: ``outboundResourceStatus`` in the form. The status of
            the outbound Call or Message.
        outbound_resource_type: ``outboundResourceType`` in the form. The kind of the
            outbound resource (`call` or `message`).
        outbound_resource_url: ``outboundResourceUrl`` in the form. The URL of the
            outbound Call or Message resource.
        extra: Form fields the spec does not name, as sent (e.g. ``MediaUrl0``).
    """

    interaction_sid: str | None = None
    """``interactionSid``: The SID of the Interaction (KI…)."""
    interaction_session_sid: str | None = None
    """``interactionSessionSid``: The SID of the Interaction's Session (KC…)."""
    interaction_service_sid: str | None = None
    """``interactionServiceSid``: The SID of the Interaction's Service (KS…)."""
    interaction_account_sid: str | None = None
    """``interactionAccountSid``: The SID of the Account (AC…)."""
    interaction_type: InteractionType | str | None = None
    """``interactionType``: The kind of interaction (`message`, `voice` or `unknown`)."""
    interaction_data: str | None = None
    """``interactionData``: A JSON object with the message body (`{"body": "hello"}`) or
    the call duration (`{"duration": "5"}`). Personal data: never log it."""
    interaction_date_created: datetime.datetime | None = None
    """``interactionDateCreated``: When the Interaction was created."""
    interaction_date_updated: datetime.datetime | None = None
    """``interactionDateUpdated``: When the Interaction was last updated."""
    inbound_participant_sid: str | None = None
    """``inboundParticipantSid``: The SID of the inbound Participant (KP…)."""
    inbound_resource_sid: str | None = None
    """``inboundResourceSid``: The SID of the inbound Call (CA…) or Message (SM…, MM…)."""
    inbound_resource_status: InteractionResourceStatus | str | None = None
    """``inboundResourceStatus``: The status of the inbound Call or Message."""
    inbound_resource_type: str | None = None
    """``inboundResourceType``: The kind of the inbound resource (`call` or `message`)."""
    inbound_resource_url: str | None = None
    """``inboundResourceUrl``: The URL of the inbound Call or Message resource."""
    outbound_participant_sid: str | None = None
    """``outboundParticipantSid``: The SID of the outbound Participant (KP…)."""
    outbound_resource_sid: str | None = None
    """``outboundResourceSid``: The SID of the outbound Call (CA…) or Message (SM…, MM…)."""
    outbound_resource_status: InteractionResourceStatus | str | None = None
    """``outboundResourceStatus``: The status of the outbound Call or Message."""
    outbound_resource_type: str | None = None
    """``outboundResourceType``: The kind of the outbound resource (`call` or `message`)."""
    outbound_resource_url: str | None = None
    """``outboundResourceUrl``: The URL of the outbound Call or Message resource."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> InteractionCallback:
        """Read the form Twilio posted (check its signature first: ``validate_signature``).

        ``form`` is a mapping of field names to strings or lists of strings, or a
        framework's multi-value form (Werkzeug's ``request.form``, Starlette's
        ``await request.form()``). Raises InvalidCallbackError (a ValueError)
        naming a field that is malformed or sent twice with different values,
        or when the form has none of interactionSid, interactionSessionSid;
        it never quotes the value.
        """
        values = form_values(form)
        form_requires_one_of(
            values,
            (
                "interactionSid",
                "interactionSessionSid",
            ),
            "an InteractionCallback",
        )
        return cls(
            interaction_sid=form_text(values, "interactionSid"),
            interaction_session_sid=form_text(values, "interactionSessionSid"),
            interaction_service_sid=form_text(values, "interactionServiceSid"),
            interaction_account_sid=form_text(values, "interactionAccountSid"),
            interaction_type=form_open_enum(
                form_text(values, "interactionType"), InteractionType
            ),
            interaction_data=form_text(values, "interactionData"),
            interaction_date_created=form_datetime(
                "interactionDateCreated", form_text(values, "interactionDateCreated")
            ),
            interaction_date_updated=form_datetime(
                "interactionDateUpdated", form_text(values, "interactionDateUpdated")
            ),
            inbound_participant_sid=form_text(values, "inboundParticipantSid"),
            inbound_resource_sid=form_text(values, "inboundResourceSid"),
            inbound_resource_status=form_open_enum(
                form_text(values, "inboundResourceStatus"), InteractionResourceStatus
            ),
            inbound_resource_type=form_text(values, "inboundResourceType"),
            inbound_resource_url=form_text(values, "inboundResourceUrl"),
            outbound_participant_sid=form_text(values, "outboundParticipantSid"),
            outbound_resource_sid=form_text(values, "outboundResourceSid"),
            outbound_resource_status=form_open_enum(
                form_text(values, "outboundResourceStatus"), InteractionResourceStatus
            ),
            outbound_resource_type=form_text(values, "outboundResourceType"),
            outbound_resource_url=form_text(values, "outboundResourceUrl"),
            extra=form_rest(values, _INTERACTION_CALLBACK_FIELDS),
        )

    def decode_interaction_data(self) -> dict[str, object] | None:
        """``interactionData`` decoded from JSON, or None when absent.

        Raises InvalidCallbackError when it is not a JSON object.
        """
        return form_json_object("interactionData", self.interaction_data)

    def __repr__(self) -> str:
        """The fields, personal data hidden, ``extra`` by name only."""
        return (
            "InteractionCallback("
            f"interaction_sid={self.interaction_sid!r}, "
            f"interaction_session_sid={self.interaction_session_sid!r}, "
            f"interaction_service_sid={self.interaction_service_sid!r}, "
            f"interaction_account_sid={self.interaction_account_sid!r}, "
            f"interaction_type={self.interaction_type!r}, "
            f"interaction_data={hidden(self.interaction_data)}, "
            f"interaction_date_created={self.interaction_date_created!r}, "
            f"interaction_date_updated={self.interaction_date_updated!r}, "
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
            f"extra={tuple(sorted(self.extra))!r})"
        )


_INTERACTION_CALLBACK_FIELDS = frozenset(
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


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class InterceptCallback:
    """What Proxy sends to a Service's `intercept_callback_url` before each interaction.
    Answer 403 to block the interaction.

    Build it with ``from_form`` after checking the request's signature. Every field is
    None when Twilio left it out or sent it empty; fields this version does not know are
    kept in ``extra``, as sent. Personal data is left out of ``repr``.

    Attributes:
        interaction_sid: ``interactionSid`` in the form. The SID of the Interaction
            (KI…).
        interaction_session_sid: ``interactionSessionSid`` in the form. The SID of the
            Interaction's Session (KC…).
        interaction_service_sid: ``interactionServiceSid`` in the form. The SID of the
            Interaction's Service (KS…).
        interaction_account_sid: ``interactionAccountSid`` in the form. The SID of the
            Account (AC…).
        interaction_type: ``interactionType`` in the form. The kind of interaction
            (`message`, `voice` or `unknown`).
        interaction_data: ``interactionData`` in the form. A JSON object with the
            message body (`{"body": "hello"}`) or the call duration (`{"duration":
            "5"}`). Personal data: never log it.
        interaction_date_created: ``interactionDateCreated`` in the form. When the
            Interaction was created.
        interaction_date_updated: ``interactionDateUpdated`` in the form. When the
            Interaction was last updated.
        inbound_participant_sid: ``inboundParticipantSid`` in the form. The SID of the
            inbound Participant (KP…).
        inbound_resource_sid: ``inboundResourceSid`` in the form. The SID of the inbound
            Call (CA…) or Message (SM…, MM…).
        inbound_resource_status: ``inboundResourceStatus`` in the form. The status of
            the inbound Call or Message.
        inbound_resource_type: ``inboundResourceType`` in the form. The kind of the
            inbound resource (`call` or `message`).
        inbound_resource_url: ``inboundResourceUrl`` in the form. The URL of the inbound
            Call or Message resource.
        extra: Form fields the spec does not name, as sent (e.g. ``MediaUrl0``).
    """

    interaction_sid: str | None = None
    """``interactionSid``: The SID of the Interaction (KI…)."""
    interaction_session_sid: str | None = None
    """``interactionSessionSid``: The SID of the Interaction's Session (KC…)."""
    interaction_service_sid: str | None = None
    """``interactionServiceSid``: The SID of the Interaction's Service (KS…)."""
    interaction_account_sid: str | None = None
    """``interactionAccountSid``: The SID of the Account (AC…)."""
    interaction_type: InteractionType | str | None = None
    """``interactionType``: The kind of interaction (`message`, `voice` or `unknown`)."""
    interaction_data: str | None = None
    """``interactionData``: A JSON object with the message body (`{"body": "hello"}`) or
    the call duration (`{"duration": "5"}`). Personal data: never log it."""
    interaction_date_created: datetime.datetime | None = None
    """``interactionDateCreated``: When the Interaction was created."""
    interaction_date_updated: datetime.datetime | None = None
    """``interactionDateUpdated``: When the Interaction was last updated."""
    inbound_participant_sid: str | None = None
    """``inboundParticipantSid``: The SID of the inbound Participant (KP…)."""
    inbound_resource_sid: str | None = None
    """``inboundResourceSid``: The SID of the inbound Call (CA…) or Message (SM…, MM…)."""
    inbound_resource_status: InteractionResourceStatus | str | None = None
    """``inboundResourceStatus``: The status of the inbound Call or Message."""
    inbound_resource_type: str | None = None
    """``inboundResourceType``: The kind of the inbound resource (`call` or `message`)."""
    inbound_resource_url: str | None = None
    """``inboundResourceUrl``: The URL of the inbound Call or Message resource."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> InterceptCallback:
        """Read the form Twilio posted (check its signature first: ``validate_signature``).

        ``form`` is a mapping of field names to strings or lists of strings, or a
        framework's multi-value form (Werkzeug's ``request.form``, Starlette's
        ``await request.form()``). Raises InvalidCallbackError (a ValueError)
        naming a field that is malformed or sent twice with different values,
        or when the form has none of interactionSid, interactionSessionSid;
        it never quotes the value.
        """
        values = form_values(form)
        form_requires_one_of(
            values,
            (
                "interactionSid",
                "interactionSessionSid",
            ),
            "an InterceptCallback",
        )
        return cls(
            interaction_sid=form_text(values, "interactionSid"),
            interaction_session_sid=form_text(values, "interactionSessionSid"),
            interaction_service_sid=form_text(values, "interactionServiceSid"),
            interaction_account_sid=form_text(values, "interactionAccountSid"),
            interaction_type=form_open_enum(
                form_text(values, "interactionType"), InteractionType
            ),
            interaction_data=form_text(values, "interactionData"),
            interaction_date_created=form_datetime(
                "interactionDateCreated", form_text(values, "interactionDateCreated")
            ),
            interaction_date_updated=form_datetime(
                "interactionDateUpdated", form_text(values, "interactionDateUpdated")
            ),
            inbound_participant_sid=form_text(values, "inboundParticipantSid"),
            inbound_resource_sid=form_text(values, "inboundResourceSid"),
            inbound_resource_status=form_open_enum(
                form_text(values, "inboundResourceStatus"), InteractionResourceStatus
            ),
            inbound_resource_type=form_text(values, "inboundResourceType"),
            inbound_resource_url=form_text(values, "inboundResourceUrl"),
            extra=form_rest(values, _INTERCEPT_CALLBACK_FIELDS),
        )

    def decode_interaction_data(self) -> dict[str, object] | None:
        """``interactionData`` decoded from JSON, or None when absent.

        Raises InvalidCallbackError when it is not a JSON object.
        """
        return form_json_object("interactionData", self.interaction_data)

    def __repr__(self) -> str:
        """The fields, personal data hidden, ``extra`` by name only."""
        return (
            "InterceptCallback("
            f"interaction_sid={self.interaction_sid!r}, "
            f"interaction_session_sid={self.interaction_session_sid!r}, "
            f"interaction_service_sid={self.interaction_service_sid!r}, "
            f"interaction_account_sid={self.interaction_account_sid!r}, "
            f"interaction_type={self.interaction_type!r}, "
            f"interaction_data={hidden(self.interaction_data)}, "
            f"interaction_date_created={self.interaction_date_created!r}, "
            f"interaction_date_updated={self.interaction_date_updated!r}, "
            f"inbound_participant_sid={self.inbound_participant_sid!r}, "
            f"inbound_resource_sid={self.inbound_resource_sid!r}, "
            f"inbound_resource_status={self.inbound_resource_status!r}, "
            f"inbound_resource_type={self.inbound_resource_type!r}, "
            f"inbound_resource_url={shown_url(self.inbound_resource_url)}, "
            f"extra={tuple(sorted(self.extra))!r})"
        )


_INTERCEPT_CALLBACK_FIELDS = frozenset(
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


@dataclasses.dataclass(frozen=True, kw_only=True, repr=False)
class OutOfSessionCallback:
    """What Proxy sends to a Service's `out_of_session_callback_url`: the inbound call's or
    message's own fields, and what Proxy knows of the Session and Participants the
    caller or sender last belonged to. Answer TwiML, or JSON to create a Session
    (`twilio_proxy.webhooks.out_of_session_answer()` builds it).

    Build it with ``from_form`` after checking the request's signature. Every field is
    None when Twilio left it out or sent it empty; fields this version does not know are
    kept in ``extra``, as sent. Personal data is left out of ``repr``.

    Attributes:
        session_sid: ``sessionSid`` in the form. The SID of the last Session (KC…).
        session_service_sid: ``sessionServiceSid`` in the form. The SID of its Service
            (KS…).
        session_account_sid: ``sessionAccountSid`` in the form. The SID of its Account
            (AC…).
        session_unique_name: ``sessionUniqueName`` in the form. The Session's unique
            name (an application's key; Twilio asks that it holds no personal data).
        session_status: ``sessionStatus`` in the form. The Session's status.
        session_mode: ``sessionMode`` in the form. The Session's mode.
        session_closed_reason: ``sessionClosedReason`` in the form. Why the Session
            closed (e.g. `api`).
        session_date_created: ``sessionDateCreated`` in the form. When the Session was
            created.
        session_date_updated: ``sessionDateUpdated`` in the form. When the Session was
            last updated.
        session_date_ended: ``sessionDateEnded`` in the form. When the Session ended.
        inbound_participant_sid: ``inboundParticipantSid`` in the form. The SID of the
            Participant who called or wrote (KP…).
        inbound_participant_session_sid: ``inboundParticipantSessionSid`` in the form.
            The SID of that Participant's Session (KC…).
        inbound_participant_service_sid: ``inboundParticipantServiceSid`` in the form.
            The SID of that Participant's Service (KS…).
        inbound_participant_account_sid: ``inboundParticipantAccountSid`` in the form.
            The SID of that Participant's Account (AC…).
        inbound_participant_friendly_name: ``inboundParticipantFriendlyName`` in the
            form. That Participant's friendly name (Twilio asks that it holds no
            personal data).
        inbound_participant_identifier: ``inboundParticipantIdentifier`` in the form.
            That Participant's real phone number or channel address. Personal data.
        inbound_participant_proxy_identifier: ``inboundParticipantProxyIdentifier`` in
            the form. The proxy number that Participant reached.
        inbound_participant_proxy_identifier_sid:
            ``inboundParticipantProxyIdentifierSid`` in the form. The SID of that proxy
            number (PN…).
        inbound_participant_date_created: ``inboundParticipantDateCreated`` in the form.
            When that Participant was added.
        inbound_participant_date_updated: ``inboundParticipantDateUpdated`` in the form.
            When that Participant was last updated.
        outbound_participant_sid: ``outboundParticipantSid`` in the form. The SID of the
            other Participant of that Session (KP…).
        outbound_participant_session_sid: ``outboundParticipantSessionSid`` in the form.
            The SID of the other Participant's Session (KC…).
        outbound_participant_service_sid: ``outboundParticipantServiceSid`` in the form.
            The SID of the other Participant's Service (KS…).
        outbound_participant_account_sid: ``outboundParticipantAccountSid`` in the form.
            The SID of the other Participant's Account (AC…).
        outbound_participant_friendly_name: ``outboundParticipantFriendlyName`` in the
            form. The other Participant's friendly name (Twilio asks that it holds no
            personal data).
        outbound_participant_identifier: ``outboundParticipantIdentifier`` in the form.
            The other Participant's real phone number or channel address. Personal data.
        outbound_participant_proxy_identifier: ``outboundParticipantProxyIdentifier`` in
            the form. The proxy number assigned to the other Participant.
        outbound_participant_proxy_identifier_sid:
            ``outboundParticipantProxyIdentifierSid`` in the form. The SID of that proxy
            number (PN…).
        outbound_participant_date_created: ``outboundParticipantDateCreated`` in the
            form. When the other Participant was added.
        outbound_participant_date_updated: ``outboundParticipantDateUpdated`` in the
            form. When the other Participant was last updated.
        account_sid: ``AccountSid`` in the form. The SID of the Account the call or
            message belongs to (AC…).
        api_version: ``ApiVersion`` in the form. The version of Twilio's API that sent
            it (`2010-04-01`).
        call_sid: ``CallSid`` in the form. The SID of the inbound call (CA…), for a
            call.
        call_status: ``CallStatus`` in the form. The call's status (e.g. `ringing`), for
            a call.
        direction: ``Direction`` in the form. The call's direction (`inbound`), for a
            call.
        message_sid: ``MessageSid`` in the form. The SID of the inbound message (SM…,
            MM…), for a message.
        sms_sid: ``SmsSid`` in the form. The same as MessageSid (kept for older apps),
            for a message.
        sms_message_sid: ``SmsMessageSid`` in the form. The same as MessageSid (kept for
            older apps), for a message.
        sms_status: ``SmsStatus`` in the form. The message's status (e.g. `received`),
            for a message.
        messaging_service_sid: ``MessagingServiceSid`` in the form. The SID of the
            Messaging Service the message came through (MG…).
        body: ``Body`` in the form. The text of the message. Personal data: never log
            it.
        num_media: ``NumMedia`` in the form. How many media files the message has
            (MediaUrl0… are in `extra`).
        num_segments: ``NumSegments`` in the form. How many segments the message was
            sent in.
        from_: ``From`` in the form. The caller's or sender's phone number. Personal
            data.
        to: ``To`` in the form. The proxy number called or written to.
        caller: ``Caller`` in the form. The caller's or sender's phone number. Personal
            data.
        called: ``Called`` in the form. The proxy number called (the same as To), for a
            call.
        from_city: ``FromCity`` in the form. Where the caller's or sender's number is
            registered, as far as Twilio knows. Personal data.
        from_state: ``FromState`` in the form. Where the caller's or sender's number is
            registered, as far as Twilio knows. Personal data.
        from_zip: ``FromZip`` in the form. Where the caller's or sender's number is
            registered, as far as Twilio knows. Personal data.
        from_country: ``FromCountry`` in the form. Where the caller's or sender's number
            is registered, as far as Twilio knows. Personal data.
        caller_city: ``CallerCity`` in the form. Where the caller's or sender's number
            is registered, as far as Twilio knows. Personal data.
        caller_state: ``CallerState`` in the form. Where the caller's or sender's number
            is registered, as far as Twilio knows. Personal data.
        caller_zip: ``CallerZip`` in the form. Where the caller's or sender's number is
            registered, as far as Twilio knows. Personal data.
        caller_country: ``CallerCountry`` in the form. Where the caller's or sender's
            number is registered, as far as Twilio knows. Personal data.
        to_city: ``ToCity`` in the form. Where the proxy number is registered, as far as
            Twilio knows.
        to_state: ``ToState`` in the form. Where the proxy number is registered, as far
            as Twilio knows.
        to_zip: ``ToZip`` in the form. Where the proxy number is registered, as far as
            Twilio knows.
        to_country: ``ToCountry`` in the form. Where the proxy number is registered, as
            far as Twilio knows.
        called_city: ``CalledCity`` in the form. Where the proxy number is registered,
            as far as Twilio knows.
        called_state: ``CalledState`` in the form. Where the proxy number is registered,
            as far as Twilio knows.
        called_zip: ``CalledZip`` in the form. Where the proxy number is registered, as
            far as Twilio knows.
        called_country: ``CalledCountry`` in the form. Where the proxy number is
            registered, as far as Twilio knows.
        add_ons: ``AddOns`` in the form. The results of the Marketplace Add-ons run on
            the call or message, as JSON (caller names, addresses). Personal data.
        extra: Form fields the spec does not name, as sent (e.g. ``MediaUrl0``).
    """

    session_sid: str | None = None
    """``sessionSid``: The SID of the last Session (KC…)."""
    session_service_sid: str | None = None
    """``sessionServiceSid``: The SID of its Service (KS…)."""
    session_account_sid: str | None = None
    """``sessionAccountSid``: The SID of its Account (AC…)."""
    session_unique_name: str | None = None
    """``sessionUniqueName``: The Session's unique name (an application's key; Twilio asks
    that it holds no personal data)."""
    session_status: SessionStatus | str | None = None
    """``sessionStatus``: The Session's status."""
    session_mode: SessionMode | str | None = None
    """``sessionMode``: The Session's mode."""
    session_closed_reason: str | None = None
    """``sessionClosedReason``: Why the Session closed (e.g. `api`)."""
    session_date_created: datetime.datetime | None = None
    """``sessionDateCreated``: When the Session was created."""
    session_date_updated: datetime.datetime | None = None
    """``sessionDateUpdated``: When the Session was last updated."""
    session_date_ended: datetime.datetime | None = None
    """``sessionDateEnded``: When the Session ended."""
    inbound_participant_sid: str | None = None
    """``inboundParticipantSid``: The SID of the Participant who called or wrote (KP…)."""
    inbound_participant_session_sid: str | None = None
    """``inboundParticipantSessionSid``: The SID of that Participant's Session (KC…)."""
    inbound_participant_service_sid: str | None = None
    """``inboundParticipantServiceSid``: The SID of that Participant's Service (KS…)."""
    inbound_participant_account_sid: str | None = None
    """``inboundParticipantAccountSid``: The SID of that Participant's Account (AC…)."""
    inbound_participant_friendly_name: str | None = None
    """``inboundParticipantFriendlyName``: That Participant's friendly name (Twilio asks
    that it holds no personal data)."""
    inbound_participant_identifier: str | None = None
    """``inboundParticipantIdentifier``: That Participant's real phone number or channel
    address. Personal data."""
    inbound_participant_proxy_identifier: str | None = None
    """``inboundParticipantProxyIdentifier``: The proxy number that Participant reached."""
    inbound_participant_proxy_identifier_sid: str | None = None
    """``inboundParticipantProxyIdentifierSid``: The SID of that proxy number (PN…)."""
    inbound_participant_date_created: datetime.datetime | None = None
    """``inboundParticipantDateCreated``: When that Participant was added."""
    inbound_participant_date_updated: datetime.datetime | None = None
    """``inboundParticipantDateUpdated``: When that Participant was last updated."""
    outbound_participant_sid: str | None = None
    """``outboundParticipantSid``: The SID of the other Participant of that Session (KP…)."""
    outbound_participant_session_sid: str | None = None
    """``outboundParticipantSessionSid``: The SID of the other Participant's Session (KC…)."""
    outbound_participant_service_sid: str | None = None
    """``outboundParticipantServiceSid``: The SID of the other Participant's Service (KS…)."""
    outbound_participant_account_sid: str | None = None
    """``outboundParticipantAccountSid``: The SID of the other Participant's Account (AC…)."""
    outbound_participant_friendly_name: str | None = None
    """``outboundParticipantFriendlyName``: The other Participant's friendly name (Twilio
    asks that it holds no personal data)."""
    outbound_participant_identifier: str | None = None
    """``outboundParticipantIdentifier``: The other Participant's real phone number or
    channel address. Personal data."""
    outbound_participant_proxy_identifier: str | None = None
    """``outboundParticipantProxyIdentifier``: The proxy number assigned to the other
    Participant."""
    outbound_participant_proxy_identifier_sid: str | None = None
    """``outboundParticipantProxyIdentifierSid``: The SID of that proxy number (PN…)."""
    outbound_participant_date_created: datetime.datetime | None = None
    """``outboundParticipantDateCreated``: When the other Participant was added."""
    outbound_participant_date_updated: datetime.datetime | None = None
    """``outboundParticipantDateUpdated``: When the other Participant was last updated."""
    account_sid: str | None = None
    """``AccountSid``: The SID of the Account the call or message belongs to (AC…)."""
    api_version: str | None = None
    """``ApiVersion``: The version of Twilio's API that sent it (`2010-04-01`)."""
    call_sid: str | None = None
    """``CallSid``: The SID of the inbound call (CA…), for a call."""
    call_status: str | None = None
    """``CallStatus``: The call's status (e.g. `ringing`), for a call."""
    direction: str | None = None
    """``Direction``: The call's direction (`inbound`), for a call."""
    message_sid: str | None = None
    """``MessageSid``: The SID of the inbound message (SM…, MM…), for a message."""
    sms_sid: str | None = None
    """``SmsSid``: The same as MessageSid (kept for older apps), for a message."""
    sms_message_sid: str | None = None
    """``SmsMessageSid``: The same as MessageSid (kept for older apps), for a message."""
    sms_status: str | None = None
    """``SmsStatus``: The message's status (e.g. `received`), for a message."""
    messaging_service_sid: str | None = None
    """``MessagingServiceSid``: The SID of the Messaging Service the message came through
    (MG…)."""
    body: str | None = None
    """``Body``: The text of the message. Personal data: never log it."""
    num_media: int | None = None
    """``NumMedia``: How many media files the message has (MediaUrl0… are in `extra`)."""
    num_segments: int | None = None
    """``NumSegments``: How many segments the message was sent in."""
    from_: str | None = None
    """``From``: The caller's or sender's phone number. Personal data."""
    to: str | None = None
    """``To``: The proxy number called or written to."""
    caller: str | None = None
    """``Caller``: The caller's or sender's phone number. Personal data."""
    called: str | None = None
    """``Called``: The proxy number called (the same as To), for a call."""
    from_city: str | None = None
    """``FromCity``: Where the caller's or sender's number is registered, as far as Twilio
    knows. Personal data."""
    from_state: str | None = None
    """``FromState``: Where the caller's or sender's number is registered, as far as Twilio
    knows. Personal data."""
    from_zip: str | None = None
    """``FromZip``: Where the caller's or sender's number is registered, as far as Twilio
    knows. Personal data."""
    from_country: str | None = None
    """``FromCountry``: Where the caller's or sender's number is registered, as far as
    Twilio knows. Personal data."""
    caller_city: str | None = None
    """``CallerCity``: Where the caller's or sender's number is registered, as far as
    Twilio knows. Personal data."""
    caller_state: str | None = None
    """``CallerState``: Where the caller's or sender's number is registered, as far as
    Twilio knows. Personal data."""
    caller_zip: str | None = None
    """``CallerZip``: Where the caller's or sender's number is registered, as far as Twilio
    knows. Personal data."""
    caller_country: str | None = None
    """``CallerCountry``: Where the caller's or sender's number is registered, as far as
    Twilio knows. Personal data."""
    to_city: str | None = None
    """``ToCity``: Where the proxy number is registered, as far as Twilio knows."""
    to_state: str | None = None
    """``ToState``: Where the proxy number is registered, as far as Twilio knows."""
    to_zip: str | None = None
    """``ToZip``: Where the proxy number is registered, as far as Twilio knows."""
    to_country: str | None = None
    """``ToCountry``: Where the proxy number is registered, as far as Twilio knows."""
    called_city: str | None = None
    """``CalledCity``: Where the proxy number is registered, as far as Twilio knows."""
    called_state: str | None = None
    """``CalledState``: Where the proxy number is registered, as far as Twilio knows."""
    called_zip: str | None = None
    """``CalledZip``: Where the proxy number is registered, as far as Twilio knows."""
    called_country: str | None = None
    """``CalledCountry``: Where the proxy number is registered, as far as Twilio knows."""
    add_ons: str | None = None
    """``AddOns``: The results of the Marketplace Add-ons run on the call or message, as
    JSON (caller names, addresses). Personal data."""
    extra: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)
    """Form fields the spec does not name, as sent (e.g. ``MediaUrl0``)."""

    @classmethod
    def from_form(cls, form: Mapping[str, object]) -> OutOfSessionCallback:
        """Read the form Twilio posted (check its signature first: ``validate_signature``).

        ``form`` is a mapping of field names to strings or lists of strings, or a
        framework's multi-value form (Werkzeug's ``request.form``, Starlette's
        ``await request.form()``). Raises InvalidCallbackError (a ValueError)
        naming a field that is malformed or sent twice with different values,
        or when the form has none of CallSid, MessageSid, sessionSid;
        it never quotes the value.
        """
        values = form_values(form)
        form_requires_one_of(
            values,
            (
                "CallSid",
                "MessageSid",
                "sessionSid",
            ),
            "an OutOfSessionCallback",
        )
        return cls(
            session_sid=form_text(values, "sessionSid"),
            session_service_sid=form_text(values, "sessionServiceSid"),
            session_account_sid=form_text(values, "sessionAccountSid"),
            session_unique_name=form_text(values, "sessionUniqueName"),
            session_status=form_open_enum(
                form_text(values, "sessionStatus"), SessionStatus
            ),
            session_mode=form_open_enum(form_text(values, "sessionMode"), SessionMode),
            session_closed_reason=form_text(values, "sessionClosedReason"),
            session_date_created=form_datetime(
                "sessionDateCreated", form_text(values, "sessionDateCreated")
            ),
            session_date_updated=form_datetime(
                "sessionDateUpdated", form_text(values, "sessionDateUpdated")
            ),
            session_date_ended=form_datetime(
                "sessionDateEnded", form_text(values, "sessionDateEnded")
            ),
            inbound_participant_sid=form_text(values, "inboundParticipantSid"),
            inbound_participant_session_sid=form_text(
                values, "inboundParticipantSessionSid"
            ),
            inbound_participant_service_sid=form_text(
                values, "inboundParticipantServiceSid"
            ),
            inbound_participant_account_sid=form_text(
                values, "inboundParticipantAccountSid"
            ),
            inbound_participant_friendly_name=form_text(
                values, "inboundParticipantFriendlyName"
            ),
            inbound_participant_identifier=form_text(
                values, "inboundParticipantIdentifier"
            ),
            inbound_participant_proxy_identifier=form_text(
                values, "inboundParticipantProxyIdentifier"
            ),
            inbound_participant_proxy_identifier_sid=form_text(
                values, "inboundParticipantProxyIdentifierSid"
            ),
            inbound_participant_date_created=form_datetime(
                "inboundParticipantDateCreated",
                form_text(values, "inboundParticipantDateCreated"),
            ),
            inbound_participant_date_updated=form_datetime(
                "inboundParticipantDateUpdated",
                form_text(values, "inboundParticipantDateUpdated"),
            ),
            outbound_participant_sid=form_text(values, "outboundParticipantSid"),
            outbound_participant_session_sid=form_text(
                values, "outboundParticipantSessionSid"
            ),
            outbound_participant_service_sid=form_text(
                values, "outboundParticipantServiceSid"
            ),
            outbound_participant_account_sid=form_text(
                values, "outboundParticipantAccountSid"
            ),
            outbound_participant_friendly_name=form_text(
                values, "outboundParticipantFriendlyName"
            ),
            outbound_participant_identifier=form_text(
                values, "outboundParticipantIdentifier"
            ),
            outbound_participant_proxy_identifier=form_text(
                values, "outboundParticipantProxyIdentifier"
            ),
            outbound_participant_proxy_identifier_sid=form_text(
                values, "outboundParticipantProxyIdentifierSid"
            ),
            outbound_participant_date_created=form_datetime(
                "outboundParticipantDateCreated",
                form_text(values, "outboundParticipantDateCreated"),
            ),
            outbound_participant_date_updated=form_datetime(
                "outboundParticipantDateUpdated",
                form_text(values, "outboundParticipantDateUpdated"),
            ),
            account_sid=form_text(values, "AccountSid"),
            api_version=form_text(values, "ApiVersion"),
            call_sid=form_text(values, "CallSid"),
            call_status=form_text(values, "CallStatus"),
            direction=form_text(values, "Direction"),
            message_sid=form_text(values, "MessageSid"),
            sms_sid=form_text(values, "SmsSid"),
            sms_message_sid=form_text(values, "SmsMessageSid"),
            sms_status=form_text(values, "SmsStatus"),
            messaging_service_sid=form_text(values, "MessagingServiceSid"),
            body=form_text(values, "Body"),
            num_media=form_integer("NumMedia", form_text(values, "NumMedia"), 0),
            num_segments=form_integer(
                "NumSegments", form_text(values, "NumSegments"), 0
            ),
            from_=form_text(values, "From"),
            to=form_text(values, "To"),
            caller=form_text(values, "Caller"),
            called=form_text(values, "Called"),
            from_city=form_text(values, "FromCity"),
            from_state=form_text(values, "FromState"),
            from_zip=form_text(values, "FromZip"),
            from_country=form_text(values, "FromCountry"),
            caller_city=form_text(values, "CallerCity"),
            caller_state=form_text(values, "CallerState"),
            caller_zip=form_text(values, "CallerZip"),
            caller_country=form_text(values, "CallerCountry"),
            to_city=form_text(values, "ToCity"),
            to_state=form_text(values, "ToState"),
            to_zip=form_text(values, "ToZip"),
            to_country=form_text(values, "ToCountry"),
            called_city=form_text(values, "CalledCity"),
            called_state=form_text(values, "CalledState"),
            called_zip=form_text(values, "CalledZip"),
            called_country=form_text(values, "CalledCountry"),
            add_ons=form_text(values, "AddOns"),
            extra=form_rest(values, _OUT_OF_SESSION_CALLBACK_FIELDS),
        )

    def decode_add_ons(self) -> dict[str, object] | None:
        """``AddOns`` decoded from JSON, or None when absent.

        Raises InvalidCallbackError when it is not a JSON object.
        """
        return form_json_object("AddOns", self.add_ons)

    def __repr__(self) -> str:
        """The fields, personal data hidden, ``extra`` by name only."""
        return (
            "OutOfSessionCallback("
            f"session_sid={self.session_sid!r}, "
            f"session_service_sid={self.session_service_sid!r}, "
            f"session_account_sid={self.session_account_sid!r}, "
            f"session_unique_name={self.session_unique_name!r}, "
            f"session_status={self.session_status!r}, "
            f"session_mode={self.session_mode!r}, "
            f"session_closed_reason={self.session_closed_reason!r}, "
            f"session_date_created={self.session_date_created!r}, "
            f"session_date_updated={self.session_date_updated!r}, "
            f"session_date_ended={self.session_date_ended!r}, "
            f"inbound_participant_sid={self.inbound_participant_sid!r}, "
            f"inbound_participant_session_sid={self.inbound_participant_session_sid!r}, "
            f"inbound_participant_service_sid={self.inbound_participant_service_sid!r}, "
            f"inbound_participant_account_sid={self.inbound_participant_account_sid!r}, "
            f"inbound_participant_friendly_name={self.inbound_participant_friendly_name!r}, "
            f"inbound_participant_identifier={hidden(self.inbound_participant_identifier)}, "
            f"inbound_participant_proxy_identifier={self.inbound_participant_proxy_identifier!r}, "
            f"inbound_participant_proxy_identifier_sid={self.inbound_participant_proxy_identifier_sid!r}, "
            f"inbound_participant_date_created={self.inbound_participant_date_created!r}, "
            f"inbound_participant_date_updated={self.inbound_participant_date_updated!r}, "
            f"outbound_participant_sid={self.outbound_participant_sid!r}, "
            f"outbound_participant_session_sid={self.outbound_participant_session_sid!r}, "
            f"outbound_participant_service_sid={self.outbound_participant_service_sid!r}, "
            f"outbound_participant_account_sid={self.outbound_participant_account_sid!r}, "
            f"outbound_participant_friendly_name={self.outbound_participant_friendly_name!r}, "
            f"outbound_participant_identifier={hidden(self.outbound_participant_identifier)}, "
            f"outbound_participant_proxy_identifier={self.outbound_participant_proxy_identifier!r}, "
            f"outbound_participant_proxy_identifier_sid={self.outbound_participant_proxy_identifier_sid!r}, "
            f"outbound_participant_date_created={self.outbound_participant_date_created!r}, "
            f"outbound_participant_date_updated={self.outbound_participant_date_updated!r}, "
            f"account_sid={self.account_sid!r}, "
            f"api_version={self.api_version!r}, "
            f"call_sid={self.call_sid!r}, "
            f"call_status={self.call_status!r}, "
            f"direction={self.direction!r}, "
            f"message_sid={self.message_sid!r}, "
            f"sms_sid={self.sms_sid!r}, "
            f"sms_message_sid={self.sms_message_sid!r}, "
            f"sms_status={self.sms_status!r}, "
            f"messaging_service_sid={self.messaging_service_sid!r}, "
            f"body={hidden(self.body)}, "
            f"num_media={self.num_media!r}, "
            f"num_segments={self.num_segments!r}, "
            f"from_={hidden(self.from_)}, "
            f"to={self.to!r}, "
            f"caller={hidden(self.caller)}, "
            f"called={self.called!r}, "
            f"from_city={hidden(self.from_city)}, "
            f"from_state={hidden(self.from_state)}, "
            f"from_zip={hidden(self.from_zip)}, "
            f"from_country={hidden(self.from_country)}, "
            f"caller_city={hidden(self.caller_city)}, "
            f"caller_state={hidden(self.caller_state)}, "
            f"caller_zip={hidden(self.caller_zip)}, "
            f"caller_country={hidden(self.caller_country)}, "
            f"to_city={self.to_city!r}, "
            f"to_state={self.to_state!r}, "
            f"to_zip={self.to_zip!r}, "
            f"to_country={self.to_country!r}, "
            f"called_city={self.called_city!r}, "
            f"called_state={self.called_state!r}, "
            f"called_zip={self.called_zip!r}, "
            f"called_country={self.called_country!r}, "
            f"add_ons={hidden(self.add_ons)}, "
            f"extra={tuple(sorted(self.extra))!r})"
        )


_OUT_OF_SESSION_CALLBACK_FIELDS = frozenset(
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
