from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.channel_details import ChannelDetails
    from ..models.package import Package
    from ..models.requested_document_specification import RequestedDocumentSpecification


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Address, \
        ChannelDetails, \
        Package, \
        RequestedDocumentSpecification
    from ..models.address import Address
    from ..models.channel_details import ChannelDetails
    from ..models.package import Package
    from ..models.requested_document_specification import RequestedDocumentSpecification

    _lazy_pending = False


T = TypeVar("T", bound="DirectPurchaseRequest")


@_attrs_define
class DirectPurchaseRequest:
    """
    Attributes:
        channel_details (ChannelDetails):
        label_specifications (RequestedDocumentSpecification | Unset):
        packages (list[Package] | Unset):
        return_to (Address | Unset):
        ship_from (Address | Unset):
        ship_to (Address | Unset):
    """

    channel_details: ChannelDetails
    label_specifications: RequestedDocumentSpecification | Unset = UNSET
    packages: list[Package] | Unset = UNSET
    return_to: Address | Unset = UNSET
    ship_from: Address | Unset = UNSET
    ship_to: Address | Unset = UNSET
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
        channel_details = self.channel_details.to_dict()

        label_specifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_specifications, Unset):
            label_specifications = self.label_specifications.to_dict()

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for componentsschemas_package_list_item_data in self.packages:
                componentsschemas_package_list_item = (
                    componentsschemas_package_list_item_data.to_dict()
                )
                packages.append(componentsschemas_package_list_item)

        return_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_to, Unset):
            return_to = self.return_to.to_dict()

        ship_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from, Unset):
            ship_from = self.ship_from.to_dict()

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelDetails": channel_details,
            }
        )
        if label_specifications is not UNSET:
            field_dict["labelSpecifications"] = label_specifications
        if packages is not UNSET:
            field_dict["packages"] = packages
        if return_to is not UNSET:
            field_dict["returnTo"] = return_to
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.channel_details import ChannelDetails
        from ..models.package import Package
        from ..models.requested_document_specification import (
            RequestedDocumentSpecification,
        )

        return (
            (
                ("channelDetails", "channel_details", True, ("model", ChannelDetails)),
                (
                    "labelSpecifications",
                    "label_specifications",
                    False,
                    ("model", RequestedDocumentSpecification),
                ),
                ("packages", "packages", False, ("list", ("model", Package))),
                ("returnTo", "return_to", False, ("model", Address)),
                ("shipFrom", "ship_from", False, ("model", Address)),
                ("shipTo", "ship_to", False, ("model", Address)),
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
        channel_details = ChannelDetails.from_dict(d.pop("channelDetails"))

        _label_specifications = d.pop("labelSpecifications", UNSET)
        label_specifications = (
            UNSET
            if _label_specifications is UNSET
            else RequestedDocumentSpecification.from_dict(_label_specifications)
        )

        _packages = d.pop("packages", UNSET)
        packages = (
            UNSET
            if _packages is UNSET
            else [Package.from_dict(_item) for _item in _packages]
        )

        _return_to = d.pop("returnTo", UNSET)
        return_to = UNSET if _return_to is UNSET else Address.from_dict(_return_to)

        _ship_from = d.pop("shipFrom", UNSET)
        ship_from = UNSET if _ship_from is UNSET else Address.from_dict(_ship_from)

        _ship_to = d.pop("shipTo", UNSET)
        ship_to = UNSET if _ship_to is UNSET else Address.from_dict(_ship_to)

        if cls is DirectPurchaseRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.channel_details = channel_details
            _built.label_specifications = label_specifications
            _built.packages = packages
            _built.return_to = return_to
            _built.ship_from = ship_from
            _built.ship_to = ship_to
            _built._parse_notes = None
            direct_purchase_request = _built
        else:  # a subclass: its own __init__ runs
            direct_purchase_request = cls(
                channel_details=channel_details,
                label_specifications=label_specifications,
                packages=packages,
                return_to=return_to,
                ship_from=ship_from,
                ship_to=ship_to,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        direct_purchase_request.additional_properties = d or {}
        return direct_purchase_request

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
