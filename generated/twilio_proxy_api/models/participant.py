from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participant_links import ParticipantLinks


T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """A Proxy Participant: one individual communicating in a Session (at most two per Session). Every field may be null;
    fields may be added by Twilio at any time.

        Attributes:
            sid (None | str | Unset): The unique string that we created to identify the Participant resource.
            session_sid (None | str | Unset): The SID of the parent Session resource.
            service_sid (None | str | Unset): The SID of the resource's parent Service resource.
            account_sid (None | str | Unset): The SID of the Account that created the Participant resource.
            friendly_name (None | str | Unset): The string that you assigned to describe the participant. This value must be
                255 characters or fewer. Supports UTF-8 characters. **This value should not have PII.**
            identifier (None | str | Unset): The phone number or channel identifier of the Participant. This value must be
                191 characters or fewer. Supports UTF-8 characters. Personal data: never log it.
            proxy_identifier (None | str | Unset): The phone number or short code (masked number) of the participant's
                partner. The participant will call or message the partner participant at this number.
            proxy_identifier_sid (None | str | Unset): The SID of the Proxy Identifier assigned to the Participant.
            date_deleted (datetime.datetime | None | Unset): The ISO 8601 date when the Participant was removed from the
                session.
            date_created (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was
                created.
            date_updated (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was last
                updated.
            url (None | str | Unset): The absolute URL of the Participant resource.
            links (None | ParticipantLinks | Unset): The URLs to resources related the participant (`message_interactions`).
    """

    sid: None | str | Unset = UNSET
    session_sid: None | str | Unset = UNSET
    service_sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    friendly_name: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    proxy_identifier: None | str | Unset = UNSET
    proxy_identifier_sid: None | str | Unset = UNSET
    date_deleted: datetime.datetime | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_updated: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    links: None | ParticipantLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.participant_links import ParticipantLinks  # noqa: PLC0415

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

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        proxy_identifier: None | str | Unset
        if isinstance(self.proxy_identifier, Unset):
            proxy_identifier = UNSET
        else:
            proxy_identifier = self.proxy_identifier

        proxy_identifier_sid: None | str | Unset
        if isinstance(self.proxy_identifier_sid, Unset):
            proxy_identifier_sid = UNSET
        else:
            proxy_identifier_sid = self.proxy_identifier_sid

        date_deleted: None | str | Unset
        if isinstance(self.date_deleted, Unset):
            date_deleted = UNSET
        elif isinstance(self.date_deleted, datetime.datetime):
            date_deleted = self.date_deleted.isoformat()
        else:
            date_deleted = self.date_deleted

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
        elif isinstance(self.links, ParticipantLinks):
            links = self.links.to_dict()
        else:
            links = self.links

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
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if proxy_identifier is not UNSET:
            field_dict["proxy_identifier"] = proxy_identifier
        if proxy_identifier_sid is not UNSET:
            field_dict["proxy_identifier_sid"] = proxy_identifier_sid
        if date_deleted is not UNSET:
            field_dict["date_deleted"] = date_deleted
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
        from ..models.participant_links import ParticipantLinks  # noqa: PLC0415

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

        def _parse_friendly_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        friendly_name = _parse_friendly_name(d.pop("friendly_name", UNSET))

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_proxy_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_identifier = _parse_proxy_identifier(d.pop("proxy_identifier", UNSET))

        def _parse_proxy_identifier_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_identifier_sid = _parse_proxy_identifier_sid(
            d.pop("proxy_identifier_sid", UNSET)
        )

        def _parse_date_deleted(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_deleted_type_0 = datetime.datetime.fromisoformat(data)

                return date_deleted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_deleted = _parse_date_deleted(d.pop("date_deleted", UNSET))

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

        def _parse_links(data: object) -> None | ParticipantLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ParticipantLinks.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParticipantLinks | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        participant = cls(
            sid=sid,
            session_sid=session_sid,
            service_sid=service_sid,
            account_sid=account_sid,
            friendly_name=friendly_name,
            identifier=identifier,
            proxy_identifier=proxy_identifier,
            proxy_identifier_sid=proxy_identifier_sid,
            date_deleted=date_deleted,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
            links=links,
        )

        participant.additional_properties = d
        return participant

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
