from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.constraint import Constraint
    from ..models.offer_item import OfferItem
    from ..models.offer_option import OfferOption


T = TypeVar("T", bound="OfferResult")


@_attrs_define
class OfferResult:
    """
    Attributes:
        constraints (list[Constraint] | Unset):
        item (OfferItem | Unset):
        offers (list[OfferOption] | Unset):
    """

    constraints: list[Constraint] | Unset = UNSET
    item: OfferItem | Unset = UNSET
    offers: list[OfferOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for offers_item_data in self.offers:
                offers_item = offers_item_data.to_dict()
                offers.append(offers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if item is not UNSET:
            field_dict["item"] = item
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.constraint import Constraint
        from ..models.offer_item import OfferItem
        from ..models.offer_option import OfferOption

        return (
            (
                ("constraints", "constraints", False, ("list", ("model", Constraint))),
                ("item", "item", False, ("model", OfferItem)),
                ("offers", "offers", False, ("list", ("model", OfferOption))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.constraint import Constraint
        from ..models.offer_item import OfferItem
        from ..models.offer_option import OfferOption

        d = dict(src_dict)
        _constraints = d.pop("constraints", UNSET)
        constraints: list[Constraint] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = Constraint.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        _item = d.pop("item", UNSET)
        item: OfferItem | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = OfferItem.from_dict(_item)

        _offers = d.pop("offers", UNSET)
        offers: list[OfferOption] | Unset = UNSET
        if _offers is not UNSET:
            offers = []
            for offers_item_data in _offers:
                offers_item = OfferOption.from_dict(offers_item_data)

                offers.append(offers_item)

        offer_result = cls(
            constraints=constraints,
            item=item,
            offers=offers,
        )

        offer_result.additional_properties = d
        return offer_result

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
