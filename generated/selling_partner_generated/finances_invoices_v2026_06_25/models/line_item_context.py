from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_context_line_item_type import LineItemContextLineItemType
from ..models.line_item_context_service_charge_type import (
    LineItemContextServiceChargeType,
)
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
    from ..models.item_identifier import ItemIdentifier
    from ..models.matching_context import MatchingContext
    from ..models.service_charge_period import ServiceChargePeriod


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemIdentifier, MatchingContext, ServiceChargePeriod
    from ..models.item_identifier import ItemIdentifier
    from ..models.matching_context import MatchingContext
    from ..models.service_charge_period import ServiceChargePeriod

    _lazy_pending = False


T = TypeVar("T", bound="LineItemContext")


@_attrs_define
class LineItemContext:
    """
    Attributes:
        line_item_type (LineItemContextLineItemType):
        item_description (str | Unset):
        item_identifiers (list[ItemIdentifier] | Unset):
        matching_context (MatchingContext | Unset):
        service_charge_period (ServiceChargePeriod | Unset):
        service_charge_type (LineItemContextServiceChargeType | Unset):
    """

    line_item_type: LineItemContextLineItemType
    item_description: str | Unset = UNSET
    item_identifiers: list[ItemIdentifier] | Unset = UNSET
    matching_context: MatchingContext | Unset = UNSET
    service_charge_period: ServiceChargePeriod | Unset = UNSET
    service_charge_type: LineItemContextServiceChargeType | Unset = UNSET
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
        line_item_type = self.line_item_type.value

        item_description = self.item_description

        item_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_identifiers, Unset):
            item_identifiers = []
            for item_identifiers_item_data in self.item_identifiers:
                item_identifiers_item = item_identifiers_item_data.to_dict()
                item_identifiers.append(item_identifiers_item)

        matching_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matching_context, Unset):
            matching_context = self.matching_context.to_dict()

        service_charge_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_charge_period, Unset):
            service_charge_period = self.service_charge_period.to_dict()

        service_charge_type: str | Unset = UNSET
        if not isinstance(self.service_charge_type, Unset):
            service_charge_type = self.service_charge_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItemType": line_item_type,
            }
        )
        if item_description is not UNSET:
            field_dict["itemDescription"] = item_description
        if item_identifiers is not UNSET:
            field_dict["itemIdentifiers"] = item_identifiers
        if matching_context is not UNSET:
            field_dict["matchingContext"] = matching_context
        if service_charge_period is not UNSET:
            field_dict["serviceChargePeriod"] = service_charge_period
        if service_charge_type is not UNSET:
            field_dict["serviceChargeType"] = service_charge_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_identifier import ItemIdentifier
        from ..models.matching_context import MatchingContext
        from ..models.service_charge_period import ServiceChargePeriod

        return (
            (
                (
                    "lineItemType",
                    "line_item_type",
                    True,
                    ("enum", LineItemContextLineItemType),
                ),
                ("itemDescription", "item_description", False, ("str",)),
                (
                    "itemIdentifiers",
                    "item_identifiers",
                    False,
                    ("list", ("model", ItemIdentifier)),
                ),
                (
                    "matchingContext",
                    "matching_context",
                    False,
                    ("model", MatchingContext),
                ),
                (
                    "serviceChargePeriod",
                    "service_charge_period",
                    False,
                    ("model", ServiceChargePeriod),
                ),
                (
                    "serviceChargeType",
                    "service_charge_type",
                    False,
                    ("enum", LineItemContextServiceChargeType),
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
        _line_item_type = d.pop("lineItemType")
        line_item_type = (
            LineItemContextLineItemType._value2member_map_.get(_line_item_type)
            if _line_item_type.__class__ is str
            else None
        ) or LineItemContextLineItemType(_line_item_type)

        item_description = d.pop("itemDescription", UNSET)

        if (
            _reader is not None
            and item_description.__class__ is not str
            and item_description is not UNSET
        ):
            raise DeviationError("itemDescription")

        _item_identifiers = d.pop("itemIdentifiers", UNSET)
        item_identifiers = (
            UNSET
            if _item_identifiers is UNSET
            else [ItemIdentifier.from_dict(_item) for _item in _item_identifiers]
        )

        _matching_context = d.pop("matchingContext", UNSET)
        matching_context = (
            UNSET
            if _matching_context is UNSET
            else MatchingContext.from_dict(_matching_context)
        )

        _service_charge_period = d.pop("serviceChargePeriod", UNSET)
        service_charge_period = (
            UNSET
            if _service_charge_period is UNSET
            else ServiceChargePeriod.from_dict(_service_charge_period)
        )

        _service_charge_type = d.pop("serviceChargeType", UNSET)
        service_charge_type = (
            UNSET
            if _service_charge_type is UNSET
            else (
                LineItemContextServiceChargeType._value2member_map_.get(
                    _service_charge_type
                )
                if _service_charge_type.__class__ is str
                else None
            )
            or LineItemContextServiceChargeType(_service_charge_type)
        )

        if cls is LineItemContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.line_item_type = line_item_type
            _built.item_description = item_description
            _built.item_identifiers = item_identifiers
            _built.matching_context = matching_context
            _built.service_charge_period = service_charge_period
            _built.service_charge_type = service_charge_type
            _built._parse_notes = None
            line_item_context = _built
        else:  # a subclass: its own __init__ runs
            line_item_context = cls(
                line_item_type=line_item_type,
                item_description=item_description,
                item_identifiers=item_identifiers,
                matching_context=matching_context,
                service_charge_period=service_charge_period,
                service_charge_type=service_charge_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        line_item_context.additional_properties = d or {}
        return line_item_context

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
