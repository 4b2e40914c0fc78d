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
    from ..models.accepted_rate import AcceptedRate
    from ..models.label_result import LabelResult


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AcceptedRate, LabelResult
    from ..models.accepted_rate import AcceptedRate
    from ..models.label_result import LabelResult

    _lazy_pending = False


T = TypeVar("T", bound="PurchaseLabelsResult")


@_attrs_define
class PurchaseLabelsResult:
    """
    Attributes:
        accepted_rate (AcceptedRate):
        label_results (list[LabelResult]):
        shipment_id (str):
        client_reference_id (str | Unset):
    """

    accepted_rate: AcceptedRate
    label_results: list[LabelResult]
    shipment_id: str
    client_reference_id: str | Unset = UNSET
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
        accepted_rate = self.accepted_rate.to_dict()

        label_results = []
        for componentsschemas_label_result_list_item_data in self.label_results:
            componentsschemas_label_result_list_item = (
                componentsschemas_label_result_list_item_data.to_dict()
            )
            label_results.append(componentsschemas_label_result_list_item)

        shipment_id = self.shipment_id

        client_reference_id = self.client_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acceptedRate": accepted_rate,
                "labelResults": label_results,
                "shipmentId": shipment_id,
            }
        )
        if client_reference_id is not UNSET:
            field_dict["clientReferenceId"] = client_reference_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.accepted_rate import AcceptedRate
        from ..models.label_result import LabelResult

        return (
            (
                ("acceptedRate", "accepted_rate", True, ("model", AcceptedRate)),
                (
                    "labelResults",
                    "label_results",
                    True,
                    ("list", ("model", LabelResult)),
                ),
                ("shipmentId", "shipment_id", True, ("str",)),
                ("clientReferenceId", "client_reference_id", False, ("str",)),
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
        accepted_rate = AcceptedRate.from_dict(d.pop("acceptedRate"))

        _label_results = d.pop("labelResults")
        label_results = [LabelResult.from_dict(_item) for _item in _label_results]

        shipment_id = d.pop("shipmentId")

        if _reader is not None and shipment_id.__class__ is not str:
            raise DeviationError("shipmentId")

        client_reference_id = d.pop("clientReferenceId", UNSET)

        if (
            _reader is not None
            and client_reference_id.__class__ is not str
            and client_reference_id is not UNSET
        ):
            raise DeviationError("clientReferenceId")

        if cls is PurchaseLabelsResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.accepted_rate = accepted_rate
            _built.label_results = label_results
            _built.shipment_id = shipment_id
            _built.client_reference_id = client_reference_id
            _built._parse_notes = None
            purchase_labels_result = _built
        else:  # a subclass: its own __init__ runs
            purchase_labels_result = cls(
                accepted_rate=accepted_rate,
                label_results=label_results,
                shipment_id=shipment_id,
                client_reference_id=client_reference_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        purchase_labels_result.additional_properties = d or {}
        return purchase_labels_result

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
