from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_geo_match_level import ServiceGeoMatchLevel
from ..models.service_number_selection_behavior import ServiceNumberSelectionBehavior
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_links import ServiceLinks


T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A Proxy Service: the top-level scope of Sessions and of the Proxy Number pool. Every field may be null; fields may
    be added by Twilio at any time.

        Attributes:
            sid (None | str | Unset): The unique string that we created to identify the Service resource.
            unique_name (None | str | Unset): An application-defined string that uniquely identifies the resource. This
                value must be 191 characters or fewer in length and be unique. Supports UTF-8 characters. **This value should
                not have PII.**
            account_sid (None | str | Unset): The SID of the Account that created the Service resource.
            chat_instance_sid (None | str | Unset): The SID of the Chat Service Instance managed by Proxy Service. The Chat
                Service enables Proxy to forward SMS and channel messages to this chat instance. This is a one-to-one
                relationship.
            callback_url (None | str | Unset): The URL we call when the interaction status changes.
            default_ttl (int | None | Unset): The default `ttl` value for Sessions created in the Service. The TTL (time to
                live) is measured in seconds after the Session's last create or last Interaction. The default value of `0`
                indicates an unlimited Session length. You can override a Session's default TTL value by setting its `ttl`
                value.
            number_selection_behavior (None | ServiceNumberSelectionBehavior | str | Unset): The preference for Proxy Number
                selection in the Service instance: `prefer-sticky` (try to select the same Proxy Number for a given participant
                if they have previous Sessions) or `avoid-sticky` (try to use different Proxy Numbers).
            geo_match_level (None | ServiceGeoMatchLevel | str | Unset): Where a proxy number must be located relative to
                the participant identifier. The default value is `country`; more specific areas than `country` are only
                available in North America.
            intercept_callback_url (None | str | Unset): The URL we call on each interaction. If we receive a 403 status, we
                block the interaction; otherwise the interaction continues.
            out_of_session_callback_url (None | str | Unset): The URL we call when an inbound call or SMS action occurs on a
                closed or non-existent Session. If your server responds with valid TwiML, we will process it.
            date_created (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was
                created.
            date_updated (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was last
                updated.
            url (None | str | Unset): The absolute URL of the Service resource.
            links (None | ServiceLinks | Unset): The URLs of resources related to the Service (`sessions`, `phone_numbers`,
                `short_codes`).
    """

    sid: None | str | Unset = UNSET
    unique_name: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    chat_instance_sid: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    default_ttl: int | None | Unset = UNSET
    number_selection_behavior: None | ServiceNumberSelectionBehavior | str | Unset = (
        UNSET
    )
    geo_match_level: None | ServiceGeoMatchLevel | str | Unset = UNSET
    intercept_callback_url: None | str | Unset = UNSET
    out_of_session_callback_url: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_updated: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    links: None | ServiceLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_links import ServiceLinks  # noqa: PLC0415

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

        unique_name: None | str | Unset
        if isinstance(self.unique_name, Unset):
            unique_name = UNSET
        else:
            unique_name = self.unique_name

        account_sid: None | str | Unset
        if isinstance(self.account_sid, Unset):
            account_sid = UNSET
        else:
            account_sid = self.account_sid

        chat_instance_sid: None | str | Unset
        if isinstance(self.chat_instance_sid, Unset):
            chat_instance_sid = UNSET
        else:
            chat_instance_sid = self.chat_instance_sid

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        default_ttl: int | None | Unset
        if isinstance(self.default_ttl, Unset):
            default_ttl = UNSET
        else:
            default_ttl = self.default_ttl

        number_selection_behavior: None | str | Unset
        if isinstance(self.number_selection_behavior, Unset):
            number_selection_behavior = UNSET
        elif isinstance(self.number_selection_behavior, ServiceNumberSelectionBehavior):
            number_selection_behavior = self.number_selection_behavior.value
        else:
            number_selection_behavior = self.number_selection_behavior

        geo_match_level: None | str | Unset
        if isinstance(self.geo_match_level, Unset):
            geo_match_level = UNSET
        elif isinstance(self.geo_match_level, ServiceGeoMatchLevel):
            geo_match_level = self.geo_match_level.value
        else:
            geo_match_level = self.geo_match_level

        intercept_callback_url: None | str | Unset
        if isinstance(self.intercept_callback_url, Unset):
            intercept_callback_url = UNSET
        else:
            intercept_callback_url = self.intercept_callback_url

        out_of_session_callback_url: None | str | Unset
        if isinstance(self.out_of_session_callback_url, Unset):
            out_of_session_callback_url = UNSET
        else:
            out_of_session_callback_url = self.out_of_session_callback_url

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

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ServiceLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if unique_name is not UNSET:
            field_dict["unique_name"] = unique_name
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if chat_instance_sid is not UNSET:
            field_dict["chat_instance_sid"] = chat_instance_sid
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if default_ttl is not UNSET:
            field_dict["default_ttl"] = default_ttl
        if number_selection_behavior is not UNSET:
            field_dict["number_selection_behavior"] = number_selection_behavior
        if geo_match_level is not UNSET:
            field_dict["geo_match_level"] = geo_match_level
        if intercept_callback_url is not UNSET:
            field_dict["intercept_callback_url"] = intercept_callback_url
        if out_of_session_callback_url is not UNSET:
            field_dict["out_of_session_callback_url"] = out_of_session_callback_url
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if url is not UNSET:
            field_dict["url"] = url
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_links import ServiceLinks  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))

        def _parse_unique_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_name = _parse_unique_name(d.pop("unique_name", UNSET))

        def _parse_account_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_sid = _parse_account_sid(d.pop("account_sid", UNSET))

        def _parse_chat_instance_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat_instance_sid = _parse_chat_instance_sid(d.pop("chat_instance_sid", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_default_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_ttl = _parse_default_ttl(d.pop("default_ttl", UNSET))

        def _parse_number_selection_behavior(
            data: object,
        ) -> None | ServiceNumberSelectionBehavior | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                number_selection_behavior_type_0 = ServiceNumberSelectionBehavior(data)

                return number_selection_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceNumberSelectionBehavior | str | Unset, data)

        number_selection_behavior = _parse_number_selection_behavior(
            d.pop("number_selection_behavior", UNSET)
        )

        def _parse_geo_match_level(
            data: object,
        ) -> None | ServiceGeoMatchLevel | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                geo_match_level_type_0 = ServiceGeoMatchLevel(data)

                return geo_match_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceGeoMatchLevel | str | Unset, data)

        geo_match_level = _parse_geo_match_level(d.pop("geo_match_level", UNSET))

        def _parse_intercept_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intercept_callback_url = _parse_intercept_callback_url(
            d.pop("intercept_callback_url", UNSET)
        )

        def _parse_out_of_session_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_of_session_callback_url = _parse_out_of_session_callback_url(
            d.pop("out_of_session_callback_url", UNSET)
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

        def _parse_links(data: object) -> None | ServiceLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ServiceLinks.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceLinks | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        service = cls(
            sid=sid,
            unique_name=unique_name,
            account_sid=account_sid,
            chat_instance_sid=chat_instance_sid,
            callback_url=callback_url,
            default_ttl=default_ttl,
            number_selection_behavior=number_selection_behavior,
            geo_match_level=geo_match_level,
            intercept_callback_url=intercept_callback_url,
            out_of_session_callback_url=out_of_session_callback_url,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
            links=links,
        )

        service.additional_properties = d
        return service

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
