from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_data_label_format import LabelDataLabelFormat
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

T = TypeVar("T", bound="LabelData")


@_attrs_define
class LabelData:
    """
    Attributes:
        carrier_code (str | Unset):
        label (str | Unset):
        label_format (LabelDataLabelFormat | Unset):
        label_sequence_number (int | Unset):
        tracking_id (str | Unset):
    """

    carrier_code: str | Unset = UNSET
    label: str | Unset = UNSET
    label_format: LabelDataLabelFormat | Unset = UNSET
    label_sequence_number: int | Unset = UNSET
    tracking_id: str | Unset = UNSET
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
        carrier_code = self.carrier_code

        label = self.label

        label_format: str | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.value

        label_sequence_number = self.label_sequence_number

        tracking_id = self.tracking_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code
        if label is not UNSET:
            field_dict["label"] = label
        if label_format is not UNSET:
            field_dict["labelFormat"] = label_format
        if label_sequence_number is not UNSET:
            field_dict["labelSequenceNumber"] = label_sequence_number
        if tracking_id is not UNSET:
            field_dict["trackingId"] = tracking_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("carrierCode", "carrier_code", False, ("str",)),
                ("label", "label", False, ("str",)),
                ("labelFormat", "label_format", False, ("enum", LabelDataLabelFormat)),
                ("labelSequenceNumber", "label_sequence_number", False, ("int",)),
                ("trackingId", "tracking_id", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        carrier_code = d.pop("carrierCode", UNSET)

        if (
            _reader is not None
            and carrier_code.__class__ is not str
            and carrier_code is not UNSET
        ):
            raise DeviationError("carrierCode")

        label = d.pop("label", UNSET)

        if _reader is not None and label.__class__ is not str and label is not UNSET:
            raise DeviationError("label")

        _label_format = d.pop("labelFormat", UNSET)
        label_format = (
            UNSET
            if _label_format is UNSET
            else (
                LabelDataLabelFormat._value2member_map_.get(_label_format)
                if _label_format.__class__ is str
                else None
            )
            or LabelDataLabelFormat(_label_format)
        )

        label_sequence_number = d.pop("labelSequenceNumber", UNSET)

        if (
            _reader is not None
            and label_sequence_number.__class__ is not int
            and label_sequence_number is not UNSET
        ):
            raise DeviationError("labelSequenceNumber")

        tracking_id = d.pop("trackingId", UNSET)

        if (
            _reader is not None
            and tracking_id.__class__ is not str
            and tracking_id is not UNSET
        ):
            raise DeviationError("trackingId")

        if cls is LabelData:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_code = carrier_code
            _built.label = label
            _built.label_format = label_format
            _built.label_sequence_number = label_sequence_number
            _built.tracking_id = tracking_id
            _built._parse_notes = None
            label_data = _built
        else:  # a subclass: its own __init__ runs
            label_data = cls(
                carrier_code=carrier_code,
                label=label,
                label_format=label_format,
                label_sequence_number=label_sequence_number,
                tracking_id=tracking_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        label_data.additional_properties = d or {}
        return label_data

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
