from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_interaction_resource_status import (
    MessageInteractionResourceStatus,
)
from ..models.message_interaction_type import MessageInteractionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageInteraction")


@_attrs_define
class MessageInteraction:
    """One message that passed through a Proxy Session. Every field may be null; fields may be added by Twilio at any time.

    Attributes:
        sid (None | str | Unset): The unique string that we created to identify the MessageInteraction resource.
        session_sid (None | str | Unset): The SID of the parent Session resource.
        service_sid (None | str | Unset): The SID of the parent Service resource.
        account_sid (None | str | Unset): The SID of the Account that created the MessageInteraction resource.
        data (None | str | Unset): A JSON string that includes the message body sent to the participant (e.g. `{"body":
            "hello"}`). Personal data: never log it.
        type_ (MessageInteractionType | None | str | Unset): The Type of Message Interaction. This value is always
            `message`.
        participant_sid (None | str | Unset): The SID of the Participant resource.
        inbound_participant_sid (None | str | Unset): Always empty for created Message Interactions.
        inbound_resource_sid (None | str | Unset): Always empty for created Message Interactions.
        inbound_resource_status (MessageInteractionResourceStatus | None | str | Unset): Always empty for created
            Message Interactions.
        inbound_resource_type (None | str | Unset): Always empty for created Message Interactions.
        inbound_resource_url (None | str | Unset): Always empty for created Message Interactions.
        outbound_participant_sid (None | str | Unset): The SID of the outbound Participant resource.
        outbound_resource_sid (None | str | Unset): The SID of the outbound Message resource.
        outbound_resource_status (MessageInteractionResourceStatus | None | str | Unset): The status of the outbound
            Message resource.
        outbound_resource_type (None | str | Unset): The outbound resource type. This value is always `Message`.
        outbound_resource_url (None | str | Unset): The URL of the Twilio message resource.
        date_created (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was
            created.
        date_updated (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was last
            updated.
        url (None | str | Unset): The absolute URL of the MessageInteraction resource.
    """

    sid: None | str | Unset = UNSET
    session_sid: None | str | Unset = UNSET
    service_sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    type_: MessageInteractionType | None | str | Unset = UNSET
    participant_sid: None | str | Unset = UNSET
    inbound_participant_sid: None | str | Unset = UNSET
    inbound_resource_sid: None | str | Unset = UNSET
    inbound_resource_status: MessageInteractionResourceStatus | None | str | Unset = (
        UNSET
    )
    inbound_resource_type: None | str | Unset = UNSET
    inbound_resource_url: None | str | Unset = UNSET
    outbound_participant_sid: None | str | Unset = UNSET
    outbound_resource_sid: None | str | Unset = UNSET
    outbound_resource_status: MessageInteractionResourceStatus | None | str | Unset = (
        UNSET
    )
    outbound_resource_type: None | str | Unset = UNSET
    outbound_resource_url: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_updated: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        session_sid: None | str | Unset
        if isinstance(self.session_sid, Unset):
            session_sid = UNSET
        else:
            session_sid = self.session_sid

        service_sid: None | str | Unset
        if isinstance(self.service_sid, Unset):
            service_sid = UNSET
        else:
            service_sid = self.service_sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MessageInteractionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        participant_sid: None | str | Unset
        if isinstance(self.participant_sid, Unset):
            participant_sid = UNSET
        else:
            participant_sid = self.participant_sid

        inbound_participant_sid: None | str | Unset
        if isinstance(self.inbound_participant_sid, Unset):
            inbound_participant_sid = UNSET
        else:
            inbound_participant_sid = self.inbound_participant_sid

        inbound_resource_sid: None | str | Unset
        if isinstance(self.inbound_resource_sid, Unset):
            inbound_resource_sid = UNSET
        else:
            inbound_resource_sid = self.inbound_resource_sid

        inbound_resource_status: None | str | Unset
        if isinstance(self.inbound_resource_status, Unset):
            inbound_resource_status = UNSET
        elif isinstance(self.inbound_resource_status, MessageInteractionResourceStatus):
            inbound_resource_status = self.inbound_resource_status.value
        else:
            inbound_resource_status = self.inbound_resource_status

        inbound_resource_type: None | str | Unset
        if isinstance(self.inbound_resource_type, Unset):
            inbound_resource_type = UNSET
        else:
            inbound_resource_type = self.inbound_resource_type

        inbound_resource_url: None | str | Unset
        if isinstance(self.inbound_resource_url, Unset):
            inbound_resource_url = UNSET
        else:
            inbound_resource_url = self.inbound_resource_url

        outbound_participant_sid: None | str | Unset
        if isinstance(self.outbound_participant_sid, Unset):
            outbound_participant_sid = UNSET
        else:
            outbound_participant_sid = self.outbound_participant_sid

        outbound_resource_sid: None | str | Unset
        if isinstance(self.outbound_resource_sid, Unset):
            outbound_resource_sid = UNSET
        else:
            outbound_resource_sid = self.outbound_resource_sid

        outbound_resource_status: None | str | Unset
        if isinstance(self.outbound_resource_status, Unset):
            outbound_resource_status = UNSET
        elif isinstance(
            self.outbound_resource_status, MessageInteractionResourceStatus
        ):
            outbound_resource_status = self.outbound_resource_status.value
        else:
            outbound_resource_status = self.outbound_resource_status

        outbound_resource_type: None | str | Unset
        if isinstance(self.outbound_resource_type, Unset):
            outbound_resource_type = UNSET
        else:
            outbound_resource_type = self.outbound_resource_type

        outbound_resource_url: None | str | Unset
        if isinstance(self.outbound_resource_url, Unset):
            outbound_resource_url = UNSET
        else:
            outbound_resource_url = self.outbound_resource_url

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if session_sid is not UNSET:
            field_dict["session_sid"] = session_sid
        if service_sid is not UNSET:
            field_dict["service_sid"] = service_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if data is not UNSET:
            field_dict["data"] = data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if participant_sid is not UNSET:
            field_dict["participant_sid"] = participant_sid
        if inbound_participant_sid is not UNSET:
            field_dict["inbound_participant_sid"] = inbound_participant_sid
        if inbound_resource_sid is not UNSET:
            field_dict["inbound_resource_sid"] = inbound_resource_sid
        if inbound_resource_status is not UNSET:
            field_dict["inbound_resource_status"] = inbound_resource_status
        if inbound_resource_type is not UNSET:
            field_dict["inbound_resource_type"] = inbound_resource_type
        if inbound_resource_url is not UNSET:
            field_dict["inbound_resource_url"] = inbound_resource_url
        if outbound_participant_sid is not UNSET:
            field_dict["outbound_participant_sid"] = outbound_participant_sid
        if outbound_resource_sid is not UNSET:
            field_dict["outbound_resource_sid"] = outbound_resource_sid
        if outbound_resource_status is not UNSET:
            field_dict["outbound_resource_status"] = outbound_resource_status
        if outbound_resource_type is not UNSET:
            field_dict["outbound_resource_type"] = outbound_resource_type
        if outbound_resource_url is not UNSET:
            field_dict["outbound_resource_url"] = outbound_resource_url
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))

        def _parse_session_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_sid = _parse_session_sid(d.pop("session_sid", UNSET))

        def _parse_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_sid = _parse_service_sid(d.pop("service_sid", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_type_(data: object) -> MessageInteractionType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = MessageInteractionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageInteractionType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_participant_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        participant_sid = _parse_participant_sid(d.pop("participant_sid", UNSET))

        def _parse_inbound_participant_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_participant_sid = _parse_inbound_participant_sid(
            d.pop("inbound_participant_sid", UNSET)
        )

        def _parse_inbound_resource_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_resource_sid = _parse_inbound_resource_sid(
            d.pop("inbound_resource_sid", UNSET)
        )

        def _parse_inbound_resource_status(
            data: object,
        ) -> MessageInteractionResourceStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inbound_resource_status_type_0 = MessageInteractionResourceStatus(data)

                return inbound_resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageInteractionResourceStatus | None | str | Unset, data)

        inbound_resource_status = _parse_inbound_resource_status(
            d.pop("inbound_resource_status", UNSET)
        )

        def _parse_inbound_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_resource_type = _parse_inbound_resource_type(
            d.pop("inbound_resource_type", UNSET)
        )

        def _parse_inbound_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_resource_url = _parse_inbound_resource_url(
            d.pop("inbound_resource_url", UNSET)
        )

        def _parse_outbound_participant_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_participant_sid = _parse_outbound_participant_sid(
            d.pop("outbound_participant_sid", UNSET)
        )

        def _parse_outbound_resource_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_resource_sid = _parse_outbound_resource_sid(
            d.pop("outbound_resource_sid", UNSET)
        )

        def _parse_outbound_resource_status(
            data: object,
        ) -> MessageInteractionResourceStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outbound_resource_status_type_0 = MessageInteractionResourceStatus(data)

                return outbound_resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageInteractionResourceStatus | None | str | Unset, data)

        outbound_resource_status = _parse_outbound_resource_status(
            d.pop("outbound_resource_status", UNSET)
        )

        def _parse_outbound_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_resource_type = _parse_outbound_resource_type(
            d.pop("outbound_resource_type", UNSET)
        )

        def _parse_outbound_resource_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_resource_url = _parse_outbound_resource_url(
            d.pop("outbound_resource_url", UNSET)
        )

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = datetime.datetime.fromisoformat(data)

                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        message_interaction = cls(
            sid=sid,
            session_sid=session_sid,
            service_sid=service_sid,
            account_sid=account_sid,
            data=data,
            type_=type_,
            participant_sid=participant_sid,
            inbound_participant_sid=inbound_participant_sid,
            inbound_resource_sid=inbound_resource_sid,
            inbound_resource_status=inbound_resource_status,
            inbound_resource_type=inbound_resource_type,
            inbound_resource_url=inbound_resource_url,
            outbound_participant_sid=outbound_participant_sid,
            outbound_resource_sid=outbound_resource_sid,
            outbound_resource_status=outbound_resource_status,
            outbound_resource_type=outbound_resource_type,
            outbound_resource_url=outbound_resource_url,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
        )

        message_interaction.additional_properties = d
        return message_interaction

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
