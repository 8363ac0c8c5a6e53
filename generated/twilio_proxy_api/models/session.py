from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_mode import SessionMode
from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_links import SessionLinks


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A Proxy Session: one instance of two Participants communicating. Every field may be null; fields may be added by
    Twilio at any time.

        Attributes:
            sid (None | str | Unset): The unique string that we created to identify the Session resource.
            service_sid (None | str | Unset): The SID of the Service the session is associated with.
            account_sid (None | str | Unset): The SID of the Account that created the Session resource.
            date_started (datetime.datetime | None | Unset): The ISO 8601 date when the Session started.
            date_ended (datetime.datetime | None | Unset): The ISO 8601 date when the Session ended.
            date_last_interaction (datetime.datetime | None | Unset): The ISO 8601 date when the Session last had an
                interaction.
            date_expiry (datetime.datetime | None | Unset): The ISO 8601 date when the Session should expire. If this is
                value is present, it overrides the `ttl` value.
            unique_name (None | str | Unset): An application-defined string that uniquely identifies the resource. This
                value must be 191 characters or fewer in length and be unique. Supports UTF-8 characters. **This value should
                not have PII.**
            status (None | SessionStatus | str | Unset): The status of the Session: `open`, `in-progress`, `closed`,
                `failed`, or `unknown`.
            closed_reason (None | str | Unset): The reason the Session ended.
            ttl (int | None | Unset): The time, in seconds, when the session will expire. The time is measured from the last
                Session create or the Session's last Interaction. Twilio's default is `0`.
            mode (None | SessionMode | str | Unset): The Mode of the Session: `message-only`, `voice-only`, or `voice-and-
                message`.
            date_created (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was
                created.
            date_updated (datetime.datetime | None | Unset): The ISO 8601 date and time in GMT when the resource was last
                updated.
            url (None | str | Unset): The absolute URL of the Session resource.
            links (None | SessionLinks | Unset): The URLs of resources related to the Session (`interactions`,
                `participants`).
    """

    sid: None | str | Unset = UNSET
    service_sid: None | str | Unset = UNSET
    account_sid: None | str | Unset = UNSET
    date_started: datetime.datetime | None | Unset = UNSET
    date_ended: datetime.datetime | None | Unset = UNSET
    date_last_interaction: datetime.datetime | None | Unset = UNSET
    date_expiry: datetime.datetime | None | Unset = UNSET
    unique_name: None | str | Unset = UNSET
    status: None | SessionStatus | str | Unset = UNSET
    closed_reason: None | str | Unset = UNSET
    ttl: int | None | Unset = UNSET
    mode: None | SessionMode | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_updated: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    links: None | SessionLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.session_links import SessionLinks  # noqa: PLC0415

        sid: None | str | Unset
        if isinstance(self.sid, Unset):
            sid = UNSET
        else:
            sid = self.sid

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

        date_started: None | str | Unset
        if isinstance(self.date_started, Unset):
            date_started = UNSET
        elif isinstance(self.date_started, datetime.datetime):
            date_started = self.date_started.isoformat()
        else:
            date_started = self.date_started

        date_ended: None | str | Unset
        if isinstance(self.date_ended, Unset):
            date_ended = UNSET
        elif isinstance(self.date_ended, datetime.datetime):
            date_ended = self.date_ended.isoformat()
        else:
            date_ended = self.date_ended

        date_last_interaction: None | str | Unset
        if isinstance(self.date_last_interaction, Unset):
            date_last_interaction = UNSET
        elif isinstance(self.date_last_interaction, datetime.datetime):
            date_last_interaction = self.date_last_interaction.isoformat()
        else:
            date_last_interaction = self.date_last_interaction

        date_expiry: None | str | Unset
        if isinstance(self.date_expiry, Unset):
            date_expiry = UNSET
        elif isinstance(self.date_expiry, datetime.datetime):
            date_expiry = self.date_expiry.isoformat()
        else:
            date_expiry = self.date_expiry

        unique_name: None | str | Unset
        if isinstance(self.unique_name, Unset):
            unique_name = UNSET
        else:
            unique_name = self.unique_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SessionStatus):
            status = self.status.value
        else:
            status = self.status

        closed_reason: None | str | Unset
        if isinstance(self.closed_reason, Unset):
            closed_reason = UNSET
        else:
            closed_reason = self.closed_reason

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, SessionMode):
            mode = self.mode.value
        else:
            mode = self.mode

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
        elif isinstance(self.links, SessionLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sid is not UNSET:
            field_dict["sid"] = sid
        if service_sid is not UNSET:
            field_dict["service_sid"] = service_sid
        if account_sid is not UNSET:
            field_dict["account_sid"] = account_sid
        if date_started is not UNSET:
            field_dict["date_started"] = date_started
        if date_ended is not UNSET:
            field_dict["date_ended"] = date_ended
        if date_last_interaction is not UNSET:
            field_dict["date_last_interaction"] = date_last_interaction
        if date_expiry is not UNSET:
            field_dict["date_expiry"] = date_expiry
        if unique_name is not UNSET:
            field_dict["unique_name"] = unique_name
        if status is not UNSET:
            field_dict["status"] = status
        if closed_reason is not UNSET:
            field_dict["closed_reason"] = closed_reason
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if mode is not UNSET:
            field_dict["mode"] = mode
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
        from ..models.session_links import SessionLinks  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sid = _parse_sid(d.pop("sid", UNSET))

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

        def _parse_date_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_started_type_0 = datetime.datetime.fromisoformat(data)

                return date_started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_started = _parse_date_started(d.pop("date_started", UNSET))

        def _parse_date_ended(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_ended_type_0 = datetime.datetime.fromisoformat(data)

                return date_ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_ended = _parse_date_ended(d.pop("date_ended", UNSET))

        def _parse_date_last_interaction(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_last_interaction_type_0 = datetime.datetime.fromisoformat(data)

                return date_last_interaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_last_interaction = _parse_date_last_interaction(
            d.pop("date_last_interaction", UNSET)
        )

        def _parse_date_expiry(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_expiry_type_0 = datetime.datetime.fromisoformat(data)

                return date_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_expiry = _parse_date_expiry(d.pop("date_expiry", UNSET))

        def _parse_unique_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_name = _parse_unique_name(d.pop("unique_name", UNSET))

        def _parse_status(data: object) -> None | SessionStatus | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SessionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_closed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closed_reason = _parse_closed_reason(d.pop("closed_reason", UNSET))

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        def _parse_mode(data: object) -> None | SessionMode | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = SessionMode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionMode | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

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

        def _parse_links(data: object) -> None | SessionLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = SessionLinks.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionLinks | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        session = cls(
            sid=sid,
            service_sid=service_sid,
            account_sid=account_sid,
            date_started=date_started,
            date_ended=date_ended,
            date_last_interaction=date_last_interaction,
            date_expiry=date_expiry,
            unique_name=unique_name,
            status=status,
            closed_reason=closed_reason,
            ttl=ttl,
            mode=mode,
            date_created=date_created,
            date_updated=date_updated,
            url=url,
            links=links,
        )

        session.additional_properties = d
        return session

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
