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
    from ..models.service_job import ServiceJob


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ServiceJob
    from ..models.service_job import ServiceJob

    _lazy_pending = False


T = TypeVar("T", bound="JobListing")


@_attrs_define
class JobListing:
    """
    Attributes:
        jobs (list[ServiceJob] | Unset):
        next_page_token (str | Unset):
        previous_page_token (str | Unset):
        total_result_size (int | Unset):
    """

    jobs: list[ServiceJob] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    previous_page_token: str | Unset = UNSET
    total_result_size: int | Unset = UNSET
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
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        next_page_token = self.next_page_token

        previous_page_token = self.previous_page_token

        total_result_size = self.total_result_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if previous_page_token is not UNSET:
            field_dict["previousPageToken"] = previous_page_token
        if total_result_size is not UNSET:
            field_dict["totalResultSize"] = total_result_size

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.service_job import ServiceJob

        return (
            (
                ("jobs", "jobs", False, ("list", ("model", ServiceJob))),
                ("nextPageToken", "next_page_token", False, ("str",)),
                ("previousPageToken", "previous_page_token", False, ("str",)),
                ("totalResultSize", "total_result_size", False, ("int",)),
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
        _jobs = d.pop("jobs", UNSET)
        jobs = (
            UNSET
            if _jobs is UNSET
            else [ServiceJob.from_dict(_item) for _item in _jobs]
        )

        next_page_token = d.pop("nextPageToken", UNSET)

        if (
            _reader is not None
            and next_page_token.__class__ is not str
            and next_page_token is not UNSET
        ):
            raise DeviationError("nextPageToken")

        previous_page_token = d.pop("previousPageToken", UNSET)

        if (
            _reader is not None
            and previous_page_token.__class__ is not str
            and previous_page_token is not UNSET
        ):
            raise DeviationError("previousPageToken")

        total_result_size = d.pop("totalResultSize", UNSET)

        if (
            _reader is not None
            and total_result_size.__class__ is not int
            and total_result_size is not UNSET
        ):
            raise DeviationError("totalResultSize")

        if cls is JobListing:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.jobs = jobs
            _built.next_page_token = next_page_token
            _built.previous_page_token = previous_page_token
            _built.total_result_size = total_result_size
            _built._parse_notes = None
            job_listing = _built
        else:  # a subclass: its own __init__ runs
            job_listing = cls(
                jobs=jobs,
                next_page_token=next_page_token,
                previous_page_token=previous_page_token,
                total_result_size=total_result_size,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        job_listing.additional_properties = d or {}
        return job_listing

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
