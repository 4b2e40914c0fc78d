from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_details_international_commercial_terms import (
    ImportDetailsInternationalCommercialTerms,
)
from ..models.import_details_method_of_payment import ImportDetailsMethodOfPayment
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

T = TypeVar("T", bound="ImportDetails")


@_attrs_define
class ImportDetails:
    """
    Attributes:
        import_containers (str | Unset):
        international_commercial_terms (ImportDetailsInternationalCommercialTerms | Unset):
        method_of_payment (ImportDetailsMethodOfPayment | Unset):
        port_of_delivery (str | Unset):
        shipping_instructions (str | Unset):
    """

    import_containers: str | Unset = UNSET
    international_commercial_terms: (
        ImportDetailsInternationalCommercialTerms | Unset
    ) = UNSET
    method_of_payment: ImportDetailsMethodOfPayment | Unset = UNSET
    port_of_delivery: str | Unset = UNSET
    shipping_instructions: str | Unset = UNSET
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
        import_containers = self.import_containers

        international_commercial_terms: str | Unset = UNSET
        if not isinstance(self.international_commercial_terms, Unset):
            international_commercial_terms = self.international_commercial_terms.value

        method_of_payment: str | Unset = UNSET
        if not isinstance(self.method_of_payment, Unset):
            method_of_payment = self.method_of_payment.value

        port_of_delivery = self.port_of_delivery

        shipping_instructions = self.shipping_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_containers is not UNSET:
            field_dict["importContainers"] = import_containers
        if international_commercial_terms is not UNSET:
            field_dict["internationalCommercialTerms"] = international_commercial_terms
        if method_of_payment is not UNSET:
            field_dict["methodOfPayment"] = method_of_payment
        if port_of_delivery is not UNSET:
            field_dict["portOfDelivery"] = port_of_delivery
        if shipping_instructions is not UNSET:
            field_dict["shippingInstructions"] = shipping_instructions

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("importContainers", "import_containers", False, ("str",)),
                (
                    "internationalCommercialTerms",
                    "international_commercial_terms",
                    False,
                    ("enum", ImportDetailsInternationalCommercialTerms),
                ),
                (
                    "methodOfPayment",
                    "method_of_payment",
                    False,
                    ("enum", ImportDetailsMethodOfPayment),
                ),
                ("portOfDelivery", "port_of_delivery", False, ("str",)),
                ("shippingInstructions", "shipping_instructions", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        import_containers = d.pop("importContainers", UNSET)

        if (
            _reader is not None
            and import_containers.__class__ is not str
            and import_containers is not UNSET
        ):
            raise DeviationError("importContainers")

        _international_commercial_terms = d.pop("internationalCommercialTerms", UNSET)
        international_commercial_terms = (
            UNSET
            if _international_commercial_terms is UNSET
            else (
                ImportDetailsInternationalCommercialTerms._value2member_map_.get(
                    _international_commercial_terms
                )
                if _international_commercial_terms.__class__ is str
                else None
            )
            or ImportDetailsInternationalCommercialTerms(
                _international_commercial_terms
            )
        )

        _method_of_payment = d.pop("methodOfPayment", UNSET)
        method_of_payment = (
            UNSET
            if _method_of_payment is UNSET
            else (
                ImportDetailsMethodOfPayment._value2member_map_.get(_method_of_payment)
                if _method_of_payment.__class__ is str
                else None
            )
            or ImportDetailsMethodOfPayment(_method_of_payment)
        )

        port_of_delivery = d.pop("portOfDelivery", UNSET)

        if (
            _reader is not None
            and port_of_delivery.__class__ is not str
            and port_of_delivery is not UNSET
        ):
            raise DeviationError("portOfDelivery")

        shipping_instructions = d.pop("shippingInstructions", UNSET)

        if (
            _reader is not None
            and shipping_instructions.__class__ is not str
            and shipping_instructions is not UNSET
        ):
            raise DeviationError("shippingInstructions")

        if cls is ImportDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.import_containers = import_containers
            _built.international_commercial_terms = international_commercial_terms
            _built.method_of_payment = method_of_payment
            _built.port_of_delivery = port_of_delivery
            _built.shipping_instructions = shipping_instructions
            _built._parse_notes = None
            import_details = _built
        else:  # a subclass: its own __init__ runs
            import_details = cls(
                import_containers=import_containers,
                international_commercial_terms=international_commercial_terms,
                method_of_payment=method_of_payment,
                port_of_delivery=port_of_delivery,
                shipping_instructions=shipping_instructions,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        import_details.additional_properties = d or {}
        return import_details

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
