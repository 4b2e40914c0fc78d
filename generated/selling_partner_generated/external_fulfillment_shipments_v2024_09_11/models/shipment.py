from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_status import ShipmentStatus
from ..models.shipment_sub_status import ShipmentSubStatus
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
    from ..models.charge import Charge
    from ..models.invoice_info import InvoiceInfo
    from ..models.marketplace_attributes import MarketplaceAttributes
    from ..models.package import Package
    from ..models.party_identification_info import PartyIdentificationInfo
    from ..models.shipment_info import ShipmentInfo
    from ..models.shipment_line_item import ShipmentLineItem
    from ..models.shipment_requirements import ShipmentRequirements
    from ..models.shipping_info import ShippingInfo


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Charge, \
        InvoiceInfo, \
        MarketplaceAttributes, \
        Package, \
        PartyIdentificationInfo, \
        ShipmentInfo, \
        ShipmentLineItem, \
        ShipmentRequirements, \
        ShippingInfo
    from ..models.charge import Charge
    from ..models.invoice_info import InvoiceInfo
    from ..models.marketplace_attributes import MarketplaceAttributes
    from ..models.package import Package
    from ..models.party_identification_info import PartyIdentificationInfo
    from ..models.shipment_info import ShipmentInfo
    from ..models.shipment_line_item import ShipmentLineItem
    from ..models.shipment_requirements import ShipmentRequirements
    from ..models.shipping_info import ShippingInfo

    _lazy_pending = False


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """
    Attributes:
        charges (list[Charge]):
        creation_date_time (str):
        id (str):
        last_updated_date_time (str):
        line_items (list[ShipmentLineItem]):
        location_id (str):
        marketplace_attributes (MarketplaceAttributes):
        shipment_info (ShipmentInfo):
        shipment_requirements (ShipmentRequirements):
        shipping_info (ShippingInfo):
        status (ShipmentStatus):
        earliest_pack_date_time (str | Unset):
        invoice_info (InvoiceInfo | Unset):
        packages (list[Package] | Unset):
        party_info_list (list[PartyIdentificationInfo] | Unset):
        reason (str | Unset):
        sub_status (ShipmentSubStatus | Unset):
    """

    charges: list[Charge]
    creation_date_time: str
    id: str
    last_updated_date_time: str
    line_items: list[ShipmentLineItem]
    location_id: str
    marketplace_attributes: MarketplaceAttributes
    shipment_info: ShipmentInfo
    shipment_requirements: ShipmentRequirements
    shipping_info: ShippingInfo
    status: ShipmentStatus
    earliest_pack_date_time: str | Unset = UNSET
    invoice_info: InvoiceInfo | Unset = UNSET
    packages: list[Package] | Unset = UNSET
    party_info_list: list[PartyIdentificationInfo] | Unset = UNSET
    reason: str | Unset = UNSET
    sub_status: ShipmentSubStatus | Unset = UNSET
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
        charges = []
        for componentsschemas_charges_item_data in self.charges:
            componentsschemas_charges_item = (
                componentsschemas_charges_item_data.to_dict()
            )
            charges.append(componentsschemas_charges_item)

        creation_date_time = self.creation_date_time

        id = self.id

        last_updated_date_time = self.last_updated_date_time

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        location_id = self.location_id

        marketplace_attributes = self.marketplace_attributes.to_dict()

        shipment_info = self.shipment_info.to_dict()

        shipment_requirements = self.shipment_requirements.to_dict()

        shipping_info = self.shipping_info.to_dict()

        status = self.status.value

        earliest_pack_date_time = self.earliest_pack_date_time

        invoice_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_info, Unset):
            invoice_info = self.invoice_info.to_dict()

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        party_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.party_info_list, Unset):
            party_info_list = []
            for (
                componentsschemas_party_identification_info_list_item_data
            ) in self.party_info_list:
                componentsschemas_party_identification_info_list_item = (
                    componentsschemas_party_identification_info_list_item_data.to_dict()
                )
                party_info_list.append(
                    componentsschemas_party_identification_info_list_item
                )

        reason = self.reason

        sub_status: str | Unset = UNSET
        if not isinstance(self.sub_status, Unset):
            sub_status = self.sub_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charges": charges,
                "creationDateTime": creation_date_time,
                "id": id,
                "lastUpdatedDateTime": last_updated_date_time,
                "lineItems": line_items,
                "locationId": location_id,
                "marketplaceAttributes": marketplace_attributes,
                "shipmentInfo": shipment_info,
                "shipmentRequirements": shipment_requirements,
                "shippingInfo": shipping_info,
                "status": status,
            }
        )
        if earliest_pack_date_time is not UNSET:
            field_dict["earliestPackDateTime"] = earliest_pack_date_time
        if invoice_info is not UNSET:
            field_dict["invoiceInfo"] = invoice_info
        if packages is not UNSET:
            field_dict["packages"] = packages
        if party_info_list is not UNSET:
            field_dict["partyInfoList"] = party_info_list
        if reason is not UNSET:
            field_dict["reason"] = reason
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge import Charge
        from ..models.invoice_info import InvoiceInfo
        from ..models.marketplace_attributes import MarketplaceAttributes
        from ..models.package import Package
        from ..models.party_identification_info import PartyIdentificationInfo
        from ..models.shipment_info import ShipmentInfo
        from ..models.shipment_line_item import ShipmentLineItem
        from ..models.shipment_requirements import ShipmentRequirements
        from ..models.shipping_info import ShippingInfo

        return (
            (
                ("charges", "charges", True, ("list", ("model", Charge))),
                ("creationDateTime", "creation_date_time", True, ("str",)),
                ("id", "id", True, ("str",)),
                ("lastUpdatedDateTime", "last_updated_date_time", True, ("str",)),
                (
                    "lineItems",
                    "line_items",
                    True,
                    ("list", ("model", ShipmentLineItem)),
                ),
                ("locationId", "location_id", True, ("str",)),
                (
                    "marketplaceAttributes",
                    "marketplace_attributes",
                    True,
                    ("model", MarketplaceAttributes),
                ),
                ("shipmentInfo", "shipment_info", True, ("model", ShipmentInfo)),
                (
                    "shipmentRequirements",
                    "shipment_requirements",
                    True,
                    ("model", ShipmentRequirements),
                ),
                ("shippingInfo", "shipping_info", True, ("model", ShippingInfo)),
                ("status", "status", True, ("enum", ShipmentStatus)),
                ("earliestPackDateTime", "earliest_pack_date_time", False, ("str",)),
                ("invoiceInfo", "invoice_info", False, ("model", InvoiceInfo)),
                ("packages", "packages", False, ("list", ("model", Package))),
                (
                    "partyInfoList",
                    "party_info_list",
                    False,
                    ("list", ("model", PartyIdentificationInfo)),
                ),
                ("reason", "reason", False, ("str",)),
                ("subStatus", "sub_status", False, ("enum", ShipmentSubStatus)),
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
        _charges = d.pop("charges")
        charges = [Charge.from_dict(_item) for _item in _charges]

        creation_date_time = d.pop("creationDateTime")

        if _reader is not None and creation_date_time.__class__ is not str:
            raise DeviationError("creationDateTime")

        id = d.pop("id")

        if _reader is not None and id.__class__ is not str:
            raise DeviationError("id")

        last_updated_date_time = d.pop("lastUpdatedDateTime")

        if _reader is not None and last_updated_date_time.__class__ is not str:
            raise DeviationError("lastUpdatedDateTime")

        _line_items = d.pop("lineItems")
        line_items = [ShipmentLineItem.from_dict(_item) for _item in _line_items]

        location_id = d.pop("locationId")

        if _reader is not None and location_id.__class__ is not str:
            raise DeviationError("locationId")

        marketplace_attributes = MarketplaceAttributes.from_dict(
            d.pop("marketplaceAttributes")
        )

        shipment_info = ShipmentInfo.from_dict(d.pop("shipmentInfo"))

        shipment_requirements = ShipmentRequirements.from_dict(
            d.pop("shipmentRequirements")
        )

        shipping_info = ShippingInfo.from_dict(d.pop("shippingInfo"))

        _status = d.pop("status")
        status = (
            ShipmentStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ShipmentStatus(_status)

        earliest_pack_date_time = d.pop("earliestPackDateTime", UNSET)

        if (
            _reader is not None
            and earliest_pack_date_time.__class__ is not str
            and earliest_pack_date_time is not UNSET
        ):
            raise DeviationError("earliestPackDateTime")

        _invoice_info = d.pop("invoiceInfo", UNSET)
        invoice_info = (
            UNSET if _invoice_info is UNSET else InvoiceInfo.from_dict(_invoice_info)
        )

        _packages = d.pop("packages", UNSET)
        packages = (
            UNSET
            if _packages is UNSET
            else [Package.from_dict(_item) for _item in _packages]
        )

        _party_info_list = d.pop("partyInfoList", UNSET)
        party_info_list = (
            UNSET
            if _party_info_list is UNSET
            else [
                PartyIdentificationInfo.from_dict(_item) for _item in _party_info_list
            ]
        )

        reason = d.pop("reason", UNSET)

        if _reader is not None and reason.__class__ is not str and reason is not UNSET:
            raise DeviationError("reason")

        _sub_status = d.pop("subStatus", UNSET)
        sub_status = (
            UNSET
            if _sub_status is UNSET
            else (
                ShipmentSubStatus._value2member_map_.get(_sub_status)
                if _sub_status.__class__ is str
                else None
            )
            or ShipmentSubStatus(_sub_status)
        )

        if cls is Shipment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charges = charges
            _built.creation_date_time = creation_date_time
            _built.id = id
            _built.last_updated_date_time = last_updated_date_time
            _built.line_items = line_items
            _built.location_id = location_id
            _built.marketplace_attributes = marketplace_attributes
            _built.shipment_info = shipment_info
            _built.shipment_requirements = shipment_requirements
            _built.shipping_info = shipping_info
            _built.status = status
            _built.earliest_pack_date_time = earliest_pack_date_time
            _built.invoice_info = invoice_info
            _built.packages = packages
            _built.party_info_list = party_info_list
            _built.reason = reason
            _built.sub_status = sub_status
            _built._parse_notes = None
            shipment = _built
        else:  # a subclass: its own __init__ runs
            shipment = cls(
                charges=charges,
                creation_date_time=creation_date_time,
                id=id,
                last_updated_date_time=last_updated_date_time,
                line_items=line_items,
                location_id=location_id,
                marketplace_attributes=marketplace_attributes,
                shipment_info=shipment_info,
                shipment_requirements=shipment_requirements,
                shipping_info=shipping_info,
                status=status,
                earliest_pack_date_time=earliest_pack_date_time,
                invoice_info=invoice_info,
                packages=packages,
                party_info_list=party_info_list,
                reason=reason,
                sub_status=sub_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment.additional_properties = d or {}
        return shipment

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
