from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.buyer_tax_info import BuyerTaxInfo


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BuyerTaxInfo
    from ..models.buyer_tax_info import BuyerTaxInfo

    _lazy_pending = False


T = TypeVar("T", bound="OrderBuyerInfo")


@_attrs_define
class OrderBuyerInfo:
    """
    Attributes:
        amazon_order_id (str):
        buyer_county (str | Unset):
        buyer_email (str | Unset):
        buyer_name (str | Unset):
        buyer_tax_info (BuyerTaxInfo | Unset):
        purchase_order_number (str | Unset):
    """

    amazon_order_id: str
    buyer_county: str | Unset = UNSET
    buyer_email: str | Unset = UNSET
    buyer_name: str | Unset = UNSET
    buyer_tax_info: BuyerTaxInfo | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        buyer_county = self.buyer_county

        buyer_email = self.buyer_email

        buyer_name = self.buyer_name

        buyer_tax_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer_tax_info, Unset):
            buyer_tax_info = self.buyer_tax_info.to_dict()

        purchase_order_number = self.purchase_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
            }
        )
        if buyer_county is not UNSET:
            field_dict["BuyerCounty"] = buyer_county
        if buyer_email is not UNSET:
            field_dict["BuyerEmail"] = buyer_email
        if buyer_name is not UNSET:
            field_dict["BuyerName"] = buyer_name
        if buyer_tax_info is not UNSET:
            field_dict["BuyerTaxInfo"] = buyer_tax_info
        if purchase_order_number is not UNSET:
            field_dict["PurchaseOrderNumber"] = purchase_order_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.buyer_tax_info import BuyerTaxInfo

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                ("BuyerCounty", "buyer_county", False, ("str",)),
                ("BuyerEmail", "buyer_email", False, ("str",)),
                ("BuyerName", "buyer_name", False, ("str",)),
                ("BuyerTaxInfo", "buyer_tax_info", False, ("model", BuyerTaxInfo)),
                ("PurchaseOrderNumber", "purchase_order_number", False, ("str",)),
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
        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        buyer_county = d.pop("BuyerCounty", UNSET)

        if (
            _reader is not None
            and buyer_county.__class__ is not str
            and buyer_county is not UNSET
        ):
            raise DeviationError("BuyerCounty")

        buyer_email = d.pop("BuyerEmail", UNSET)

        if (
            _reader is not None
            and buyer_email.__class__ is not str
            and buyer_email is not UNSET
        ):
            raise DeviationError("BuyerEmail")

        buyer_name = d.pop("BuyerName", UNSET)

        if (
            _reader is not None
            and buyer_name.__class__ is not str
            and buyer_name is not UNSET
        ):
            raise DeviationError("BuyerName")

        _buyer_tax_info = d.pop("BuyerTaxInfo", UNSET)
        buyer_tax_info = (
            UNSET
            if _buyer_tax_info is UNSET
            else BuyerTaxInfo.from_dict(_buyer_tax_info)
        )

        purchase_order_number = d.pop("PurchaseOrderNumber", UNSET)

        if (
            _reader is not None
            and purchase_order_number.__class__ is not str
            and purchase_order_number is not UNSET
        ):
            raise DeviationError("PurchaseOrderNumber")

        if cls is OrderBuyerInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.buyer_county = buyer_county
            _built.buyer_email = buyer_email
            _built.buyer_name = buyer_name
            _built.buyer_tax_info = buyer_tax_info
            _built.purchase_order_number = purchase_order_number
            _built._parse_notes = None
            order_buyer_info = _built
        else:  # a subclass: its own __init__ runs
            order_buyer_info = cls(
                amazon_order_id=amazon_order_id,
                buyer_county=buyer_county,
                buyer_email=buyer_email,
                buyer_name=buyer_name,
                buyer_tax_info=buyer_tax_info,
                purchase_order_number=purchase_order_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_buyer_info.additional_properties = d or {}
        return order_buyer_info

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
