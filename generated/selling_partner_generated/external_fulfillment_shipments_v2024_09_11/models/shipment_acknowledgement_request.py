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
    from ..models.line_item_with_reason import LineItemWithReason


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LineItemWithReason
    from ..models.line_item_with_reason import LineItemWithReason

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentAcknowledgementRequest")


@_attrs_define
class ShipmentAcknowledgementRequest:
    """
    Attributes:
        line_items (list[LineItemWithReason]):
        reference_id (str | Unset):
    """

    line_items: list[LineItemWithReason]
    reference_id: str | Unset = UNSET
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
        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItems": line_items,
            }
        )
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.line_item_with_reason import LineItemWithReason

        return (
            (
                (
                    "lineItems",
                    "line_items",
                    True,
                    ("list", ("model", LineItemWithReason)),
                ),
                ("referenceId", "reference_id", False, ("str",)),
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
        _line_items = d.pop("lineItems")
        line_items = [LineItemWithReason.from_dict(_item) for _item in _line_items]

        reference_id = d.pop("referenceId", UNSET)

        if (
            _reader is not None
            and reference_id.__class__ is not str
            and reference_id is not UNSET
        ):
            raise DeviationError("referenceId")

        if cls is ShipmentAcknowledgementRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.line_items = line_items
            _built.reference_id = reference_id
            _built._parse_notes = None
            shipment_acknowledgement_request = _built
        else:  # a subclass: its own __init__ runs
            shipment_acknowledgement_request = cls(
                line_items=line_items,
                reference_id=reference_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_acknowledgement_request.additional_properties = d or {}
        return shipment_acknowledgement_request

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
