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
    from ..models.address import Address
    from ..models.currency_amount import CurrencyAmount
    from ..models.length import Length
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, CurrencyAmount, Length, Weight
    from ..models.address import Address
    from ..models.currency_amount import CurrencyAmount
    from ..models.length import Length
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="AdditionalSellerInput")


@_attrs_define
class AdditionalSellerInput:
    """
    Attributes:
        data_type (str | Unset):
        value_as_address (Address | Unset):
        value_as_boolean (bool | Unset):
        value_as_currency (CurrencyAmount | Unset):
        value_as_dimension (Length | Unset):
        value_as_integer (int | Unset):
        value_as_string (str | Unset):
        value_as_timestamp (datetime.datetime | Unset):
        value_as_weight (Weight | Unset):
    """

    data_type: str | Unset = UNSET
    value_as_address: Address | Unset = UNSET
    value_as_boolean: bool | Unset = UNSET
    value_as_currency: CurrencyAmount | Unset = UNSET
    value_as_dimension: Length | Unset = UNSET
    value_as_integer: int | Unset = UNSET
    value_as_string: str | Unset = UNSET
    value_as_timestamp: datetime.datetime | Unset = UNSET
    value_as_weight: Weight | Unset = UNSET
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
        data_type = self.data_type

        value_as_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_as_address, Unset):
            value_as_address = self.value_as_address.to_dict()

        value_as_boolean = self.value_as_boolean

        value_as_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_as_currency, Unset):
            value_as_currency = self.value_as_currency.to_dict()

        value_as_dimension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_as_dimension, Unset):
            value_as_dimension = self.value_as_dimension.to_dict()

        value_as_integer = self.value_as_integer

        value_as_string = self.value_as_string

        value_as_timestamp: str | Unset = UNSET
        if not isinstance(self.value_as_timestamp, Unset):
            value_as_timestamp = self.value_as_timestamp.isoformat()

        value_as_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_as_weight, Unset):
            value_as_weight = self.value_as_weight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["DataType"] = data_type
        if value_as_address is not UNSET:
            field_dict["ValueAsAddress"] = value_as_address
        if value_as_boolean is not UNSET:
            field_dict["ValueAsBoolean"] = value_as_boolean
        if value_as_currency is not UNSET:
            field_dict["ValueAsCurrency"] = value_as_currency
        if value_as_dimension is not UNSET:
            field_dict["ValueAsDimension"] = value_as_dimension
        if value_as_integer is not UNSET:
            field_dict["ValueAsInteger"] = value_as_integer
        if value_as_string is not UNSET:
            field_dict["ValueAsString"] = value_as_string
        if value_as_timestamp is not UNSET:
            field_dict["ValueAsTimestamp"] = value_as_timestamp
        if value_as_weight is not UNSET:
            field_dict["ValueAsWeight"] = value_as_weight

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.currency_amount import CurrencyAmount
        from ..models.length import Length
        from ..models.weight import Weight

        return (
            (
                ("DataType", "data_type", False, ("str",)),
                ("ValueAsAddress", "value_as_address", False, ("model", Address)),
                ("ValueAsBoolean", "value_as_boolean", False, ("bool",)),
                (
                    "ValueAsCurrency",
                    "value_as_currency",
                    False,
                    ("model", CurrencyAmount),
                ),
                ("ValueAsDimension", "value_as_dimension", False, ("model", Length)),
                ("ValueAsInteger", "value_as_integer", False, ("int",)),
                ("ValueAsString", "value_as_string", False, ("str",)),
                ("ValueAsTimestamp", "value_as_timestamp", False, ("datetime",)),
                ("ValueAsWeight", "value_as_weight", False, ("model", Weight)),
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
        data_type = d.pop("DataType", UNSET)

        if (
            _reader is not None
            and data_type.__class__ is not str
            and data_type is not UNSET
        ):
            raise DeviationError("DataType")

        _value_as_address = d.pop("ValueAsAddress", UNSET)
        value_as_address = (
            UNSET
            if _value_as_address is UNSET
            else Address.from_dict(_value_as_address)
        )

        value_as_boolean = d.pop("ValueAsBoolean", UNSET)

        if (
            _reader is not None
            and value_as_boolean.__class__ is not bool
            and value_as_boolean is not UNSET
        ):
            raise DeviationError("ValueAsBoolean")

        _value_as_currency = d.pop("ValueAsCurrency", UNSET)
        value_as_currency = (
            UNSET
            if _value_as_currency is UNSET
            else CurrencyAmount.from_dict(_value_as_currency)
        )

        _value_as_dimension = d.pop("ValueAsDimension", UNSET)
        value_as_dimension = (
            UNSET
            if _value_as_dimension is UNSET
            else Length.from_dict(_value_as_dimension)
        )

        value_as_integer = d.pop("ValueAsInteger", UNSET)

        if (
            _reader is not None
            and value_as_integer.__class__ is not int
            and value_as_integer is not UNSET
        ):
            raise DeviationError("ValueAsInteger")

        value_as_string = d.pop("ValueAsString", UNSET)

        if (
            _reader is not None
            and value_as_string.__class__ is not str
            and value_as_string is not UNSET
        ):
            raise DeviationError("ValueAsString")

        _value_as_timestamp = d.pop("ValueAsTimestamp", UNSET)
        value_as_timestamp = (
            UNSET
            if _value_as_timestamp is UNSET
            else datetime.datetime.fromisoformat(_value_as_timestamp)
        )

        if (
            _reader is not None
            and not isinstance(value_as_timestamp, Unset)
            and value_as_timestamp.tzinfo is None
        ):
            raise DeviationError("ValueAsTimestamp")

        _value_as_weight = d.pop("ValueAsWeight", UNSET)
        value_as_weight = (
            UNSET if _value_as_weight is UNSET else Weight.from_dict(_value_as_weight)
        )

        if cls is AdditionalSellerInput:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.data_type = data_type
            _built.value_as_address = value_as_address
            _built.value_as_boolean = value_as_boolean
            _built.value_as_currency = value_as_currency
            _built.value_as_dimension = value_as_dimension
            _built.value_as_integer = value_as_integer
            _built.value_as_string = value_as_string
            _built.value_as_timestamp = value_as_timestamp
            _built.value_as_weight = value_as_weight
            _built._parse_notes = None
            additional_seller_input = _built
        else:  # a subclass: its own __init__ runs
            additional_seller_input = cls(
                data_type=data_type,
                value_as_address=value_as_address,
                value_as_boolean=value_as_boolean,
                value_as_currency=value_as_currency,
                value_as_dimension=value_as_dimension,
                value_as_integer=value_as_integer,
                value_as_string=value_as_string,
                value_as_timestamp=value_as_timestamp,
                value_as_weight=value_as_weight,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        additional_seller_input.additional_properties = d or {}
        return additional_seller_input

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
