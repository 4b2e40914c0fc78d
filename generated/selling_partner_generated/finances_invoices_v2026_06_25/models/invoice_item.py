from __future__ import annotations

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
    from ..models.line_item_context import LineItemContext
    from ..models.related_identifier import RelatedIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Breakdown, Currency, LineItemContext, RelatedIdentifier
    from ..models.breakdown import Breakdown
    from ..models.currency import Currency
    from ..models.line_item_context import LineItemContext
    from ..models.related_identifier import RelatedIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        line_item_context (LineItemContext):
        line_item_id (str):
        total_amount (Currency):
        quantity (int | Unset):
        related_item_identifiers (list[RelatedIdentifier] | Unset):
        tax_rate_codes (list[str] | Unset):
        total_amount_breakdown (list[Breakdown] | Unset):
        unit_cost (Currency | Unset):
    """

    line_item_context: LineItemContext
    line_item_id: str
    total_amount: Currency
    quantity: int | Unset = UNSET
    related_item_identifiers: list[RelatedIdentifier] | Unset = UNSET
    tax_rate_codes: list[str] | Unset = UNSET
    total_amount_breakdown: list[Breakdown] | Unset = UNSET
    unit_cost: Currency | Unset = UNSET
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
        line_item_context = self.line_item_context.to_dict()

        line_item_id = self.line_item_id

        total_amount = self.total_amount.to_dict()

        quantity = self.quantity

        related_item_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_item_identifiers, Unset):
            related_item_identifiers = []
            for related_item_identifiers_item_data in self.related_item_identifiers:
                related_item_identifiers_item = (
                    related_item_identifiers_item_data.to_dict()
                )
                related_item_identifiers.append(related_item_identifiers_item)

        tax_rate_codes: list[str] | Unset = UNSET
        if not isinstance(self.tax_rate_codes, Unset):
            tax_rate_codes = self.tax_rate_codes

        total_amount_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total_amount_breakdown, Unset):
            total_amount_breakdown = []
            for total_amount_breakdown_item_data in self.total_amount_breakdown:
                total_amount_breakdown_item = total_amount_breakdown_item_data.to_dict()
                total_amount_breakdown.append(total_amount_breakdown_item)

        unit_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit_cost, Unset):
            unit_cost = self.unit_cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItemContext": line_item_context,
                "lineItemId": line_item_id,
                "totalAmount": total_amount,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if related_item_identifiers is not UNSET:
            field_dict["relatedItemIdentifiers"] = related_item_identifiers
        if tax_rate_codes is not UNSET:
            field_dict["taxRateCodes"] = tax_rate_codes
        if total_amount_breakdown is not UNSET:
            field_dict["totalAmountBreakdown"] = total_amount_breakdown
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.breakdown import Breakdown
        from ..models.currency import Currency
        from ..models.line_item_context import LineItemContext
        from ..models.related_identifier import RelatedIdentifier

        return (
            (
                (
                    "lineItemContext",
                    "line_item_context",
                    True,
                    ("model", LineItemContext),
                ),
                ("lineItemId", "line_item_id", True, ("str",)),
                ("totalAmount", "total_amount", True, ("model", Currency)),
                ("quantity", "quantity", False, ("int",)),
                (
                    "relatedItemIdentifiers",
                    "related_item_identifiers",
                    False,
                    ("list", ("model", RelatedIdentifier)),
                ),
                ("taxRateCodes", "tax_rate_codes", False, ("list", ("str",))),
                (
                    "totalAmountBreakdown",
                    "total_amount_breakdown",
                    False,
                    ("list", ("model", Breakdown)),
                ),
                ("unitCost", "unit_cost", False, ("model", Currency)),
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
        line_item_context = LineItemContext.from_dict(d.pop("lineItemContext"))

        line_item_id = d.pop("lineItemId")

        if _reader is not None and line_item_id.__class__ is not str:
            raise DeviationError("lineItemId")

        total_amount = Currency.from_dict(d.pop("totalAmount"))

        quantity = d.pop("quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not int
            and quantity is not UNSET
        ):
            raise DeviationError("quantity")

        _related_item_identifiers = d.pop("relatedItemIdentifiers", UNSET)
        related_item_identifiers = (
            UNSET
            if _related_item_identifiers is UNSET
            else [
                RelatedIdentifier.from_dict(_item)
                for _item in _related_item_identifiers
            ]
        )

        tax_rate_codes = d.pop("taxRateCodes", UNSET)

        if (
            _reader is not None
            and tax_rate_codes.__class__ is not list
            and tax_rate_codes is not UNSET
        ):
            raise DeviationError("taxRateCodes")

        _total_amount_breakdown = d.pop("totalAmountBreakdown", UNSET)
        total_amount_breakdown = (
            UNSET
            if _total_amount_breakdown is UNSET
            else [Breakdown.from_dict(_item) for _item in _total_amount_breakdown]
        )

        _unit_cost = d.pop("unitCost", UNSET)
        unit_cost = UNSET if _unit_cost is UNSET else Currency.from_dict(_unit_cost)

        if cls is InvoiceItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.line_item_context = line_item_context
            _built.line_item_id = line_item_id
            _built.total_amount = total_amount
            _built.quantity = quantity
            _built.related_item_identifiers = related_item_identifiers
            _built.tax_rate_codes = tax_rate_codes
            _built.total_amount_breakdown = total_amount_breakdown
            _built.unit_cost = unit_cost
            _built._parse_notes = None
            invoice_item = _built
        else:  # a subclass: its own __init__ runs
            invoice_item = cls(
                line_item_context=line_item_context,
                line_item_id=line_item_id,
                total_amount=total_amount,
                quantity=quantity,
                related_item_identifiers=related_item_identifiers,
                tax_rate_codes=tax_rate_codes,
                total_amount_breakdown=total_amount_breakdown,
                unit_cost=unit_cost,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice_item.additional_properties = d or {}
        return invoice_item

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
