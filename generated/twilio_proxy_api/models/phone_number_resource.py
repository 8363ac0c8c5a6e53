from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_capabilities import PhoneNumberCapabilities


T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """A Phone Number of a Service's Proxy Number pool. Every field may be null; fields may be added by Twilio at any time.

    Attributes:
        sid (None | str | Unset): The unique string that we created to identify the PhoneNumber resource.
        account_sid (None | str | Unset): The SID of the Account that created the PhoneNumber resource.
        service_sid (None | str | Unset): The SID of the PhoneNumber resource's parent Service resource.
        date_created (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was
            created.
        date_updated (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was last
            updated.
        phone_number (None | str | Unset): The phone number in E.164 format, which consists of a + followed by the
            country code and subscriber number.
        friendly_name (None | str | Unset): The string that you assigned to describe the resource.
        iso_country (None | str | Unset): The ISO Country Code for the phone number.
        capabilities (None | PhoneNumberCapabilities | Unset): The capabilities of the phone number: booleans such as
            `fax`, `mms`, `sms` and `voice` (Twilio's examples show `sms_outbound` and `voice_inbound`).
        url (None | str | Unset): The absolute URL of the PhoneNumber resource.
        is_reserved (bool | None | Unset): Whether the phone number should be reserved and not be assigned to a
            participant using proxy pool logic.
        in_use (int | None | Unset): The number of open session assigned to the number (Twilio's default is `0`).
    """

    sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    service_sid: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_updated: datetime.datetime | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    iso_country: None | str | Unset = UNSET
    capabilities: None | PhoneNumberCapabilities | Unset = UNSET
    url: None | str | Unset = UNSET
    is_reserved: bool | None | Unset = UNSET
    in_use: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: PLC0415

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        service_sid: None | str | Unset
        if isinstance(self.service_sid, Unset):
            service_sid = UNSET
        else:
            service_sid = self.service_sid

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

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        iso_country: None | str | Unset
        if isinstance(self.iso_country, Unset):
            iso_country = UNSET
        else:
            iso_country = self.iso_country

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, PhoneNumberCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        is_reserved: bool | None | Unset
        if isinstance(self.is_reserved, Unset):
            is_reserved = UNSET
        else:
            is_reserved = self.is_reserved

        in_use: int | None | Unset
        if isinstance(self.in_use, Unset):
            in_use = UNSET
        else:
            in_use = self.in_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if service_sid is not UNSET:
            field_dict["service_sid"] = service_sid
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if iso_country is not UNSET:
            field_dict["iso_country"] = iso_country
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if url is not UNSET:
            field_dict["url"] = url
        if is_reserved is not UNSET:
            field_dict["is_reserved"] = is_reserved
        if in_use is not UNSET:
            field_dict["in_use"] = in_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_capabilities import PhoneNumberCapabilities  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_service_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_sid = _parse_service_sid(d.pop("service_sid", UNSET))

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

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))

        def _parse_iso_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_country = _parse_iso_country(d.pop("iso_country", UNSET))

        def _parse_capabilities(data: object) -> None | PhoneNumberCapabilities | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capabilities_type_0 = PhoneNumberCapabilities.from_dict(data)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneNumberCapabilities | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_is_reserved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_reserved = _parse_is_reserved(d.pop("is_reserved", UNSET))

        def _parse_in_use(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_use = _parse_in_use(d.pop("in_use", UNSET))

        phone_number_resource = cls(
            sid=sid,
            account_sid=account_sid,
            service_sid=service_sid,
            date_created=date_created,
            date_updated=date_updated,
            phone_number=phone_number,
            friendly_name=friendly_name,
            iso_country=iso_country,
            capabilities=capabilities,
            url=url,
            is_reserved=is_reserved,
            in_use=in_use,
        )

        phone_number_resource.additional_properties = d
        return phone_number_resource

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
