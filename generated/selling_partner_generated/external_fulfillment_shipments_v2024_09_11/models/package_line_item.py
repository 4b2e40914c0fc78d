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
    from ..models.amount import Amount


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Amount
    from ..models.amount import Amount

    _lazy_pending = False


T = TypeVar("T", bound="PackageLineItem")


@_attrs_define
class PackageLineItem:
    """
    Attributes:
        package_line_item_id (str):
        quantity (int):
        country_of_origin (str | Unset):
        item_value (Amount | Unset):
        pieces (int | Unset):
        serial_numbers (list[str] | Unset):
    """

    package_line_item_id: str
    quantity: int
    country_of_origin: str | Unset = UNSET
    item_value: Amount | Unset = UNSET
    pieces: int | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
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
        package_line_item_id = self.package_line_item_id

        quantity = self.quantity

        country_of_origin = self.country_of_origin

        item_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_value, Unset):
            item_value = self.item_value.to_dict()

        pieces = self.pieces

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageLineItemId": package_line_item_id,
                "quantity": quantity,
            }
        )
        if country_of_origin is not UNSET:
            field_dict["countryOfOrigin"] = country_of_origin
        if item_value is not UNSET:
            field_dict["itemValue"] = item_value
        if pieces is not UNSET:
            field_dict["pieces"] = pieces
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount import Amount

        return (
            (
                ("packageLineItemId", "package_line_item_id", True, ("str",)),
                ("quantity", "quantity", True, ("int",)),
                ("countryOfOrigin", "country_of_origin", False, ("str",)),
                ("itemValue", "item_value", False, ("model", Amount)),
                ("pieces", "pieces", False, ("int",)),
                ("serialNumbers", "serial_numbers", False, ("list", ("str",))),
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
        package_line_item_id = d.pop("packageLineItemId")

        if _reader is not None and package_line_item_id.__class__ is not str:
            raise DeviationError("packageLineItemId")

        quantity = d.pop("quantity")

        if _reader is not None and quantity.__class__ is not int:
            raise DeviationError("quantity")

        country_of_origin = d.pop("countryOfOrigin", UNSET)

        if (
            _reader is not None
            and country_of_origin.__class__ is not str
            and country_of_origin is not UNSET
        ):
            raise DeviationError("countryOfOrigin")

        _item_value = d.pop("itemValue", UNSET)
        item_value = UNSET if _item_value is UNSET else Amount.from_dict(_item_value)

        pieces = d.pop("pieces", UNSET)

        if _reader is not None and pieces.__class__ is not int and pieces is not UNSET:
            raise DeviationError("pieces")

        serial_numbers = d.pop("serialNumbers", UNSET)

        if (
            _reader is not None
            and serial_numbers.__class__ is not list
            and serial_numbers is not UNSET
        ):
            raise DeviationError("serialNumbers")

        if cls is PackageLineItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_line_item_id = package_line_item_id
            _built.quantity = quantity
            _built.country_of_origin = country_of_origin
            _built.item_value = item_value
            _built.pieces = pieces
            _built.serial_numbers = serial_numbers
            _built._parse_notes = None
            package_line_item = _built
        else:  # a subclass: its own __init__ runs
            package_line_item = cls(
                package_line_item_id=package_line_item_id,
                quantity=quantity,
                country_of_origin=country_of_origin,
                item_value=item_value,
                pieces=pieces,
                serial_numbers=serial_numbers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_line_item.additional_properties = d or {}
        return package_line_item

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
