from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hazmat_type import HazmatType
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
    from ..models.additional_seller_inputs import AdditionalSellerInputs
    from ..models.label_format_option_request import LabelFormatOptionRequest
    from ..models.shipment_request_details import ShipmentRequestDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AdditionalSellerInputs, \
        LabelFormatOptionRequest, \
        ShipmentRequestDetails
    from ..models.additional_seller_inputs import AdditionalSellerInputs
    from ..models.label_format_option_request import LabelFormatOptionRequest
    from ..models.shipment_request_details import ShipmentRequestDetails

    _lazy_pending = False


T = TypeVar("T", bound="CreateShipmentRequest")


@_attrs_define
class CreateShipmentRequest:
    """
    Attributes:
        shipment_request_details (ShipmentRequestDetails):
        shipping_service_id (str):
        hazmat_type (HazmatType | Unset):
        label_format_option (LabelFormatOptionRequest | Unset):
        shipment_level_seller_inputs_list (list[AdditionalSellerInputs] | Unset):
        shipping_service_offer_id (str | Unset):
    """

    shipment_request_details: ShipmentRequestDetails
    shipping_service_id: str
    hazmat_type: HazmatType | Unset = UNSET
    label_format_option: LabelFormatOptionRequest | Unset = UNSET
    shipment_level_seller_inputs_list: list[AdditionalSellerInputs] | Unset = UNSET
    shipping_service_offer_id: str | Unset = UNSET
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
        shipment_request_details = self.shipment_request_details.to_dict()

        shipping_service_id = self.shipping_service_id

        hazmat_type: str | Unset = UNSET
        if not isinstance(self.hazmat_type, Unset):
            hazmat_type = self.hazmat_type.value

        label_format_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format_option, Unset):
            label_format_option = self.label_format_option.to_dict()

        shipment_level_seller_inputs_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_level_seller_inputs_list, Unset):
            shipment_level_seller_inputs_list = []
            for (
                componentsschemas_additional_seller_inputs_list_item_data
            ) in self.shipment_level_seller_inputs_list:
                componentsschemas_additional_seller_inputs_list_item = (
                    componentsschemas_additional_seller_inputs_list_item_data.to_dict()
                )
                shipment_level_seller_inputs_list.append(
                    componentsschemas_additional_seller_inputs_list_item
                )

        shipping_service_offer_id = self.shipping_service_offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ShipmentRequestDetails": shipment_request_details,
                "ShippingServiceId": shipping_service_id,
            }
        )
        if hazmat_type is not UNSET:
            field_dict["HazmatType"] = hazmat_type
        if label_format_option is not UNSET:
            field_dict["LabelFormatOption"] = label_format_option
        if shipment_level_seller_inputs_list is not UNSET:
            field_dict["ShipmentLevelSellerInputsList"] = (
                shipment_level_seller_inputs_list
            )
        if shipping_service_offer_id is not UNSET:
            field_dict["ShippingServiceOfferId"] = shipping_service_offer_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.additional_seller_inputs import AdditionalSellerInputs
        from ..models.label_format_option_request import LabelFormatOptionRequest
        from ..models.shipment_request_details import ShipmentRequestDetails

        return (
            (
                (
                    "ShipmentRequestDetails",
                    "shipment_request_details",
                    True,
                    ("model", ShipmentRequestDetails),
                ),
                ("ShippingServiceId", "shipping_service_id", True, ("str",)),
                ("HazmatType", "hazmat_type", False, ("enum", HazmatType)),
                (
                    "LabelFormatOption",
                    "label_format_option",
                    False,
                    ("model", LabelFormatOptionRequest),
                ),
                (
                    "ShipmentLevelSellerInputsList",
                    "shipment_level_seller_inputs_list",
                    False,
                    ("list", ("model", AdditionalSellerInputs)),
                ),
                (
                    "ShippingServiceOfferId",
                    "shipping_service_offer_id",
                    False,
                    ("str",),
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
        shipment_request_details = ShipmentRequestDetails.from_dict(
            d.pop("ShipmentRequestDetails")
        )

        shipping_service_id = d.pop("ShippingServiceId")

        if _reader is not None and shipping_service_id.__class__ is not str:
            raise DeviationError("ShippingServiceId")

        _hazmat_type = d.pop("HazmatType", UNSET)
        hazmat_type = (
            UNSET
            if _hazmat_type is UNSET
            else (
                HazmatType._value2member_map_.get(_hazmat_type)
                if _hazmat_type.__class__ is str
                else None
            )
            or HazmatType(_hazmat_type)
        )

        _label_format_option = d.pop("LabelFormatOption", UNSET)
        label_format_option = (
            UNSET
            if _label_format_option is UNSET
            else LabelFormatOptionRequest.from_dict(_label_format_option)
        )

        _shipment_level_seller_inputs_list = d.pop(
            "ShipmentLevelSellerInputsList", UNSET
        )
        shipment_level_seller_inputs_list = (
            UNSET
            if _shipment_level_seller_inputs_list is UNSET
            else [
                AdditionalSellerInputs.from_dict(_item)
                for _item in _shipment_level_seller_inputs_list
            ]
        )

        shipping_service_offer_id = d.pop("ShippingServiceOfferId", UNSET)

        if (
            _reader is not None
            and shipping_service_offer_id.__class__ is not str
            and shipping_service_offer_id is not UNSET
        ):
            raise DeviationError("ShippingServiceOfferId")

        if cls is CreateShipmentRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.shipment_request_details = shipment_request_details
            _built.shipping_service_id = shipping_service_id
            _built.hazmat_type = hazmat_type
            _built.label_format_option = label_format_option
            _built.shipment_level_seller_inputs_list = shipment_level_seller_inputs_list
            _built.shipping_service_offer_id = shipping_service_offer_id
            _built._parse_notes = None
            create_shipment_request = _built
        else:  # a subclass: its own __init__ runs
            create_shipment_request = cls(
                shipment_request_details=shipment_request_details,
                shipping_service_id=shipping_service_id,
                hazmat_type=hazmat_type,
                label_format_option=label_format_option,
                shipment_level_seller_inputs_list=shipment_level_seller_inputs_list,
                shipping_service_offer_id=shipping_service_offer_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_shipment_request.additional_properties = d or {}
        return create_shipment_request

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
