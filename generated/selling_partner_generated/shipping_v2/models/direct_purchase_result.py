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
    from ..models.package_document_detail import PackageDocumentDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PackageDocumentDetail
    from ..models.package_document_detail import PackageDocumentDetail

    _lazy_pending = False


T = TypeVar("T", bound="DirectPurchaseResult")


@_attrs_define
class DirectPurchaseResult:
    """
    Attributes:
        shipment_id (str):
        package_document_detail_list (list[PackageDocumentDetail] | Unset):
    """

    shipment_id: str
    package_document_detail_list: list[PackageDocumentDetail] | Unset = UNSET
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
        shipment_id = self.shipment_id

        package_document_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_document_detail_list, Unset):
            package_document_detail_list = []
            for (
                componentsschemas_package_document_detail_list_item_data
            ) in self.package_document_detail_list:
                componentsschemas_package_document_detail_list_item = (
                    componentsschemas_package_document_detail_list_item_data.to_dict()
                )
                package_document_detail_list.append(
                    componentsschemas_package_document_detail_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipmentId": shipment_id,
            }
        )
        if package_document_detail_list is not UNSET:
            field_dict["packageDocumentDetailList"] = package_document_detail_list

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package_document_detail import PackageDocumentDetail

        return (
            (
                ("shipmentId", "shipment_id", True, ("str",)),
                (
                    "packageDocumentDetailList",
                    "package_document_detail_list",
                    False,
                    ("list", ("model", PackageDocumentDetail)),
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
        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        _package_document_detail_list = d.pop("packageDocumentDetailList", UNSET)
        package_document_detail_list = (
            UNSET
            if _package_document_detail_list is UNSET
            else [
                PackageDocumentDetail.from_dict(_item)
                for _item in _package_document_detail_list
            ]
        )

        if cls is DirectPurchaseResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipment_id = shipment_id
            _built.package_document_detail_list = package_document_detail_list
            _built._parse_notes = None
            direct_purchase_result = _built
        else:  # a subclass: its own __init__ runs
            direct_purchase_result = cls(
                shipment_id=shipment_id,
                package_document_detail_list=package_document_detail_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        direct_purchase_result.additional_properties = d or {}
        return direct_purchase_result

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
