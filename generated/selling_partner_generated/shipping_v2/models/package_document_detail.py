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
    from ..models.package_document import PackageDocument


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PackageDocument
    from ..models.package_document import PackageDocument

    _lazy_pending = False


T = TypeVar("T", bound="PackageDocumentDetail")


@_attrs_define
class PackageDocumentDetail:
    """
    Attributes:
        package_client_reference_id (str):
        package_documents (list[PackageDocument]):
        tracking_id (str | Unset):
    """

    package_client_reference_id: str
    package_documents: list[PackageDocument]
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
        if _lazy_pending:
            _load_lazy()
        package_client_reference_id = self.package_client_reference_id

        package_documents = []
        for componentsschemas_package_document_list_item_data in self.package_documents:
            componentsschemas_package_document_list_item = (
                componentsschemas_package_document_list_item_data.to_dict()
            )
            package_documents.append(componentsschemas_package_document_list_item)

        tracking_id = self.tracking_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageClientReferenceId": package_client_reference_id,
                "packageDocuments": package_documents,
            }
        )
        if tracking_id is not UNSET:
            field_dict["trackingId"] = tracking_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package_document import PackageDocument

        return (
            (
                (
                    "packageClientReferenceId",
                    "package_client_reference_id",
                    True,
                    ("str",),
                ),
                (
                    "packageDocuments",
                    "package_documents",
                    True,
                    ("list", ("model", PackageDocument)),
                ),
                ("trackingId", "tracking_id", False, ("str",)),
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
        package_client_reference_id = d.pop("packageClientReferenceId")

        if _reader is not None and package_client_reference_id.__class__ is not str:
            raise DeviationError("packageClientReferenceId")

        _package_documents = d.pop("packageDocuments")
        package_documents = [
            PackageDocument.from_dict(_item) for _item in _package_documents
        ]

        tracking_id = d.pop("trackingId", UNSET)

        if (
            _reader is not None
            and tracking_id.__class__ is not str
            and tracking_id is not UNSET
        ):
            raise DeviationError("trackingId")

        if cls is PackageDocumentDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_client_reference_id = package_client_reference_id
            _built.package_documents = package_documents
            _built.tracking_id = tracking_id
            _built._parse_notes = None
            package_document_detail = _built
        else:  # a subclass: its own __init__ runs
            package_document_detail = cls(
                package_client_reference_id=package_client_reference_id,
                package_documents=package_documents,
                tracking_id=tracking_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_document_detail.additional_properties = d or {}
        return package_document_detail

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
