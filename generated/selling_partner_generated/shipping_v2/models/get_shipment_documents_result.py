from __future__ import annotations

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
    from ..models.benefits import Benefits
    from ..models.package_document_detail import PackageDocumentDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Benefits, PackageDocumentDetail
    from ..models.benefits import Benefits
    from ..models.package_document_detail import PackageDocumentDetail

    _lazy_pending = False


T = TypeVar("T", bound="GetShipmentDocumentsResult")


@_attrs_define
class GetShipmentDocumentsResult:
    """
    Attributes:
        package_document_detail (PackageDocumentDetail):
        shipment_id (str):
        benefits (Benefits | Unset):
    """

    package_document_detail: PackageDocumentDetail
    shipment_id: str
    benefits: Benefits | Unset = UNSET
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
        package_document_detail = self.package_document_detail.to_dict()

        shipment_id = self.shipment_id

        benefits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageDocumentDetail": package_document_detail,
                "shipmentId": shipment_id,
            }
        )
        if benefits is not UNSET:
            field_dict["benefits"] = benefits

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.benefits import Benefits
        from ..models.package_document_detail import PackageDocumentDetail

        return (
            (
                (
                    "packageDocumentDetail",
                    "package_document_detail",
                    True,
                    ("model", PackageDocumentDetail),
                ),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("benefits", "benefits", False, ("model", Benefits)),
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
        package_document_detail = PackageDocumentDetail.from_dict(
            d.pop("packageDocumentDetail")
        )

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        _benefits = d.pop("benefits", UNSET)
        benefits = UNSET if _benefits is UNSET else Benefits.from_dict(_benefits)

        if cls is GetShipmentDocumentsResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_document_detail = package_document_detail
            _built.shipment_id = shipment_id
            _built.benefits = benefits
            _built._parse_notes = None
            get_shipment_documents_result = _built
        else:  # a subclass: its own __init__ runs
            get_shipment_documents_result = cls(
                package_document_detail=package_document_detail,
                shipment_id=shipment_id,
                benefits=benefits,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_shipment_documents_result.additional_properties = d or {}
        return get_shipment_documents_result

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
