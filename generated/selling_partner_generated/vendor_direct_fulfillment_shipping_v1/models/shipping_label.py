from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_label_label_format import ShippingLabelLabelFormat
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.label_data import LabelData
    from ..models.party_identification import PartyIdentification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LabelData, PartyIdentification
    from ..models.label_data import LabelData
    from ..models.party_identification import PartyIdentification

    _lazy_pending = False


T = TypeVar("T", bound="ShippingLabel")


@_attrs_define
class ShippingLabel:
    """
    Attributes:
        label_data (list[LabelData]):
        label_format (ShippingLabelLabelFormat):
        purchase_order_number (str):
        selling_party (PartyIdentification):
        ship_from_party (PartyIdentification):
    """

    label_data: list[LabelData]
    label_format: ShippingLabelLabelFormat
    purchase_order_number: str
    selling_party: PartyIdentification
    ship_from_party: PartyIdentification
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
        label_data = []
        for label_data_item_data in self.label_data:
            label_data_item = label_data_item_data.to_dict()
            label_data.append(label_data_item)

        label_format = self.label_format.value

        purchase_order_number = self.purchase_order_number

        selling_party = self.selling_party.to_dict()

        ship_from_party = self.ship_from_party.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelData": label_data,
                "labelFormat": label_format,
                "purchaseOrderNumber": purchase_order_number,
                "sellingParty": selling_party,
                "shipFromParty": ship_from_party,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.label_data import LabelData
        from ..models.party_identification import PartyIdentification

        return (
            (
                ("labelData", "label_data", True, ("list", ("model", LabelData))),
                (
                    "labelFormat",
                    "label_format",
                    True,
                    ("enum", ShippingLabelLabelFormat),
                ),
                ("purchaseOrderNumber", "purchase_order_number", True, ("str",)),
                ("sellingParty", "selling_party", True, ("model", PartyIdentification)),
                (
                    "shipFromParty",
                    "ship_from_party",
                    True,
                    ("model", PartyIdentification),
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
        _label_data = d.pop("labelData")
        label_data = [LabelData.from_dict(_item) for _item in _label_data]

        _label_format = d.pop("labelFormat")
        label_format = (
            ShippingLabelLabelFormat._value2member_map_.get(_label_format)
            if _label_format.__class__ is str
            else None
        ) or ShippingLabelLabelFormat(_label_format)

        purchase_order_number = d.pop("purchaseOrderNumber")

        if _reader is not None and purchase_order_number.__class__ is not str:
            raise DeviationError("purchaseOrderNumber")

        selling_party = PartyIdentification.from_dict(d.pop("sellingParty"))

        ship_from_party = PartyIdentification.from_dict(d.pop("shipFromParty"))

        if cls is ShippingLabel:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_data = label_data
            _built.label_format = label_format
            _built.purchase_order_number = purchase_order_number
            _built.selling_party = selling_party
            _built.ship_from_party = ship_from_party
            _built._parse_notes = None
            shipping_label = _built
        else:  # a subclass: its own __init__ runs
            shipping_label = cls(
                label_data=label_data,
                label_format=label_format,
                purchase_order_number=purchase_order_number,
                selling_party=selling_party,
                ship_from_party=ship_from_party,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_label.additional_properties = d or {}
        return shipping_label

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
