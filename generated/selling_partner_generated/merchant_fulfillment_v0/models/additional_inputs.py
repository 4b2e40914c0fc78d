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
    from ..models.seller_input_definition import SellerInputDefinition


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, SellerInputDefinition
    from ..models.seller_input_definition import SellerInputDefinition

    _lazy_pending = False


T = TypeVar("T", bound="AdditionalInputs")


@_attrs_define
class AdditionalInputs:
    """
    Attributes:
        additional_input_field_name (str | Unset):
        seller_input_definition (SellerInputDefinition | Unset):
    """

    additional_input_field_name: str | Unset = UNSET
    seller_input_definition: SellerInputDefinition | Unset = UNSET
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
        additional_input_field_name = self.additional_input_field_name

        seller_input_definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_input_definition, Unset):
            seller_input_definition = self.seller_input_definition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_input_field_name is not UNSET:
            field_dict["AdditionalInputFieldName"] = additional_input_field_name
        if seller_input_definition is not UNSET:
            field_dict["SellerInputDefinition"] = seller_input_definition

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.seller_input_definition import SellerInputDefinition

        return (
            (
                (
                    "AdditionalInputFieldName",
                    "additional_input_field_name",
                    False,
                    ("str",),
                ),
                (
                    "SellerInputDefinition",
                    "seller_input_definition",
                    False,
                    ("model", SellerInputDefinition),
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
        additional_input_field_name = d.pop("AdditionalInputFieldName", UNSET)

        if (
            _reader is not None
            and additional_input_field_name.__class__ is not str
            and additional_input_field_name is not UNSET
        ):
            raise DeviationError("AdditionalInputFieldName")

        _seller_input_definition = d.pop("SellerInputDefinition", UNSET)
        seller_input_definition = (
            UNSET
            if _seller_input_definition is UNSET
            else SellerInputDefinition.from_dict(_seller_input_definition)
        )

        if cls is AdditionalInputs:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.additional_input_field_name = additional_input_field_name
            _built.seller_input_definition = seller_input_definition
            _built._parse_notes = None
            additional_inputs = _built
        else:  # a subclass: its own __init__ runs
            additional_inputs = cls(
                additional_input_field_name=additional_input_field_name,
                seller_input_definition=seller_input_definition,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        additional_inputs.additional_properties = d or {}
        return additional_inputs

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
