from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_format import LabelFormat
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
    from ..models.order_schedule_details import OrderScheduleDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OrderScheduleDetails
    from ..models.order_schedule_details import OrderScheduleDetails

    _lazy_pending = False


T = TypeVar("T", bound="CreateScheduledPackagesRequest")


@_attrs_define
class CreateScheduledPackagesRequest:
    """
    Attributes:
        label_format (LabelFormat):
        marketplace_id (str):
        order_schedule_details_list (list[OrderScheduleDetails]):
    """

    label_format: LabelFormat
    marketplace_id: str
    order_schedule_details_list: list[OrderScheduleDetails]
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
        label_format = self.label_format.value

        marketplace_id = self.marketplace_id

        order_schedule_details_list = []
        for order_schedule_details_list_item_data in self.order_schedule_details_list:
            order_schedule_details_list_item = (
                order_schedule_details_list_item_data.to_dict()
            )
            order_schedule_details_list.append(order_schedule_details_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labelFormat": label_format,
                "marketplaceId": marketplace_id,
                "orderScheduleDetailsList": order_schedule_details_list,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.order_schedule_details import OrderScheduleDetails

        return (
            (
                ("labelFormat", "label_format", True, ("enum", LabelFormat)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "orderScheduleDetailsList",
                    "order_schedule_details_list",
                    True,
                    ("list", ("model", OrderScheduleDetails)),
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
        _label_format = d.pop("labelFormat")
        label_format = (
            LabelFormat._value2member_map_.get(_label_format)
            if _label_format.__class__ is str
            else None
        ) or LabelFormat(_label_format)

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _order_schedule_details_list = d.pop("orderScheduleDetailsList")
        order_schedule_details_list = [
            OrderScheduleDetails.from_dict(_item)
            for _item in _order_schedule_details_list
        ]

        if cls is CreateScheduledPackagesRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.label_format = label_format
            _built.marketplace_id = marketplace_id
            _built.order_schedule_details_list = order_schedule_details_list
            _built._parse_notes = None
            create_scheduled_packages_request = _built
        else:  # a subclass: its own __init__ runs
            create_scheduled_packages_request = cls(
                label_format=label_format,
                marketplace_id=marketplace_id,
                order_schedule_details_list=order_schedule_details_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_scheduled_packages_request.additional_properties = d or {}
        return create_scheduled_packages_request

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
