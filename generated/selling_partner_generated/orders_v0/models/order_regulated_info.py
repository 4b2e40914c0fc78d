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
    from ..models.regulated_information import RegulatedInformation
    from ..models.regulated_order_verification_status import (
        RegulatedOrderVerificationStatus,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, RegulatedInformation, RegulatedOrderVerificationStatus
    from ..models.regulated_information import RegulatedInformation
    from ..models.regulated_order_verification_status import (
        RegulatedOrderVerificationStatus,
    )

    _lazy_pending = False


T = TypeVar("T", bound="OrderRegulatedInfo")


@_attrs_define
class OrderRegulatedInfo:
    """
    Attributes:
        amazon_order_id (str):
        regulated_information (RegulatedInformation):
        regulated_order_verification_status (RegulatedOrderVerificationStatus):
        requires_dosage_label (bool):
    """

    amazon_order_id: str
    regulated_information: RegulatedInformation
    regulated_order_verification_status: RegulatedOrderVerificationStatus
    requires_dosage_label: bool
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

        regulated_information = self.regulated_information.to_dict()

        regulated_order_verification_status = (
            self.regulated_order_verification_status.to_dict()
        )

        requires_dosage_label = self.requires_dosage_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AmazonOrderId": amazon_order_id,
                "RegulatedInformation": regulated_information,
                "RegulatedOrderVerificationStatus": regulated_order_verification_status,
                "RequiresDosageLabel": requires_dosage_label,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.regulated_information import RegulatedInformation
        from ..models.regulated_order_verification_status import (
            RegulatedOrderVerificationStatus,
        )

        return (
            (
                ("AmazonOrderId", "amazon_order_id", True, ("str",)),
                (
                    "RegulatedInformation",
                    "regulated_information",
                    True,
                    ("model", RegulatedInformation),
                ),
                (
                    "RegulatedOrderVerificationStatus",
                    "regulated_order_verification_status",
                    True,
                    ("model", RegulatedOrderVerificationStatus),
                ),
                ("RequiresDosageLabel", "requires_dosage_label", True, ("bool",)),
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
        amazon_order_id = d.pop("AmazonOrderId")

        if _reader is not None and amazon_order_id.__class__ is not str:
            raise DeviationError("AmazonOrderId")

        regulated_information = RegulatedInformation.from_dict(
            d.pop("RegulatedInformation")
        )

        regulated_order_verification_status = (
            RegulatedOrderVerificationStatus.from_dict(
                d.pop("RegulatedOrderVerificationStatus")
            )
        )

        requires_dosage_label = d.pop("RequiresDosageLabel")

        if _reader is not None and requires_dosage_label.__class__ is not bool:
            raise DeviationError("RequiresDosageLabel")

        if cls is OrderRegulatedInfo:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_order_id = amazon_order_id
            _built.regulated_information = regulated_information
            _built.regulated_order_verification_status = (
                regulated_order_verification_status
            )
            _built.requires_dosage_label = requires_dosage_label
            _built._parse_notes = None
            order_regulated_info = _built
        else:  # a subclass: its own __init__ runs
            order_regulated_info = cls(
                amazon_order_id=amazon_order_id,
                regulated_information=regulated_information,
                regulated_order_verification_status=regulated_order_verification_status,
                requires_dosage_label=requires_dosage_label,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        order_regulated_info.additional_properties = d or {}
        return order_regulated_info

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
