from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.breakdown import Breakdown
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata
    from ..models.related_identifier import RelatedIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Breakdown, Currency, PartnerMetadata, RelatedIdentifier
    from ..models.breakdown import Breakdown
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata
    from ..models.related_identifier import RelatedIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """
    Attributes:
        breakdowns (list[Breakdown] | Unset):
        net_proceeds (Currency | Unset):
        partner_metadata (PartnerMetadata | Unset):
        period_end (datetime.datetime | Unset):
        period_start (datetime.datetime | Unset):
        related_identifiers (list[RelatedIdentifier] | Unset):
    """

    breakdowns: list[Breakdown] | Unset = UNSET
    net_proceeds: Currency | Unset = UNSET
    partner_metadata: PartnerMetadata | Unset = UNSET
    period_end: datetime.datetime | Unset = UNSET
    period_start: datetime.datetime | Unset = UNSET
    related_identifiers: list[RelatedIdentifier] | Unset = UNSET
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
        breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdowns, Unset):
            breakdowns = []
            for componentsschemas_breakdowns_item_data in self.breakdowns:
                componentsschemas_breakdowns_item = (
                    componentsschemas_breakdowns_item_data.to_dict()
                )
                breakdowns.append(componentsschemas_breakdowns_item)

        net_proceeds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_proceeds, Unset):
            net_proceeds = self.net_proceeds.to_dict()

        partner_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_metadata, Unset):
            partner_metadata = self.partner_metadata.to_dict()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        related_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_identifiers, Unset):
            related_identifiers = []
            for (
                componentsschemas_related_identifiers_item_data
            ) in self.related_identifiers:
                componentsschemas_related_identifiers_item = (
                    componentsschemas_related_identifiers_item_data.to_dict()
                )
                related_identifiers.append(componentsschemas_related_identifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns
        if net_proceeds is not UNSET:
            field_dict["netProceeds"] = net_proceeds
        if partner_metadata is not UNSET:
            field_dict["partnerMetadata"] = partner_metadata
        if period_end is not UNSET:
            field_dict["periodEnd"] = period_end
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if related_identifiers is not UNSET:
            field_dict["relatedIdentifiers"] = related_identifiers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.breakdown import Breakdown
        from ..models.currency import Currency
        from ..models.partner_metadata import PartnerMetadata
        from ..models.related_identifier import RelatedIdentifier

        return (
            (
                ("breakdowns", "breakdowns", False, ("list", ("model", Breakdown))),
                ("netProceeds", "net_proceeds", False, ("model", Currency)),
                (
                    "partnerMetadata",
                    "partner_metadata",
                    False,
                    ("model", PartnerMetadata),
                ),
                ("periodEnd", "period_end", False, ("datetime",)),
                ("periodStart", "period_start", False, ("datetime",)),
                (
                    "relatedIdentifiers",
                    "related_identifiers",
                    False,
                    ("list", ("model", RelatedIdentifier)),
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
        _breakdowns = d.pop("breakdowns", UNSET)
        breakdowns = (
            UNSET
            if _breakdowns is UNSET
            else [Breakdown.from_dict(_item) for _item in _breakdowns]
        )

        _net_proceeds = d.pop("netProceeds", UNSET)
        net_proceeds = (
            UNSET if _net_proceeds is UNSET else Currency.from_dict(_net_proceeds)
        )

        _partner_metadata = d.pop("partnerMetadata", UNSET)
        partner_metadata = (
            UNSET
            if _partner_metadata is UNSET
            else PartnerMetadata.from_dict(_partner_metadata)
        )

        _period_end = d.pop("periodEnd", UNSET)
        period_end = (
            UNSET
            if _period_end is UNSET
            else datetime.datetime.fromisoformat(_period_end)
        )

        if (
            _reader is not None
            and not isinstance(period_end, Unset)
            and period_end.tzinfo is None
        ):
            raise DeviationError("periodEnd")

        _period_start = d.pop("periodStart", UNSET)
        period_start = (
            UNSET
            if _period_start is UNSET
            else datetime.datetime.fromisoformat(_period_start)
        )

        if (
            _reader is not None
            and not isinstance(period_start, Unset)
            and period_start.tzinfo is None
        ):
            raise DeviationError("periodStart")

        _related_identifiers = d.pop("relatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [RelatedIdentifier.from_dict(_item) for _item in _related_identifiers]
        )

        if cls is Summary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.breakdowns = breakdowns
            _built.net_proceeds = net_proceeds
            _built.partner_metadata = partner_metadata
            _built.period_end = period_end
            _built.period_start = period_start
            _built.related_identifiers = related_identifiers
            _built._parse_notes = None
            summary = _built
        else:  # a subclass: its own __init__ runs
            summary = cls(
                breakdowns=breakdowns,
                net_proceeds=net_proceeds,
                partner_metadata=partner_metadata,
                period_end=period_end,
                period_start=period_start,
                related_identifiers=related_identifiers,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        summary.additional_properties = d or {}
        return summary

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
