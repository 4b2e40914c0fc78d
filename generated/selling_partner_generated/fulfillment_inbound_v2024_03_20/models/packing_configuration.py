from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.box_content_information_source import BoxContentInformationSource
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
    from ..models.box_requirements import BoxRequirements
    from ..models.shipping_requirements import ShippingRequirements


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BoxRequirements, ShippingRequirements
    from ..models.box_requirements import BoxRequirements
    from ..models.shipping_requirements import ShippingRequirements

    _lazy_pending = False


T = TypeVar("T", bound="PackingConfiguration")


@_attrs_define
class PackingConfiguration:
    """
    Attributes:
        box_packing_methods (list[BoxContentInformationSource] | Unset):
        box_requirements (BoxRequirements | Unset):
        shipping_requirements (list[ShippingRequirements] | Unset):
    """

    box_packing_methods: list[BoxContentInformationSource] | Unset = UNSET
    box_requirements: BoxRequirements | Unset = UNSET
    shipping_requirements: list[ShippingRequirements] | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        box_packing_methods: list[str] | Unset = UNSET
        if not isinstance(self.box_packing_methods, Unset):
            box_packing_methods = []
            for box_packing_methods_item_data in self.box_packing_methods:
                box_packing_methods_item = box_packing_methods_item_data.value
                box_packing_methods.append(box_packing_methods_item)

        box_requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.box_requirements, Unset):
            box_requirements = self.box_requirements.to_dict()

        shipping_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_requirements, Unset):
            shipping_requirements = []
            for shipping_requirements_item_data in self.shipping_requirements:
                shipping_requirements_item = shipping_requirements_item_data.to_dict()
                shipping_requirements.append(shipping_requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if box_packing_methods is not UNSET:
            field_dict["boxPackingMethods"] = box_packing_methods
        if box_requirements is not UNSET:
            field_dict["boxRequirements"] = box_requirements
        if shipping_requirements is not UNSET:
            field_dict["shippingRequirements"] = shipping_requirements

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.box_requirements import BoxRequirements
        from ..models.shipping_requirements import ShippingRequirements

        return (
            (
                (
                    "boxPackingMethods",
                    "box_packing_methods",
                    False,
                    ("list", ("enum", BoxContentInformationSource)),
                ),
                (
                    "boxRequirements",
                    "box_requirements",
                    False,
                    ("model", BoxRequirements),
                ),
                (
                    "shippingRequirements",
                    "shipping_requirements",
                    False,
                    ("list", ("model", ShippingRequirements)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _box_packing_methods = d.pop("boxPackingMethods", UNSET)
        box_packing_methods = (
            UNSET
            if _box_packing_methods is UNSET
            else [
                (
                    BoxContentInformationSource._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or BoxContentInformationSource(_item)
                for _item in _box_packing_methods
            ]
        )

        _box_requirements = d.pop("boxRequirements", UNSET)
        box_requirements = (
            UNSET
            if _box_requirements is UNSET
            else BoxRequirements.from_dict(_box_requirements)
        )

        _shipping_requirements = d.pop("shippingRequirements", UNSET)
        shipping_requirements = (
            UNSET
            if _shipping_requirements is UNSET
            else [
                ShippingRequirements.from_dict(_item)
                for _item in _shipping_requirements
            ]
        )

        if cls is PackingConfiguration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.box_packing_methods = box_packing_methods
            _built.box_requirements = box_requirements
            _built.shipping_requirements = shipping_requirements
            _built._parse_notes = None
            packing_configuration = _built
        else:  # a subclass: its own __init__ runs
            packing_configuration = cls(
                box_packing_methods=box_packing_methods,
                box_requirements=box_requirements,
                shipping_requirements=shipping_requirements,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        packing_configuration.additional_properties = d or {}
        return packing_configuration

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
