from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type import PaymentType
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
    from ..models.available_value_added_service_group import (
        AvailableValueAddedServiceGroup,
    )
    from ..models.benefits import Benefits
    from ..models.currency import Currency
    from ..models.promise import Promise
    from ..models.rate_item import RateItem
    from ..models.supported_document_specification import SupportedDocumentSpecification
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AvailableValueAddedServiceGroup, \
        Benefits, \
        Currency, \
        Promise, \
        RateItem, \
        SupportedDocumentSpecification, \
        Weight
    from ..models.available_value_added_service_group import (
        AvailableValueAddedServiceGroup,
    )
    from ..models.benefits import Benefits
    from ..models.currency import Currency
    from ..models.promise import Promise
    from ..models.rate_item import RateItem
    from ..models.supported_document_specification import SupportedDocumentSpecification
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="Rate")


@_attrs_define
class Rate:
    """
    Attributes:
        carrier_id (str):
        carrier_name (str):
        promise (Promise):
        rate_id (str):
        requires_additional_inputs (bool):
        service_id (str):
        service_name (str):
        supported_document_specifications (list[SupportedDocumentSpecification]):
        total_charge (Currency):
        available_value_added_service_groups (list[AvailableValueAddedServiceGroup] | Unset):
        benefits (Benefits | Unset):
        billed_weight (Weight | Unset):
        payment_type (PaymentType | Unset):
        rate_item_list (list[RateItem] | Unset):
    """

    carrier_id: str
    carrier_name: str
    promise: Promise
    rate_id: str
    requires_additional_inputs: bool
    service_id: str
    service_name: str
    supported_document_specifications: list[SupportedDocumentSpecification]
    total_charge: Currency
    available_value_added_service_groups: (
        list[AvailableValueAddedServiceGroup] | Unset
    ) = UNSET
    benefits: Benefits | Unset = UNSET
    billed_weight: Weight | Unset = UNSET
    payment_type: PaymentType | Unset = UNSET
    rate_item_list: list[RateItem] | Unset = UNSET
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
        carrier_id = self.carrier_id

        carrier_name = self.carrier_name

        promise = self.promise.to_dict()

        rate_id = self.rate_id

        requires_additional_inputs = self.requires_additional_inputs

        service_id = self.service_id

        service_name = self.service_name

        supported_document_specifications = []
        for (
            componentsschemas_supported_document_specification_list_item_data
        ) in self.supported_document_specifications:
            componentsschemas_supported_document_specification_list_item = componentsschemas_supported_document_specification_list_item_data.to_dict()
            supported_document_specifications.append(
                componentsschemas_supported_document_specification_list_item
            )

        total_charge = self.total_charge.to_dict()

        available_value_added_service_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_value_added_service_groups, Unset):
            available_value_added_service_groups = []
            for (
                componentsschemas_available_value_added_service_group_list_item_data
            ) in self.available_value_added_service_groups:
                componentsschemas_available_value_added_service_group_list_item = componentsschemas_available_value_added_service_group_list_item_data.to_dict()
                available_value_added_service_groups.append(
                    componentsschemas_available_value_added_service_group_list_item
                )

        benefits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits.to_dict()

        billed_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billed_weight, Unset):
            billed_weight = self.billed_weight.to_dict()

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        rate_item_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_item_list, Unset):
            rate_item_list = []
            for componentsschemas_rate_item_list_item_data in self.rate_item_list:
                componentsschemas_rate_item_list_item = (
                    componentsschemas_rate_item_list_item_data.to_dict()
                )
                rate_item_list.append(componentsschemas_rate_item_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierId": carrier_id,
                "carrierName": carrier_name,
                "promise": promise,
                "rateId": rate_id,
                "requiresAdditionalInputs": requires_additional_inputs,
                "serviceId": service_id,
                "serviceName": service_name,
                "supportedDocumentSpecifications": supported_document_specifications,
                "totalCharge": total_charge,
            }
        )
        if available_value_added_service_groups is not UNSET:
            field_dict["availableValueAddedServiceGroups"] = (
                available_value_added_service_groups
            )
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if billed_weight is not UNSET:
            field_dict["billedWeight"] = billed_weight
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if rate_item_list is not UNSET:
            field_dict["rateItemList"] = rate_item_list

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.available_value_added_service_group import (
            AvailableValueAddedServiceGroup,
        )
        from ..models.benefits import Benefits
        from ..models.currency import Currency
        from ..models.promise import Promise
        from ..models.rate_item import RateItem
        from ..models.supported_document_specification import (
            SupportedDocumentSpecification,
        )
        from ..models.weight import Weight

        return (
            (
                ("carrierId", "carrier_id", True, ("str",)),
                ("carrierName", "carrier_name", True, ("str",)),
                ("promise", "promise", True, ("model", Promise)),
                ("rateId", "rate_id", True, ("str",)),
                (
                    "requiresAdditionalInputs",
                    "requires_additional_inputs",
                    True,
                    ("bool",),
                ),
                ("serviceId", "service_id", True, ("str",)),
                ("serviceName", "service_name", True, ("str",)),
                (
                    "supportedDocumentSpecifications",
                    "supported_document_specifications",
                    True,
                    ("list", ("model", SupportedDocumentSpecification)),
                ),
                ("totalCharge", "total_charge", True, ("model", Currency)),
                (
                    "availableValueAddedServiceGroups",
                    "available_value_added_service_groups",
                    False,
                    ("list", ("model", AvailableValueAddedServiceGroup)),
                ),
                ("benefits", "benefits", False, ("model", Benefits)),
                ("billedWeight", "billed_weight", False, ("model", Weight)),
                ("paymentType", "payment_type", False, ("enum", PaymentType)),
                (
                    "rateItemList",
                    "rate_item_list",
                    False,
                    ("list", ("model", RateItem)),
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
        carrier_id = d.pop("carrierId")

        if _reader is not None and carrier_id.__class__ is not str:
            raise DeviationError("carrierId")

        carrier_name = d.pop("carrierName")

        if _reader is not None and carrier_name.__class__ is not str:
            raise DeviationError("carrierName")

        promise = Promise.from_dict(d.pop("promise"))

        rate_id = d.pop("rateId")

        if _reader is not None and rate_id.__class__ is not str:
            raise DeviationError("rateId")

        requires_additional_inputs = d.pop("requiresAdditionalInputs")

        if _reader is not None and requires_additional_inputs.__class__ is not bool:
            raise DeviationError("requiresAdditionalInputs")

        service_id = d.pop("serviceId")

        if _reader is not None and service_id.__class__ is not str:
            raise DeviationError("serviceId")

        service_name = d.pop("serviceName")

        if _reader is not None and service_name.__class__ is not str:
            raise DeviationError("serviceName")

        _supported_document_specifications = d.pop("supportedDocumentSpecifications")
        supported_document_specifications = [
            SupportedDocumentSpecification.from_dict(_item)
            for _item in _supported_document_specifications
        ]

        total_charge = Currency.from_dict(d.pop("totalCharge"))

        _available_value_added_service_groups = d.pop(
            "availableValueAddedServiceGroups", UNSET
        )
        available_value_added_service_groups = (
            UNSET
            if _available_value_added_service_groups is UNSET
            else [
                AvailableValueAddedServiceGroup.from_dict(_item)
                for _item in _available_value_added_service_groups
            ]
        )

        _benefits = d.pop("benefits", UNSET)
        benefits = UNSET if _benefits is UNSET else Benefits.from_dict(_benefits)

        _billed_weight = d.pop("billedWeight", UNSET)
        billed_weight = (
            UNSET if _billed_weight is UNSET else Weight.from_dict(_billed_weight)
        )

        _payment_type = d.pop("paymentType", UNSET)
        payment_type = (
            UNSET
            if _payment_type is UNSET
            else (
                PaymentType._value2member_map_.get(_payment_type)
                if _payment_type.__class__ is str
                else None
            )
            or PaymentType(_payment_type)
        )

        _rate_item_list = d.pop("rateItemList", UNSET)
        rate_item_list = (
            UNSET
            if _rate_item_list is UNSET
            else [RateItem.from_dict(_item) for _item in _rate_item_list]
        )

        if cls is Rate:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_id = carrier_id
            _built.carrier_name = carrier_name
            _built.promise = promise
            _built.rate_id = rate_id
            _built.requires_additional_inputs = requires_additional_inputs
            _built.service_id = service_id
            _built.service_name = service_name
            _built.supported_document_specifications = supported_document_specifications
            _built.total_charge = total_charge
            _built.available_value_added_service_groups = (
                available_value_added_service_groups
            )
            _built.benefits = benefits
            _built.billed_weight = billed_weight
            _built.payment_type = payment_type
            _built.rate_item_list = rate_item_list
            _built._parse_notes = None
            rate = _built
        else:  # a subclass: its own __init__ runs
            rate = cls(
                carrier_id=carrier_id,
                carrier_name=carrier_name,
                promise=promise,
                rate_id=rate_id,
                requires_additional_inputs=requires_additional_inputs,
                service_id=service_id,
                service_name=service_name,
                supported_document_specifications=supported_document_specifications,
                total_charge=total_charge,
                available_value_added_service_groups=available_value_added_service_groups,
                benefits=benefits,
                billed_weight=billed_weight,
                payment_type=payment_type,
                rate_item_list=rate_item_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        rate.additional_properties = d or {}
        return rate

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
