from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confirm_shipment_request_cod_collection_method import (
    ConfirmShipmentRequestCodCollectionMethod,
)
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
    from ..models.package_detail import PackageDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, PackageDetail
    from ..models.package_detail import PackageDetail

    _lazy_pending = False


T = TypeVar("T", bound="ConfirmShipmentRequest")


@_attrs_define
class ConfirmShipmentRequest:
    """
    Attributes:
        marketplace_id (str):
        package_detail (PackageDetail):
        cod_collection_method (ConfirmShipmentRequestCodCollectionMethod | Unset):
    """

    marketplace_id: str
    package_detail: PackageDetail
    cod_collection_method: ConfirmShipmentRequestCodCollectionMethod | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        package_detail = self.package_detail.to_dict()

        cod_collection_method: str | Unset = UNSET
        if not isinstance(self.cod_collection_method, Unset):
            cod_collection_method = self.cod_collection_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "packageDetail": package_detail,
            }
        )
        if cod_collection_method is not UNSET:
            field_dict["codCollectionMethod"] = cod_collection_method

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package_detail import PackageDetail

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("packageDetail", "package_detail", True, ("model", PackageDetail)),
                (
                    "codCollectionMethod",
                    "cod_collection_method",
                    False,
                    ("enum", ConfirmShipmentRequestCodCollectionMethod),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        package_detail = PackageDetail.from_dict(d.pop("packageDetail"))

        _cod_collection_method = d.pop("codCollectionMethod", UNSET)
        cod_collection_method = (
            UNSET
            if _cod_collection_method is UNSET
            else (
                ConfirmShipmentRequestCodCollectionMethod._value2member_map_.get(
                    _cod_collection_method
                )
                if _cod_collection_method.__class__ is str
                else None
            )
            or ConfirmShipmentRequestCodCollectionMethod(_cod_collection_method)
        )

        if cls is ConfirmShipmentRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.package_detail = package_detail
            _built.cod_collection_method = cod_collection_method
            _built._parse_notes = None
            confirm_shipment_request = _built
        else:  # a subclass: its own __init__ runs
            confirm_shipment_request = cls(
                marketplace_id=marketplace_id,
                package_detail=package_detail,
                cod_collection_method=cod_collection_method,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        confirm_shipment_request.additional_properties = d or {}
        return confirm_shipment_request

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
