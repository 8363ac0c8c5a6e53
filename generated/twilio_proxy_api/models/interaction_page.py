from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.interaction import Interaction
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="InteractionPage")


@_attrs_define
class InteractionPage:
    """One page of Interactions (`meta.key` is `interactions`).

    Attributes:
        interactions (list[Interaction] | Unset):
        meta (PageMeta | Unset): Where this page sits in the list, and the URLs of its neighbours.
    """

    interactions: list[Interaction] | Unset = UNSET
    meta: PageMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interactions, Unset):
            interactions = []
            for interactions_item_data in self.interactions:
                interactions_item = interactions_item_data.to_dict()
                interactions.append(interactions_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interactions is not UNSET:
            field_dict["interactions"] = interactions
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interaction import Interaction  # noqa: PLC0415
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _interactions = d.pop("interactions", UNSET)
        interactions: list[Interaction] | Unset = UNSET
        if _interactions is not UNSET:
            interactions = []
            for interactions_item_data in _interactions:
                interactions_item = Interaction.from_dict(interactions_item_data)

                interactions.append(interactions_item)

        _meta = d.pop("meta", UNSET)
        meta: PageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PageMeta.from_dict(_meta)

        interaction_page = cls(
            interactions=interactions,
            meta=meta,
        )

        interaction_page.additional_properties = d
        return interaction_page

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
