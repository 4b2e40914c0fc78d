from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.rejected_shipping_service import RejectedShippingService
    from ..models.shipping_service import ShippingService
    from ..models.temporarily_unavailable_carrier import TemporarilyUnavailableCarrier
    from ..models.terms_and_conditions_not_accepted_carrier import (
        TermsAndConditionsNotAcceptedCarrier,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        RejectedShippingService, \
        ShippingService, \
        TemporarilyUnavailableCarrier, \
        TermsAndConditionsNotAcceptedCarrier
    from ..models.rejected_shipping_service import RejectedShippingService
    from ..models.shipping_service import ShippingService
    from ..models.temporarily_unavailable_carrier import TemporarilyUnavailableCarrier
    from ..models.terms_and_conditions_not_accepted_carrier import (
        TermsAndConditionsNotAcceptedCarrier,
    )

    _lazy_pending = False


T = TypeVar("T", bound="GetEligibleShipmentServicesResult")


@_attrs_define
class GetEligibleShipmentServicesResult:
    """
    Attributes:
        shipping_service_list (list[ShippingService]):
        rejected_shipping_service_list (list[RejectedShippingService] | Unset):
        temporarily_unavailable_carrier_list (list[TemporarilyUnavailableCarrier] | Unset):
        terms_and_conditions_not_accepted_carrier_list (list[TermsAndConditionsNotAcceptedCarrier] | Unset):
    """

    shipping_service_list: list[ShippingService]
    rejected_shipping_service_list: list[RejectedShippingService] | Unset = UNSET
    temporarily_unavailable_carrier_list: (
        list[TemporarilyUnavailableCarrier] | Unset
    ) = UNSET
    terms_and_conditions_not_accepted_carrier_list: (
        list[TermsAndConditionsNotAcceptedCarrier] | Unset
    ) = UNSET
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
        shipping_service_list = []
        for (
            componentsschemas_shipping_service_list_item_data
        ) in self.shipping_service_list:
            componentsschemas_shipping_service_list_item = (
                componentsschemas_shipping_service_list_item_data.to_dict()
            )
            shipping_service_list.append(componentsschemas_shipping_service_list_item)

        rejected_shipping_service_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_shipping_service_list, Unset):
            rejected_shipping_service_list = []
            for (
                componentsschemas_rejected_shipping_service_list_item_data
            ) in self.rejected_shipping_service_list:
                componentsschemas_rejected_shipping_service_list_item = (
                    componentsschemas_rejected_shipping_service_list_item_data.to_dict()
                )
                rejected_shipping_service_list.append(
                    componentsschemas_rejected_shipping_service_list_item
                )

        temporarily_unavailable_carrier_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.temporarily_unavailable_carrier_list, Unset):
            temporarily_unavailable_carrier_list = []
            for (
                componentsschemas_temporarily_unavailable_carrier_list_item_data
            ) in self.temporarily_unavailable_carrier_list:
                componentsschemas_temporarily_unavailable_carrier_list_item = componentsschemas_temporarily_unavailable_carrier_list_item_data.to_dict()
                temporarily_unavailable_carrier_list.append(
                    componentsschemas_temporarily_unavailable_carrier_list_item
                )

        terms_and_conditions_not_accepted_carrier_list: list[dict[str, Any]] | Unset = (
            UNSET
        )
        if not isinstance(self.terms_and_conditions_not_accepted_carrier_list, Unset):
            terms_and_conditions_not_accepted_carrier_list = []
            for componentsschemas_terms_and_conditions_not_accepted_carrier_list_item_data in self.terms_and_conditions_not_accepted_carrier_list:
                componentsschemas_terms_and_conditions_not_accepted_carrier_list_item = componentsschemas_terms_and_conditions_not_accepted_carrier_list_item_data.to_dict()
                terms_and_conditions_not_accepted_carrier_list.append(
                    componentsschemas_terms_and_conditions_not_accepted_carrier_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ShippingServiceList": shipping_service_list,
            }
        )
        if rejected_shipping_service_list is not UNSET:
            field_dict["RejectedShippingServiceList"] = rejected_shipping_service_list
        if temporarily_unavailable_carrier_list is not UNSET:
            field_dict["TemporarilyUnavailableCarrierList"] = (
                temporarily_unavailable_carrier_list
            )
        if terms_and_conditions_not_accepted_carrier_list is not UNSET:
            field_dict["TermsAndConditionsNotAcceptedCarrierList"] = (
                terms_and_conditions_not_accepted_carrier_list
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.rejected_shipping_service import RejectedShippingService
        from ..models.shipping_service import ShippingService
        from ..models.temporarily_unavailable_carrier import (
            TemporarilyUnavailableCarrier,
        )
        from ..models.terms_and_conditions_not_accepted_carrier import (
            TermsAndConditionsNotAcceptedCarrier,
        )

        return (
            (
                (
                    "ShippingServiceList",
                    "shipping_service_list",
                    True,
                    ("list", ("model", ShippingService)),
                ),
                (
                    "RejectedShippingServiceList",
                    "rejected_shipping_service_list",
                    False,
                    ("list", ("model", RejectedShippingService)),
                ),
                (
                    "TemporarilyUnavailableCarrierList",
                    "temporarily_unavailable_carrier_list",
                    False,
                    ("list", ("model", TemporarilyUnavailableCarrier)),
                ),
                (
                    "TermsAndConditionsNotAcceptedCarrierList",
                    "terms_and_conditions_not_accepted_carrier_list",
                    False,
                    ("list", ("model", TermsAndConditionsNotAcceptedCarrier)),
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
        _shipping_service_list = d.pop("ShippingServiceList")
        shipping_service_list = [
            ShippingService.from_dict(_item) for _item in _shipping_service_list
        ]

        _rejected_shipping_service_list = d.pop("RejectedShippingServiceList", UNSET)
        rejected_shipping_service_list = (
            UNSET
            if _rejected_shipping_service_list is UNSET
            else [
                RejectedShippingService.from_dict(_item)
                for _item in _rejected_shipping_service_list
            ]
        )

        _temporarily_unavailable_carrier_list = d.pop(
            "TemporarilyUnavailableCarrierList", UNSET
        )
        temporarily_unavailable_carrier_list = (
            UNSET
            if _temporarily_unavailable_carrier_list is UNSET
            else [
                TemporarilyUnavailableCarrier.from_dict(_item)
                for _item in _temporarily_unavailable_carrier_list
            ]
        )

        _terms_and_conditions_not_accepted_carrier_list = d.pop(
            "TermsAndConditionsNotAcceptedCarrierList", UNSET
        )
        terms_and_conditions_not_accepted_carrier_list = (
            UNSET
            if _terms_and_conditions_not_accepted_carrier_list is UNSET
            else [
                TermsAndConditionsNotAcceptedCarrier.from_dict(_item)
                for _item in _terms_and_conditions_not_accepted_carrier_list
            ]
        )

        if cls is GetEligibleShipmentServicesResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipping_service_list = shipping_service_list
            _built.rejected_shipping_service_list = rejected_shipping_service_list
            _built.temporarily_unavailable_carrier_list = (
                temporarily_unavailable_carrier_list
            )
            _built.terms_and_conditions_not_accepted_carrier_list = (
                terms_and_conditions_not_accepted_carrier_list
            )
            _built._parse_notes = None
            get_eligible_shipment_services_result = _built
        else:  # a subclass: its own __init__ runs
            get_eligible_shipment_services_result = cls(
                shipping_service_list=shipping_service_list,
                rejected_shipping_service_list=rejected_shipping_service_list,
                temporarily_unavailable_carrier_list=temporarily_unavailable_carrier_list,
                terms_and_conditions_not_accepted_carrier_list=terms_and_conditions_not_accepted_carrier_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_eligible_shipment_services_result.additional_properties = d or {}
        return get_eligible_shipment_services_result

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
