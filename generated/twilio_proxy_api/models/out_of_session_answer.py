from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_mode import SessionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutOfSessionAnswer")


@_attrs_define
class OutOfSessionAnswer:
    """The JSON answer to an out-of-session callback that makes Proxy create a Session between the caller or sender and
    another participant.

        Attributes:
            participant_identifier (str): The real phone number of the other participant (e.g. your agent). Personal data.
            unique_name (str | Unset): The new Session's unique name. Must not hold personal data.
            mode (SessionMode | Unset): The kinds of interaction a Session allows. Twilio may add values: in an answer, a
                value outside this list is read as a plain string.
            ttl (int | Unset): Seconds after which the Session expires (none when left out).
            date_expiry (datetime.datetime | Unset): When the Session expires (none when left out).
            participant_proxy_identifier (str | Unset): The proxy number to give the other participant (Proxy picks one when
                left out).
    """

    participant_identifier: str
    unique_name: str | Unset = UNSET
    mode: SessionMode | Unset = UNSET
    ttl: int | Unset = UNSET
    date_expiry: datetime.datetime | Unset = UNSET
    participant_proxy_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_identifier = self.participant_identifier

        unique_name = self.unique_name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        ttl = self.ttl

        date_expiry: str | Unset = UNSET
        if not isinstance(self.date_expiry, Unset):
            date_expiry = self.date_expiry.isoformat()

        participant_proxy_identifier = self.participant_proxy_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participantIdentifier": participant_identifier,
            }
        )
        if unique_name is not UNSET:
            field_dict["uniqueName"] = unique_name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if date_expiry is not UNSET:
            field_dict["dateExpiry"] = date_expiry
        if participant_proxy_identifier is not UNSET:
            field_dict["participantProxyIdentifier"] = participant_proxy_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_identifier = d.pop("participantIdentifier")

        unique_name = d.pop("uniqueName", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: SessionMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = SessionMode(_mode)

        ttl = d.pop("ttl", UNSET)

        _date_expiry = d.pop("dateExpiry", UNSET)
        date_expiry: datetime.datetime | Unset
        if isinstance(_date_expiry, Unset):
            date_expiry = UNSET
        else:
            date_expiry = datetime.datetime.fromisoformat(_date_expiry)

        participant_proxy_identifier = d.pop("participantProxyIdentifier", UNSET)

        out_of_session_answer = cls(
            participant_identifier=participant_identifier,
            unique_name=unique_name,
            mode=mode,
            ttl=ttl,
            date_expiry=date_expiry,
            participant_proxy_identifier=participant_proxy_identifier,
        )

        out_of_session_answer.additional_properties = d
        return out_of_session_answer

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
