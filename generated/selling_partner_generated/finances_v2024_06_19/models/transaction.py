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
    from ..models.context import Context
    from ..models.currency import Currency
    from ..models.item import Item
    from ..models.marketplace_details import MarketplaceDetails
    from ..models.related_identifier import RelatedIdentifier
    from ..models.selling_partner_metadata import SellingPartnerMetadata


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Breakdown, \
        Context, \
        Currency, \
        Item, \
        MarketplaceDetails, \
        RelatedIdentifier, \
        SellingPartnerMetadata
    from ..models.breakdown import Breakdown
    from ..models.context import Context
    from ..models.currency import Currency
    from ..models.item import Item
    from ..models.marketplace_details import MarketplaceDetails
    from ..models.related_identifier import RelatedIdentifier
    from ..models.selling_partner_metadata import SellingPartnerMetadata

    _lazy_pending = False


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        breakdowns (list[Breakdown] | Unset):
        contexts (list[Context] | Unset):
        description (str | Unset):
        items (list[Item] | Unset):
        marketplace_details (MarketplaceDetails | Unset):
        posted_date (datetime.datetime | Unset):
        related_identifiers (list[RelatedIdentifier] | Unset):
        selling_partner_metadata (SellingPartnerMetadata | Unset):
        total_amount (Currency | Unset):
        transaction_id (str | Unset):
        transaction_status (str | Unset):
        transaction_type (str | Unset):
    """

    breakdowns: list[Breakdown] | Unset = UNSET
    contexts: list[Context] | Unset = UNSET
    description: str | Unset = UNSET
    items: list[Item] | Unset = UNSET
    marketplace_details: MarketplaceDetails | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    related_identifiers: list[RelatedIdentifier] | Unset = UNSET
    selling_partner_metadata: SellingPartnerMetadata | Unset = UNSET
    total_amount: Currency | Unset = UNSET
    transaction_id: str | Unset = UNSET
    transaction_status: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
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

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for componentsschemas_items_item_data in self.items:
                componentsschemas_items_item = (
                    componentsschemas_items_item_data.to_dict()
                )
                items.append(componentsschemas_items_item)

        marketplace_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marketplace_details, Unset):
            marketplace_details = self.marketplace_details.to_dict()

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

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

        selling_partner_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_partner_metadata, Unset):
            selling_partner_metadata = self.selling_partner_metadata.to_dict()

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        transaction_id = self.transaction_id

        transaction_status = self.transaction_status

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns
        if contexts is not UNSET:
            field_dict["contexts"] = contexts
        if description is not UNSET:
            field_dict["description"] = description
        if items is not UNSET:
            field_dict["items"] = items
        if marketplace_details is not UNSET:
            field_dict["marketplaceDetails"] = marketplace_details
        if posted_date is not UNSET:
            field_dict["postedDate"] = posted_date
        if related_identifiers is not UNSET:
            field_dict["relatedIdentifiers"] = related_identifiers
        if selling_partner_metadata is not UNSET:
            field_dict["sellingPartnerMetadata"] = selling_partner_metadata
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if transaction_status is not UNSET:
            field_dict["transactionStatus"] = transaction_status
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.breakdown import Breakdown
        from ..models.context import Context
        from ..models.currency import Currency
        from ..models.item import Item
        from ..models.marketplace_details import MarketplaceDetails
        from ..models.related_identifier import RelatedIdentifier
        from ..models.selling_partner_metadata import SellingPartnerMetadata

        return (
            (
                ("breakdowns", "breakdowns", False, ("list", ("model", Breakdown))),
                ("contexts", "contexts", False, ("list", ("model", Context))),
                ("description", "description", False, ("str",)),
                ("items", "items", False, ("list", ("model", Item))),
                (
                    "marketplaceDetails",
                    "marketplace_details",
                    False,
                    ("model", MarketplaceDetails),
                ),
                ("postedDate", "posted_date", False, ("datetime",)),
                (
                    "relatedIdentifiers",
                    "related_identifiers",
                    False,
                    ("list", ("model", RelatedIdentifier)),
                ),
                (
                    "sellingPartnerMetadata",
                    "selling_partner_metadata",
                    False,
                    ("model", SellingPartnerMetadata),
                ),
                ("totalAmount", "total_amount", False, ("model", Currency)),
                ("transactionId", "transaction_id", False, ("str",)),
                ("transactionStatus", "transaction_status", False, ("str",)),
                ("transactionType", "transaction_type", False, ("str",)),
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

        _items = d.pop("items", UNSET)
        items = (
            UNSET if _items is UNSET else [Item.from_dict(_item) for _item in _items]
        )

        _marketplace_details = d.pop("marketplaceDetails", UNSET)
        marketplace_details = (
            UNSET
            if _marketplace_details is UNSET
            else MarketplaceDetails.from_dict(_marketplace_details)
        )

        _posted_date = d.pop("postedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("postedDate")

        _related_identifiers = d.pop("relatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [RelatedIdentifier.from_dict(_item) for _item in _related_identifiers]
        )

        _selling_partner_metadata = d.pop("sellingPartnerMetadata", UNSET)
        selling_partner_metadata = (
            UNSET
            if _selling_partner_metadata is UNSET
            else SellingPartnerMetadata.from_dict(_selling_partner_metadata)
        )

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount = (
            UNSET if _total_amount is UNSET else Currency.from_dict(_total_amount)
        )

        transaction_id = d.pop("transactionId", UNSET)

        if (
            _reader is not None
            and transaction_id.__class__ is not str
            and transaction_id is not UNSET
        ):
            raise DeviationError("transactionId")

        transaction_status = d.pop("transactionStatus", UNSET)

        if (
            _reader is not None
            and transaction_status.__class__ is not str
            and transaction_status is not UNSET
        ):
            raise DeviationError("transactionStatus")

        transaction_type = d.pop("transactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("transactionType")

        if cls is Transaction:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.breakdowns = breakdowns
            _built.contexts = contexts
            _built.description = description
            _built.items = items
            _built.marketplace_details = marketplace_details
            _built.posted_date = posted_date
            _built.related_identifiers = related_identifiers
            _built.selling_partner_metadata = selling_partner_metadata
            _built.total_amount = total_amount
            _built.transaction_id = transaction_id
            _built.transaction_status = transaction_status
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            transaction = _built
        else:  # a subclass: its own __init__ runs
            transaction = cls(
                breakdowns=breakdowns,
                contexts=contexts,
                description=description,
                items=items,
                marketplace_details=marketplace_details,
                posted_date=posted_date,
                related_identifiers=related_identifiers,
                selling_partner_metadata=selling_partner_metadata,
                total_amount=total_amount,
                transaction_id=transaction_id,
                transaction_status=transaction_status,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction.additional_properties = d or {}
        return transaction

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
