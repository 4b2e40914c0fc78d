from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_info_shipping_type import ShippingInfoShippingType
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.recommended_package import RecommendedPackage


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, RecommendedPackage
    from ..models.address import Address
    from ..models.recommended_package import RecommendedPackage

    _lazy_pending = False


T = TypeVar("T", bound="ShippingInfo")


@_attrs_define
class ShippingInfo:
    """
    Attributes:
        expected_shipping_date_time_in_utc (str):
        recommended_packages (list[RecommendedPackage] | Unset):
        recommended_ship_method (str | Unset):
        ship_to_address (Address | Unset):
        shipping_type (ShippingInfoShippingType | Unset):
    """

    expected_shipping_date_time_in_utc: str
    recommended_packages: list[RecommendedPackage] | Unset = UNSET
    recommended_ship_method: str | Unset = UNSET
    ship_to_address: Address | Unset = UNSET
    shipping_type: ShippingInfoShippingType | Unset = UNSET
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
        expected_shipping_date_time_in_utc = self.expected_shipping_date_time_in_utc

        recommended_packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recommended_packages, Unset):
            recommended_packages = []
            for (
                componentsschemas_recommended_packages_item_data
            ) in self.recommended_packages:
                componentsschemas_recommended_packages_item = (
                    componentsschemas_recommended_packages_item_data.to_dict()
                )
                recommended_packages.append(componentsschemas_recommended_packages_item)

        recommended_ship_method = self.recommended_ship_method

        ship_to_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to_address, Unset):
            ship_to_address = self.ship_to_address.to_dict()

        shipping_type: str | Unset = UNSET
        if not isinstance(self.shipping_type, Unset):
            shipping_type = self.shipping_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expectedShippingDateTimeInUTC": expected_shipping_date_time_in_utc,
            }
        )
        if recommended_packages is not UNSET:
            field_dict["recommendedPackages"] = recommended_packages
        if recommended_ship_method is not UNSET:
            field_dict["recommendedShipMethod"] = recommended_ship_method
        if ship_to_address is not UNSET:
            field_dict["shipToAddress"] = ship_to_address
        if shipping_type is not UNSET:
            field_dict["shippingType"] = shipping_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.recommended_package import RecommendedPackage

        return (
            (
                (
                    "expectedShippingDateTimeInUTC",
                    "expected_shipping_date_time_in_utc",
                    True,
                    ("str",),
                ),
                (
                    "recommendedPackages",
                    "recommended_packages",
                    False,
                    ("list", ("model", RecommendedPackage)),
                ),
                ("recommendedShipMethod", "recommended_ship_method", False, ("str",)),
                ("shipToAddress", "ship_to_address", False, ("model", Address)),
                (
                    "shippingType",
                    "shipping_type",
                    False,
                    ("enum", ShippingInfoShippingType),
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
        expected_shipping_date_time_in_utc = d.pop("expectedShippingDateTimeInUTC")

        if (
            _reader is not None
            and expected_shipping_date_time_in_utc.__class__ is not str
        ):
            raise DeviationError("expectedShippingDateTimeInUTC")

        _recommended_packages = d.pop("recommendedPackages", UNSET)
        recommended_packages = (
            UNSET
            if _recommended_packages is UNSET
            else [
                RecommendedPackage.from_dict(_item) for _item in _recommended_packages
            ]
        )

        recommended_ship_method = d.pop("recommendedShipMethod", UNSET)

        if (
            _reader is not None
            and recommended_ship_method.__class__ is not str
            and recommended_ship_method is not UNSET
        ):
            raise DeviationError("recommendedShipMethod")

        _ship_to_address = d.pop("shipToAddress", UNSET)
        ship_to_address = (
            UNSET if _ship_to_address is UNSET else Address.from_dict(_ship_to_address)
        )

        _shipping_type = d.pop("shippingType", UNSET)
        shipping_type = (
            UNSET
            if _shipping_type is UNSET
            else (
                ShippingInfoShippingType._value2member_map_.get(_shipping_type)
                if _shipping_type.__class__ is str
                else None
            )
            or ShippingInfoShippingType(_shipping_type)
        )

        if cls is ShippingInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.expected_shipping_date_time_in_utc = (
                expected_shipping_date_time_in_utc
            )
            _built.recommended_packages = recommended_packages
            _built.recommended_ship_method = recommended_ship_method
            _built.ship_to_address = ship_to_address
            _built.shipping_type = shipping_type
            _built._parse_notes = None
            shipping_info = _built
        else:  # a subclass: its own __init__ runs
            shipping_info = cls(
                expected_shipping_date_time_in_utc=expected_shipping_date_time_in_utc,
                recommended_packages=recommended_packages,
                recommended_ship_method=recommended_ship_method,
                ship_to_address=ship_to_address,
                shipping_type=shipping_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_info.additional_properties = d or {}
        return shipping_info

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
