from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_status import InboundStatus
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
    from ..models.address import Address
    from ..models.destination_details import DestinationDetails
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.inbound_preferences import InboundPreferences


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        DestinationDetails, \
        DistributionPackageQuantity, \
        InboundPreferences
    from ..models.address import Address
    from ..models.destination_details import DestinationDetails
    from ..models.distribution_package_quantity import DistributionPackageQuantity
    from ..models.inbound_preferences import InboundPreferences

    _lazy_pending = False


T = TypeVar("T", bound="InboundOrder")


@_attrs_define
class InboundOrder:
    """
    Attributes:
        created_at (datetime.datetime):
        order_id (str):
        order_status (InboundStatus):
        origin_address (Address):
        packages_to_inbound (list[DistributionPackageQuantity]):
        destination_details (DestinationDetails | Unset):
        external_reference_id (str | Unset):
        preferences (InboundPreferences | Unset):
        updated_at (datetime.datetime | Unset):
    """

    created_at: datetime.datetime
    order_id: str
    order_status: InboundStatus
    origin_address: Address
    packages_to_inbound: list[DistributionPackageQuantity]
    destination_details: DestinationDetails | Unset = UNSET
    external_reference_id: str | Unset = UNSET
    preferences: InboundPreferences | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
        created_at = self.created_at.isoformat()

        order_id = self.order_id

        order_status = self.order_status.value

        origin_address = self.origin_address.to_dict()

        packages_to_inbound = []
        for packages_to_inbound_item_data in self.packages_to_inbound:
            packages_to_inbound_item = packages_to_inbound_item_data.to_dict()
            packages_to_inbound.append(packages_to_inbound_item)

        destination_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_details, Unset):
            destination_details = self.destination_details.to_dict()

        external_reference_id = self.external_reference_id

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "orderId": order_id,
                "orderStatus": order_status,
                "originAddress": origin_address,
                "packagesToInbound": packages_to_inbound,
            }
        )
        if destination_details is not UNSET:
            field_dict["destinationDetails"] = destination_details
        if external_reference_id is not UNSET:
            field_dict["externalReferenceId"] = external_reference_id
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.destination_details import DestinationDetails
        from ..models.distribution_package_quantity import DistributionPackageQuantity
        from ..models.inbound_preferences import InboundPreferences

        return (
            (
                ("createdAt", "created_at", True, ("datetime",)),
                ("orderId", "order_id", True, ("str",)),
                ("orderStatus", "order_status", True, ("enum", InboundStatus)),
                ("originAddress", "origin_address", True, ("model", Address)),
                (
                    "packagesToInbound",
                    "packages_to_inbound",
                    True,
                    ("list", ("model", DistributionPackageQuantity)),
                ),
                (
                    "destinationDetails",
                    "destination_details",
                    False,
                    ("model", DestinationDetails),
                ),
                ("externalReferenceId", "external_reference_id", False, ("str",)),
                ("preferences", "preferences", False, ("model", InboundPreferences)),
                ("updatedAt", "updated_at", False, ("datetime",)),
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
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        if _reader is not None and created_at.tzinfo is None:
            raise DeviationError("createdAt")

        order_id = d.pop("orderId")

        if _reader is not None and order_id.__class__ is not str:
            raise DeviationError("orderId")

        _order_status = d.pop("orderStatus")
        order_status = (
            InboundStatus._value2member_map_.get(_order_status)
            if _order_status.__class__ is str
            else None
        ) or InboundStatus(_order_status)

        origin_address = Address.from_dict(d.pop("originAddress"))

        _packages_to_inbound = d.pop("packagesToInbound")
        packages_to_inbound = [
            DistributionPackageQuantity.from_dict(_item)
            for _item in _packages_to_inbound
        ]

        _destination_details = d.pop("destinationDetails", UNSET)
        destination_details = (
            UNSET
            if _destination_details is UNSET
            else DestinationDetails.from_dict(_destination_details)
        )

        external_reference_id = d.pop("externalReferenceId", UNSET)

        if (
            _reader is not None
            and external_reference_id.__class__ is not str
            and external_reference_id is not UNSET
        ):
            raise DeviationError("externalReferenceId")

        _preferences = d.pop("preferences", UNSET)
        preferences = (
            UNSET
            if _preferences is UNSET
            else InboundPreferences.from_dict(_preferences)
        )

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at = (
            UNSET
            if _updated_at is UNSET
            else datetime.datetime.fromisoformat(_updated_at)
        )

        if (
            _reader is not None
            and not isinstance(updated_at, Unset)
            and updated_at.tzinfo is None
        ):
            raise DeviationError("updatedAt")

        if cls is InboundOrder:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.created_at = created_at
            _built.order_id = order_id
            _built.order_status = order_status
            _built.origin_address = origin_address
            _built.packages_to_inbound = packages_to_inbound
            _built.destination_details = destination_details
            _built.external_reference_id = external_reference_id
            _built.preferences = preferences
            _built.updated_at = updated_at
            _built._parse_notes = None
            inbound_order = _built
        else:  # a subclass: its own __init__ runs
            inbound_order = cls(
                created_at=created_at,
                order_id=order_id,
                order_status=order_status,
                origin_address=origin_address,
                packages_to_inbound=packages_to_inbound,
                destination_details=destination_details,
                external_reference_id=external_reference_id,
                preferences=preferences,
                updated_at=updated_at,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inbound_order.additional_properties = d or {}
        return inbound_order

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
