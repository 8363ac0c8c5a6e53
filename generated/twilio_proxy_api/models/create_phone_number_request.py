from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePhoneNumberRequest")


@_attrs_define
class CreatePhoneNumberRequest:
    """
    Attributes:
        sid (str | Unset): The SID of a Twilio IncomingPhoneNumber resource that represents the Twilio Number you would
            like to assign to your Proxy Service.
        phone_number (str | Unset): The phone number in E.164 format: a + followed by the country code and subscriber
            number without punctuation characters. For example, +14155551234.
        is_reserved (bool | Unset): Whether the new phone number should be reserved and not be assigned to a participant
            using proxy pool logic.
    """

    sid: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    is_reserved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        phone_number = self.phone_number

        is_reserved = self.is_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["Sid"] = sid
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if is_reserved is not UNSET:
            field_dict["IsReserved"] = is_reserved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sid = d.pop("Sid", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        is_reserved = d.pop("IsReserved", UNSET)

        create_phone_number_request = cls(
            sid=sid,
            phone_number=phone_number,
            is_reserved=is_reserved,
        )

        create_phone_number_request.additional_properties = d
        return create_phone_number_request

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
