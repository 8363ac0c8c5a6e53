from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_mode import SessionMode
from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSessionRequest")


@_attrs_define
class CreateSessionRequest:
    """
    Attributes:
        unique_name (str | Unset): An application-defined string that uniquely identifies the resource. This value must
            be 191 characters or fewer in length and be unique. **This value should not have PII.**
        date_expiry (datetime.datetime | Unset): The ISO 8601 date when the Session should expire. If this is value is
            present, it overrides the `ttl` value.
        ttl (int | Unset): The time, in seconds, when the session will expire. The time is measured from the last
            Session create or the Session's last Interaction.
        mode (SessionMode | Unset): The kinds of interaction a Session allows. Twilio may add values: in an answer, a
            value outside this list is read as a plain string.
        status (SessionStatus | Unset): The status of a Session. Twilio may add values: in an answer, a value outside
            this list is read as a plain string.
        participants (list[Any] | Unset): The Participant objects to include in the new session (e.g. `{"Identifier":
            "+14155551212", "FriendlyName": "Alice"}`). Each is sent as one JSON text form value, the key repeated.
    """

    unique_name: str | Unset = UNSET
    date_expiry: datetime.datetime | Unset = UNSET
    ttl: int | Unset = UNSET
    mode: SessionMode | Unset = UNSET
    status: SessionStatus | Unset = UNSET
    participants: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_name = self.unique_name

        date_expiry: str | Unset = UNSET
        if not isinstance(self.date_expiry, Unset):
            date_expiry = self.date_expiry.isoformat()

        ttl = self.ttl

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        participants: list[Any] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unique_name is not UNSET:
            field_dict["UniqueName"] = unique_name
        if date_expiry is not UNSET:
            field_dict["DateExpiry"] = date_expiry
        if ttl is not UNSET:
            field_dict["Ttl"] = ttl
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if status is not UNSET:
            field_dict["Status"] = status
        if participants is not UNSET:
            field_dict["Participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unique_name = d.pop("UniqueName", UNSET)

        _date_expiry = d.pop("DateExpiry", UNSET)
        date_expiry: datetime.datetime | Unset
        if isinstance(_date_expiry, Unset):
            date_expiry = UNSET
        else:
            date_expiry = datetime.datetime.fromisoformat(_date_expiry)

        ttl = d.pop("Ttl", UNSET)

        _mode = d.pop("Mode", UNSET)
        mode: SessionMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = SessionMode(_mode)

        _status = d.pop("Status", UNSET)
        status: SessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SessionStatus(_status)

        participants = cast(list[Any], d.pop("Participants", UNSET))

        create_session_request = cls(
            unique_name=unique_name,
            date_expiry=date_expiry,
            ttl=ttl,
            mode=mode,
            status=status,
            participants=participants,
        )

        create_session_request.additional_properties = d
        return create_session_request

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
