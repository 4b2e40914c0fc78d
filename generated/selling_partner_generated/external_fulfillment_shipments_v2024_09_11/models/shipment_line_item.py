from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.piece_type import PieceType
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
    from ..models.amount import Amount
    from ..models.cancellation import Cancellation
    from ..models.charge import Charge
    from ..models.compliance_attributes import ComplianceAttributes
    from ..models.custom_attribute import CustomAttribute
    from ..models.gift_attributes import GiftAttributes


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Amount, \
        Cancellation, \
        Charge, \
        ComplianceAttributes, \
        CustomAttribute, \
        GiftAttributes
    from ..models.amount import Amount
    from ..models.cancellation import Cancellation
    from ..models.charge import Charge
    from ..models.compliance_attributes import ComplianceAttributes
    from ..models.custom_attribute import CustomAttribute
    from ..models.gift_attributes import GiftAttributes

    _lazy_pending = False


T = TypeVar("T", bound="ShipmentLineItem")


@_attrs_define
class ShipmentLineItem:
    """
    Attributes:
        charges (list[Charge]):
        compliance_attributes (ComplianceAttributes):
        merchant_sku (str):
        number_of_units (int):
        shipment_line_item_id (str):
        cancellations (list[Cancellation] | Unset):
        country_of_origin (str | Unset):
        custom_attributes (list[CustomAttribute] | Unset):
        gift_attributes (GiftAttributes | Unset):
        hazmat_labels (list[str] | Unset):
        hsn_code (str | Unset):
        item_value (Amount | Unset):
        piece_type (PieceType | Unset):
        recommended_country_of_origin (str | Unset):
        recommended_currency_code (str | Unset):
        serial_numbers (list[str] | Unset):
    """

    charges: list[Charge]
    compliance_attributes: ComplianceAttributes
    merchant_sku: str
    number_of_units: int
    shipment_line_item_id: str
    cancellations: list[Cancellation] | Unset = UNSET
    country_of_origin: str | Unset = UNSET
    custom_attributes: list[CustomAttribute] | Unset = UNSET
    gift_attributes: GiftAttributes | Unset = UNSET
    hazmat_labels: list[str] | Unset = UNSET
    hsn_code: str | Unset = UNSET
    item_value: Amount | Unset = UNSET
    piece_type: PieceType | Unset = UNSET
    recommended_country_of_origin: str | Unset = UNSET
    recommended_currency_code: str | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
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

        compliance_attributes = self.compliance_attributes.to_dict()

        merchant_sku = self.merchant_sku

        number_of_units = self.number_of_units

        shipment_line_item_id = self.shipment_line_item_id

        cancellations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cancellations, Unset):
            cancellations = []
            for componentsschemas_cancellations_item_data in self.cancellations:
                componentsschemas_cancellations_item = (
                    componentsschemas_cancellations_item_data.to_dict()
                )
                cancellations.append(componentsschemas_cancellations_item)

        country_of_origin = self.country_of_origin

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item = custom_attributes_item_data.to_dict()
                custom_attributes.append(custom_attributes_item)

        gift_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift_attributes, Unset):
            gift_attributes = self.gift_attributes.to_dict()

        hazmat_labels: list[str] | Unset = UNSET
        if not isinstance(self.hazmat_labels, Unset):
            hazmat_labels = self.hazmat_labels

        hsn_code = self.hsn_code

        item_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_value, Unset):
            item_value = self.item_value.to_dict()

        piece_type: str | Unset = UNSET
        if not isinstance(self.piece_type, Unset):
            piece_type = self.piece_type.value

        recommended_country_of_origin = self.recommended_country_of_origin

        recommended_currency_code = self.recommended_currency_code

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charges": charges,
                "complianceAttributes": compliance_attributes,
                "merchantSku": merchant_sku,
                "numberOfUnits": number_of_units,
                "shipmentLineItemId": shipment_line_item_id,
            }
        )
        if cancellations is not UNSET:
            field_dict["cancellations"] = cancellations
        if country_of_origin is not UNSET:
            field_dict["countryOfOrigin"] = country_of_origin
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if gift_attributes is not UNSET:
            field_dict["giftAttributes"] = gift_attributes
        if hazmat_labels is not UNSET:
            field_dict["hazmatLabels"] = hazmat_labels
        if hsn_code is not UNSET:
            field_dict["hsnCode"] = hsn_code
        if item_value is not UNSET:
            field_dict["itemValue"] = item_value
        if piece_type is not UNSET:
            field_dict["pieceType"] = piece_type
        if recommended_country_of_origin is not UNSET:
            field_dict["recommendedCountryOfOrigin"] = recommended_country_of_origin
        if recommended_currency_code is not UNSET:
            field_dict["recommendedCurrencyCode"] = recommended_currency_code
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.amount import Amount
        from ..models.cancellation import Cancellation
        from ..models.charge import Charge
        from ..models.compliance_attributes import ComplianceAttributes
        from ..models.custom_attribute import CustomAttribute
        from ..models.gift_attributes import GiftAttributes

        return (
            (
                ("charges", "charges", True, ("list", ("model", Charge))),
                (
                    "complianceAttributes",
                    "compliance_attributes",
                    True,
                    ("model", ComplianceAttributes),
                ),
                ("merchantSku", "merchant_sku", True, ("str",)),
                ("numberOfUnits", "number_of_units", True, ("int",)),
                ("shipmentLineItemId", "shipment_line_item_id", True, ("str",)),
                (
                    "cancellations",
                    "cancellations",
                    False,
                    ("list", ("model", Cancellation)),
                ),
                ("countryOfOrigin", "country_of_origin", False, ("str",)),
                (
                    "customAttributes",
                    "custom_attributes",
                    False,
                    ("list", ("model", CustomAttribute)),
                ),
                ("giftAttributes", "gift_attributes", False, ("model", GiftAttributes)),
                ("hazmatLabels", "hazmat_labels", False, ("list", ("str",))),
                ("hsnCode", "hsn_code", False, ("str",)),
                ("itemValue", "item_value", False, ("model", Amount)),
                ("pieceType", "piece_type", False, ("enum", PieceType)),
                (
                    "recommendedCountryOfOrigin",
                    "recommended_country_of_origin",
                    False,
                    ("str",),
                ),
                (
                    "recommendedCurrencyCode",
                    "recommended_currency_code",
                    False,
                    ("str",),
                ),
                ("serialNumbers", "serial_numbers", False, ("list", ("str",))),
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

        compliance_attributes = ComplianceAttributes.from_dict(
            d.pop("complianceAttributes")
        )

        merchant_sku = d.pop("merchantSku")

        if _reader is not None and merchant_sku.__class__ is not str:
            raise DeviationError("merchantSku")

        number_of_units = d.pop("numberOfUnits")

        if _reader is not None and number_of_units.__class__ is not int:
            raise DeviationError("numberOfUnits")

        shipment_line_item_id = d.pop("shipmentLineItemId")

        if _reader is not None and shipment_line_item_id.__class__ is not str:
            raise DeviationError("shipmentLineItemId")

        _cancellations = d.pop("cancellations", UNSET)
        cancellations = (
            UNSET
            if _cancellations is UNSET
            else [Cancellation.from_dict(_item) for _item in _cancellations]
        )

        country_of_origin = d.pop("countryOfOrigin", UNSET)

        if (
            _reader is not None
            and country_of_origin.__class__ is not str
            and country_of_origin is not UNSET
        ):
            raise DeviationError("countryOfOrigin")

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes = (
            UNSET
            if _custom_attributes is UNSET
            else [CustomAttribute.from_dict(_item) for _item in _custom_attributes]
        )

        _gift_attributes = d.pop("giftAttributes", UNSET)
        gift_attributes = (
            UNSET
            if _gift_attributes is UNSET
            else GiftAttributes.from_dict(_gift_attributes)
        )

        hazmat_labels = d.pop("hazmatLabels", UNSET)

        if (
            _reader is not None
            and hazmat_labels.__class__ is not list
            and hazmat_labels is not UNSET
        ):
            raise DeviationError("hazmatLabels")

        hsn_code = d.pop("hsnCode", UNSET)

        if (
            _reader is not None
            and hsn_code.__class__ is not str
            and hsn_code is not UNSET
        ):
            raise DeviationError("hsnCode")

        _item_value = d.pop("itemValue", UNSET)
        item_value = UNSET if _item_value is UNSET else Amount.from_dict(_item_value)

        _piece_type = d.pop("pieceType", UNSET)
        piece_type = (
            UNSET
            if _piece_type is UNSET
            else (
                PieceType._value2member_map_.get(_piece_type)
                if _piece_type.__class__ is str
                else None
            )
            or PieceType(_piece_type)
        )

        recommended_country_of_origin = d.pop("recommendedCountryOfOrigin", UNSET)

        if (
            _reader is not None
            and recommended_country_of_origin.__class__ is not str
            and recommended_country_of_origin is not UNSET
        ):
            raise DeviationError("recommendedCountryOfOrigin")

        recommended_currency_code = d.pop("recommendedCurrencyCode", UNSET)

        if (
            _reader is not None
            and recommended_currency_code.__class__ is not str
            and recommended_currency_code is not UNSET
        ):
            raise DeviationError("recommendedCurrencyCode")

        serial_numbers = d.pop("serialNumbers", UNSET)

        if (
            _reader is not None
            and serial_numbers.__class__ is not list
            and serial_numbers is not UNSET
        ):
            raise DeviationError("serialNumbers")

        if cls is ShipmentLineItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charges = charges
            _built.compliance_attributes = compliance_attributes
            _built.merchant_sku = merchant_sku
            _built.number_of_units = number_of_units
            _built.shipment_line_item_id = shipment_line_item_id
            _built.cancellations = cancellations
            _built.country_of_origin = country_of_origin
            _built.custom_attributes = custom_attributes
            _built.gift_attributes = gift_attributes
            _built.hazmat_labels = hazmat_labels
            _built.hsn_code = hsn_code
            _built.item_value = item_value
            _built.piece_type = piece_type
            _built.recommended_country_of_origin = recommended_country_of_origin
            _built.recommended_currency_code = recommended_currency_code
            _built.serial_numbers = serial_numbers
            _built._parse_notes = None
            shipment_line_item = _built
        else:  # a subclass: its own __init__ runs
            shipment_line_item = cls(
                charges=charges,
                compliance_attributes=compliance_attributes,
                merchant_sku=merchant_sku,
                number_of_units=number_of_units,
                shipment_line_item_id=shipment_line_item_id,
                cancellations=cancellations,
                country_of_origin=country_of_origin,
                custom_attributes=custom_attributes,
                gift_attributes=gift_attributes,
                hazmat_labels=hazmat_labels,
                hsn_code=hsn_code,
                item_value=item_value,
                piece_type=piece_type,
                recommended_country_of_origin=recommended_country_of_origin,
                recommended_currency_code=recommended_currency_code,
                serial_numbers=serial_numbers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_line_item.additional_properties = d or {}
        return shipment_line_item

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
