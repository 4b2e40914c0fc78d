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
    from ..models.item_cancellation_execution import ItemCancellationExecution
    from ..models.item_cancellation_request import ItemCancellationRequest


T = TypeVar("T", bound="ItemCancellation")


@_attrs_define
class ItemCancellation:
    """
    Attributes:
        cancellation_execution (ItemCancellationExecution | Unset):
        cancellation_request (ItemCancellationRequest | Unset):
    """

    cancellation_execution: ItemCancellationExecution | Unset = UNSET
    cancellation_request: ItemCancellationRequest | Unset = UNSET
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
        cancellation_execution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_execution, Unset):
            cancellation_execution = self.cancellation_execution.to_dict()

        cancellation_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_request, Unset):
            cancellation_request = self.cancellation_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancellation_execution is not UNSET:
            field_dict["cancellationExecution"] = cancellation_execution
        if cancellation_request is not UNSET:
            field_dict["cancellationRequest"] = cancellation_request

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_cancellation_execution import ItemCancellationExecution
        from ..models.item_cancellation_request import ItemCancellationRequest

        return (
            (
                (
                    "cancellationExecution",
                    "cancellation_execution",
                    False,
                    ("model", ItemCancellationExecution),
                ),
                (
                    "cancellationRequest",
                    "cancellation_request",
                    False,
                    ("model", ItemCancellationRequest),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.item_cancellation_execution import ItemCancellationExecution
        from ..models.item_cancellation_request import ItemCancellationRequest

        d = dict(src_dict)
        _cancellation_execution = d.pop("cancellationExecution", UNSET)
        cancellation_execution: ItemCancellationExecution | Unset
        if isinstance(_cancellation_execution, Unset):
            cancellation_execution = UNSET
        else:
            cancellation_execution = ItemCancellationExecution.from_dict(
                _cancellation_execution
            )

        _cancellation_request = d.pop("cancellationRequest", UNSET)
        cancellation_request: ItemCancellationRequest | Unset
        if isinstance(_cancellation_request, Unset):
            cancellation_request = UNSET
        else:
            cancellation_request = ItemCancellationRequest.from_dict(
                _cancellation_request
            )

        item_cancellation = cls(
            cancellation_execution=cancellation_execution,
            cancellation_request=cancellation_request,
        )

        item_cancellation.additional_properties = d
        return item_cancellation

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
