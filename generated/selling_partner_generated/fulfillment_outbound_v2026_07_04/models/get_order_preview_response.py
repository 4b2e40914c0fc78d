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
    from ..models.constraint import Constraint
    from ..models.preview_planned_shipment import PreviewPlannedShipment


T = TypeVar("T", bound="GetOrderPreviewResponse")


@_attrs_define
class GetOrderPreviewResponse:
    """
    Attributes:
        planned_shipments (list[PreviewPlannedShipment]):
        constraints (list[Constraint] | Unset):
    """

    planned_shipments: list[PreviewPlannedShipment]
    constraints: list[Constraint] | Unset = UNSET
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
        planned_shipments = []
        for planned_shipments_item_data in self.planned_shipments:
            planned_shipments_item = planned_shipments_item_data.to_dict()
            planned_shipments.append(planned_shipments_item)

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = constraints_item_data.to_dict()
                constraints.append(constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plannedShipments": planned_shipments,
            }
        )
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.constraint import Constraint
        from ..models.preview_planned_shipment import PreviewPlannedShipment

        return (
            (
                (
                    "plannedShipments",
                    "planned_shipments",
                    True,
                    ("list", ("model", PreviewPlannedShipment)),
                ),
                ("constraints", "constraints", False, ("list", ("model", Constraint))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        from ..models.constraint import Constraint
        from ..models.preview_planned_shipment import PreviewPlannedShipment

        d = dict(src_dict)
        planned_shipments = []
        _planned_shipments = d.pop("plannedShipments")
        for planned_shipments_item_data in _planned_shipments:
            planned_shipments_item = PreviewPlannedShipment.from_dict(
                planned_shipments_item_data
            )

            planned_shipments.append(planned_shipments_item)

        _constraints = d.pop("constraints", UNSET)
        constraints: list[Constraint] | Unset = UNSET
        if _constraints is not UNSET:
            constraints = []
            for constraints_item_data in _constraints:
                constraints_item = Constraint.from_dict(constraints_item_data)

                constraints.append(constraints_item)

        get_order_preview_response = cls(
            planned_shipments=planned_shipments,
            constraints=constraints,
        )

        get_order_preview_response.additional_properties = d
        return get_order_preview_response

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
