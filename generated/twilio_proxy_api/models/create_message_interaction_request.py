from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageInteractionRequest")


@_attrs_define
class CreateMessageInteractionRequest:
    """
    Attributes:
        body (str | Unset): The message to send to the participant.
        media_url (list[str] | Unset): URLs (http or https) of media to send. Twilio documents it as reserved: not
            currently supported.
    """

    body: str | Unset = UNSET
    media_url: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        media_url: list[str] | Unset = UNSET
        if not isinstance(self.media_url, Unset):
            media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["Body"] = body
        if media_url is not UNSET:
            field_dict["MediaUrl"] = media_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("Body", UNSET)

        media_url = cast(list[str], d.pop("MediaUrl", UNSET))

        create_message_interaction_request = cls(
            body=body,
            media_url=media_url,
        )

        create_message_interaction_request.additional_properties = d
        return create_message_interaction_request

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
