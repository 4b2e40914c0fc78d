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
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent
    from ..models.tax_withheld_component import TaxWithheldComponent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeComponent, Currency, FeeComponent, TaxWithheldComponent
    from ..models.charge_component import ChargeComponent
    from ..models.currency import Currency
    from ..models.fee_component import FeeComponent
    from ..models.tax_withheld_component import TaxWithheldComponent

    _lazy_pending = False


T = TypeVar("T", bound="RentalTransactionEvent")


@_attrs_define
class RentalTransactionEvent:
    """
    Attributes:
        amazon_order_id (str | Unset):
        extension_length (int | Unset):
        marketplace_name (str | Unset):
        posted_date (datetime.datetime | Unset):
        rental_charge_list (list[ChargeComponent] | Unset):
        rental_event_type (str | Unset):
        rental_fee_list (list[FeeComponent] | Unset):
        rental_initial_value (Currency | Unset):
        rental_reimbursement (Currency | Unset):
        rental_tax_withheld_list (list[TaxWithheldComponent] | Unset):
    """

    amazon_order_id: str | Unset = UNSET
    extension_length: int | Unset = UNSET
    marketplace_name: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    rental_charge_list: list[ChargeComponent] | Unset = UNSET
    rental_event_type: str | Unset = UNSET
    rental_fee_list: list[FeeComponent] | Unset = UNSET
    rental_initial_value: Currency | Unset = UNSET
    rental_reimbursement: Currency | Unset = UNSET
    rental_tax_withheld_list: list[TaxWithheldComponent] | Unset = UNSET
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
        amazon_order_id = self.amazon_order_id

        extension_length = self.extension_length

        marketplace_name = self.marketplace_name

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        rental_charge_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rental_charge_list, Unset):
            rental_charge_list = []
            for (
                componentsschemas_charge_component_list_item_data
            ) in self.rental_charge_list:
                componentsschemas_charge_component_list_item = (
                    componentsschemas_charge_component_list_item_data.to_dict()
                )
                rental_charge_list.append(componentsschemas_charge_component_list_item)

        rental_event_type = self.rental_event_type

        rental_fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rental_fee_list, Unset):
            rental_fee_list = []
            for componentsschemas_fee_component_list_item_data in self.rental_fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                rental_fee_list.append(componentsschemas_fee_component_list_item)

        rental_initial_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rental_initial_value, Unset):
            rental_initial_value = self.rental_initial_value.to_dict()

        rental_reimbursement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rental_reimbursement, Unset):
            rental_reimbursement = self.rental_reimbursement.to_dict()

        rental_tax_withheld_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rental_tax_withheld_list, Unset):
            rental_tax_withheld_list = []
            for (
                componentsschemas_tax_withheld_component_list_item_data
            ) in self.rental_tax_withheld_list:
                componentsschemas_tax_withheld_component_list_item = (
                    componentsschemas_tax_withheld_component_list_item_data.to_dict()
                )
                rental_tax_withheld_list.append(
                    componentsschemas_tax_withheld_component_list_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amazon_order_id is not UNSET:
            field_dict["AmazonOrderId"] = amazon_order_id
        if extension_length is not UNSET:
            field_dict["ExtensionLength"] = extension_length
        if marketplace_name is not UNSET:
            field_dict["MarketplaceName"] = marketplace_name
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if rental_charge_list is not UNSET:
            field_dict["RentalChargeList"] = rental_charge_list
        if rental_event_type is not UNSET:
            field_dict["RentalEventType"] = rental_event_type
        if rental_fee_list is not UNSET:
            field_dict["RentalFeeList"] = rental_fee_list
        if rental_initial_value is not UNSET:
            field_dict["RentalInitialValue"] = rental_initial_value
        if rental_reimbursement is not UNSET:
            field_dict["RentalReimbursement"] = rental_reimbursement
        if rental_tax_withheld_list is not UNSET:
            field_dict["RentalTaxWithheldList"] = rental_tax_withheld_list

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_component import ChargeComponent
        from ..models.currency import Currency
        from ..models.fee_component import FeeComponent
        from ..models.tax_withheld_component import TaxWithheldComponent

        return (
            (
                ("AmazonOrderId", "amazon_order_id", False, ("str",)),
                ("ExtensionLength", "extension_length", False, ("int",)),
                ("MarketplaceName", "marketplace_name", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                (
                    "RentalChargeList",
                    "rental_charge_list",
                    False,
                    ("list", ("model", ChargeComponent)),
                ),
                ("RentalEventType", "rental_event_type", False, ("str",)),
                (
                    "RentalFeeList",
                    "rental_fee_list",
                    False,
                    ("list", ("model", FeeComponent)),
                ),
                (
                    "RentalInitialValue",
                    "rental_initial_value",
                    False,
                    ("model", Currency),
                ),
                (
                    "RentalReimbursement",
                    "rental_reimbursement",
                    False,
                    ("model", Currency),
                ),
                (
                    "RentalTaxWithheldList",
                    "rental_tax_withheld_list",
                    False,
                    ("list", ("model", TaxWithheldComponent)),
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
        amazon_order_id = d.pop("AmazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("AmazonOrderId")

        extension_length = d.pop("ExtensionLength", UNSET)

        if (
            _reader is not None
            and extension_length.__class__ is not int
            and extension_length is not UNSET
        ):
            raise DeviationError("ExtensionLength")

        marketplace_name = d.pop("MarketplaceName", UNSET)

        if (
            _reader is not None
            and marketplace_name.__class__ is not str
            and marketplace_name is not UNSET
        ):
            raise DeviationError("MarketplaceName")

        _posted_date = d.pop("PostedDate", UNSET)
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
            raise DeviationError("PostedDate")

        _rental_charge_list = d.pop("RentalChargeList", UNSET)
        rental_charge_list = (
            UNSET
            if _rental_charge_list is UNSET
            else [ChargeComponent.from_dict(_item) for _item in _rental_charge_list]
        )

        rental_event_type = d.pop("RentalEventType", UNSET)

        if (
            _reader is not None
            and rental_event_type.__class__ is not str
            and rental_event_type is not UNSET
        ):
            raise DeviationError("RentalEventType")

        _rental_fee_list = d.pop("RentalFeeList", UNSET)
        rental_fee_list = (
            UNSET
            if _rental_fee_list is UNSET
            else [FeeComponent.from_dict(_item) for _item in _rental_fee_list]
        )

        _rental_initial_value = d.pop("RentalInitialValue", UNSET)
        rental_initial_value = (
            UNSET
            if _rental_initial_value is UNSET
            else Currency.from_dict(_rental_initial_value)
        )

        _rental_reimbursement = d.pop("RentalReimbursement", UNSET)
        rental_reimbursement = (
            UNSET
            if _rental_reimbursement is UNSET
            else Currency.from_dict(_rental_reimbursement)
        )

        _rental_tax_withheld_list = d.pop("RentalTaxWithheldList", UNSET)
        rental_tax_withheld_list = (
            UNSET
            if _rental_tax_withheld_list is UNSET
            else [
                TaxWithheldComponent.from_dict(_item)
                for _item in _rental_tax_withheld_list
            ]
        )

        if cls is RentalTransactionEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.extension_length = extension_length
            _built.marketplace_name = marketplace_name
            _built.posted_date = posted_date
            _built.rental_charge_list = rental_charge_list
            _built.rental_event_type = rental_event_type
            _built.rental_fee_list = rental_fee_list
            _built.rental_initial_value = rental_initial_value
            _built.rental_reimbursement = rental_reimbursement
            _built.rental_tax_withheld_list = rental_tax_withheld_list
            _built._parse_notes = None
            rental_transaction_event = _built
        else:  # a subclass: its own __init__ runs
            rental_transaction_event = cls(
                amazon_order_id=amazon_order_id,
                extension_length=extension_length,
                marketplace_name=marketplace_name,
                posted_date=posted_date,
                rental_charge_list=rental_charge_list,
                rental_event_type=rental_event_type,
                rental_fee_list=rental_fee_list,
                rental_initial_value=rental_initial_value,
                rental_reimbursement=rental_reimbursement,
                rental_tax_withheld_list=rental_tax_withheld_list,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        rental_transaction_event.additional_properties = d or {}
        return rental_transaction_event

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
