from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateParticipantRequest")


@_attrs_define
class CreateParticipantRequest:
    """
    Attributes:
        identifier (str): The phone number (or channel identifier) of the Participant. Personal data: never log it.
        friendly_name (str | Unset): The string that you assigned to describe the participant. This value must be 255
            characters or fewer. **This value should not have PII.**
        proxy_identifier (str | Unset): The proxy phone number to use for the Participant. If not specified, Proxy will
            select a number from the pool.
        proxy_identifier_sid (str | Unset): The SID of the Proxy Identifier to assign to the Participant.
    """

    identifier: str
    friendly_name: str | Unset = UNSET
    proxy_identifier: str | Unset = UNSET
    proxy_identifier_sid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        friendly_name = self.friendly_name

        proxy_identifier = self.proxy_identifier

        proxy_identifier_sid = self.proxy_identifier_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Identifier": identifier,
            }
        )
        if friendly_name is not UNSET:
            field_dict["FriendlyName"] = friendly_name
        if proxy_identifier is not UNSET:
            field_dict["ProxyIdentifier"] = proxy_identifier
        if proxy_identifier_sid is not UNSET:
            field_dict["ProxyIdentifierSid"] = proxy_identifier_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifier = d.pop("Identifier")

        friendly_name = d.pop("FriendlyName", UNSET)

        proxy_identifier = d.pop("ProxyIdentifier", UNSET)

        proxy_identifier_sid = d.pop("ProxyIdentifierSid", UNSET)

        create_participant_request = cls(
            identifier=identifier,
            friendly_name=friendly_name,
            proxy_identifier=proxy_identifier,
            proxy_identifier_sid=proxy_identifier_sid,
        )

        create_participant_request.additional_properties = d
        return create_participant_request

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
