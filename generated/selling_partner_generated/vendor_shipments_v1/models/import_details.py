from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_details_handling_instructions import (
    ImportDetailsHandlingInstructions,
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

if TYPE_CHECKING:
    from ..models.route import Route
    from ..models.weight import Weight


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Route, Weight
    from ..models.route import Route
    from ..models.weight import Weight

    _lazy_pending = False


T = TypeVar("T", bound="ImportDetails")


@_attrs_define
class ImportDetails:
    """
    Attributes:
        billable_weight (Weight | Unset):
        estimated_ship_by_date (datetime.datetime | Unset):
        handling_instructions (ImportDetailsHandlingInstructions | Unset):
        import_containers (str | Unset):
        method_of_payment (ImportDetailsMethodOfPayment | Unset):
        route (Route | Unset):
        seal_number (str | Unset):
    """

    billable_weight: Weight | Unset = UNSET
    estimated_ship_by_date: datetime.datetime | Unset = UNSET
    handling_instructions: ImportDetailsHandlingInstructions | Unset = UNSET
    import_containers: str | Unset = UNSET
    method_of_payment: ImportDetailsMethodOfPayment | Unset = UNSET
    route: Route | Unset = UNSET
    seal_number: str | Unset = UNSET
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
        billable_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billable_weight, Unset):
            billable_weight = self.billable_weight.to_dict()

        estimated_ship_by_date: str | Unset = UNSET
        if not isinstance(self.estimated_ship_by_date, Unset):
            estimated_ship_by_date = self.estimated_ship_by_date.isoformat()

        handling_instructions: str | Unset = UNSET
        if not isinstance(self.handling_instructions, Unset):
            handling_instructions = self.handling_instructions.value

        import_containers = self.import_containers

        method_of_payment: str | Unset = UNSET
        if not isinstance(self.method_of_payment, Unset):
            method_of_payment = self.method_of_payment.value

        route: dict[str, Any] | Unset = UNSET
        if not isinstance(self.route, Unset):
            route = self.route.to_dict()

        seal_number = self.seal_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billable_weight is not UNSET:
            field_dict["billableWeight"] = billable_weight
        if estimated_ship_by_date is not UNSET:
            field_dict["estimatedShipByDate"] = estimated_ship_by_date
        if handling_instructions is not UNSET:
            field_dict["handlingInstructions"] = handling_instructions
        if import_containers is not UNSET:
            field_dict["importContainers"] = import_containers
        if method_of_payment is not UNSET:
            field_dict["methodOfPayment"] = method_of_payment
        if route is not UNSET:
            field_dict["route"] = route
        if seal_number is not UNSET:
            field_dict["sealNumber"] = seal_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.route import Route
        from ..models.weight import Weight

        return (
            (
                ("billableWeight", "billable_weight", False, ("model", Weight)),
                ("estimatedShipByDate", "estimated_ship_by_date", False, ("datetime",)),
                (
                    "handlingInstructions",
                    "handling_instructions",
                    False,
                    ("enum", ImportDetailsHandlingInstructions),
                ),
                ("importContainers", "import_containers", False, ("str",)),
                (
                    "methodOfPayment",
                    "method_of_payment",
                    False,
                    ("enum", ImportDetailsMethodOfPayment),
                ),
                ("route", "route", False, ("model", Route)),
                ("sealNumber", "seal_number", False, ("str",)),
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
        _billable_weight = d.pop("billableWeight", UNSET)
        billable_weight = (
            UNSET if _billable_weight is UNSET else Weight.from_dict(_billable_weight)
        )

        _estimated_ship_by_date = d.pop("estimatedShipByDate", UNSET)
        estimated_ship_by_date = (
            UNSET
            if _estimated_ship_by_date is UNSET
            else datetime.datetime.fromisoformat(_estimated_ship_by_date)
        )

        if (
            _reader is not None
            and not isinstance(estimated_ship_by_date, Unset)
            and estimated_ship_by_date.tzinfo is None
        ):
            raise DeviationError("estimatedShipByDate")

        _handling_instructions = d.pop("handlingInstructions", UNSET)
        handling_instructions = (
            UNSET
            if _handling_instructions is UNSET
            else (
                ImportDetailsHandlingInstructions._value2member_map_.get(
                    _handling_instructions
                )
                if _handling_instructions.__class__ is str
                else None
            )
            or ImportDetailsHandlingInstructions(_handling_instructions)
        )

        import_containers = d.pop("importContainers", UNSET)

        if (
            _reader is not None
            and import_containers.__class__ is not str
            and import_containers is not UNSET
        ):
            raise DeviationError("importContainers")

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

        _route = d.pop("route", UNSET)
        route = UNSET if _route is UNSET else Route.from_dict(_route)

        seal_number = d.pop("sealNumber", UNSET)

        if (
            _reader is not None
            and seal_number.__class__ is not str
            and seal_number is not UNSET
        ):
            raise DeviationError("sealNumber")

        if cls is ImportDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.billable_weight = billable_weight
            _built.estimated_ship_by_date = estimated_ship_by_date
            _built.handling_instructions = handling_instructions
            _built.import_containers = import_containers
            _built.method_of_payment = method_of_payment
            _built.route = route
            _built.seal_number = seal_number
            _built._parse_notes = None
            import_details = _built
        else:  # a subclass: its own __init__ runs
            import_details = cls(
                billable_weight=billable_weight,
                estimated_ship_by_date=estimated_ship_by_date,
                handling_instructions=handling_instructions,
                import_containers=import_containers,
                method_of_payment=method_of_payment,
                route=route,
                seal_number=seal_number,
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
