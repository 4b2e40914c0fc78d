from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import urlsplit

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
    from ..models.package import Package
    from ..models.rejected_order import RejectedOrder


def _url_repr(value: object) -> str:
    """Scheme, host and path of a presigned URL; its query string carries the signature."""
    if not isinstance(value, str):
        return repr(value)
    try:
        parts = urlsplit(value)
    except ValueError:
        return "<redacted>"
    host = parts.netloc.rpartition("@")[2]
    if not parts.scheme or not host:
        return "<redacted>"
    hidden = "?<redacted>" if parts.query or parts.fragment else ""
    return repr(f"{parts.scheme}://{host}{parts.path}{hidden}")


def _secret_repr(value: object) -> str:
    """<redacted> for a credential; a mapping keeps its keys (header names) only."""
    if value is None or isinstance(value, Unset):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key!r}: <redacted>" for key in value) + "}"
    return "<redacted>"


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Package, RejectedOrder
    from ..models.package import Package
    from ..models.rejected_order import RejectedOrder

    _lazy_pending = False


T = TypeVar("T", bound="CreateScheduledPackagesResponse")


@_attrs_define
class CreateScheduledPackagesResponse:
    """
    Attributes:
        printable_documents_url (str | Unset):
        rejected_orders (list[RejectedOrder] | Unset):
        scheduled_packages (list[Package] | Unset):
    """

    printable_documents_url: str | Unset = _attrs_field(default=UNSET, repr=_url_repr)
    rejected_orders: list[RejectedOrder] | Unset = UNSET
    scheduled_packages: list[Package] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_secret_repr
    )
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
        printable_documents_url = self.printable_documents_url

        rejected_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_orders, Unset):
            rejected_orders = []
            for rejected_orders_item_data in self.rejected_orders:
                rejected_orders_item = rejected_orders_item_data.to_dict()
                rejected_orders.append(rejected_orders_item)

        scheduled_packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scheduled_packages, Unset):
            scheduled_packages = []
            for scheduled_packages_item_data in self.scheduled_packages:
                scheduled_packages_item = scheduled_packages_item_data.to_dict()
                scheduled_packages.append(scheduled_packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if printable_documents_url is not UNSET:
            field_dict["printableDocumentsUrl"] = printable_documents_url
        if rejected_orders is not UNSET:
            field_dict["rejectedOrders"] = rejected_orders
        if scheduled_packages is not UNSET:
            field_dict["scheduledPackages"] = scheduled_packages

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.package import Package
        from ..models.rejected_order import RejectedOrder

        return (
            (
                ("printableDocumentsUrl", "printable_documents_url", False, ("str",)),
                (
                    "rejectedOrders",
                    "rejected_orders",
                    False,
                    ("list", ("model", RejectedOrder)),
                ),
                (
                    "scheduledPackages",
                    "scheduled_packages",
                    False,
                    ("list", ("model", Package)),
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
        printable_documents_url = d.pop("printableDocumentsUrl", UNSET)

        if (
            _reader is not None
            and printable_documents_url.__class__ is not str
            and printable_documents_url is not UNSET
        ):
            raise DeviationError("printableDocumentsUrl")

        _rejected_orders = d.pop("rejectedOrders", UNSET)
        rejected_orders = (
            UNSET
            if _rejected_orders is UNSET
            else [RejectedOrder.from_dict(_item) for _item in _rejected_orders]
        )

        _scheduled_packages = d.pop("scheduledPackages", UNSET)
        scheduled_packages = (
            UNSET
            if _scheduled_packages is UNSET
            else [Package.from_dict(_item) for _item in _scheduled_packages]
        )

        if cls is CreateScheduledPackagesResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.printable_documents_url = printable_documents_url
            _built.rejected_orders = rejected_orders
            _built.scheduled_packages = scheduled_packages
            _built._parse_notes = None
            create_scheduled_packages_response = _built
        else:  # a subclass: its own __init__ runs
            create_scheduled_packages_response = cls(
                printable_documents_url=printable_documents_url,
                rejected_orders=rejected_orders,
                scheduled_packages=scheduled_packages,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_scheduled_packages_response.additional_properties = d or {}
        return create_scheduled_packages_response

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
