from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.carrier import Carrier
    from ..models.currency import Currency
    from ..models.package_document_detail import PackageDocumentDetail
    from ..models.promise import Promise
    from ..models.service import Service


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Carrier, Currency, PackageDocumentDetail, Promise, Service
    from ..models.carrier import Carrier
    from ..models.currency import Currency
    from ..models.package_document_detail import PackageDocumentDetail
    from ..models.promise import Promise
    from ..models.service import Service

    _lazy_pending = False


T = TypeVar("T", bound="OneClickShipmentResult")


@_attrs_define
class OneClickShipmentResult:
    """
    Attributes:
        carrier (Carrier):
        package_document_details (list[PackageDocumentDetail]):
        promise (Promise):
        service (Service):
        shipment_id (str):
        total_charge (Currency):
    """

    carrier: Carrier
    package_document_details: list[PackageDocumentDetail]
    promise: Promise
    service: Service
    shipment_id: str
    total_charge: Currency
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
        carrier = self.carrier.to_dict()

        package_document_details = []
        for (
            componentsschemas_package_document_detail_list_item_data
        ) in self.package_document_details:
            componentsschemas_package_document_detail_list_item = (
                componentsschemas_package_document_detail_list_item_data.to_dict()
            )
            package_document_details.append(
                componentsschemas_package_document_detail_list_item
            )

        promise = self.promise.to_dict()

        service = self.service.to_dict()

        shipment_id = self.shipment_id

        total_charge = self.total_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "packageDocumentDetails": package_document_details,
                "promise": promise,
                "service": service,
                "shipmentId": shipment_id,
                "totalCharge": total_charge,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.carrier import Carrier
        from ..models.currency import Currency
        from ..models.package_document_detail import PackageDocumentDetail
        from ..models.promise import Promise
        from ..models.service import Service

        return (
            (
                ("carrier", "carrier", True, ("model", Carrier)),
                (
                    "packageDocumentDetails",
                    "package_document_details",
                    True,
                    ("list", ("model", PackageDocumentDetail)),
                ),
                ("promise", "promise", True, ("model", Promise)),
                ("service", "service", True, ("model", Service)),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("totalCharge", "total_charge", True, ("model", Currency)),
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
        carrier = Carrier.from_dict(d.pop("carrier"))

        _package_document_details = d.pop("packageDocumentDetails")
        package_document_details = [
            PackageDocumentDetail.from_dict(_item)
            for _item in _package_document_details
        ]

        promise = Promise.from_dict(d.pop("promise"))

        service = Service.from_dict(d.pop("service"))

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        total_charge = Currency.from_dict(d.pop("totalCharge"))

        if cls is OneClickShipmentResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier = carrier
            _built.package_document_details = package_document_details
            _built.promise = promise
            _built.service = service
            _built.shipment_id = shipment_id
            _built.total_charge = total_charge
            _built._parse_notes = None
            one_click_shipment_result = _built
        else:  # a subclass: its own __init__ runs
            one_click_shipment_result = cls(
                carrier=carrier,
                package_document_details=package_document_details,
                promise=promise,
                service=service,
                shipment_id=shipment_id,
                total_charge=total_charge,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        one_click_shipment_result.additional_properties = d or {}
        return one_click_shipment_result

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
