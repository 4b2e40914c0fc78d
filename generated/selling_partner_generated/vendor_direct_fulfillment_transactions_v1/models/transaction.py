from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status_enum import TransactionStatusEnum
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
    from ..models.error import Error


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Error
    from ..models.error import Error

    _lazy_pending = False


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        status (TransactionStatusEnum):
        transaction_id (str):
        errors (list[Error] | Unset):
    """

    status: TransactionStatusEnum
    transaction_id: str
    errors: list[Error] | Unset = UNSET
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
        status = self.status.value

        transaction_id = self.transaction_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_error_list_item_data in self.errors:
                componentsschemas_error_list_item = (
                    componentsschemas_error_list_item_data.to_dict()
                )
                errors.append(componentsschemas_error_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "transactionId": transaction_id,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.error import Error

        return (
            (
                ("status", "status", True, ("enum", TransactionStatusEnum)),
                ("transactionId", "transaction_id", True, ("str",)),
                ("errors", "errors", False, ("list", ("model", Error))),
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
        _status = d.pop("status")
        status = (
            TransactionStatusEnum._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or TransactionStatusEnum(_status)

        transaction_id = d.pop("transactionId")

        if _reader is not None and transaction_id.__class__ is not str:
            raise DeviationError("transactionId")

        _errors = d.pop("errors", UNSET)
        errors = (
            UNSET if _errors is UNSET else [Error.from_dict(_item) for _item in _errors]
        )

        if cls is Transaction:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.status = status
            _built.transaction_id = transaction_id
            _built.errors = errors
            _built._parse_notes = None
            transaction = _built
        else:  # a subclass: its own __init__ runs
            transaction = cls(
                status=status,
                transaction_id=transaction_id,
                errors=errors,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction.additional_properties = d or {}
        return transaction

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
