from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vehicle_status_in_catalog import VehicleStatusInCatalog
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
    from ..models.engine_output import EngineOutput
    from ..models.month_and_year import MonthAndYear
    from ..models.vehicle_identifiers import VehicleIdentifiers


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, EngineOutput, MonthAndYear, VehicleIdentifiers
    from ..models.engine_output import EngineOutput
    from ..models.month_and_year import MonthAndYear
    from ..models.vehicle_identifiers import VehicleIdentifiers

    _lazy_pending = False


T = TypeVar("T", bound="Vehicle")


@_attrs_define
class Vehicle:
    """
    Attributes:
        identifiers (list[VehicleIdentifiers]):
        make (str):
        model (str):
        body_style (str | Unset):
        drive_type (str | Unset):
        energy (str | Unset):
        engine_output (list[EngineOutput] | Unset):
        last_processed_date (str | Unset):
        manufacturing_start_date (MonthAndYear | Unset):
        manufacturing_stop_date (MonthAndYear | Unset):
        status (VehicleStatusInCatalog | Unset):
        variant_name (str | Unset):
    """

    identifiers: list[VehicleIdentifiers]
    make: str
    model: str
    body_style: str | Unset = UNSET
    drive_type: str | Unset = UNSET
    energy: str | Unset = UNSET
    engine_output: list[EngineOutput] | Unset = UNSET
    last_processed_date: str | Unset = UNSET
    manufacturing_start_date: MonthAndYear | Unset = UNSET
    manufacturing_stop_date: MonthAndYear | Unset = UNSET
    status: VehicleStatusInCatalog | Unset = UNSET
    variant_name: str | Unset = UNSET
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
        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        make = self.make

        model = self.model

        body_style = self.body_style

        drive_type = self.drive_type

        energy = self.energy

        engine_output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.engine_output, Unset):
            engine_output = []
            for engine_output_item_data in self.engine_output:
                engine_output_item = engine_output_item_data.to_dict()
                engine_output.append(engine_output_item)

        last_processed_date = self.last_processed_date

        manufacturing_start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manufacturing_start_date, Unset):
            manufacturing_start_date = self.manufacturing_start_date.to_dict()

        manufacturing_stop_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manufacturing_stop_date, Unset):
            manufacturing_stop_date = self.manufacturing_stop_date.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        variant_name = self.variant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "make": make,
                "model": model,
            }
        )
        if body_style is not UNSET:
            field_dict["bodyStyle"] = body_style
        if drive_type is not UNSET:
            field_dict["driveType"] = drive_type
        if energy is not UNSET:
            field_dict["energy"] = energy
        if engine_output is not UNSET:
            field_dict["engineOutput"] = engine_output
        if last_processed_date is not UNSET:
            field_dict["lastProcessedDate"] = last_processed_date
        if manufacturing_start_date is not UNSET:
            field_dict["manufacturingStartDate"] = manufacturing_start_date
        if manufacturing_stop_date is not UNSET:
            field_dict["manufacturingStopDate"] = manufacturing_stop_date
        if status is not UNSET:
            field_dict["status"] = status
        if variant_name is not UNSET:
            field_dict["variantName"] = variant_name

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.engine_output import EngineOutput
        from ..models.month_and_year import MonthAndYear
        from ..models.vehicle_identifiers import VehicleIdentifiers

        return (
            (
                (
                    "identifiers",
                    "identifiers",
                    True,
                    ("list", ("model", VehicleIdentifiers)),
                ),
                ("make", "make", True, ("str",)),
                ("model", "model", True, ("str",)),
                ("bodyStyle", "body_style", False, ("str",)),
                ("driveType", "drive_type", False, ("str",)),
                ("energy", "energy", False, ("str",)),
                (
                    "engineOutput",
                    "engine_output",
                    False,
                    ("list", ("model", EngineOutput)),
                ),
                ("lastProcessedDate", "last_processed_date", False, ("str",)),
                (
                    "manufacturingStartDate",
                    "manufacturing_start_date",
                    False,
                    ("model", MonthAndYear),
                ),
                (
                    "manufacturingStopDate",
                    "manufacturing_stop_date",
                    False,
                    ("model", MonthAndYear),
                ),
                ("status", "status", False, ("enum", VehicleStatusInCatalog)),
                ("variantName", "variant_name", False, ("str",)),
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
        _identifiers = d.pop("identifiers")
        identifiers = [VehicleIdentifiers.from_dict(_item) for _item in _identifiers]

        make = d.pop("make")

        if _reader is not None and make.__class__ is not str:
            raise DeviationError("make")

        model = d.pop("model")

        if _reader is not None and model.__class__ is not str:
            raise DeviationError("model")

        body_style = d.pop("bodyStyle", UNSET)

        if (
            _reader is not None
            and body_style.__class__ is not str
            and body_style is not UNSET
        ):
            raise DeviationError("bodyStyle")

        drive_type = d.pop("driveType", UNSET)

        if (
            _reader is not None
            and drive_type.__class__ is not str
            and drive_type is not UNSET
        ):
            raise DeviationError("driveType")

        energy = d.pop("energy", UNSET)

        if _reader is not None and energy.__class__ is not str and energy is not UNSET:
            raise DeviationError("energy")

        _engine_output = d.pop("engineOutput", UNSET)
        engine_output = (
            UNSET
            if _engine_output is UNSET
            else [EngineOutput.from_dict(_item) for _item in _engine_output]
        )

        last_processed_date = d.pop("lastProcessedDate", UNSET)

        if (
            _reader is not None
            and last_processed_date.__class__ is not str
            and last_processed_date is not UNSET
        ):
            raise DeviationError("lastProcessedDate")

        _manufacturing_start_date = d.pop("manufacturingStartDate", UNSET)
        manufacturing_start_date = (
            UNSET
            if _manufacturing_start_date is UNSET
            else MonthAndYear.from_dict(_manufacturing_start_date)
        )

        _manufacturing_stop_date = d.pop("manufacturingStopDate", UNSET)
        manufacturing_stop_date = (
            UNSET
            if _manufacturing_stop_date is UNSET
            else MonthAndYear.from_dict(_manufacturing_stop_date)
        )

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                VehicleStatusInCatalog._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or VehicleStatusInCatalog(_status)
        )

        variant_name = d.pop("variantName", UNSET)

        if (
            _reader is not None
            and variant_name.__class__ is not str
            and variant_name is not UNSET
        ):
            raise DeviationError("variantName")

        if cls is Vehicle:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.identifiers = identifiers
            _built.make = make
            _built.model = model
            _built.body_style = body_style
            _built.drive_type = drive_type
            _built.energy = energy
            _built.engine_output = engine_output
            _built.last_processed_date = last_processed_date
            _built.manufacturing_start_date = manufacturing_start_date
            _built.manufacturing_stop_date = manufacturing_stop_date
            _built.status = status
            _built.variant_name = variant_name
            _built._parse_notes = None
            vehicle = _built
        else:  # a subclass: its own __init__ runs
            vehicle = cls(
                identifiers=identifiers,
                make=make,
                model=model,
                body_style=body_style,
                drive_type=drive_type,
                energy=energy,
                engine_output=engine_output,
                last_processed_date=last_processed_date,
                manufacturing_start_date=manufacturing_start_date,
                manufacturing_stop_date=manufacturing_stop_date,
                status=status,
                variant_name=variant_name,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        vehicle.additional_properties = d or {}
        return vehicle

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
