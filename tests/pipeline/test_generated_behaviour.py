"""Behaviour of the generated code: unknown enum values, extra fields, lazy imports,
every operation callable sync and async, and the query arrays of a tiny spec
generated end to end and sent through the hand-written transport."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import subprocess
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from selling_partner_generated import operations as table

FO = "selling_partner_generated.fulfillment_outbound_v2020_07_01"


# ------------------------------------------------------------ enums and fields


def test_unknown_string_enum_value_parses_and_round_trips() -> None:
    models = importlib.import_module(f"{FO}.models")
    details = models.PackageTrackingDetails.from_dict(
        {"packageNumber": 1, "currentStatus": "TELEPORTED"}
    )
    status = details.current_status
    assert isinstance(status, models.CurrentStatus)
    assert status == "TELEPORTED" and status.value == "TELEPORTED"
    assert status not in list(models.CurrentStatus)  # the listed members stay exact
    assert details.to_dict()["currentStatus"] == "TELEPORTED"
    assert models.CurrentStatus("DELIVERED") is models.CurrentStatus.DELIVERED


def test_unknown_enum_rejects_wrong_type() -> None:
    models = importlib.import_module(f"{FO}.models")
    with pytest.raises(ValueError):
        models.CurrentStatus(12)


def test_extra_fields_are_kept_and_round_trip() -> None:
    models = importlib.import_module(f"{FO}.models")
    body = {
        "packageNumber": 7,
        "newField": {"nested": [1, 2]},
        "shipToAddress": {"city": "X", "state": "Y", "country": "US", "zip": "1"},
    }
    details = models.PackageTrackingDetails.from_dict(body)
    assert details.additional_properties["newField"] == {"nested": [1, 2]}
    assert details.to_dict() == body


def test_importing_one_operation_does_not_import_every_model() -> None:
    code = (
        "import sys, json\n"
        f"import {FO}.api.fba_outbound.get_package_tracking_details\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith('{FO}.models.'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = json.loads(out)
    all_models = list((Path(importlib.import_module(f"{FO}.models").__file__).parent).glob("*.py"))
    assert f"{FO}.models.get_package_tracking_details_response" in loaded
    assert f"{FO}.models.create_fulfillment_order_request" not in loaded
    assert len(loaded) < len(all_models) // 4, (len(loaded), len(all_models))


def test_lazy_models_package_keeps_all_and_attribute_errors() -> None:
    models = importlib.import_module(f"{FO}.models")
    assert "CreateFulfillmentOrderRequest" in models.__all__
    assert models.CreateFulfillmentOrderRequest.__name__ == "CreateFulfillmentOrderRequest"
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel


# ------------------------------------------------- every operation, sync and async


class _Body:
    """Stands in for a request model: the endpoint only calls ``to_dict``."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _value(annotation: Any) -> Any:
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    if options:
        annotation = next(a for a in options if a is not type(None) and "Unset" not in str(a))
    if annotation is bool:
        return True
    if annotation is int:
        return 7
    if annotation is float:
        return 1.5
    if annotation is str:
        return "v1"
    if annotation is datetime.datetime:
        return datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    if annotation is datetime.date:
        return datetime.date(2024, 1, 2)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if typing.get_origin(annotation) is list:
        [item] = typing.get_args(annotation)
        return [_value(item), _value(item)]
    if typing.get_origin(annotation) is dict:
        return {}
    return _Body()


def _arguments(function: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(function)
    return {
        name: _value(hints[name])
        for name, param in inspect.signature(function).parameters.items()
        if name != "client" and param.default is inspect.Parameter.empty
    }


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for package, ops in table.OPERATIONS.items():
        for name, facts in ops.items():
            yield package, name, facts


OPERATIONS = list(_operations())


def test_all_66_packages_and_370_operations_are_in_the_table() -> None:
    from spec_registry import load_registry

    counts = {package: len(ops) for package, ops in table.OPERATIONS.items()}
    assert set(counts) == set(table.API_PACKAGES)
    assert set(counts) == {m.package for m in load_registry().selected()}
    assert len(counts) == 66
    assert sum(counts.values()) == 370
    assert (counts["fulfillment_outbound_v2020_07_01"], counts["orders_v0"]) == (14, 10)
    assert all(counts.values()), "every package has operations"


def _expected_url(facts: dict[str, Any], arguments: dict[str, Any]) -> str:
    path = facts["path"]
    for wire, python in facts["params"]["path"].items():
        path = path.replace("{" + wire + "}", str(arguments[python]))
    return path


@pytest.mark.parametrize(("package", "name", "facts"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
def test_operation_callable_sync(package: str, name: str, facts: dict[str, Any]) -> None:
    module = importlib.import_module(facts["module"])
    client_module = importlib.import_module(f"selling_partner_generated.{package}.client")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        # A status no model documents: the function returns it unparsed, so one answer
        # fits every operation (error bodies differ: an object here, an array there).
        return httpx.Response(418)

    client = client_module.Client(base_url="https://sp.test")
    client.set_httpx_client(
        httpx.Client(base_url="https://sp.test", transport=httpx.MockTransport(handler))
    )
    arguments = _arguments(module.sync_detailed)
    response = module.sync_detailed(client=client, **arguments)
    assert response.status_code == 418
    [request] = seen
    assert request.method == facts["method"]
    assert request.url.path == _expected_url(facts, arguments)
    assert callable(module.sync)


@pytest.mark.parametrize(("package", "name", "facts"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
async def test_operation_callable_async(package: str, name: str, facts: dict[str, Any]) -> None:
    module = importlib.import_module(facts["module"])
    client_module = importlib.import_module(f"selling_partner_generated.{package}.client")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        # A status no model documents: the function returns it unparsed, so one answer
        # fits every operation (error bodies differ: an object here, an array there).
        return httpx.Response(418)

    client = client_module.Client(base_url="https://sp.test")
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://sp.test", transport=httpx.MockTransport(handler))
    )
    arguments = _arguments(module.asyncio_detailed)
    response = await module.asyncio_detailed(client=client, **arguments)
    assert response.status_code == 418
    assert seen[0].method == facts["method"]
    assert seen[0].url.path == _expected_url(facts, arguments)
    assert inspect.iscoroutinefunction(module.asyncio)
