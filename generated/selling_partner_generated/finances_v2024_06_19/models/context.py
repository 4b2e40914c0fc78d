from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_context_store_name import BusinessContextStoreName
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

T = TypeVar("T", bound="Context")


@_attrs_define
class Context:
    """
    Attributes:
        context_type (str):
        channel (str | Unset):
        order_type (str | Unset):
        store_name (BusinessContextStoreName | Unset):
        asin (str | Unset):
        fulfillment_network (str | Unset):
        quantity_shipped (int | Unset):
        sku (str | Unset):
        payment_date (datetime.datetime | Unset):
        payment_method (str | Unset):
        payment_reference (str | Unset):
        payment_type (str | Unset):
        deferral_reason (str | Unset):
        maturity_date (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        start_time (datetime.datetime | Unset):
    """

    context_type: str
    channel: str | Unset = UNSET
    order_type: str | Unset = UNSET
    store_name: BusinessContextStoreName | Unset = UNSET
    asin: str | Unset = UNSET
    fulfillment_network: str | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    sku: str | Unset = UNSET
    payment_date: datetime.datetime | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    deferral_reason: str | Unset = UNSET
    maturity_date: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
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
        context_type = self.context_type

        channel = self.channel

        order_type = self.order_type

        store_name: str | Unset = UNSET
        if not isinstance(self.store_name, Unset):
            store_name = self.store_name.value

        asin = self.asin

        fulfillment_network = self.fulfillment_network

        quantity_shipped = self.quantity_shipped

        sku = self.sku

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        payment_method = self.payment_method

        payment_reference = self.payment_reference

        payment_type = self.payment_type

        deferral_reason = self.deferral_reason

        maturity_date: str | Unset = UNSET
        if not isinstance(self.maturity_date, Unset):
            maturity_date = self.maturity_date.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contextType": context_type,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if store_name is not UNSET:
            field_dict["storeName"] = store_name
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fulfillment_network is not UNSET:
            field_dict["fulfillmentNetwork"] = fulfillment_network
        if quantity_shipped is not UNSET:
            field_dict["quantityShipped"] = quantity_shipped
        if sku is not UNSET:
            field_dict["sku"] = sku
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if deferral_reason is not UNSET:
            field_dict["deferralReason"] = deferral_reason
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("contextType", "context_type", True, ("str",)),
                ("channel", "channel", False, ("str",)),
                ("orderType", "order_type", False, ("str",)),
                ("storeName", "store_name", False, ("enum", BusinessContextStoreName)),
                ("asin", "asin", False, ("str",)),
                ("fulfillmentNetwork", "fulfillment_network", False, ("str",)),
                ("quantityShipped", "quantity_shipped", False, ("int",)),
                ("sku", "sku", False, ("str",)),
                ("paymentDate", "payment_date", False, ("datetime",)),
                ("paymentMethod", "payment_method", False, ("str",)),
                ("paymentReference", "payment_reference", False, ("str",)),
                ("paymentType", "payment_type", False, ("str",)),
                ("deferralReason", "deferral_reason", False, ("str",)),
                ("maturityDate", "maturity_date", False, ("datetime",)),
                ("endTime", "end_time", False, ("datetime",)),
                ("startTime", "start_time", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        context_type = d.pop("contextType")

        if _reader is not None and context_type.__class__ is not str:
            raise DeviationError("contextType")

        channel = d.pop("channel", UNSET)

        if (
            _reader is not None
            and channel.__class__ is not str
            and channel is not UNSET
        ):
            raise DeviationError("channel")

        order_type = d.pop("orderType", UNSET)

        if (
            _reader is not None
            and order_type.__class__ is not str
            and order_type is not UNSET
        ):
            raise DeviationError("orderType")

        _store_name = d.pop("storeName", UNSET)
        store_name = (
            UNSET
            if _store_name is UNSET
            else (
                BusinessContextStoreName._value2member_map_.get(_store_name)
                if _store_name.__class__ is str
                else None
            )
            or BusinessContextStoreName(_store_name)
        )

        asin = d.pop("asin", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("asin")

        fulfillment_network = d.pop("fulfillmentNetwork", UNSET)

        if (
            _reader is not None
            and fulfillment_network.__class__ is not str
            and fulfillment_network is not UNSET
        ):
            raise DeviationError("fulfillmentNetwork")

        quantity_shipped = d.pop("quantityShipped", UNSET)

        if (
            _reader is not None
            and quantity_shipped.__class__ is not int
            and quantity_shipped is not UNSET
        ):
            raise DeviationError("quantityShipped")

        sku = d.pop("sku", UNSET)

        if _reader is not None and sku.__class__ is not str and sku is not UNSET:
            raise DeviationError("sku")

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date = (
            UNSET
            if _payment_date is UNSET
            else datetime.datetime.fromisoformat(_payment_date)
        )

        if (
            _reader is not None
            and not isinstance(payment_date, Unset)
            and payment_date.tzinfo is None
        ):
            raise DeviationError("paymentDate")

        payment_method = d.pop("paymentMethod", UNSET)

        if (
            _reader is not None
            and payment_method.__class__ is not str
            and payment_method is not UNSET
        ):
            raise DeviationError("paymentMethod")

        payment_reference = d.pop("paymentReference", UNSET)

        if (
            _reader is not None
            and payment_reference.__class__ is not str
            and payment_reference is not UNSET
        ):
            raise DeviationError("paymentReference")

        payment_type = d.pop("paymentType", UNSET)

        if (
            _reader is not None
            and payment_type.__class__ is not str
            and payment_type is not UNSET
        ):
            raise DeviationError("paymentType")

        deferral_reason = d.pop("deferralReason", UNSET)

        if (
            _reader is not None
            and deferral_reason.__class__ is not str
            and deferral_reason is not UNSET
        ):
            raise DeviationError("deferralReason")

        _maturity_date = d.pop("maturityDate", UNSET)
        maturity_date = (
            UNSET
            if _maturity_date is UNSET
            else datetime.datetime.fromisoformat(_maturity_date)
        )

        if (
            _reader is not None
            and not isinstance(maturity_date, Unset)
            and maturity_date.tzinfo is None
        ):
            raise DeviationError("maturityDate")

        _end_time = d.pop("endTime", UNSET)
        end_time = (
            UNSET if _end_time is UNSET else datetime.datetime.fromisoformat(_end_time)
        )

        if (
            _reader is not None
            and not isinstance(end_time, Unset)
            and end_time.tzinfo is None
        ):
            raise DeviationError("endTime")

        _start_time = d.pop("startTime", UNSET)
        start_time = (
            UNSET
            if _start_time is UNSET
            else datetime.datetime.fromisoformat(_start_time)
        )

        if (
            _reader is not None
            and not isinstance(start_time, Unset)
            and start_time.tzinfo is None
        ):
            raise DeviationError("startTime")

        if cls is Context:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.context_type = context_type
            _built.channel = channel
            _built.order_type = order_type
            _built.store_name = store_name
            _built.asin = asin
            _built.fulfillment_network = fulfillment_network
            _built.quantity_shipped = quantity_shipped
            _built.sku = sku
            _built.payment_date = payment_date
            _built.payment_method = payment_method
            _built.payment_reference = payment_reference
            _built.payment_type = payment_type
            _built.deferral_reason = deferral_reason
            _built.maturity_date = maturity_date
            _built.end_time = end_time
            _built.start_time = start_time
            _built._parse_notes = None
            context = _built
        else:  # a subclass: its own __init__ runs
            context = cls(
                context_type=context_type,
                channel=channel,
                order_type=order_type,
                store_name=store_name,
                asin=asin,
                fulfillment_network=fulfillment_network,
                quantity_shipped=quantity_shipped,
                sku=sku,
                payment_date=payment_date,
                payment_method=payment_method,
                payment_reference=payment_reference,
                payment_type=payment_type,
                deferral_reason=deferral_reason,
                maturity_date=maturity_date,
                end_time=end_time,
                start_time=start_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        context.additional_properties = d or {}
        return context

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
