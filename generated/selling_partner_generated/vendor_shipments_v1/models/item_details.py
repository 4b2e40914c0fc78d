from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_details_handling_code import ItemDetailsHandlingCode
from ..models.item_details_lot_number_source_type import ItemDetailsLotNumberSourceType
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
    from ..models.expiry import Expiry
    from ..models.money import Money
    from ..models.regulation_references import RegulationReferences


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Expiry, Money, RegulationReferences
    from ..models.expiry import Expiry
    from ..models.money import Money
    from ..models.regulation_references import RegulationReferences

    _lazy_pending = False


T = TypeVar("T", bound="ItemDetails")


@_attrs_define
class ItemDetails:
    """
    Attributes:
        country_of_origin (str | Unset):
        expiry (Expiry | Unset):
        handling_code (ItemDetailsHandlingCode | Unset):
        lot_number (str | Unset):
        lot_number_source_reference (str | Unset):
        lot_number_source_type (ItemDetailsLotNumberSourceType | Unset):
        maximum_retail_price (Money | Unset):
        purchase_order_number (str | Unset):
        regulation_references (RegulationReferences | Unset):
    """

    country_of_origin: str | Unset = UNSET
    expiry: Expiry | Unset = UNSET
    handling_code: ItemDetailsHandlingCode | Unset = UNSET
    lot_number: str | Unset = UNSET
    lot_number_source_reference: str | Unset = UNSET
    lot_number_source_type: ItemDetailsLotNumberSourceType | Unset = UNSET
    maximum_retail_price: Money | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    regulation_references: RegulationReferences | Unset = UNSET
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
        country_of_origin = self.country_of_origin

        expiry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry, Unset):
            expiry = self.expiry.to_dict()

        handling_code: str | Unset = UNSET
        if not isinstance(self.handling_code, Unset):
            handling_code = self.handling_code.value

        lot_number = self.lot_number

        lot_number_source_reference = self.lot_number_source_reference

        lot_number_source_type: str | Unset = UNSET
        if not isinstance(self.lot_number_source_type, Unset):
            lot_number_source_type = self.lot_number_source_type.value

        maximum_retail_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maximum_retail_price, Unset):
            maximum_retail_price = self.maximum_retail_price.to_dict()

        purchase_order_number = self.purchase_order_number

        regulation_references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regulation_references, Unset):
            regulation_references = self.regulation_references.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_of_origin is not UNSET:
            field_dict["countryOfOrigin"] = country_of_origin
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if handling_code is not UNSET:
            field_dict["handlingCode"] = handling_code
        if lot_number is not UNSET:
            field_dict["lotNumber"] = lot_number
        if lot_number_source_reference is not UNSET:
            field_dict["lotNumberSourceReference"] = lot_number_source_reference
        if lot_number_source_type is not UNSET:
            field_dict["lotNumberSourceType"] = lot_number_source_type
        if maximum_retail_price is not UNSET:
            field_dict["maximumRetailPrice"] = maximum_retail_price
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if regulation_references is not UNSET:
            field_dict["regulationReferences"] = regulation_references

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.expiry import Expiry
        from ..models.money import Money
        from ..models.regulation_references import RegulationReferences

        return (
            (
                ("countryOfOrigin", "country_of_origin", False, ("str",)),
                ("expiry", "expiry", False, ("model", Expiry)),
                (
                    "handlingCode",
                    "handling_code",
                    False,
                    ("enum", ItemDetailsHandlingCode),
                ),
                ("lotNumber", "lot_number", False, ("str",)),
                (
                    "lotNumberSourceReference",
                    "lot_number_source_reference",
                    False,
                    ("str",),
                ),
                (
                    "lotNumberSourceType",
                    "lot_number_source_type",
                    False,
                    ("enum", ItemDetailsLotNumberSourceType),
                ),
                ("maximumRetailPrice", "maximum_retail_price", False, ("model", Money)),
                ("purchaseOrderNumber", "purchase_order_number", False, ("str",)),
                (
                    "regulationReferences",
                    "regulation_references",
                    False,
                    ("model", RegulationReferences),
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
        country_of_origin = d.pop("countryOfOrigin", UNSET)

        if (
            _reader is not None
            and country_of_origin.__class__ is not str
            and country_of_origin is not UNSET
        ):
            raise DeviationError("countryOfOrigin")

        _expiry = d.pop("expiry", UNSET)
        expiry = UNSET if _expiry is UNSET else Expiry.from_dict(_expiry)

        _handling_code = d.pop("handlingCode", UNSET)
        handling_code = (
            UNSET
            if _handling_code is UNSET
            else (
                ItemDetailsHandlingCode._value2member_map_.get(_handling_code)
                if _handling_code.__class__ is str
                else None
            )
            or ItemDetailsHandlingCode(_handling_code)
        )

        lot_number = d.pop("lotNumber", UNSET)

        if (
            _reader is not None
            and lot_number.__class__ is not str
            and lot_number is not UNSET
        ):
            raise DeviationError("lotNumber")

        lot_number_source_reference = d.pop("lotNumberSourceReference", UNSET)

        if (
            _reader is not None
            and lot_number_source_reference.__class__ is not str
            and lot_number_source_reference is not UNSET
        ):
            raise DeviationError("lotNumberSourceReference")

        _lot_number_source_type = d.pop("lotNumberSourceType", UNSET)
        lot_number_source_type = (
            UNSET
            if _lot_number_source_type is UNSET
            else (
                ItemDetailsLotNumberSourceType._value2member_map_.get(
                    _lot_number_source_type
                )
                if _lot_number_source_type.__class__ is str
                else None
            )
            or ItemDetailsLotNumberSourceType(_lot_number_source_type)
        )

        _maximum_retail_price = d.pop("maximumRetailPrice", UNSET)
        maximum_retail_price = (
            UNSET
            if _maximum_retail_price is UNSET
            else Money.from_dict(_maximum_retail_price)
        )

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        if (
            _reader is not None
            and purchase_order_number.__class__ is not str
            and purchase_order_number is not UNSET
        ):
            raise DeviationError("purchaseOrderNumber")

        _regulation_references = d.pop("regulationReferences", UNSET)
        regulation_references = (
            UNSET
            if _regulation_references is UNSET
            else RegulationReferences.from_dict(_regulation_references)
        )

        if cls is ItemDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.country_of_origin = country_of_origin
            _built.expiry = expiry
            _built.handling_code = handling_code
            _built.lot_number = lot_number
            _built.lot_number_source_reference = lot_number_source_reference
            _built.lot_number_source_type = lot_number_source_type
            _built.maximum_retail_price = maximum_retail_price
            _built.purchase_order_number = purchase_order_number
            _built.regulation_references = regulation_references
            _built._parse_notes = None
            item_details = _built
        else:  # a subclass: its own __init__ runs
            item_details = cls(
                country_of_origin=country_of_origin,
                expiry=expiry,
                handling_code=handling_code,
                lot_number=lot_number,
                lot_number_source_reference=lot_number_source_reference,
                lot_number_source_type=lot_number_source_type,
                maximum_retail_price=maximum_retail_price,
                purchase_order_number=purchase_order_number,
                regulation_references=regulation_references,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_details.additional_properties = d or {}
        return item_details

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
