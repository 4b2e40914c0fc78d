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
    from ..models.transaction_update_notification_payload_transaction_update_notification_related_identifiers_item import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem,
    )
    from ..models.transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata,
    )
    from ..models.transaction_update_notification_payload_transaction_update_notification_total_amount import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem, \
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata, \
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount
    from ..models.transaction_update_notification_payload_transaction_update_notification_related_identifiers_item import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem,
    )
    from ..models.transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata,
    )
    from ..models.transaction_update_notification_payload_transaction_update_notification_total_amount import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount,
    )

    _lazy_pending = False


T = TypeVar(
    "T", bound="TransactionUpdateNotificationPayloadTransactionUpdateNotification"
)


@_attrs_define
class TransactionUpdateNotificationPayloadTransactionUpdateNotification:
    """
    Attributes:
        selling_partner_metadata
            (TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata):
        transaction_type (str):
        posted_date (str):
        total_amount (TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount):
        related_identifiers
            (list[TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem] | Unset):
    """

    selling_partner_metadata: TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata
    transaction_type: str
    posted_date: str
    total_amount: (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount
    )
    related_identifiers: (
        list[
            TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem
        ]
        | Unset
    ) = UNSET
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
        selling_partner_metadata = self.selling_partner_metadata.to_dict()

        transaction_type = self.transaction_type

        posted_date = self.posted_date

        total_amount = self.total_amount.to_dict()

        related_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_identifiers, Unset):
            related_identifiers = []
            for related_identifiers_item_data in self.related_identifiers:
                related_identifiers_item = related_identifiers_item_data.to_dict()
                related_identifiers.append(related_identifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellingPartnerMetadata": selling_partner_metadata,
                "TransactionType": transaction_type,
                "PostedDate": posted_date,
                "TotalAmount": total_amount,
            }
        )
        if related_identifiers is not UNSET:
            field_dict["RelatedIdentifiers"] = related_identifiers

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.transaction_update_notification_payload_transaction_update_notification_related_identifiers_item import (
            TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem,
        )
        from ..models.transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata import (
            TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata,
        )
        from ..models.transaction_update_notification_payload_transaction_update_notification_total_amount import (
            TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount,
        )

        return (
            (
                (
                    "SellingPartnerMetadata",
                    "selling_partner_metadata",
                    True,
                    (
                        "model",
                        TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata,
                    ),
                ),
                ("TransactionType", "transaction_type", True, ("str",)),
                ("PostedDate", "posted_date", True, ("str",)),
                (
                    "TotalAmount",
                    "total_amount",
                    True,
                    (
                        "model",
                        TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount,
                    ),
                ),
                (
                    "RelatedIdentifiers",
                    "related_identifiers",
                    False,
                    (
                        "list",
                        (
                            "model",
                            TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem,
                        ),
                    ),
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
        selling_partner_metadata = TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata.from_dict(
            d.pop("SellingPartnerMetadata")
        )

        transaction_type = d.pop("TransactionType")

        if _reader is not None and transaction_type.__class__ is not str:
            raise DeviationError("TransactionType")

        posted_date = d.pop("PostedDate")

        if _reader is not None and posted_date.__class__ is not str:
            raise DeviationError("PostedDate")

        total_amount = TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount.from_dict(
            d.pop("TotalAmount")
        )

        _related_identifiers = d.pop("RelatedIdentifiers", UNSET)
        related_identifiers = (
            UNSET
            if _related_identifiers is UNSET
            else [
                TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem.from_dict(
                    _item
                )
                for _item in _related_identifiers
            ]
        )

        if cls is TransactionUpdateNotificationPayloadTransactionUpdateNotification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.selling_partner_metadata = selling_partner_metadata
            _built.transaction_type = transaction_type
            _built.posted_date = posted_date
            _built.total_amount = total_amount
            _built.related_identifiers = related_identifiers
            _built._parse_notes = None
            transaction_update_notification_payload_transaction_update_notification = (
                _built
            )
        else:  # a subclass: its own __init__ runs
            transaction_update_notification_payload_transaction_update_notification = (
                cls(
                    selling_partner_metadata=selling_partner_metadata,
                    transaction_type=transaction_type,
                    posted_date=posted_date,
                    total_amount=total_amount,
                    related_identifiers=related_identifiers,
                )
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction_update_notification_payload_transaction_update_notification.additional_properties = (
            d or {}
        )
        return transaction_update_notification_payload_transaction_update_notification

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
