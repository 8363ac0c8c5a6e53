from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_mode import SessionMode
from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutOfSessionCallback")


@_attrs_define
class OutOfSessionCallback:
    """What Proxy sends to a Service's `out_of_session_callback_url`: the inbound call's or message's own fields, and what
    Proxy knows of the Session and Participants the caller or sender last belonged to. Answer TwiML, or JSON (see
    `OutOfSessionAnswer`) to create a Session.

        Attributes:
            session_sid (str | Unset): The SID of the last Session (KC…).
            session_service_sid (str | Unset): The SID of its Service (KS…).
            session_account_sid (str | Unset): The SID of its Account (AC…).
            session_unique_name (str | Unset): The Session's unique name (an application's key; Twilio asks that it holds no
                personal data).
            session_status (SessionStatus | str | Unset): The Session's status.
            session_mode (SessionMode | str | Unset): The Session's mode.
            session_closed_reason (str | Unset): Why the Session closed (e.g. `api`).
            session_date_created (datetime.datetime | Unset): When the Session was created.
            session_date_updated (datetime.datetime | Unset): When the Session was last updated.
            session_date_ended (datetime.datetime | Unset): When the Session ended.
            inbound_participant_sid (str | Unset): The SID of the Participant who called or wrote (KP…).
            inbound_participant_session_sid (str | Unset): The SID of that Participant's Session (KC…).
            inbound_participant_service_sid (str | Unset): The SID of that Participant's Service (KS…).
            inbound_participant_account_sid (str | Unset): The SID of that Participant's Account (AC…).
            inbound_participant_friendly_name (str | Unset): That Participant's friendly name (Twilio asks that it holds no
                personal data).
            inbound_participant_identifier (str | Unset): That Participant's real phone number or channel address. Personal
                data.
            inbound_participant_proxy_identifier (str | Unset): The proxy number that Participant reached.
            inbound_participant_proxy_identifier_sid (str | Unset): The SID of that proxy number (PN…).
            inbound_participant_date_created (datetime.datetime | Unset): When that Participant was added.
            inbound_participant_date_updated (datetime.datetime | Unset): When that Participant was last updated.
            outbound_participant_sid (str | Unset): The SID of the other Participant of that Session (KP…).
            outbound_participant_session_sid (str | Unset): The SID of the other Participant's Session (KC…).
            outbound_participant_service_sid (str | Unset): The SID of the other Participant's Service (KS…).
            outbound_participant_account_sid (str | Unset): The SID of the other Participant's Account (AC…).
            outbound_participant_friendly_name (str | Unset): The other Participant's friendly name (Twilio asks that it
                holds no personal data).
            outbound_participant_identifier (str | Unset): The other Participant's real phone number or channel address.
                Personal data.
            outbound_participant_proxy_identifier (str | Unset): The proxy number assigned to the other Participant.
            outbound_participant_proxy_identifier_sid (str | Unset): The SID of that proxy number (PN…).
            outbound_participant_date_created (datetime.datetime | Unset): When the other Participant was added.
            outbound_participant_date_updated (datetime.datetime | Unset): When the other Participant was last updated.
            account_sid (str | Unset): The SID of the Account the call or message belongs to (AC…).
            api_version (str | Unset): The version of Twilio's API that sent it (`2010-04-01`).
            call_sid (str | Unset): The SID of the inbound call (CA…), for a call.
            call_status (str | Unset): The call's status (e.g. `ringing`), for a call.
            direction (str | Unset): The call's direction (`inbound`), for a call.
            message_sid (str | Unset): The SID of the inbound message (SM…, MM…), for a message.
            sms_sid (str | Unset): The same as MessageSid (kept for older apps), for a message.
            sms_message_sid (str | Unset): The same as MessageSid (kept for older apps), for a message.
            sms_status (str | Unset): The message's status (e.g. `received`), for a message.
            messaging_service_sid (str | Unset): The SID of the Messaging Service the message came through (MG…).
            body (str | Unset): The text of the message. Personal data: never log it.
            num_media (int | Unset): How many media files the message has (MediaUrl0… are in `extra`).
            num_segments (int | Unset): How many segments the message was sent in.
            from_ (str | Unset): The caller's or sender's phone number. Personal data.
            to (str | Unset): The proxy number called or written to.
            caller (str | Unset): The caller's or sender's phone number. Personal data.
            called (str | Unset): The proxy number called (the same as To), for a call.
            from_city (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows. Personal
                data.
            from_state (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows. Personal
                data.
            from_zip (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows. Personal
                data.
            from_country (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows.
                Personal data.
            caller_city (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows. Personal
                data.
            caller_state (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows.
                Personal data.
            caller_zip (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows. Personal
                data.
            caller_country (str | Unset): Where the caller's or sender's number is registered, as far as Twilio knows.
                Personal data.
            to_city (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            to_state (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            to_zip (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            to_country (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            called_city (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            called_state (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            called_zip (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            called_country (str | Unset): Where the proxy number is registered, as far as Twilio knows.
            add_ons (str | Unset): The results of the Marketplace Add-ons run on the call or message, as JSON.
    """

    session_sid: str | Unset = UNSET
    session_service_sid: str | Unset = UNSET
    session_account_sid: str | Unset = UNSET
    session_unique_name: str | Unset = UNSET
    session_status: SessionStatus | str | Unset = UNSET
    session_mode: SessionMode | str | Unset = UNSET
    session_closed_reason: str | Unset = UNSET
    session_date_created: datetime.datetime | Unset = UNSET
    session_date_updated: datetime.datetime | Unset = UNSET
    session_date_ended: datetime.datetime | Unset = UNSET
    inbound_participant_sid: str | Unset = UNSET
    inbound_participant_session_sid: str | Unset = UNSET
    inbound_participant_service_sid: str | Unset = UNSET
    inbound_participant_account_sid: str | Unset = UNSET
    inbound_participant_friendly_name: str | Unset = UNSET
    inbound_participant_identifier: str | Unset = UNSET
    inbound_participant_proxy_identifier: str | Unset = UNSET
    inbound_participant_proxy_identifier_sid: str | Unset = UNSET
    inbound_participant_date_created: datetime.datetime | Unset = UNSET
    inbound_participant_date_updated: datetime.datetime | Unset = UNSET
    outbound_participant_sid: str | Unset = UNSET
    outbound_participant_session_sid: str | Unset = UNSET
    outbound_participant_service_sid: str | Unset = UNSET
    outbound_participant_account_sid: str | Unset = UNSET
    outbound_participant_friendly_name: str | Unset = UNSET
    outbound_participant_identifier: str | Unset = UNSET
    outbound_participant_proxy_identifier: str | Unset = UNSET
    outbound_participant_proxy_identifier_sid: str | Unset = UNSET
    outbound_participant_date_created: datetime.datetime | Unset = UNSET
    outbound_participant_date_updated: datetime.datetime | Unset = UNSET
    account_sid: str | Unset = UNSET
    api_version: str | Unset = UNSET
    call_sid: str | Unset = UNSET
    call_status: str | Unset = UNSET
    direction: str | Unset = UNSET
    message_sid: str | Unset = UNSET
    sms_sid: str | Unset = UNSET
    sms_message_sid: str | Unset = UNSET
    sms_status: str | Unset = UNSET
    messaging_service_sid: str | Unset = UNSET
    body: str | Unset = UNSET
    num_media: int | Unset = UNSET
    num_segments: int | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    caller: str | Unset = UNSET
    called: str | Unset = UNSET
    from_city: str | Unset = UNSET
    from_state: str | Unset = UNSET
    from_zip: str | Unset = UNSET
    from_country: str | Unset = UNSET
    caller_city: str | Unset = UNSET
    caller_state: str | Unset = UNSET
    caller_zip: str | Unset = UNSET
    caller_country: str | Unset = UNSET
    to_city: str | Unset = UNSET
    to_state: str | Unset = UNSET
    to_zip: str | Unset = UNSET
    to_country: str | Unset = UNSET
    called_city: str | Unset = UNSET
    called_state: str | Unset = UNSET
    called_zip: str | Unset = UNSET
    called_country: str | Unset = UNSET
    add_ons: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_sid = self.session_sid

        session_service_sid = self.session_service_sid

        session_account_sid = self.session_account_sid

        session_unique_name = self.session_unique_name

        session_status: str | Unset
        if isinstance(self.session_status, Unset):
            session_status = UNSET
        elif isinstance(self.session_status, SessionStatus):
            session_status = self.session_status.value
        else:
            session_status = self.session_status

        session_mode: str | Unset
        if isinstance(self.session_mode, Unset):
            session_mode = UNSET
        elif isinstance(self.session_mode, SessionMode):
            session_mode = self.session_mode.value
        else:
            session_mode = self.session_mode

        session_closed_reason = self.session_closed_reason

        session_date_created: str | Unset = UNSET
        if not isinstance(self.session_date_created, Unset):
            session_date_created = self.session_date_created.isoformat()

        session_date_updated: str | Unset = UNSET
        if not isinstance(self.session_date_updated, Unset):
            session_date_updated = self.session_date_updated.isoformat()

        session_date_ended: str | Unset = UNSET
        if not isinstance(self.session_date_ended, Unset):
            session_date_ended = self.session_date_ended.isoformat()

        inbound_participant_sid = self.inbound_participant_sid

        inbound_participant_session_sid = self.inbound_participant_session_sid

        inbound_participant_service_sid = self.inbound_participant_service_sid

        inbound_participant_account_sid = self.inbound_participant_account_sid

        inbound_participant_friendly_name = self.inbound_participant_friendly_name

        inbound_participant_identifier = self.inbound_participant_identifier

        inbound_participant_proxy_identifier = self.inbound_participant_proxy_identifier

        inbound_participant_proxy_identifier_sid = (
            self.inbound_participant_proxy_identifier_sid
        )

        inbound_participant_date_created: str | Unset = UNSET
        if not isinstance(self.inbound_participant_date_created, Unset):
            inbound_participant_date_created = (
                self.inbound_participant_date_created.isoformat()
            )

        inbound_participant_date_updated: str | Unset = UNSET
        if not isinstance(self.inbound_participant_date_updated, Unset):
            inbound_participant_date_updated = (
                self.inbound_participant_date_updated.isoformat()
            )

        outbound_participant_sid = self.outbound_participant_sid

        outbound_participant_session_sid = self.outbound_participant_session_sid

        outbound_participant_service_sid = self.outbound_participant_service_sid

        outbound_participant_account_sid = self.outbound_participant_account_sid

        outbound_participant_friendly_name = self.outbound_participant_friendly_name

        outbound_participant_identifier = self.outbound_participant_identifier

        outbound_participant_proxy_identifier = (
            self.outbound_participant_proxy_identifier
        )

        outbound_participant_proxy_identifier_sid = (
            self.outbound_participant_proxy_identifier_sid
        )

        outbound_participant_date_created: str | Unset = UNSET
        if not isinstance(self.outbound_participant_date_created, Unset):
            outbound_participant_date_created = (
                self.outbound_participant_date_created.isoformat()
            )

        outbound_participant_date_updated: str | Unset = UNSET
        if not isinstance(self.outbound_participant_date_updated, Unset):
            outbound_participant_date_updated = (
                self.outbound_participant_date_updated.isoformat()
            )

        account_sid = self.account_sid

        api_version = self.api_version

        call_sid = self.call_sid

        call_status = self.call_status

        direction = self.direction

        message_sid = self.message_sid

        sms_sid = self.sms_sid

        sms_message_sid = self.sms_message_sid

        sms_status = self.sms_status

        messaging_service_sid = self.messaging_service_sid

        body = self.body

        num_media = self.num_media

        num_segments = self.num_segments

        from_ = self.from_

        to = self.to

        caller = self.caller

        called = self.called

        from_city = self.from_city

        from_state = self.from_state

        from_zip = self.from_zip

        from_country = self.from_country

        caller_city = self.caller_city

        caller_state = self.caller_state

        caller_zip = self.caller_zip

        caller_country = self.caller_country

        to_city = self.to_city

        to_state = self.to_state

        to_zip = self.to_zip

        to_country = self.to_country

        called_city = self.called_city

        called_state = self.called_state

        called_zip = self.called_zip

        called_country = self.called_country

        add_ons = self.add_ons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_sid is not UNSET:
            field_dict["sessionSid"] = session_sid
        if session_service_sid is not UNSET:
            field_dict["sessionServiceSid"] = session_service_sid
        if session_account_sid is not UNSET:
            field_dict["sessionAccountSid"] = session_account_sid
        if session_unique_name is not UNSET:
            field_dict["sessionUniqueName"] = session_unique_name
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if session_mode is not UNSET:
            field_dict["sessionMode"] = session_mode
        if session_closed_reason is not UNSET:
            field_dict["sessionClosedReason"] = session_closed_reason
        if session_date_created is not UNSET:
            field_dict["sessionDateCreated"] = session_date_created
        if session_date_updated is not UNSET:
            field_dict["sessionDateUpdated"] = session_date_updated
        if session_date_ended is not UNSET:
            field_dict["sessionDateEnded"] = session_date_ended
        if inbound_participant_sid is not UNSET:
            field_dict["inboundParticipantSid"] = inbound_participant_sid
        if inbound_participant_session_sid is not UNSET:
            field_dict["inboundParticipantSessionSid"] = inbound_participant_session_sid
        if inbound_participant_service_sid is not UNSET:
            field_dict["inboundParticipantServiceSid"] = inbound_participant_service_sid
        if inbound_participant_account_sid is not UNSET:
            field_dict["inboundParticipantAccountSid"] = inbound_participant_account_sid
        if inbound_participant_friendly_name is not UNSET:
            field_dict["inboundParticipantFriendlyName"] = (
                inbound_participant_friendly_name
            )
        if inbound_participant_identifier is not UNSET:
            field_dict["inboundParticipantIdentifier"] = inbound_participant_identifier
        if inbound_participant_proxy_identifier is not UNSET:
            field_dict["inboundParticipantProxyIdentifier"] = (
                inbound_participant_proxy_identifier
            )
        if inbound_participant_proxy_identifier_sid is not UNSET:
            field_dict["inboundParticipantProxyIdentifierSid"] = (
                inbound_participant_proxy_identifier_sid
            )
        if inbound_participant_date_created is not UNSET:
            field_dict["inboundParticipantDateCreated"] = (
                inbound_participant_date_created
            )
        if inbound_participant_date_updated is not UNSET:
            field_dict["inboundParticipantDateUpdated"] = (
                inbound_participant_date_updated
            )
        if outbound_participant_sid is not UNSET:
            field_dict["outboundParticipantSid"] = outbound_participant_sid
        if outbound_participant_session_sid is not UNSET:
            field_dict["outboundParticipantSessionSid"] = (
                outbound_participant_session_sid
            )
        if outbound_participant_service_sid is not UNSET:
            field_dict["outboundParticipantServiceSid"] = (
                outbound_participant_service_sid
            )
        if outbound_participant_account_sid is not UNSET:
            field_dict["outboundParticipantAccountSid"] = (
                outbound_participant_account_sid
            )
        if outbound_participant_friendly_name is not UNSET:
            field_dict["outboundParticipantFriendlyName"] = (
                outbound_participant_friendly_name
            )
        if outbound_participant_identifier is not UNSET:
            field_dict["outboundParticipantIdentifier"] = (
                outbound_participant_identifier
            )
        if outbound_participant_proxy_identifier is not UNSET:
            field_dict["outboundParticipantProxyIdentifier"] = (
                outbound_participant_proxy_identifier
            )
        if outbound_participant_proxy_identifier_sid is not UNSET:
            field_dict["outboundParticipantProxyIdentifierSid"] = (
                outbound_participant_proxy_identifier_sid
            )
        if outbound_participant_date_created is not UNSET:
            field_dict["outboundParticipantDateCreated"] = (
                outbound_participant_date_created
            )
        if outbound_participant_date_updated is not UNSET:
            field_dict["outboundParticipantDateUpdated"] = (
                outbound_participant_date_updated
            )
        if account_sid is not UNSET:
            field_dict["AccountSid"] = account_sid
        if api_version is not UNSET:
            field_dict["ApiVersion"] = api_version
        if call_sid is not UNSET:
            field_dict["CallSid"] = call_sid
        if call_status is not UNSET:
            field_dict["CallStatus"] = call_status
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if message_sid is not UNSET:
            field_dict["MessageSid"] = message_sid
        if sms_sid is not UNSET:
            field_dict["SmsSid"] = sms_sid
        if sms_message_sid is not UNSET:
            field_dict["SmsMessageSid"] = sms_message_sid
        if sms_status is not UNSET:
            field_dict["SmsStatus"] = sms_status
        if messaging_service_sid is not UNSET:
            field_dict["MessagingServiceSid"] = messaging_service_sid
        if body is not UNSET:
            field_dict["Body"] = body
        if num_media is not UNSET:
            field_dict["NumMedia"] = num_media
        if num_segments is not UNSET:
            field_dict["NumSegments"] = num_segments
        if from_ is not UNSET:
            field_dict["From"] = from_
        if to is not UNSET:
            field_dict["To"] = to
        if caller is not UNSET:
            field_dict["Caller"] = caller
        if called is not UNSET:
            field_dict["Called"] = called
        if from_city is not UNSET:
            field_dict["FromCity"] = from_city
        if from_state is not UNSET:
            field_dict["FromState"] = from_state
        if from_zip is not UNSET:
            field_dict["FromZip"] = from_zip
        if from_country is not UNSET:
            field_dict["FromCountry"] = from_country
        if caller_city is not UNSET:
            field_dict["CallerCity"] = caller_city
        if caller_state is not UNSET:
            field_dict["CallerState"] = caller_state
        if caller_zip is not UNSET:
            field_dict["CallerZip"] = caller_zip
        if caller_country is not UNSET:
            field_dict["CallerCountry"] = caller_country
        if to_city is not UNSET:
            field_dict["ToCity"] = to_city
        if to_state is not UNSET:
            field_dict["ToState"] = to_state
        if to_zip is not UNSET:
            field_dict["ToZip"] = to_zip
        if to_country is not UNSET:
            field_dict["ToCountry"] = to_country
        if called_city is not UNSET:
            field_dict["CalledCity"] = called_city
        if called_state is not UNSET:
            field_dict["CalledState"] = called_state
        if called_zip is not UNSET:
            field_dict["CalledZip"] = called_zip
        if called_country is not UNSET:
            field_dict["CalledCountry"] = called_country
        if add_ons is not UNSET:
            field_dict["AddOns"] = add_ons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_sid = d.pop("sessionSid", UNSET)

        session_service_sid = d.pop("sessionServiceSid", UNSET)

        session_account_sid = d.pop("sessionAccountSid", UNSET)

        session_unique_name = d.pop("sessionUniqueName", UNSET)

        def _parse_session_status(data: object) -> SessionStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_status_type_0 = SessionStatus(data)

                return session_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SessionStatus | str | Unset, data)

        session_status = _parse_session_status(d.pop("sessionStatus", UNSET))

        def _parse_session_mode(data: object) -> SessionMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_mode_type_0 = SessionMode(data)

                return session_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SessionMode | str | Unset, data)

        session_mode = _parse_session_mode(d.pop("sessionMode", UNSET))

        session_closed_reason = d.pop("sessionClosedReason", UNSET)

        _session_date_created = d.pop("sessionDateCreated", UNSET)
        session_date_created: datetime.datetime | Unset
        if isinstance(_session_date_created, Unset):
            session_date_created = UNSET
        else:
            session_date_created = datetime.datetime.fromisoformat(
                _session_date_created
            )

        _session_date_updated = d.pop("sessionDateUpdated", UNSET)
        session_date_updated: datetime.datetime | Unset
        if isinstance(_session_date_updated, Unset):
            session_date_updated = UNSET
        else:
            session_date_updated = datetime.datetime.fromisoformat(
                _session_date_updated
            )

        _session_date_ended = d.pop("sessionDateEnded", UNSET)
        session_date_ended: datetime.datetime | Unset
        if isinstance(_session_date_ended, Unset):
            session_date_ended = UNSET
        else:
            session_date_ended = datetime.datetime.fromisoformat(_session_date_ended)

        inbound_participant_sid = d.pop("inboundParticipantSid", UNSET)

        inbound_participant_session_sid = d.pop("inboundParticipantSessionSid", UNSET)

        inbound_participant_service_sid = d.pop("inboundParticipantServiceSid", UNSET)

        inbound_participant_account_sid = d.pop("inboundParticipantAccountSid", UNSET)

        inbound_participant_friendly_name = d.pop(
            "inboundParticipantFriendlyName", UNSET
        )

        inbound_participant_identifier = d.pop("inboundParticipantIdentifier", UNSET)

        inbound_participant_proxy_identifier = d.pop(
            "inboundParticipantProxyIdentifier", UNSET
        )

        inbound_participant_proxy_identifier_sid = d.pop(
            "inboundParticipantProxyIdentifierSid", UNSET
        )

        _inbound_participant_date_created = d.pop(
            "inboundParticipantDateCreated", UNSET
        )
        inbound_participant_date_created: datetime.datetime | Unset
        if isinstance(_inbound_participant_date_created, Unset):
            inbound_participant_date_created = UNSET
        else:
            inbound_participant_date_created = datetime.datetime.fromisoformat(
                _inbound_participant_date_created
            )

        _inbound_participant_date_updated = d.pop(
            "inboundParticipantDateUpdated", UNSET
        )
        inbound_participant_date_updated: datetime.datetime | Unset
        if isinstance(_inbound_participant_date_updated, Unset):
            inbound_participant_date_updated = UNSET
        else:
            inbound_participant_date_updated = datetime.datetime.fromisoformat(
                _inbound_participant_date_updated
            )

        outbound_participant_sid = d.pop("outboundParticipantSid", UNSET)

        outbound_participant_session_sid = d.pop("outboundParticipantSessionSid", UNSET)

        outbound_participant_service_sid = d.pop("outboundParticipantServiceSid", UNSET)

        outbound_participant_account_sid = d.pop("outboundParticipantAccountSid", UNSET)

        outbound_participant_friendly_name = d.pop(
            "outboundParticipantFriendlyName", UNSET
        )

        outbound_participant_identifier = d.pop("outboundParticipantIdentifier", UNSET)

        outbound_participant_proxy_identifier = d.pop(
            "outboundParticipantProxyIdentifier", UNSET
        )

        outbound_participant_proxy_identifier_sid = d.pop(
            "outboundParticipantProxyIdentifierSid", UNSET
        )

        _outbound_participant_date_created = d.pop(
            "outboundParticipantDateCreated", UNSET
        )
        outbound_participant_date_created: datetime.datetime | Unset
        if isinstance(_outbound_participant_date_created, Unset):
            outbound_participant_date_created = UNSET
        else:
            outbound_participant_date_created = datetime.datetime.fromisoformat(
                _outbound_participant_date_created
            )

        _outbound_participant_date_updated = d.pop(
            "outboundParticipantDateUpdated", UNSET
        )
        outbound_participant_date_updated: datetime.datetime | Unset
        if isinstance(_outbound_participant_date_updated, Unset):
            outbound_participant_date_updated = UNSET
        else:
            outbound_participant_date_updated = datetime.datetime.fromisoformat(
                _outbound_participant_date_updated
            )

        account_sid = d.pop("AccountSid", UNSET)

        api_version = d.pop("ApiVersion", UNSET)

        call_sid = d.pop("CallSid", UNSET)

        call_status = d.pop("CallStatus", UNSET)

        direction = d.pop("Direction", UNSET)

        message_sid = d.pop("MessageSid", UNSET)

        sms_sid = d.pop("SmsSid", UNSET)

        sms_message_sid = d.pop("SmsMessageSid", UNSET)

        sms_status = d.pop("SmsStatus", UNSET)

        messaging_service_sid = d.pop("MessagingServiceSid", UNSET)

        body = d.pop("Body", UNSET)

        num_media = d.pop("NumMedia", UNSET)

        num_segments = d.pop("NumSegments", UNSET)

        from_ = d.pop("From", UNSET)

        to = d.pop("To", UNSET)

        caller = d.pop("Caller", UNSET)

        called = d.pop("Called", UNSET)

        from_city = d.pop("FromCity", UNSET)

        from_state = d.pop("FromState", UNSET)

        from_zip = d.pop("FromZip", UNSET)

        from_country = d.pop("FromCountry", UNSET)

        caller_city = d.pop("CallerCity", UNSET)

        caller_state = d.pop("CallerState", UNSET)

        caller_zip = d.pop("CallerZip", UNSET)

        caller_country = d.pop("CallerCountry", UNSET)

        to_city = d.pop("ToCity", UNSET)

        to_state = d.pop("ToState", UNSET)

        to_zip = d.pop("ToZip", UNSET)

        to_country = d.pop("ToCountry", UNSET)

        called_city = d.pop("CalledCity", UNSET)

        called_state = d.pop("CalledState", UNSET)

        called_zip = d.pop("CalledZip", UNSET)

        called_country = d.pop("CalledCountry", UNSET)

        add_ons = d.pop("AddOns", UNSET)

        out_of_session_callback = cls(
            session_sid=session_sid,
            session_service_sid=session_service_sid,
            session_account_sid=session_account_sid,
            session_unique_name=session_unique_name,
            session_status=session_status,
            session_mode=session_mode,
            session_closed_reason=session_closed_reason,
            session_date_created=session_date_created,
            session_date_updated=session_date_updated,
            session_date_ended=session_date_ended,
            inbound_participant_sid=inbound_participant_sid,
            inbound_participant_session_sid=inbound_participant_session_sid,
            inbound_participant_service_sid=inbound_participant_service_sid,
            inbound_participant_account_sid=inbound_participant_account_sid,
            inbound_participant_friendly_name=inbound_participant_friendly_name,
            inbound_participant_identifier=inbound_participant_identifier,
            inbound_participant_proxy_identifier=inbound_participant_proxy_identifier,
            inbound_participant_proxy_identifier_sid=inbound_participant_proxy_identifier_sid,
            inbound_participant_date_created=inbound_participant_date_created,
            inbound_participant_date_updated=inbound_participant_date_updated,
            outbound_participant_sid=outbound_participant_sid,
            outbound_participant_session_sid=outbound_participant_session_sid,
            outbound_participant_service_sid=outbound_participant_service_sid,
            outbound_participant_account_sid=outbound_participant_account_sid,
            outbound_participant_friendly_name=outbound_participant_friendly_name,
            outbound_participant_identifier=outbound_participant_identifier,
            outbound_participant_proxy_identifier=outbound_participant_proxy_identifier,
            outbound_participant_proxy_identifier_sid=outbound_participant_proxy_identifier_sid,
            outbound_participant_date_created=outbound_participant_date_created,
            outbound_participant_date_updated=outbound_participant_date_updated,
            account_sid=account_sid,
            api_version=api_version,
            call_sid=call_sid,
            call_status=call_status,
            direction=direction,
            message_sid=message_sid,
            sms_sid=sms_sid,
            sms_message_sid=sms_message_sid,
            sms_status=sms_status,
            messaging_service_sid=messaging_service_sid,
            body=body,
            num_media=num_media,
            num_segments=num_segments,
            from_=from_,
            to=to,
            caller=caller,
            called=called,
            from_city=from_city,
            from_state=from_state,
            from_zip=from_zip,
            from_country=from_country,
            caller_city=caller_city,
            caller_state=caller_state,
            caller_zip=caller_zip,
            caller_country=caller_country,
            to_city=to_city,
            to_state=to_state,
            to_zip=to_zip,
            to_country=to_country,
            called_city=called_city,
            called_state=called_state,
            called_zip=called_zip,
            called_country=called_country,
            add_ons=add_ons,
        )

        out_of_session_callback.additional_properties = d
        return out_of_session_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
