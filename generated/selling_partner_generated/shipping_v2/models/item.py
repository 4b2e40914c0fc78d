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
    from ..models.currency import Currency
    from ..models.dangerous_goods_details import DangerousGoodsDetails
    from ..models.direct_fulfillment_item_identifiers import (
        DirectFulfillmentItemIdentifiers,
    )
    from ..models.invoice_details import InvoiceDetails
    from ..models.liquid_volume import LiquidVolume
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Currency, \
        DangerousGoodsDetails, \
        DirectFulfillmentItemIdentifiers, \
        InvoiceDetails, \
        LiquidVolume, \
        Weight
    from ..models.currency import Currency
    from ..models.dangerous_goods_details import DangerousGoodsDetails
    from ..models.direct_fulfillment_item_identifiers import (
        DirectFulfillmentItemIdentifiers,
    )
    from ..models.invoice_details import InvoiceDetails
    from ..models.liquid_volume import LiquidVolume
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        quantity (int):
        dangerous_goods_details (DangerousGoodsDetails | Unset):
        description (str | Unset):
        direct_fulfillment_item_identifiers (DirectFulfillmentItemIdentifiers | Unset):
        invoice_details (InvoiceDetails | Unset):
        is_hazmat (bool | Unset):
        item_identifier (str | Unset):
        item_value (Currency | Unset):
        liquid_volume (LiquidVolume | Unset):
        product_type (str | Unset):
        serial_numbers (list[str] | Unset):
        weight (Weight | Unset):
    """

    quantity: int
    dangerous_goods_details: DangerousGoodsDetails | Unset = UNSET
    description: str | Unset = UNSET
    direct_fulfillment_item_identifiers: DirectFulfillmentItemIdentifiers | Unset = (
        UNSET
    )
    invoice_details: InvoiceDetails | Unset = UNSET
    is_hazmat: bool | Unset = UNSET
    item_identifier: str | Unset = UNSET
    item_value: Currency | Unset = UNSET
    liquid_volume: LiquidVolume | Unset = UNSET
    product_type: str | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    weight: Weight | Unset = UNSET
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
        quantity = self.quantity

        dangerous_goods_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dangerous_goods_details, Unset):
            dangerous_goods_details = self.dangerous_goods_details.to_dict()

        description = self.description

        direct_fulfillment_item_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.direct_fulfillment_item_identifiers, Unset):
            direct_fulfillment_item_identifiers = (
                self.direct_fulfillment_item_identifiers.to_dict()
            )

        invoice_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_details, Unset):
            invoice_details = self.invoice_details.to_dict()

        is_hazmat = self.is_hazmat

        item_identifier = self.item_identifier

        item_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_value, Unset):
            item_value = self.item_value.to_dict()

        liquid_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquid_volume, Unset):
            liquid_volume = self.liquid_volume.to_dict()

        product_type = self.product_type

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight, Unset):
            weight = self.weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if dangerous_goods_details is not UNSET:
            field_dict["dangerousGoodsDetails"] = dangerous_goods_details
        if description is not UNSET:
            field_dict["description"] = description
        if direct_fulfillment_item_identifiers is not UNSET:
            field_dict["directFulfillmentItemIdentifiers"] = (
                direct_fulfillment_item_identifiers
            )
        if invoice_details is not UNSET:
            field_dict["invoiceDetails"] = invoice_details
        if is_hazmat is not UNSET:
            field_dict["isHazmat"] = is_hazmat
        if item_identifier is not UNSET:
            field_dict["itemIdentifier"] = item_identifier
        if item_value is not UNSET:
            field_dict["itemValue"] = item_value
        if liquid_volume is not UNSET:
            field_dict["liquidVolume"] = liquid_volume
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.dangerous_goods_details import DangerousGoodsDetails
        from ..models.direct_fulfillment_item_identifiers import (
            DirectFulfillmentItemIdentifiers,
        )
        from ..models.invoice_details import InvoiceDetails
        from ..models.liquid_volume import LiquidVolume
        from ..models.weight import Weight

        return (
            (
                ("quantity", "quantity", True, ("int",)),
                (
                    "dangerousGoodsDetails",
                    "dangerous_goods_details",
                    False,
                    ("model", DangerousGoodsDetails),
                ),
                ("description", "description", False, ("str",)),
                (
                    "directFulfillmentItemIdentifiers",
                    "direct_fulfillment_item_identifiers",
                    False,
                    ("model", DirectFulfillmentItemIdentifiers),
                ),
                ("invoiceDetails", "invoice_details", False, ("model", InvoiceDetails)),
                ("isHazmat", "is_hazmat", False, ("bool",)),
                ("itemIdentifier", "item_identifier", False, ("str",)),
                ("itemValue", "item_value", False, ("model", Currency)),
                ("liquidVolume", "liquid_volume", False, ("model", LiquidVolume)),
                ("productType", "product_type", False, ("str",)),
                ("serialNumbers", "serial_numbers", False, ("list", ("str",))),
                ("weight", "weight", False, ("model", Weight)),
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
        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        _dangerous_goods_details = d.pop("dangerousGoodsDetails", UNSET)
        dangerous_goods_details = (
            UNSET
            if _dangerous_goods_details is UNSET
            else DangerousGoodsDetails.from_dict(_dangerous_goods_details)
        )

        description = d.pop("description", UNSET)

        if (
            _reader is not None
            and description.__class__ is not str
            and description is not UNSET
        ):
            raise DeviationError("description")

        _direct_fulfillment_item_identifiers = d.pop(
            "directFulfillmentItemIdentifiers", UNSET
        )
        direct_fulfillment_item_identifiers = (
            UNSET
            if _direct_fulfillment_item_identifiers is UNSET
            else DirectFulfillmentItemIdentifiers.from_dict(
                _direct_fulfillment_item_identifiers
            )
        )

        _invoice_details = d.pop("invoiceDetails", UNSET)
        invoice_details = (
            UNSET
            if _invoice_details is UNSET
            else InvoiceDetails.from_dict(_invoice_details)
        )

        is_hazmat = d.pop("isHazmat", UNSET)

        if (
            _reader is not None
            and is_hazmat.__class__ is not bool
            and is_hazmat is not UNSET
        ):
            raise DeviationError("isHazmat")

        item_identifier = d.pop("itemIdentifier", UNSET)

        if (
            _reader is not None
            and item_identifier.__class__ is not str
            and item_identifier is not UNSET
        ):
            raise DeviationError("itemIdentifier")

        _item_value = d.pop("itemValue", UNSET)
        item_value = UNSET if _item_value is UNSET else Currency.from_dict(_item_value)

        _liquid_volume = d.pop("liquidVolume", UNSET)
        liquid_volume = (
            UNSET if _liquid_volume is UNSET else LiquidVolume.from_dict(_liquid_volume)
        )

        product_type = d.pop("productType", UNSET)

        if (
            _reader is not None
            and product_type.__class__ is not str
            and product_type is not UNSET
        ):
            raise DeviationError("productType")

        serial_numbers = d.pop("serialNumbers", UNSET)

        if (
            _reader is not None
            and serial_numbers.__class__ is not list
            and serial_numbers is not UNSET
        ):
            raise DeviationError("serialNumbers")

        _weight = d.pop("weight", UNSET)
        weight = UNSET if _weight is UNSET else Weight.from_dict(_weight)

        if cls is Item:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity = quantity
            _built.dangerous_goods_details = dangerous_goods_details
            _built.description = description
            _built.direct_fulfillment_item_identifiers = (
                direct_fulfillment_item_identifiers
            )
            _built.invoice_details = invoice_details
            _built.is_hazmat = is_hazmat
            _built.item_identifier = item_identifier
            _built.item_value = item_value
            _built.liquid_volume = liquid_volume
            _built.product_type = product_type
            _built.serial_numbers = serial_numbers
            _built.weight = weight
            _built._parse_notes = None
            item = _built
        else:  # a subclass: its own __init__ runs
            item = cls(
                quantity=quantity,
                dangerous_goods_details=dangerous_goods_details,
                description=description,
                direct_fulfillment_item_identifiers=direct_fulfillment_item_identifiers,
                invoice_details=invoice_details,
                is_hazmat=is_hazmat,
                item_identifier=item_identifier,
                item_value=item_value,
                liquid_volume=liquid_volume,
                product_type=product_type,
                serial_numbers=serial_numbers,
                weight=weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item.additional_properties = d or {}
        return item

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
