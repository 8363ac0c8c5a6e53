from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interaction_resource_status import InteractionResourceStatus
from ..models.interaction_type import InteractionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractionCallback")


@_attrs_define
class InteractionCallback:
    """What Proxy sends to a Service's `callback_url` for each interaction (informational).

    Attributes:
        interaction_sid (str | Unset): The SID of the Interaction (KI…).
        interaction_session_sid (str | Unset): The SID of the Interaction's Session (KC…).
        interaction_service_sid (str | Unset): The SID of the Interaction's Service (KS…).
        interaction_account_sid (str | Unset): The SID of the Account (AC…).
        interaction_type (InteractionType | str | Unset): The kind of interaction (`message`, `voice` or `unknown`).
        interaction_data (str | Unset): A JSON object with the message body (`{"body": "hello"}`) or the call duration
            (`{"duration": "5"}`). Personal data: never log it.
        interaction_date_created (datetime.datetime | Unset): When the Interaction was created.
        interaction_date_updated (datetime.datetime | Unset): When the Interaction was last updated.
        inbound_participant_sid (str | Unset): The SID of the inbound Participant (KP…).
        inbound_resource_sid (str | Unset): The SID of the inbound Call (CA…) or Message (SM…, MM…).
        inbound_resource_status (InteractionResourceStatus | str | Unset): The status of the inbound Call or Message.
        inbound_resource_type (str | Unset): The kind of the inbound resource (`call` or `message`).
        inbound_resource_url (str | Unset): The URL of the inbound Call or Message resource.
        outbound_participant_sid (str | Unset): The SID of the outbound Participant (KP…).
        outbound_resource_sid (str | Unset): The SID of the outbound Call (CA…) or Message (SM…, MM…).
        outbound_resource_status (InteractionResourceStatus | str | Unset): The status of the outbound Call or Message.
        outbound_resource_type (str | Unset): The kind of the outbound resource (`call` or `message`).
        outbound_resource_url (str | Unset): The URL of the outbound Call or Message resource.
    """

    interaction_sid: str | Unset = UNSET
    interaction_session_sid: str | Unset = UNSET
    interaction_service_sid: str | Unset = UNSET
    interaction_account_sid: str | Unset = UNSET
    interaction_type: InteractionType | str | Unset = UNSET
    interaction_data: str | Unset = UNSET
    interaction_date_created: datetime.datetime | Unset = UNSET
    interaction_date_updated: datetime.datetime | Unset = UNSET
    inbound_participant_sid: str | Unset = UNSET
    inbound_resource_sid: str | Unset = UNSET
    inbound_resource_status: InteractionResourceStatus | str | Unset = UNSET
    inbound_resource_type: str | Unset = UNSET
    inbound_resource_url: str | Unset = UNSET
    outbound_participant_sid: str | Unset = UNSET
    outbound_resource_sid: str | Unset = UNSET
    outbound_resource_status: InteractionResourceStatus | str | Unset = UNSET
    outbound_resource_type: str | Unset = UNSET
    outbound_resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interaction_sid = self.interaction_sid

        interaction_session_sid = self.interaction_session_sid

        interaction_service_sid = self.interaction_service_sid

        interaction_account_sid = self.interaction_account_sid

        interaction_type: str | Unset
        if isinstance(self.interaction_type, Unset):
            interaction_type = UNSET
        elif isinstance(self.interaction_type, InteractionType):
            interaction_type = self.interaction_type.value
        else:
            interaction_type = self.interaction_type

        interaction_data = self.interaction_data

        interaction_date_created: str | Unset = UNSET
        if not isinstance(self.interaction_date_created, Unset):
            interaction_date_created = self.interaction_date_created.isoformat()

        interaction_date_updated: str | Unset = UNSET
        if not isinstance(self.interaction_date_updated, Unset):
            interaction_date_updated = self.interaction_date_updated.isoformat()

        inbound_participant_sid = self.inbound_participant_sid

        inbound_resource_sid = self.inbound_resource_sid

        inbound_resource_status: str | Unset
        if isinstance(self.inbound_resource_status, Unset):
            inbound_resource_status = UNSET
        elif isinstance(self.inbound_resource_status, InteractionResourceStatus):
            inbound_resource_status = self.inbound_resource_status.value
        else:
            inbound_resource_status = self.inbound_resource_status

        inbound_resource_type = self.inbound_resource_type

        inbound_resource_url = self.inbound_resource_url

        outbound_participant_sid = self.outbound_participant_sid

        outbound_resource_sid = self.outbound_resource_sid

        outbound_resource_status: str | Unset
        if isinstance(self.outbound_resource_status, Unset):
            outbound_resource_status = UNSET
        elif isinstance(self.outbound_resource_status, InteractionResourceStatus):
            outbound_resource_status = self.outbound_resource_status.value
        else:
            outbound_resource_status = self.outbound_resource_status

        outbound_resource_type = self.outbound_resource_type

        outbound_resource_url = self.outbound_resource_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interaction_sid is not UNSET:
            field_dict["interactionSid"] = interaction_sid
        if interaction_session_sid is not UNSET:
            field_dict["interactionSessionSid"] = interaction_session_sid
        if interaction_service_sid is not UNSET:
            field_dict["interactionServiceSid"] = interaction_service_sid
        if interaction_account_sid is not UNSET:
            field_dict["interactionAccountSid"] = interaction_account_sid
        if interaction_type is not UNSET:
            field_dict["interactionType"] = interaction_type
        if interaction_data is not UNSET:
            field_dict["interactionData"] = interaction_data
        if interaction_date_created is not UNSET:
            field_dict["interactionDateCreated"] = interaction_date_created
        if interaction_date_updated is not UNSET:
            field_dict["interactionDateUpdated"] = interaction_date_updated
        if inbound_participant_sid is not UNSET:
            field_dict["inboundParticipantSid"] = inbound_participant_sid
        if inbound_resource_sid is not UNSET:
            field_dict["inboundResourceSid"] = inbound_resource_sid
        if inbound_resource_status is not UNSET:
            field_dict["inboundResourceStatus"] = inbound_resource_status
        if inbound_resource_type is not UNSET:
            field_dict["inboundResourceType"] = inbound_resource_type
        if inbound_resource_url is not UNSET:
            field_dict["inboundResourceUrl"] = inbound_resource_url
        if outbound_participant_sid is not UNSET:
            field_dict["outboundParticipantSid"] = outbound_participant_sid
        if outbound_resource_sid is not UNSET:
            field_dict["outboundResourceSid"] = outbound_resource_sid
        if outbound_resource_status is not UNSET:
            field_dict["outboundResourceStatus"] = outbound_resource_status
        if outbound_resource_type is not UNSET:
            field_dict["outboundResourceType"] = outbound_resource_type
        if outbound_resource_url is not UNSET:
            field_dict["outboundResourceUrl"] = outbound_resource_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interaction_sid = d.pop("interactionSid", UNSET)

        interaction_session_sid = d.pop("interactionSessionSid", UNSET)

        interaction_service_sid = d.pop("interactionServiceSid", UNSET)

        interaction_account_sid = d.pop("interactionAccountSid", UNSET)

        def _parse_interaction_type(data: object) -> InteractionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interaction_type_type_0 = InteractionType(data)

                return interaction_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionType | str | Unset, data)

        interaction_type = _parse_interaction_type(d.pop("interactionType", UNSET))

        interaction_data = d.pop("interactionData", UNSET)

        _interaction_date_created = d.pop("interactionDateCreated", UNSET)
        interaction_date_created: datetime.datetime | Unset
        if isinstance(_interaction_date_created, Unset):
            interaction_date_created = UNSET
        else:
            interaction_date_created = datetime.datetime.fromisoformat(
                _interaction_date_created
            )

        _interaction_date_updated = d.pop("interactionDateUpdated", UNSET)
        interaction_date_updated: datetime.datetime | Unset
        if isinstance(_interaction_date_updated, Unset):
            interaction_date_updated = UNSET
        else:
            interaction_date_updated = datetime.datetime.fromisoformat(
                _interaction_date_updated
            )

        inbound_participant_sid = d.pop("inboundParticipantSid", UNSET)

        inbound_resource_sid = d.pop("inboundResourceSid", UNSET)

        def _parse_inbound_resource_status(
            data: object,
        ) -> InteractionResourceStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inbound_resource_status_type_0 = InteractionResourceStatus(data)

                return inbound_resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionResourceStatus | str | Unset, data)

        inbound_resource_status = _parse_inbound_resource_status(
            d.pop("inboundResourceStatus", UNSET)
        )

        inbound_resource_type = d.pop("inboundResourceType", UNSET)

        inbound_resource_url = d.pop("inboundResourceUrl", UNSET)

        outbound_participant_sid = d.pop("outboundParticipantSid", UNSET)

        outbound_resource_sid = d.pop("outboundResourceSid", UNSET)

        def _parse_outbound_resource_status(
            data: object,
        ) -> InteractionResourceStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outbound_resource_status_type_0 = InteractionResourceStatus(data)

                return outbound_resource_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionResourceStatus | str | Unset, data)

        outbound_resource_status = _parse_outbound_resource_status(
            d.pop("outboundResourceStatus", UNSET)
        )

        outbound_resource_type = d.pop("outboundResourceType", UNSET)

        outbound_resource_url = d.pop("outboundResourceUrl", UNSET)

        interaction_callback = cls(
            interaction_sid=interaction_sid,
            interaction_session_sid=interaction_session_sid,
            interaction_service_sid=interaction_service_sid,
            interaction_account_sid=interaction_account_sid,
            interaction_type=interaction_type,
            interaction_data=interaction_data,
            interaction_date_created=interaction_date_created,
            interaction_date_updated=interaction_date_updated,
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
        )

        interaction_callback.additional_properties = d
        return interaction_callback

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
