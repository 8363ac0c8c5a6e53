from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_geo_match_level import ServiceGeoMatchLevel
from ..models.service_number_selection_behavior import ServiceNumberSelectionBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define
class CreateServiceRequest:
    """
    Attributes:
        unique_name (str): An application-defined string that uniquely identifies the resource. This value must be 191
            characters or fewer in length and be unique. **This value should not have PII.**
        default_ttl (int | Unset): The default `ttl` value to set for Sessions created in the Service, in seconds after
            the Session's last create or last Interaction. `0` (the default) means an unlimited Session length.
        callback_url (str | Unset): The URL we should call when the interaction status changes.
        geo_match_level (ServiceGeoMatchLevel | Unset): Where a proxy number must be located relative to the participant
            identifier. Twilio may add values: in an answer, a value outside this list is read as a plain string.
        number_selection_behavior (ServiceNumberSelectionBehavior | Unset): How Proxy selects a proxy number for a
            participant. Twilio may add values: in an answer, a value outside this list is read as a plain string.
        intercept_callback_url (str | Unset): The URL we call on each interaction. If we receive a 403 status, we block
            the interaction; otherwise the interaction continues.
        out_of_session_callback_url (str | Unset): The URL we should call when an inbound call or SMS action occurs on a
            closed or non-existent Session. If your server responds with valid TwiML, we will process it.
        chat_instance_sid (str | Unset): The SID of the Chat Service Instance managed by Proxy Service. The Chat Service
            enables Proxy to forward SMS and channel messages to this chat instance. This is a one-to-one relationship.
    """

    unique_name: str
    default_ttl: int | Unset = UNSET
    callback_url: str | Unset = UNSET
    geo_match_level: ServiceGeoMatchLevel | Unset = UNSET
    number_selection_behavior: ServiceNumberSelectionBehavior | Unset = UNSET
    intercept_callback_url: str | Unset = UNSET
    out_of_session_callback_url: str | Unset = UNSET
    chat_instance_sid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_name = self.unique_name

        default_ttl = self.default_ttl

        callback_url = self.callback_url

        geo_match_level: str | Unset = UNSET
        if not isinstance(self.geo_match_level, Unset):
            geo_match_level = self.geo_match_level.value

        number_selection_behavior: str | Unset = UNSET
        if not isinstance(self.number_selection_behavior, Unset):
            number_selection_behavior = self.number_selection_behavior.value

        intercept_callback_url = self.intercept_callback_url

        out_of_session_callback_url = self.out_of_session_callback_url

        chat_instance_sid = self.chat_instance_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UniqueName": unique_name,
            }
        )
        if default_ttl is not UNSET:
            field_dict["DefaultTtl"] = default_ttl
        if callback_url is not UNSET:
            field_dict["CallbackUrl"] = callback_url
        if geo_match_level is not UNSET:
            field_dict["GeoMatchLevel"] = geo_match_level
        if number_selection_behavior is not UNSET:
            field_dict["NumberSelectionBehavior"] = number_selection_behavior
        if intercept_callback_url is not UNSET:
            field_dict["InterceptCallbackUrl"] = intercept_callback_url
        if out_of_session_callback_url is not UNSET:
            field_dict["OutOfSessionCallbackUrl"] = out_of_session_callback_url
        if chat_instance_sid is not UNSET:
            field_dict["ChatInstanceSid"] = chat_instance_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_name = d.pop("UniqueName")

        default_ttl = d.pop("DefaultTtl", UNSET)

        callback_url = d.pop("CallbackUrl", UNSET)

        _geo_match_level = d.pop("GeoMatchLevel", UNSET)
        geo_match_level: ServiceGeoMatchLevel | Unset
        if isinstance(_geo_match_level, Unset):
            geo_match_level = UNSET
        else:
            geo_match_level = ServiceGeoMatchLevel(_geo_match_level)

        _number_selection_behavior = d.pop("NumberSelectionBehavior", UNSET)
        number_selection_behavior: ServiceNumberSelectionBehavior | Unset
        if isinstance(_number_selection_behavior, Unset):
            number_selection_behavior = UNSET
        else:
            number_selection_behavior = ServiceNumberSelectionBehavior(
                _number_selection_behavior
            )

        intercept_callback_url = d.pop("InterceptCallbackUrl", UNSET)

        out_of_session_callback_url = d.pop("OutOfSessionCallbackUrl", UNSET)

        chat_instance_sid = d.pop("ChatInstanceSid", UNSET)

        create_service_request = cls(
            unique_name=unique_name,
            default_ttl=default_ttl,
            callback_url=callback_url,
            geo_match_level=geo_match_level,
            number_selection_behavior=number_selection_behavior,
            intercept_callback_url=intercept_callback_url,
            out_of_session_callback_url=out_of_session_callback_url,
            chat_instance_sid=chat_instance_sid,
        )

        create_service_request.additional_properties = d
        return create_service_request

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
