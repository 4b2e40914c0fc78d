from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_status import OperationStatus
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.operation_problem import OperationProblem


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OperationProblem
    from ..models.operation_problem import OperationProblem

    _lazy_pending = False


T = TypeVar("T", bound="InboundOperationStatus")


@_attrs_define
class InboundOperationStatus:
    """
    Attributes:
        operation (str):
        operation_id (str):
        operation_problems (list[OperationProblem]):
        operation_status (OperationStatus):
    """

    operation: str
    operation_id: str
    operation_problems: list[OperationProblem]
    operation_status: OperationStatus
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
        operation = self.operation

        operation_id = self.operation_id

        operation_problems = []
        for operation_problems_item_data in self.operation_problems:
            operation_problems_item = operation_problems_item_data.to_dict()
            operation_problems.append(operation_problems_item)

        operation_status = self.operation_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "operationId": operation_id,
                "operationProblems": operation_problems,
                "operationStatus": operation_status,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.operation_problem import OperationProblem

        return (
            (
                ("operation", "operation", True, ("str",)),
                ("operationId", "operation_id", True, ("str",)),
                (
                    "operationProblems",
                    "operation_problems",
                    True,
                    ("list", ("model", OperationProblem)),
                ),
                (
                    "operationStatus",
                    "operation_status",
                    True,
                    ("enum", OperationStatus),
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
        operation = d.pop("operation")

        if _reader is not None and operation.__class__ is not str:
            raise DeviationError("operation")

        operation_id = d.pop("operationId")

        if _reader is not None and operation_id.__class__ is not str:
            raise DeviationError("operationId")

        _operation_problems = d.pop("operationProblems")
        operation_problems = [
            OperationProblem.from_dict(_item) for _item in _operation_problems
        ]

        _operation_status = d.pop("operationStatus")
        operation_status = (
            OperationStatus._value2member_map_.get(_operation_status)
            if _operation_status.__class__ is str
            else None
        ) or OperationStatus(_operation_status)

        if cls is InboundOperationStatus:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.operation = operation
            _built.operation_id = operation_id
            _built.operation_problems = operation_problems
            _built.operation_status = operation_status
            _built._parse_notes = None
            inbound_operation_status = _built
        else:  # a subclass: its own __init__ runs
            inbound_operation_status = cls(
                operation=operation,
                operation_id=operation_id,
                operation_problems=operation_problems,
                operation_status=operation_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inbound_operation_status.additional_properties = d or {}
        return inbound_operation_status

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
