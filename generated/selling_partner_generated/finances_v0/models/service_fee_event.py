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
    from ..models.fee_component import FeeComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FeeComponent
    from ..models.fee_component import FeeComponent

    _lazy_pending = False


T = TypeVar("T", bound="ServiceFeeEvent")


@_attrs_define
class ServiceFeeEvent:
    """
    Attributes:
        asin (str | Unset):
        amazon_order_id (str | Unset):
        fee_description (str | Unset):
        fee_list (list[FeeComponent] | Unset):
        fee_reason (str | Unset):
        fn_sku (str | Unset):
        seller_sku (str | Unset):
        store_name (str | Unset):
    """

    asin: str | Unset = UNSET
    amazon_order_id: str | Unset = UNSET
    fee_description: str | Unset = UNSET
    fee_list: list[FeeComponent] | Unset = UNSET
    fee_reason: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    seller_sku: str | Unset = UNSET
    store_name: str | Unset = UNSET
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
        asin = self.asin

        amazon_order_id = self.amazon_order_id

        fee_description = self.fee_description

        fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fee_list, Unset):
            fee_list = []
            for componentsschemas_fee_component_list_item_data in self.fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                fee_list.append(componentsschemas_fee_component_list_item)

        fee_reason = self.fee_reason

        fn_sku = self.fn_sku

        seller_sku = self.seller_sku

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if amazon_order_id is not UNSET:
            field_dict["AmazonOrderId"] = amazon_order_id
        if fee_description is not UNSET:
            field_dict["FeeDescription"] = fee_description
        if fee_list is not UNSET:
            field_dict["FeeList"] = fee_list
        if fee_reason is not UNSET:
            field_dict["FeeReason"] = fee_reason
        if fn_sku is not UNSET:
            field_dict["FnSKU"] = fn_sku
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku
        if store_name is not UNSET:
            field_dict["StoreName"] = store_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_component import FeeComponent

        return (
            (
                ("ASIN", "asin", False, ("str",)),
                ("AmazonOrderId", "amazon_order_id", False, ("str",)),
                ("FeeDescription", "fee_description", False, ("str",)),
                ("FeeList", "fee_list", False, ("list", ("model", FeeComponent))),
                ("FeeReason", "fee_reason", False, ("str",)),
                ("FnSKU", "fn_sku", False, ("str",)),
                ("SellerSKU", "seller_sku", False, ("str",)),
                ("StoreName", "store_name", False, ("str",)),
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
        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        amazon_order_id = d.pop("AmazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("AmazonOrderId")

        fee_description = d.pop("FeeDescription", UNSET)

        if (
            _reader is not None
            and fee_description.__class__ is not str
            and fee_description is not UNSET
        ):
            raise DeviationError("FeeDescription")

        _fee_list = d.pop("FeeList", UNSET)
        fee_list = (
            UNSET
            if _fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _fee_list]
        )

        fee_reason = d.pop("FeeReason", UNSET)

        if (
            _reader is not None
            and fee_reason.__class__ is not str
            and fee_reason is not UNSET
        ):
            raise DeviationError("FeeReason")

        fn_sku = d.pop("FnSKU", UNSET)

        if _reader is not None and fn_sku.__class__ is not str and fn_sku is not UNSET:
            raise DeviationError("FnSKU")

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        store_name = d.pop("StoreName", UNSET)

        if (
            _reader is not None
            and store_name.__class__ is not str
            and store_name is not UNSET
        ):
            raise DeviationError("StoreName")

        if cls is ServiceFeeEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.amazon_order_id = amazon_order_id
            _built.fee_description = fee_description
            _built.fee_list = fee_list
            _built.fee_reason = fee_reason
            _built.fn_sku = fn_sku
            _built.seller_sku = seller_sku
            _built.store_name = store_name
            _built._parse_notes = None
            service_fee_event = _built
        else:  # a subclass: its own __init__ runs
            service_fee_event = cls(
                asin=asin,
                amazon_order_id=amazon_order_id,
                fee_description=fee_description,
                fee_list=fee_list,
                fee_reason=fee_reason,
                fn_sku=fn_sku,
                seller_sku=seller_sku,
                store_name=store_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        service_fee_event.additional_properties = d or {}
        return service_fee_event

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
