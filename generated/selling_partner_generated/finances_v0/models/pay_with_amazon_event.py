from __future__ import annotations

import datetime
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
    from ..models.charge_component import ChargeComponent
    from ..models.fee_component import FeeComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent, FeeComponent
    from ..models.charge_component import ChargeComponent
    from ..models.fee_component import FeeComponent

    _lazy_pending = False


T = TypeVar("T", bound="PayWithAmazonEvent")


@_attrs_define
class PayWithAmazonEvent:
    """
    Attributes:
        amount_description (str | Unset):
        business_object_type (str | Unset):
        charge (ChargeComponent | Unset):
        fee_list (list[FeeComponent] | Unset):
        fulfillment_channel (str | Unset):
        payment_amount_type (str | Unset):
        sales_channel (str | Unset):
        seller_order_id (str | Unset):
        store_name (str | Unset):
        transaction_posted_date (datetime.datetime | Unset):
    """

    amount_description: str | Unset = UNSET
    business_object_type: str | Unset = UNSET
    charge: ChargeComponent | Unset = UNSET
    fee_list: list[FeeComponent] | Unset = UNSET
    fulfillment_channel: str | Unset = UNSET
    payment_amount_type: str | Unset = UNSET
    sales_channel: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    store_name: str | Unset = UNSET
    transaction_posted_date: datetime.datetime | Unset = UNSET
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
        amount_description = self.amount_description

        business_object_type = self.business_object_type

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fee_list, Unset):
            fee_list = []
            for componentsschemas_fee_component_list_item_data in self.fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                fee_list.append(componentsschemas_fee_component_list_item)

        fulfillment_channel = self.fulfillment_channel

        payment_amount_type = self.payment_amount_type

        sales_channel = self.sales_channel

        seller_order_id = self.seller_order_id

        store_name = self.store_name

        transaction_posted_date: str | Unset = UNSET
        if not isinstance(self.transaction_posted_date, Unset):
            transaction_posted_date = self.transaction_posted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_description is not UNSET:
            field_dict["AmountDescription"] = amount_description
        if business_object_type is not UNSET:
            field_dict["BusinessObjectType"] = business_object_type
        if charge is not UNSET:
            field_dict["Charge"] = charge
        if fee_list is not UNSET:
            field_dict["FeeList"] = fee_list
        if fulfillment_channel is not UNSET:
            field_dict["FulfillmentChannel"] = fulfillment_channel
        if payment_amount_type is not UNSET:
            field_dict["PaymentAmountType"] = payment_amount_type
        if sales_channel is not UNSET:
            field_dict["SalesChannel"] = sales_channel
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if store_name is not UNSET:
            field_dict["StoreName"] = store_name
        if transaction_posted_date is not UNSET:
            field_dict["TransactionPostedDate"] = transaction_posted_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.fee_component import FeeComponent

        return (
            (
                ("AmountDescription", "amount_description", False, ("str",)),
                ("BusinessObjectType", "business_object_type", False, ("str",)),
                ("Charge", "charge", False, ("model", ChargeComponent)),
                ("FeeList", "fee_list", False, ("list", ("model", FeeComponent))),
                ("FulfillmentChannel", "fulfillment_channel", False, ("str",)),
                ("PaymentAmountType", "payment_amount_type", False, ("str",)),
                ("SalesChannel", "sales_channel", False, ("str",)),
                ("SellerOrderId", "seller_order_id", False, ("str",)),
                ("StoreName", "store_name", False, ("str",)),
                (
                    "TransactionPostedDate",
                    "transaction_posted_date",
                    False,
                    ("datetime",),
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
        amount_description = d.pop("AmountDescription", UNSET)

        if (
            _reader is not None
            and amount_description.__class__ is not str
            and amount_description is not UNSET
        ):
            raise DeviationError("AmountDescription")

        business_object_type = d.pop("BusinessObjectType", UNSET)

        if (
            _reader is not None
            and business_object_type.__class__ is not str
            and business_object_type is not UNSET
        ):
            raise DeviationError("BusinessObjectType")

        _charge = d.pop("Charge", UNSET)
        charge = UNSET if _charge is UNSET else ChargeComponent.from_dict(_charge)

        _fee_list = d.pop("FeeList", UNSET)
        fee_list = (
            UNSET
            if _fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _fee_list]
        )

        fulfillment_channel = d.pop("FulfillmentChannel", UNSET)

        if (
            _reader is not None
            and fulfillment_channel.__class__ is not str
            and fulfillment_channel is not UNSET
        ):
            raise DeviationError("FulfillmentChannel")

        payment_amount_type = d.pop("PaymentAmountType", UNSET)

        if (
            _reader is not None
            and payment_amount_type.__class__ is not str
            and payment_amount_type is not UNSET
        ):
            raise DeviationError("PaymentAmountType")

        sales_channel = d.pop("SalesChannel", UNSET)

        if (
            _reader is not None
            and sales_channel.__class__ is not str
            and sales_channel is not UNSET
        ):
            raise DeviationError("SalesChannel")

        seller_order_id = d.pop("SellerOrderId", UNSET)

        if (
            _reader is not None
            and seller_order_id.__class__ is not str
            and seller_order_id is not UNSET
        ):
            raise DeviationError("SellerOrderId")

        store_name = d.pop("StoreName", UNSET)

        if (
            _reader is not None
            and store_name.__class__ is not str
            and store_name is not UNSET
        ):
            raise DeviationError("StoreName")

        _transaction_posted_date = d.pop("TransactionPostedDate", UNSET)
        transaction_posted_date = (
            UNSET
            if _transaction_posted_date is UNSET
            else datetime.datetime.fromisoformat(_transaction_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(transaction_posted_date, Unset)
            and transaction_posted_date.tzinfo is None
        ):
            raise DeviationError("TransactionPostedDate")

        if cls is PayWithAmazonEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount_description = amount_description
            _built.business_object_type = business_object_type
            _built.charge = charge
            _built.fee_list = fee_list
            _built.fulfillment_channel = fulfillment_channel
            _built.payment_amount_type = payment_amount_type
            _built.sales_channel = sales_channel
            _built.seller_order_id = seller_order_id
            _built.store_name = store_name
            _built.transaction_posted_date = transaction_posted_date
            _built._parse_notes = None
            pay_with_amazon_event = _built
        else:  # a subclass: its own __init__ runs
            pay_with_amazon_event = cls(
                amount_description=amount_description,
                business_object_type=business_object_type,
                charge=charge,
                fee_list=fee_list,
                fulfillment_channel=fulfillment_channel,
                payment_amount_type=payment_amount_type,
                sales_channel=sales_channel,
                seller_order_id=seller_order_id,
                store_name=store_name,
                transaction_posted_date=transaction_posted_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        pay_with_amazon_event.additional_properties = d or {}
        return pay_with_amazon_event

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
