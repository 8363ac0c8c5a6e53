from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSessionRequest")


@_attrs_define
class UpdateSessionRequest:
    """
    Attributes:
        date_expiry (datetime.datetime | Unset): The ISO 8601 date when the Session should expire. If this is value is
            present, it overrides the `ttl` value.
        ttl (int | Unset): The time, in seconds, when the session will expire. The time is measured from the last
            Session create or the Session's last Interaction.
        status (SessionStatus | Unset): The status of a Session. Twilio may add values: in an answer, a value outside
            this list is read as a plain string.
    """

    date_expiry: datetime.datetime | Unset = UNSET
    ttl: int | Unset = UNSET
    status: SessionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_expiry: str | Unset = UNSET
        if not isinstance(self.date_expiry, Unset):
            date_expiry = self.date_expiry.isoformat()

        ttl = self.ttl

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_expiry is not UNSET:
            field_dict["DateExpiry"] = date_expiry
        if ttl is not UNSET:
            field_dict["Ttl"] = ttl
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_expiry = d.pop("DateExpiry", UNSET)
        date_expiry: datetime.datetime | Unset
        if isinstance(_date_expiry, Unset):
            date_expiry = UNSET
        else:
            date_expiry = datetime.datetime.fromisoformat(_date_expiry)

        ttl = d.pop("Ttl", UNSET)

        _status = d.pop("Status", UNSET)
        status: SessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SessionStatus(_status)

        update_session_request = cls(
            date_expiry=date_expiry,
            ttl=ttl,
            status=status,
        )

        update_session_request.additional_properties = d
        return update_session_request

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
