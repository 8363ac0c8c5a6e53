from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePhoneNumberRequest")


@_attrs_define
class UpdatePhoneNumberRequest:
    """
    Attributes:
        is_reserved (bool | Unset): Whether the phone number should be reserved and not be assigned to a participant
            using proxy pool logic.
    """

    is_reserved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_reserved = self.is_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_reserved is not UNSET:
            field_dict["IsReserved"] = is_reserved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_reserved = d.pop("IsReserved", UNSET)

        update_phone_number_request = cls(
            is_reserved=is_reserved,
        )

        update_phone_number_request.additional_properties = d
        return update_phone_number_request

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
