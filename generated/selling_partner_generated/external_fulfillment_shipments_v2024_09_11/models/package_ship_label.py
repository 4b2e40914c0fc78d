from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
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
    from ..models.document_v2 import DocumentV2
    from ..models.error import Error
    from ..models.ship_label_metadata import ShipLabelMetadata


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DocumentV2, Error, ShipLabelMetadata
    from ..models.document_v2 import DocumentV2
    from ..models.error import Error
    from ..models.ship_label_metadata import ShipLabelMetadata

    _lazy_pending = False


T = TypeVar("T", bound="PackageShipLabel")


@_attrs_define
class PackageShipLabel:
    """
    Attributes:
        error_details (Error | Unset):
        file_data (DocumentV2 | Unset):
        package_id (str | Unset):
        ship_label_metadata (ShipLabelMetadata | Unset):
        status (Status | Unset):
    """

    error_details: Error | Unset = UNSET
    file_data: DocumentV2 | Unset = UNSET
    package_id: str | Unset = UNSET
    ship_label_metadata: ShipLabelMetadata | Unset = UNSET
    status: Status | Unset = UNSET
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
        error_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_details, Unset):
            error_details = self.error_details.to_dict()

        file_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_data, Unset):
            file_data = self.file_data.to_dict()

        package_id = self.package_id

        ship_label_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_label_metadata, Unset):
            ship_label_metadata = self.ship_label_metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_details is not UNSET:
            field_dict["errorDetails"] = error_details
        if file_data is not UNSET:
            field_dict["fileData"] = file_data
        if package_id is not UNSET:
            field_dict["packageId"] = package_id
        if ship_label_metadata is not UNSET:
            field_dict["shipLabelMetadata"] = ship_label_metadata
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.document_v2 import DocumentV2
        from ..models.error import Error
        from ..models.ship_label_metadata import ShipLabelMetadata

        return (
            (
                ("errorDetails", "error_details", False, ("model", Error)),
                ("fileData", "file_data", False, ("model", DocumentV2)),
                ("packageId", "package_id", False, ("str",)),
                (
                    "shipLabelMetadata",
                    "ship_label_metadata",
                    False,
                    ("model", ShipLabelMetadata),
                ),
                ("status", "status", False, ("enum", Status)),
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
        _error_details = d.pop("errorDetails", UNSET)
        error_details = (
            UNSET if _error_details is UNSET else Error.from_dict(_error_details)
        )

        _file_data = d.pop("fileData", UNSET)
        file_data = UNSET if _file_data is UNSET else DocumentV2.from_dict(_file_data)

        package_id = d.pop("packageId", UNSET)

        if (
            _reader is not None
            and package_id.__class__ is not str
            and package_id is not UNSET
        ):
            raise DeviationError("packageId")

        _ship_label_metadata = d.pop("shipLabelMetadata", UNSET)
        ship_label_metadata = (
            UNSET
            if _ship_label_metadata is UNSET
            else ShipLabelMetadata.from_dict(_ship_label_metadata)
        )

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                Status._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or Status(_status)
        )

        if cls is PackageShipLabel:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.error_details = error_details
            _built.file_data = file_data
            _built.package_id = package_id
            _built.ship_label_metadata = ship_label_metadata
            _built.status = status
            _built._parse_notes = None
            package_ship_label = _built
        else:  # a subclass: its own __init__ runs
            package_ship_label = cls(
                error_details=error_details,
                file_data=file_data,
                package_id=package_id,
                ship_label_metadata=ship_label_metadata,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_ship_label.additional_properties = d or {}
        return package_ship_label

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
