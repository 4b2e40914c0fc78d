from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_target_type import InputTargetType
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
    from ..models.additional_seller_input import AdditionalSellerInput
    from ..models.constraint import Constraint


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AdditionalSellerInput, Constraint
    from ..models.additional_seller_input import AdditionalSellerInput
    from ..models.constraint import Constraint

    _lazy_pending = False


T = TypeVar("T", bound="SellerInputDefinition")


@_attrs_define
class SellerInputDefinition:
    """
    Attributes:
        constraints (list[Constraint]):
        data_type (str):
        input_display_text (str):
        is_required (bool):
        stored_value (AdditionalSellerInput):
        input_target (InputTargetType | Unset):
        restricted_set_values (list[str] | Unset):
    """

    constraints: list[Constraint]
    data_type: str
    input_display_text: str
    is_required: bool
    stored_value: AdditionalSellerInput
    input_target: InputTargetType | Unset = UNSET
    restricted_set_values: list[str] | Unset = UNSET
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
        constraints = []
        for componentsschemas_constraints_item_data in self.constraints:
            componentsschemas_constraints_item = (
                componentsschemas_constraints_item_data.to_dict()
            )
            constraints.append(componentsschemas_constraints_item)

        data_type = self.data_type

        input_display_text = self.input_display_text

        is_required = self.is_required

        stored_value = self.stored_value.to_dict()

        input_target: str | Unset = UNSET
        if not isinstance(self.input_target, Unset):
            input_target = self.input_target.value

        restricted_set_values: list[str] | Unset = UNSET
        if not isinstance(self.restricted_set_values, Unset):
            restricted_set_values = self.restricted_set_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Constraints": constraints,
                "DataType": data_type,
                "InputDisplayText": input_display_text,
                "IsRequired": is_required,
                "StoredValue": stored_value,
            }
        )
        if input_target is not UNSET:
            field_dict["InputTarget"] = input_target
        if restricted_set_values is not UNSET:
            field_dict["RestrictedSetValues"] = restricted_set_values

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_seller_input import AdditionalSellerInput
        from ..models.constraint import Constraint

        return (
            (
                ("Constraints", "constraints", True, ("list", ("model", Constraint))),
                ("DataType", "data_type", True, ("str",)),
                ("InputDisplayText", "input_display_text", True, ("str",)),
                ("IsRequired", "is_required", True, ("bool",)),
                ("StoredValue", "stored_value", True, ("model", AdditionalSellerInput)),
                ("InputTarget", "input_target", False, ("enum", InputTargetType)),
                (
                    "RestrictedSetValues",
                    "restricted_set_values",
                    False,
                    ("list", ("str",)),
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
        _constraints = d.pop("Constraints")
        constraints = [Constraint.from_dict(_item) for _item in _constraints]

        data_type = d.pop("DataType")

        if _reader is not None and data_type.__class__ is not str:
            raise DeviationError("DataType")

        input_display_text = d.pop("InputDisplayText")

        if _reader is not None and input_display_text.__class__ is not str:
            raise DeviationError("InputDisplayText")

        is_required = d.pop("IsRequired")

        if _reader is not None and is_required.__class__ is not bool:
            raise DeviationError("IsRequired")

        stored_value = AdditionalSellerInput.from_dict(d.pop("StoredValue"))

        _input_target = d.pop("InputTarget", UNSET)
        input_target = (
            UNSET
            if _input_target is UNSET
            else (
                InputTargetType._value2member_map_.get(_input_target)
                if _input_target.__class__ is str
                else None
            )
            or InputTargetType(_input_target)
        )

        restricted_set_values = d.pop("RestrictedSetValues", UNSET)

        if (
            _reader is not None
            and restricted_set_values.__class__ is not list
            and restricted_set_values is not UNSET
        ):
            raise DeviationError("RestrictedSetValues")

        if cls is SellerInputDefinition:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.constraints = constraints
            _built.data_type = data_type
            _built.input_display_text = input_display_text
            _built.is_required = is_required
            _built.stored_value = stored_value
            _built.input_target = input_target
            _built.restricted_set_values = restricted_set_values
            _built._parse_notes = None
            seller_input_definition = _built
        else:  # a subclass: its own __init__ runs
            seller_input_definition = cls(
                constraints=constraints,
                data_type=data_type,
                input_display_text=input_display_text,
                is_required=is_required,
                stored_value=stored_value,
                input_target=input_target,
                restricted_set_values=restricted_set_values,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        seller_input_definition.additional_properties = d or {}
        return seller_input_definition

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
