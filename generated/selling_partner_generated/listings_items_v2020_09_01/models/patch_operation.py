from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_operation_op import PatchOperationOp
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
    from ..models.patch_operation_value_item import PatchOperationValueItem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PatchOperationValueItem
    from ..models.patch_operation_value_item import PatchOperationValueItem

    _lazy_pending = False


T = TypeVar("T", bound="PatchOperation")


@_attrs_define
class PatchOperation:
    """
    Attributes:
        op (PatchOperationOp):
        path (str):
        value (list[PatchOperationValueItem] | Unset):
    """

    op: PatchOperationOp
    path: str
    value: list[PatchOperationValueItem] | Unset = UNSET
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
        op = self.op.value

        path = self.path

        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.patch_operation_value_item import PatchOperationValueItem

        return (
            (
                ("op", "op", True, ("enum", PatchOperationOp)),
                ("path", "path", True, ("str",)),
                ("value", "value", False, ("list", ("model", PatchOperationValueItem))),
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
        _op = d.pop("op")
        op = (
            PatchOperationOp._value2member_map_.get(_op)
            if _op.__class__ is str
            else None
        ) or PatchOperationOp(_op)

        path = d.pop("path")

        if _reader is not None and path.__class__ is not str:
            raise DeviationError("path")

        _value = d.pop("value", UNSET)
        value = (
            UNSET
            if _value is UNSET
            else [PatchOperationValueItem.from_dict(_item) for _item in _value]
        )

        if cls is PatchOperation:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.op = op
            _built.path = path
            _built.value = value
            _built._parse_notes = None
            patch_operation = _built
        else:  # a subclass: its own __init__ runs
            patch_operation = cls(
                op=op,
                path=path,
                value=value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        patch_operation.additional_properties = d or {}
        return patch_operation

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
