from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.twilio_error_details import TwilioErrorDetails


T = TypeVar("T", bound="TwilioError")


@_attrs_define
class TwilioError:
    """The body of every error answer Twilio sends.

    Attributes:
        code (int): Twilio's error code (see more_info).
        message (str): What went wrong, in words.
        status (int): The HTTP status code, repeated.
        more_info (str | Unset): A page that explains the error code.
        detail (str | Unset): A sentence more about the error (Twilio sends it with 401s).
        details (TwilioErrorDetails | Unset): More about the error, when Twilio has it.
    """

    code: int
    message: str
    status: int
    more_info: str | Unset = UNSET
    detail: str | Unset = UNSET
    details: TwilioErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status = self.status

        more_info = self.more_info

        detail = self.detail

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "status": status,
            }
        )
        if more_info is not UNSET:
            field_dict["more_info"] = more_info
        if detail is not UNSET:
            field_dict["detail"] = detail
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.twilio_error_details import TwilioErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        status = d.pop("status")

        more_info = d.pop("more_info", UNSET)

        detail = d.pop("detail", UNSET)

        _details = d.pop("details", UNSET)
        details: TwilioErrorDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = TwilioErrorDetails.from_dict(_details)

        twilio_error = cls(
            code=code,
            message=message,
            status=status,
            more_info=more_info,
            detail=detail,
            details=details,
        )

        twilio_error.additional_properties = d
        return twilio_error

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
