from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supply_source_status_read_only import SupplySourceStatusReadOnly
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
    from ..models.address import Address
    from ..models.supply_source_capabilities import SupplySourceCapabilities
    from ..models.supply_source_configuration import SupplySourceConfiguration


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Address, SupplySourceCapabilities, SupplySourceConfiguration
    from ..models.address import Address
    from ..models.supply_source_capabilities import SupplySourceCapabilities
    from ..models.supply_source_configuration import SupplySourceConfiguration

    _lazy_pending = False


T = TypeVar("T", bound="SupplySource")


@_attrs_define
class SupplySource:
    """
    Attributes:
        address (Address | Unset):
        alias (str | Unset):
        capabilities (SupplySourceCapabilities | Unset):
        configuration (SupplySourceConfiguration | Unset):
        created_at (str | Unset):
        status (SupplySourceStatusReadOnly | Unset):
        supply_source_code (str | Unset):
        supply_source_id (str | Unset):
        updated_at (str | Unset):
    """

    address: Address | Unset = UNSET
    alias: str | Unset = UNSET
    capabilities: SupplySourceCapabilities | Unset = UNSET
    configuration: SupplySourceConfiguration | Unset = UNSET
    created_at: str | Unset = UNSET
    status: SupplySourceStatusReadOnly | Unset = UNSET
    supply_source_code: str | Unset = UNSET
    supply_source_id: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        alias = self.alias

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        created_at = self.created_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        supply_source_code = self.supply_source_code

        supply_source_id = self.supply_source_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if alias is not UNSET:
            field_dict["alias"] = alias
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if supply_source_code is not UNSET:
            field_dict["supplySourceCode"] = supply_source_code
        if supply_source_id is not UNSET:
            field_dict["supplySourceId"] = supply_source_id
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.address import Address
        from ..models.supply_source_capabilities import SupplySourceCapabilities
        from ..models.supply_source_configuration import SupplySourceConfiguration

        return (
            (
                ("address", "address", False, ("model", Address)),
                ("alias", "alias", False, ("str",)),
                (
                    "capabilities",
                    "capabilities",
                    False,
                    ("model", SupplySourceCapabilities),
                ),
                (
                    "configuration",
                    "configuration",
                    False,
                    ("model", SupplySourceConfiguration),
                ),
                ("createdAt", "created_at", False, ("str",)),
                ("status", "status", False, ("enum", SupplySourceStatusReadOnly)),
                ("supplySourceCode", "supply_source_code", False, ("str",)),
                ("supplySourceId", "supply_source_id", False, ("str",)),
                ("updatedAt", "updated_at", False, ("str",)),
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
        _address = d.pop("address", UNSET)
        address = UNSET if _address is UNSET else Address.from_dict(_address)

        alias = d.pop("alias", UNSET)

        if _reader is not None and alias.__class__ is not str and alias is not UNSET:
            raise DeviationError("alias")

        _capabilities = d.pop("capabilities", UNSET)
        capabilities = (
            UNSET
            if _capabilities is UNSET
            else SupplySourceCapabilities.from_dict(_capabilities)
        )

        _configuration = d.pop("configuration", UNSET)
        configuration = (
            UNSET
            if _configuration is UNSET
            else SupplySourceConfiguration.from_dict(_configuration)
        )

        created_at = d.pop("createdAt", UNSET)

        if (
            _reader is not None
            and created_at.__class__ is not str
            and created_at is not UNSET
        ):
            raise DeviationError("createdAt")

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                SupplySourceStatusReadOnly._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or SupplySourceStatusReadOnly(_status)
        )

        supply_source_code = d.pop("supplySourceCode", UNSET)

        if (
            _reader is not None
            and supply_source_code.__class__ is not str
            and supply_source_code is not UNSET
        ):
            raise DeviationError("supplySourceCode")

        supply_source_id = d.pop("supplySourceId", UNSET)

        if (
            _reader is not None
            and supply_source_id.__class__ is not str
            and supply_source_id is not UNSET
        ):
            raise DeviationError("supplySourceId")

        updated_at = d.pop("updatedAt", UNSET)

        if (
            _reader is not None
            and updated_at.__class__ is not str
            and updated_at is not UNSET
        ):
            raise DeviationError("updatedAt")

        if cls is SupplySource:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.address = address
            _built.alias = alias
            _built.capabilities = capabilities
            _built.configuration = configuration
            _built.created_at = created_at
            _built.status = status
            _built.supply_source_code = supply_source_code
            _built.supply_source_id = supply_source_id
            _built.updated_at = updated_at
            _built._parse_notes = None
            supply_source = _built
        else:  # a subclass: its own __init__ runs
            supply_source = cls(
                address=address,
                alias=alias,
                capabilities=capabilities,
                configuration=configuration,
                created_at=created_at,
                status=status,
                supply_source_code=supply_source_code,
                supply_source_id=supply_source_id,
                updated_at=updated_at,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        supply_source.additional_properties = d or {}
        return supply_source

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
