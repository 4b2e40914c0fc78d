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
    from ..models.address import Address


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address
    from ..models.address import Address

    _lazy_pending = False


T = TypeVar("T", bound="ReturnAuthorization")


@_attrs_define
class ReturnAuthorization:
    """
    Attributes:
        amazon_rma_id (str):
        fulfillment_center_id (str):
        return_authorization_id (str):
        return_to_address (Address):
        rma_page_url (str):
    """

    amazon_rma_id: str
    fulfillment_center_id: str
    return_authorization_id: str
    return_to_address: Address
    rma_page_url: str
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
        amazon_rma_id = self.amazon_rma_id

        fulfillment_center_id = self.fulfillment_center_id

        return_authorization_id = self.return_authorization_id

        return_to_address = self.return_to_address.to_dict()

        rma_page_url = self.rma_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazonRmaId": amazon_rma_id,
                "fulfillmentCenterId": fulfillment_center_id,
                "returnAuthorizationId": return_authorization_id,
                "returnToAddress": return_to_address,
                "rmaPageURL": rma_page_url,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                ("amazonRmaId", "amazon_rma_id", True, ("str",)),
                ("fulfillmentCenterId", "fulfillment_center_id", True, ("str",)),
                ("returnAuthorizationId", "return_authorization_id", True, ("str",)),
                ("returnToAddress", "return_to_address", True, ("model", Address)),
                ("rmaPageURL", "rma_page_url", True, ("str",)),
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
        amazon_rma_id = d.pop("amazonRmaId")

        if _reader is not None and amazon_rma_id.__class__ is not str:
            raise DeviationError("amazonRmaId")

        fulfillment_center_id = d.pop("fulfillmentCenterId")

        if _reader is not None and fulfillment_center_id.__class__ is not str:
            raise DeviationError("fulfillmentCenterId")

        return_authorization_id = d.pop("returnAuthorizationId")

        if _reader is not None and return_authorization_id.__class__ is not str:
            raise DeviationError("returnAuthorizationId")

        return_to_address = Address.from_dict(d.pop("returnToAddress"))

        rma_page_url = d.pop("rmaPageURL")

        if _reader is not None and rma_page_url.__class__ is not str:
            raise DeviationError("rmaPageURL")

        if cls is ReturnAuthorization:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amazon_rma_id = amazon_rma_id
            _built.fulfillment_center_id = fulfillment_center_id
            _built.return_authorization_id = return_authorization_id
            _built.return_to_address = return_to_address
            _built.rma_page_url = rma_page_url
            _built._parse_notes = None
            return_authorization = _built
        else:  # a subclass: its own __init__ runs
            return_authorization = cls(
                amazon_rma_id=amazon_rma_id,
                fulfillment_center_id=fulfillment_center_id,
                return_authorization_id=return_authorization_id,
                return_to_address=return_to_address,
                rma_page_url=rma_page_url,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        return_authorization.additional_properties = d or {}
        return return_authorization

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
