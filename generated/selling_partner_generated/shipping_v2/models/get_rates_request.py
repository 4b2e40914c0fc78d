from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_type import ShipmentType
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
    from ..models.access_point_details import AccessPointDetails
    from ..models.address import Address
    from ..models.carrier_account import CarrierAccount
    from ..models.channel_details import ChannelDetails
    from ..models.client_reference_detail import ClientReferenceDetail
    from ..models.package import Package
    from ..models.shipper_instruction import ShipperInstruction
    from ..models.tax_detail import TaxDetail
    from ..models.value_added_service_details import ValueAddedServiceDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AccessPointDetails, \
        Address, \
        CarrierAccount, \
        ChannelDetails, \
        ClientReferenceDetail, \
        Package, \
        ShipperInstruction, \
        TaxDetail, \
        ValueAddedServiceDetails
    from ..models.access_point_details import AccessPointDetails
    from ..models.address import Address
    from ..models.carrier_account import CarrierAccount
    from ..models.channel_details import ChannelDetails
    from ..models.client_reference_detail import ClientReferenceDetail
    from ..models.package import Package
    from ..models.shipper_instruction import ShipperInstruction
    from ..models.tax_detail import TaxDetail
    from ..models.value_added_service_details import ValueAddedServiceDetails

    _lazy_pending = False


T = TypeVar("T", bound="GetRatesRequest")


@_attrs_define
class GetRatesRequest:
    """
    Attributes:
        channel_details (ChannelDetails):
        packages (list[Package]):
        ship_from (Address):
        carrier_accounts (list[CarrierAccount] | Unset):
        client_reference_details (list[ClientReferenceDetail] | Unset):
        destination_access_point_details (AccessPointDetails | Unset):
        return_to (Address | Unset):
        ship_date (datetime.datetime | Unset):
        ship_to (Address | Unset):
        shipment_type (ShipmentType | Unset):
        shipper_instruction (ShipperInstruction | Unset):
        tax_details (list[TaxDetail] | Unset):
        value_added_services (ValueAddedServiceDetails | Unset):
    """

    channel_details: ChannelDetails
    packages: list[Package]
    ship_from: Address
    carrier_accounts: list[CarrierAccount] | Unset = UNSET
    client_reference_details: list[ClientReferenceDetail] | Unset = UNSET
    destination_access_point_details: AccessPointDetails | Unset = UNSET
    return_to: Address | Unset = UNSET
    ship_date: datetime.datetime | Unset = UNSET
    ship_to: Address | Unset = UNSET
    shipment_type: ShipmentType | Unset = UNSET
    shipper_instruction: ShipperInstruction | Unset = UNSET
    tax_details: list[TaxDetail] | Unset = UNSET
    value_added_services: ValueAddedServiceDetails | Unset = UNSET
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
        channel_details = self.channel_details.to_dict()

        packages = []
        for componentsschemas_package_list_item_data in self.packages:
            componentsschemas_package_list_item = (
                componentsschemas_package_list_item_data.to_dict()
            )
            packages.append(componentsschemas_package_list_item)

        ship_from = self.ship_from.to_dict()

        carrier_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.carrier_accounts, Unset):
            carrier_accounts = []
            for componentsschemas_carrier_accounts_item_data in self.carrier_accounts:
                componentsschemas_carrier_accounts_item = (
                    componentsschemas_carrier_accounts_item_data.to_dict()
                )
                carrier_accounts.append(componentsschemas_carrier_accounts_item)

        client_reference_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_reference_details, Unset):
            client_reference_details = []
            for (
                componentsschemas_client_reference_details_item_data
            ) in self.client_reference_details:
                componentsschemas_client_reference_details_item = (
                    componentsschemas_client_reference_details_item_data.to_dict()
                )
                client_reference_details.append(
                    componentsschemas_client_reference_details_item
                )

        destination_access_point_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_access_point_details, Unset):
            destination_access_point_details = (
                self.destination_access_point_details.to_dict()
            )

        return_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_to, Unset):
            return_to = self.return_to.to_dict()

        ship_date: str | Unset = UNSET
        if not isinstance(self.ship_date, Unset):
            ship_date = self.ship_date.isoformat()

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        shipment_type: str | Unset = UNSET
        if not isinstance(self.shipment_type, Unset):
            shipment_type = self.shipment_type.value

        shipper_instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipper_instruction, Unset):
            shipper_instruction = self.shipper_instruction.to_dict()

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for componentsschemas_tax_detail_list_item_data in self.tax_details:
                componentsschemas_tax_detail_list_item = (
                    componentsschemas_tax_detail_list_item_data.to_dict()
                )
                tax_details.append(componentsschemas_tax_detail_list_item)

        value_added_services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_added_services, Unset):
            value_added_services = self.value_added_services.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelDetails": channel_details,
                "packages": packages,
                "shipFrom": ship_from,
            }
        )
        if carrier_accounts is not UNSET:
            field_dict["carrierAccounts"] = carrier_accounts
        if client_reference_details is not UNSET:
            field_dict["clientReferenceDetails"] = client_reference_details
        if destination_access_point_details is not UNSET:
            field_dict["destinationAccessPointDetails"] = (
                destination_access_point_details
            )
        if return_to is not UNSET:
            field_dict["returnTo"] = return_to
        if ship_date is not UNSET:
            field_dict["shipDate"] = ship_date
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if shipment_type is not UNSET:
            field_dict["shipmentType"] = shipment_type
        if shipper_instruction is not UNSET:
            field_dict["shipperInstruction"] = shipper_instruction
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details
        if value_added_services is not UNSET:
            field_dict["valueAddedServices"] = value_added_services

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.access_point_details import AccessPointDetails
        from ..models.address import Address
        from ..models.carrier_account import CarrierAccount
        from ..models.channel_details import ChannelDetails
        from ..models.client_reference_detail import ClientReferenceDetail
        from ..models.package import Package
        from ..models.shipper_instruction import ShipperInstruction
        from ..models.tax_detail import TaxDetail
        from ..models.value_added_service_details import ValueAddedServiceDetails

        return (
            (
                ("channelDetails", "channel_details", True, ("model", ChannelDetails)),
                ("packages", "packages", True, ("list", ("model", Package))),
                ("shipFrom", "ship_from", True, ("model", Address)),
                (
                    "carrierAccounts",
                    "carrier_accounts",
                    False,
                    ("list", ("model", CarrierAccount)),
                ),
                (
                    "clientReferenceDetails",
                    "client_reference_details",
                    False,
                    ("list", ("model", ClientReferenceDetail)),
                ),
                (
                    "destinationAccessPointDetails",
                    "destination_access_point_details",
                    False,
                    ("model", AccessPointDetails),
                ),
                ("returnTo", "return_to", False, ("model", Address)),
                ("shipDate", "ship_date", False, ("datetime",)),
                ("shipTo", "ship_to", False, ("model", Address)),
                ("shipmentType", "shipment_type", False, ("enum", ShipmentType)),
                (
                    "shipperInstruction",
                    "shipper_instruction",
                    False,
                    ("model", ShipperInstruction),
                ),
                ("taxDetails", "tax_details", False, ("list", ("model", TaxDetail))),
                (
                    "valueAddedServices",
                    "value_added_services",
                    False,
                    ("model", ValueAddedServiceDetails),
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
        channel_details = ChannelDetails.from_dict(d.pop("channelDetails"))

        _packages = d.pop("packages")
        packages = [Package.from_dict(_item) for _item in _packages]

        ship_from = Address.from_dict(d.pop("shipFrom"))

        _carrier_accounts = d.pop("carrierAccounts", UNSET)
        carrier_accounts = (
            UNSET
            if _carrier_accounts is UNSET
            else [CarrierAccount.from_dict(_item) for _item in _carrier_accounts]
        )

        _client_reference_details = d.pop("clientReferenceDetails", UNSET)
        client_reference_details = (
            UNSET
            if _client_reference_details is UNSET
            else [
                ClientReferenceDetail.from_dict(_item)
                for _item in _client_reference_details
            ]
        )

        _destination_access_point_details = d.pop(
            "destinationAccessPointDetails", UNSET
        )
        destination_access_point_details = (
            UNSET
            if _destination_access_point_details is UNSET
            else AccessPointDetails.from_dict(_destination_access_point_details)
        )

        _return_to = d.pop("returnTo", UNSET)
        return_to = UNSET if _return_to is UNSET else Address.from_dict(_return_to)

        _ship_date = d.pop("shipDate", UNSET)
        ship_date = (
            UNSET
            if _ship_date is UNSET
            else datetime.datetime.fromisoformat(_ship_date)
        )

        if (
            _reader is not None
            and not isinstance(ship_date, Unset)
            and ship_date.tzinfo is None
        ):
            raise DeviationError("shipDate")

        _ship_to = d.pop("shipTo", UNSET)
        ship_to = UNSET if _ship_to is UNSET else Address.from_dict(_ship_to)

        _shipment_type = d.pop("shipmentType", UNSET)
        shipment_type = (
            UNSET
            if _shipment_type is UNSET
            else (
                ShipmentType._value2member_map_.get(_shipment_type)
                if _shipment_type.__class__ is str
                else None
            )
            or ShipmentType(_shipment_type)
        )

        _shipper_instruction = d.pop("shipperInstruction", UNSET)
        shipper_instruction = (
            UNSET
            if _shipper_instruction is UNSET
            else ShipperInstruction.from_dict(_shipper_instruction)
        )

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details = (
            UNSET
            if _tax_details is UNSET
            else [TaxDetail.from_dict(_item) for _item in _tax_details]
        )

        _value_added_services = d.pop("valueAddedServices", UNSET)
        value_added_services = (
            UNSET
            if _value_added_services is UNSET
            else ValueAddedServiceDetails.from_dict(_value_added_services)
        )

        if cls is GetRatesRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.channel_details = channel_details
            _built.packages = packages
            _built.ship_from = ship_from
            _built.carrier_accounts = carrier_accounts
            _built.client_reference_details = client_reference_details
            _built.destination_access_point_details = destination_access_point_details
            _built.return_to = return_to
            _built.ship_date = ship_date
            _built.ship_to = ship_to
            _built.shipment_type = shipment_type
            _built.shipper_instruction = shipper_instruction
            _built.tax_details = tax_details
            _built.value_added_services = value_added_services
            _built._parse_notes = None
            get_rates_request = _built
        else:  # a subclass: its own __init__ runs
            get_rates_request = cls(
                channel_details=channel_details,
                packages=packages,
                ship_from=ship_from,
                carrier_accounts=carrier_accounts,
                client_reference_details=client_reference_details,
                destination_access_point_details=destination_access_point_details,
                return_to=return_to,
                ship_date=ship_date,
                ship_to=ship_to,
                shipment_type=shipment_type,
                shipper_instruction=shipper_instruction,
                tax_details=tax_details,
                value_added_services=value_added_services,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_rates_request.additional_properties = d or {}
        return get_rates_request

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
