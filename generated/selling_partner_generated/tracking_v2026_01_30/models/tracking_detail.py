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
    from ..models.tracking_estimate import TrackingEstimate
    from ..models.tracking_identifier import TrackingIdentifier
    from ..models.tracking_milestone import TrackingMilestone


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TrackingEstimate, TrackingIdentifier, TrackingMilestone
    from ..models.tracking_estimate import TrackingEstimate
    from ..models.tracking_identifier import TrackingIdentifier
    from ..models.tracking_milestone import TrackingMilestone

    _lazy_pending = False


T = TypeVar("T", bound="TrackingDetail")


@_attrs_define
class TrackingDetail:
    """
    Attributes:
        identifier (TrackingIdentifier):
        milestone_history (list[TrackingMilestone]):
        latest_milestone (TrackingMilestone | Unset):
        tracking_estimates (list[TrackingEstimate] | Unset):
        tracking_url (str | Unset):
    """

    identifier: TrackingIdentifier
    milestone_history: list[TrackingMilestone]
    latest_milestone: TrackingMilestone | Unset = UNSET
    tracking_estimates: list[TrackingEstimate] | Unset = UNSET
    tracking_url: str | Unset = UNSET
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
        identifier = self.identifier.to_dict()

        milestone_history = []
        for milestone_history_item_data in self.milestone_history:
            milestone_history_item = milestone_history_item_data.to_dict()
            milestone_history.append(milestone_history_item)

        latest_milestone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_milestone, Unset):
            latest_milestone = self.latest_milestone.to_dict()

        tracking_estimates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracking_estimates, Unset):
            tracking_estimates = []
            for tracking_estimates_item_data in self.tracking_estimates:
                tracking_estimates_item = tracking_estimates_item_data.to_dict()
                tracking_estimates.append(tracking_estimates_item)

        tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "milestoneHistory": milestone_history,
            }
        )
        if latest_milestone is not UNSET:
            field_dict["latestMilestone"] = latest_milestone
        if tracking_estimates is not UNSET:
            field_dict["trackingEstimates"] = tracking_estimates
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking_estimate import TrackingEstimate
        from ..models.tracking_identifier import TrackingIdentifier
        from ..models.tracking_milestone import TrackingMilestone

        return (
            (
                ("identifier", "identifier", True, ("model", TrackingIdentifier)),
                (
                    "milestoneHistory",
                    "milestone_history",
                    True,
                    ("list", ("model", TrackingMilestone)),
                ),
                (
                    "latestMilestone",
                    "latest_milestone",
                    False,
                    ("model", TrackingMilestone),
                ),
                (
                    "trackingEstimates",
                    "tracking_estimates",
                    False,
                    ("list", ("model", TrackingEstimate)),
                ),
                ("trackingUrl", "tracking_url", False, ("str",)),
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
        identifier = TrackingIdentifier.from_dict(d.pop("identifier"))

        _milestone_history = d.pop("milestoneHistory")
        milestone_history = [
            TrackingMilestone.from_dict(_item) for _item in _milestone_history
        ]

        _latest_milestone = d.pop("latestMilestone", UNSET)
        latest_milestone = (
            UNSET
            if _latest_milestone is UNSET
            else TrackingMilestone.from_dict(_latest_milestone)
        )

        _tracking_estimates = d.pop("trackingEstimates", UNSET)
        tracking_estimates = (
            UNSET
            if _tracking_estimates is UNSET
            else [TrackingEstimate.from_dict(_item) for _item in _tracking_estimates]
        )

        tracking_url = d.pop("trackingUrl", UNSET)

        if (
            _reader is not None
            and tracking_url.__class__ is not str
            and tracking_url is not UNSET
        ):
            raise DeviationError("trackingUrl")

        if cls is TrackingDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.identifier = identifier
            _built.milestone_history = milestone_history
            _built.latest_milestone = latest_milestone
            _built.tracking_estimates = tracking_estimates
            _built.tracking_url = tracking_url
            _built._parse_notes = None
            tracking_detail = _built
        else:  # a subclass: its own __init__ runs
            tracking_detail = cls(
                identifier=identifier,
                milestone_history=milestone_history,
                latest_milestone=latest_milestone,
                tracking_estimates=tracking_estimates,
                tracking_url=tracking_url,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_detail.additional_properties = d or {}
        return tracking_detail

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
