from __future__ import annotations

import datetime
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
    from ..models.fee_component import FeeComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, FeeComponent
    from ..models.fee_component import FeeComponent

    _lazy_pending = False


T = TypeVar("T", bound="ImagingServicesFeeEvent")


@_attrs_define
class ImagingServicesFeeEvent:
    """
    Attributes:
        asin (str | Unset):
        fee_list (list[FeeComponent] | Unset):
        imaging_request_billing_item_id (str | Unset):
        posted_date (datetime.datetime | Unset):
    """

    asin: str | Unset = UNSET
    fee_list: list[FeeComponent] | Unset = UNSET
    imaging_request_billing_item_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
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
        asin = self.asin

        fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fee_list, Unset):
            fee_list = []
            for componentsschemas_fee_component_list_item_data in self.fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                fee_list.append(componentsschemas_fee_component_list_item)

        imaging_request_billing_item_id = self.imaging_request_billing_item_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if fee_list is not UNSET:
            field_dict["FeeList"] = fee_list
        if imaging_request_billing_item_id is not UNSET:
            field_dict["ImagingRequestBillingItemID"] = imaging_request_billing_item_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.fee_component import FeeComponent

        return (
            (
                ("ASIN", "asin", False, ("str",)),
                ("FeeList", "fee_list", False, ("list", ("model", FeeComponent))),
                (
                    "ImagingRequestBillingItemID",
                    "imaging_request_billing_item_id",
                    False,
                    ("str",),
                ),
                ("PostedDate", "posted_date", False, ("datetime",)),
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
        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        _fee_list = d.pop("FeeList", UNSET)
        fee_list = (
            UNSET
            if _fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _fee_list]
        )

        imaging_request_billing_item_id = d.pop("ImagingRequestBillingItemID", UNSET)

        if (
            _reader is not None
            and imaging_request_billing_item_id.__class__ is not str
            and imaging_request_billing_item_id is not UNSET
        ):
            raise DeviationError("ImagingRequestBillingItemID")

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        if cls is ImagingServicesFeeEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.fee_list = fee_list
            _built.imaging_request_billing_item_id = imaging_request_billing_item_id
            _built.posted_date = posted_date
            _built._parse_notes = None
            imaging_services_fee_event = _built
        else:  # a subclass: its own __init__ runs
            imaging_services_fee_event = cls(
                asin=asin,
                fee_list=fee_list,
                imaging_request_billing_item_id=imaging_request_billing_item_id,
                posted_date=posted_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        imaging_services_fee_event.additional_properties = d or {}
        return imaging_services_fee_event

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
