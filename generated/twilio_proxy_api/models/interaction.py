from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_resource_status import InteractionResourceStatus
from ..models.interaction_type import InteractionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Interaction")


@_attrs_define
class Interaction:
    """One call or message that passed through a Proxy Session, between its Participants. Every field may be null; fields
    may be added by Twilio at any time.

        Attributes:
            sid (None | str | Unset): The unique string that we created to identify the Interaction resource.
            session_sid (None | str | Unset): The SID of the parent Session resource.
            service_sid (None | str | Unset): The SID of the parent Service resource.
            account_sid (None | str | Unset): The SID of the Account that created the Interaction resource.
            data (None | str | Unset): A JSON string that includes the message body of message interactions (e.g. `{"body":
                "hello"}`) or the call duration (when available) of a call (e.g. `{"duration": "5"}`). Personal data: never log
                it.
            type_ (InteractionType | None | str | Unset): The Type of the Interaction: `message`, `voice` or `unknown`.
            inbound_participant_sid (None | str | Unset): The SID of the inbound Participant resource.
            inbound_resource_sid (None | str | Unset): The SID of the inbound resource; either the Call or Message.
            inbound_resource_status (InteractionResourceStatus | None | str | Unset): The inbound resource status of the
                Interaction. Will always be `delivered` for messages and `in-progress` for calls.
            inbound_resource_type (None | str | Unset): The inbound resource type: `Call` or `Message`.
            inbound_resource_url (None | str | Unset): The URL of the Twilio inbound resource.
            outbound_participant_sid (None | str | Unset): The SID of the outbound Participant resource.
            outbound_resource_sid (None | str | Unset): The SID of the outbound resource; either the Call or Message.
            outbound_resource_status (InteractionResourceStatus | None | str | Unset): The outbound resource status of the
                Interaction. For messages: `accepted`, `canceled`, `deleted`, `delivered`, `delivery-unknown`, `failed`,
                `partially-delivered`, `queued`, `read`, `received`, `receiving`, `scheduled`, `sending`, `sent`, `undelivered`,
                or `unknown`; for calls: `initiated`, `completed` or `unknown`.
            outbound_resource_type (None | str | Unset): The outbound resource type: `Call` or `Message`.
            outbound_resource_url (None | str | Unset): The URL of the Twilio outbound resource.
            date_created (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the Interaction was
                created.
            date_updated (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was last
                updated.
            url (None | str | Unset): The absolute URL of the Interaction resource.
    """

    sid: None | str | Unset = UNSET
    session_sid: None | str | Unset = UNSET
    service_sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    type_: InteractionType | None | str | Unset = UNSET
    inbound_participant_sid: None | str | Unset = UNSET
    inbound_resource_sid: None | str | Unset = UNSET
    inbound_resource_status: InteractionResourceStatus | None | str | Unset = UNSET
    inbound_resource_type: None | str | Unset = UNSET
    inbound_resource_url: None | str | Unset = UNSET
    outbound_participant_sid: None | str | Unset = UNSET
    outbound_resource_sid: None | str | Unset = UNSET
    outbound_resource_status: InteractionResourceStatus | None | str | Unset = UNSET
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
        elif isinstance(self.type_, InteractionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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
        elif isinstance(self.inbound_resource_status, InteractionResourceStatus):
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
        elif isinstance(self.outbound_resource_status, InteractionResourceStatus):
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

        def _parse_type_(data: object) -> InteractionType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = InteractionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionType | None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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
        ) -> InteractionResourceStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inbound_resource_status_type_0 = InteractionResourceStatus(data)

                return inbound_resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionResourceStatus | None | str | Unset, data)

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
        ) -> InteractionResourceStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outbound_resource_status_type_0 = InteractionResourceStatus(data)

                return outbound_resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionResourceStatus | None | str | Unset, data)

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

        interaction = cls(
            sid=sid,
            session_sid=session_sid,
            service_sid=service_sid,
            account_sid=account_sid,
            data=data,
            type_=type_,
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

        interaction.additional_properties = d
        return interaction

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
