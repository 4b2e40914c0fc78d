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
    from ..models.charge_component import ChargeComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent
    from ..models.charge_component import ChargeComponent

    _lazy_pending = False


T = TypeVar("T", bound="TaxWithheldComponent")


@_attrs_define
class TaxWithheldComponent:
    """
    Attributes:
        tax_collection_model (str | Unset):
        taxes_withheld (list[ChargeComponent] | Unset):
    """

    tax_collection_model: str | Unset = UNSET
    taxes_withheld: list[ChargeComponent] | Unset = UNSET
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
        tax_collection_model = self.tax_collection_model

        taxes_withheld: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes_withheld, Unset):
            taxes_withheld = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.taxes_withheld:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                taxes_withheld.append(componentsschemas_charge_component_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_collection_model is not UNSET:
            field_dict["TaxCollectionModel"] = tax_collection_model
        if taxes_withheld is not UNSET:
            field_dict["TaxesWithheld"] = taxes_withheld

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent

        return (
            (
                ("TaxCollectionModel", "tax_collection_model", False, ("str",)),
                (
                    "TaxesWithheld",
                    "taxes_withheld",
                    False,
                    ("list", ("model", ChargeComponent)),
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
        tax_collection_model = d.pop("TaxCollectionModel", UNSET)

        if (
            _reader is not None
            and tax_collection_model.__class__ is not str
            and tax_collection_model is not UNSET
        ):
            raise DeviationError("TaxCollectionModel")

        _taxes_withheld = d.pop("TaxesWithheld", UNSET)
        taxes_withheld = (
            UNSET
            if _taxes_withheld is UNSET
            else [ChargeComponent.from_dict(_item) for _item in _taxes_withheld]
        )

        if cls is TaxWithheldComponent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_collection_model = tax_collection_model
            _built.taxes_withheld = taxes_withheld
            _built._parse_notes = None
            tax_withheld_component = _built
        else:  # a subclass: its own __init__ runs
            tax_withheld_component = cls(
                tax_collection_model=tax_collection_model,
                taxes_withheld=taxes_withheld,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_withheld_component.additional_properties = d or {}
        return tax_withheld_component

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
