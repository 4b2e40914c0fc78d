from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.transaction import Transaction


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Transaction
    from ..models.transaction import Transaction

    _lazy_pending = False


T = TypeVar("T", bound="TransactionStatus")


@_attrs_define
class TransactionStatus:
    """
    Attributes:
        transaction_status (Transaction | Unset):
    """

    transaction_status: Transaction | Unset = UNSET
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
        transaction_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_status, Unset):
            transaction_status = self.transaction_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.transaction import Transaction

        return (
            (
                (
                    "transactionStatus",
                    "transaction_status",
                    False,
                    ("model", Transaction),
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
        _transaction_status = d.pop("transactionStatus", UNSET)
        transaction_status = (
            UNSET
            if _transaction_status is UNSET
            else Transaction.from_dict(_transaction_status)
        )

        if cls is TransactionStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.transaction_status = transaction_status
            _built._parse_notes = None
            transaction_status = _built
        else:  # a subclass: its own __init__ runs
            transaction_status = cls(
                transaction_status=transaction_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction_status.additional_properties = d or {}
        return transaction_status

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
