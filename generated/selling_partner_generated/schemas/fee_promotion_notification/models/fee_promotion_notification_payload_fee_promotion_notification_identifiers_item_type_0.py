from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0_identifier_values_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0
    from ..models.fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0_identifier_values_item_type_0 import (
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0",
)


@_attrs_define
class FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0:
    """
    Attributes:
        identifier_type (str):
        identifier_values
            (list[FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0]):
    """

    identifier_type: str
    identifier_values: list[
        FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0
    ]
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
        identifier_type = self.identifier_type

        identifier_values = []
        for identifier_values_item_data in self.identifier_values:
            identifier_values_item: dict[str, Any]
            if isinstance(
                identifier_values_item_data,
                FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0,
            ):
                identifier_values_item = identifier_values_item_data.to_dict()

            identifier_values.append(identifier_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IdentifierType": identifier_type,
                "IdentifierValues": identifier_values,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("IdentifierType", "identifier_type", True, ("str",)),
                ("IdentifierValues", "identifier_values", True, ("list", ("any",))),
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
        identifier_type = d.pop("IdentifierType")

        if _reader is not None and identifier_type.__class__ is not str:
            raise DeviationError("IdentifierType")

        identifier_values = []
        _identifier_values = d.pop("IdentifierValues")
        for identifier_values_item_data in _identifier_values:

            def _parse_identifier_values_item(
                data: object,
            ) -> FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                identifier_values_item_type_0 = FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0IdentifierValuesItemType0.from_dict(
                    data
                )

                return identifier_values_item_type_0

            identifier_values_item = _parse_identifier_values_item(
                identifier_values_item_data
            )

            identifier_values.append(identifier_values_item)

        if (
            cls
            is FeePromotionNotificationPayloadFeePromotionNotificationIdentifiersItemType0
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.identifier_type = identifier_type
            _built.identifier_values = identifier_values
            _built._parse_notes = None
            fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0 = _built
        else:  # a subclass: its own __init__ runs
            fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0 = cls(
                identifier_type=identifier_type,
                identifier_values=identifier_values,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0.additional_properties = (
            d or {}
        )
        return fee_promotion_notification_payload_fee_promotion_notification_identifiers_item_type_0

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
