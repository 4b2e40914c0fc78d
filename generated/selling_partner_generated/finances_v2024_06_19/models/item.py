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
    from ..models.context import Context
    from ..models.currency import Currency
    from ..models.item_related_identifier import ItemRelatedIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Breakdown, Context, Currency, ItemRelatedIdentifier
    from ..models.breakdown import Breakdown
    from ..models.context import Context
    from ..models.currency import Currency
    from ..models.item_related_identifier import ItemRelatedIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        breakdowns (list[Breakdown] | Unset):
        contexts (list[Context] | Unset):
        description (str | Unset):
        related_identifiers (list[ItemRelatedIdentifier] | Unset):
        total_amount (Currency | Unset):
    """

    breakdowns: list[Breakdown] | Unset = UNSET
    contexts: list[Context] | Unset = UNSET
    description: str | Unset = UNSET
    related_identifiers: list[ItemRelatedIdentifier] | Unset = UNSET
    total_amount: Currency | Unset = UNSET
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
            for breakdowns_item_data in self.breakdowns:
                breakdowns_item = breakdowns_item_data.to_dict()
                breakdowns.append(breakdowns_item)

        contexts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contexts, Unset):
            contexts = []
            for componentsschemas_contexts_item_data in self.contexts:
                componentsschemas_contexts_item = (
                    componentsschemas_contexts_item_data.to_dict()
                )
                contexts.append(componentsschemas_contexts_item)

        description = self.description

        related_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_identifiers, Unset):
            related_identifiers = []
            for (
                componentsschemas_item_related_identifiers_item_data
            ) in self.related_identifiers:
                componentsschemas_item_related_identifiers_item = (
                    componentsschemas_item_related_identifiers_item_data.to_dict()
                )
                related_identifiers.append(
                    componentsschemas_item_related_identifiers_item
                )

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if description is not UNSET:
            field_dict["description"] = description
        if related_identifiers is not UNSET:
            field_dict["relatedIdentifiers"] = related_identifiers
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.breakdown import Breakdown
        from ..models.context import Context
        from ..models.currency import Currency
        from ..models.item_related_identifier import ItemRelatedIdentifier

        return (
            (
                ("breakdowns", "breakdowns", False, ("list", ("model", Breakdown))),
                ("contexts", "contexts", False, ("list", ("model", Context))),
                ("description", "description", False, ("str",)),
                (
                    "relatedIdentifiers",
                    "related_identifiers",
                    False,
                    ("list", ("model", ItemRelatedIdentifier)),
                ),
                ("totalAmount", "total_amount", False, ("model", Currency)),
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

        _contexts = d.pop("contexts", UNSET)
        contexts = (
            UNSET
            if _contexts is UNSET
            else [Context.from_dict(_item) for _item in _contexts]
        )

        description = d.pop("description", UNSET)

        if (
            _reader is not None
            and description.__class__ is not str
            and description is not UNSET
        ):
            raise DeviationError("description")

        _related_identifiers = d.pop("relatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [
                ItemRelatedIdentifier.from_dict(_item) for _item in _related_identifiers
            ]
        )

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount = (
            UNSET if _total_amount is UNSET else Currency.from_dict(_total_amount)
        )

        if cls is Item:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.breakdowns = breakdowns
            _built.contexts = contexts
            _built.description = description
            _built.related_identifiers = related_identifiers
            _built.total_amount = total_amount
            _built._parse_notes = None
            item = _built
        else:  # a subclass: its own __init__ runs
            item = cls(
                breakdowns=breakdowns,
                contexts=contexts,
                description=description,
                related_identifiers=related_identifiers,
                total_amount=total_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item.additional_properties = d or {}
        return item

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
