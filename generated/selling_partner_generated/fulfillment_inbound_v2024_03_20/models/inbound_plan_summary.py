from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="InboundPlanSummary")


@_attrs_define
class InboundPlanSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        inbound_plan_id (str):
        last_updated_at (datetime.datetime):
        marketplace_ids (list[str]):
        name (str):
        source_address (Address):
        status (str):
    """

    created_at: datetime.datetime
    inbound_plan_id: str
    last_updated_at: datetime.datetime
    marketplace_ids: list[str]
    name: str
    source_address: Address
    status: str
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
        created_at = self.created_at.isoformat()

        inbound_plan_id = self.inbound_plan_id

        last_updated_at = self.last_updated_at.isoformat()

        marketplace_ids = self.marketplace_ids

        name = self.name

        source_address = self.source_address.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "inboundPlanId": inbound_plan_id,
                "lastUpdatedAt": last_updated_at,
                "marketplaceIds": marketplace_ids,
                "name": name,
                "sourceAddress": source_address,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address

        return (
            (
                ("createdAt", "created_at", True, ("datetime",)),
                ("inboundPlanId", "inbound_plan_id", True, ("str",)),
                ("lastUpdatedAt", "last_updated_at", True, ("datetime",)),
                ("marketplaceIds", "marketplace_ids", True, ("list", ("str",))),
                ("name", "name", True, ("str",)),
                ("sourceAddress", "source_address", True, ("model", Address)),
                ("status", "status", True, ("str",)),
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
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        if _reader is not None and created_at.tzinfo is None:
            raise DeviationError("createdAt")

        inbound_plan_id = d.pop("inboundPlanId")

        if _reader is not None and inbound_plan_id.__class__ is not str:
            raise DeviationError("inboundPlanId")

        last_updated_at = datetime.datetime.fromisoformat(d.pop("lastUpdatedAt"))

        if _reader is not None and last_updated_at.tzinfo is None:
            raise DeviationError("lastUpdatedAt")

        marketplace_ids = d.pop("marketplaceIds")

        if _reader is not None and marketplace_ids.__class__ is not list:
            raise DeviationError("marketplaceIds")

        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        source_address = Address.from_dict(d.pop("sourceAddress"))

        status = d.pop("status")

        if _reader is not None and status.__class__ is not str:
            raise DeviationError("status")

        if cls is InboundPlanSummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.created_at = created_at
            _built.inbound_plan_id = inbound_plan_id
            _built.last_updated_at = last_updated_at
            _built.marketplace_ids = marketplace_ids
            _built.name = name
            _built.source_address = source_address
            _built.status = status
            _built._parse_notes = None
            inbound_plan_summary = _built
        else:  # a subclass: its own __init__ runs
            inbound_plan_summary = cls(
                created_at=created_at,
                inbound_plan_id=inbound_plan_id,
                last_updated_at=last_updated_at,
                marketplace_ids=marketplace_ids,
                name=name,
                source_address=source_address,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        inbound_plan_summary.additional_properties = d or {}
        return inbound_plan_summary

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
