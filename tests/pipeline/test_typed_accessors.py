"""Issues 10 and 9: the generated typed accessors mirror the generated functions, for all
370 operations.

Each ``<package>/accessors.py`` class must take exactly the generated function's
arguments (same names, same defaults, all keyword-only, ``client`` supplied by
the runtime) except that a required ``marketplace_ids``/``marketplace_id`` may be
left out (default ``UNSET``: the runtime fills it from the client's marketplace),
plus ``strict=`` everywhere and ``restricted=`` exactly on restricted operations,
``.pages`` exactly on paginated ones; the clients' typed attributes cover every package.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from _accessors import MARKETPLACE_PARAMETERS, Param, annotation, api_class, class_name, default
from selling_partner import AsyncSellingPartner, SellingPartner
from selling_partner._arguments import MARKETPLACE_PARAMETERS as FILLED_AT_RUN_TIME
from selling_partner_generated import accessors as surface
from selling_partner_generated import operations as table

CASES = [(package, name) for package, ops in table.OPERATIONS.items() for name in ops]


def test_annotation_widens_only_model_bodies() -> None:
    body = Param("body", "CreateFulfillmentOrderRequest", None, "CreateFulfillmentOrderRequest")
    assert annotation(body) == "CreateFulfillmentOrderRequest | Mapping[str, Any]"
    assert annotation(Param("package_number", "int", None)) == "int"
    assert annotation(Param("body", "list[str]", None)) == "list[str]"


def test_required_marketplace_ids_may_be_left_out_for_the_runtime_to_fill() -> None:
    assert MARKETPLACE_PARAMETERS == FILLED_AT_RUN_TIME
    required = Param("marketplace_ids", "list[str]", None)
    assert (annotation(required), default(required)) == ("list[str] | Unset", "UNSET")
    optional = Param("marketplace_id", "str | Unset", "UNSET")
    assert (annotation(optional), default(optional)) == ("str | Unset", "UNSET")
    other = Param("order_id", "str", None)
    assert (annotation(other), default(other)) == ("str", None)


def test_names_come_from_the_package_name() -> None:
    assert class_name("get_package_tracking_details") == "GetPackageTrackingDetails"
    assert api_class("fulfillment_outbound_v2020_07_01") == "FulfillmentOutboundV20200701Api"
    assert api_class("orders_v0", asynchronous=True) == "AsyncOrdersV0Api"


def test_the_surface_has_one_property_per_package() -> None:
    for kind in (surface.Apis, surface.AsyncApis):
        properties = {n for n, v in vars(kind).items() if isinstance(v, property)}
        assert properties == set(table.OPERATIONS)
    assert issubclass(SellingPartner, surface.Apis)
    assert issubclass(AsyncSellingPartner, surface.AsyncApis)


def _accessor_class(package: str, name: str, asynchronous: bool) -> Any:
    module = importlib.import_module(f"selling_partner_generated.{package}.accessors")
    api = getattr(module, api_class(package, asynchronous=asynchronous))
    prop = vars(api)[name]
    assert isinstance(prop, property)
    kind = prop.fget.__annotations__["return"]
    return getattr(module, kind) if isinstance(kind, str) else kind


@pytest.mark.parametrize(("package", "name"), CASES, ids=[f"{p}.{n}" for p, n in CASES])
def test_accessor_mirrors_the_generated_function(package: str, name: str) -> None:
    facts = table.OPERATIONS[package][name]
    generated = importlib.import_module(str(facts["module"]))
    wanted = {
        p.name: p
        for p in inspect.signature(generated.sync_detailed).parameters.values()
        if p.name != "client"
    }
    for asynchronous in (False, True):
        kind = _accessor_class(package, name, asynchronous)
        methods = ["__call__", "detailed"]
        if facts["pagination"]:
            methods += ["pages", "detailed_pages"]
        else:
            assert "pages" not in vars(kind)
        unset = importlib.import_module(f"selling_partner_generated.{package}.types").UNSET
        for method in methods:
            params = dict(inspect.signature(getattr(kind, method)).parameters)
            assert params.pop("self").kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            strict = params.pop("strict")
            assert (strict.default, strict.kind) == (None, inspect.Parameter.KEYWORD_ONLY)
            restricted = params.pop("restricted", None)
            assert (restricted is not None) is bool(facts["restricted"]), method
            assert list(params) == list(wanted), method
            for param_name, param in params.items():
                assert param.kind is inspect.Parameter.KEYWORD_ONLY
                expected = wanted[param_name].default
                if expected is inspect.Parameter.empty and param_name in MARKETPLACE_PARAMETERS:
                    expected = unset  # filled from the client's marketplace at run time
                # The very default object (UNSET, an enum member, a number).
                assert param.default is expected or (param.default == expected), (
                    f"{method}({param_name})"
                )
        # (the run-time wrapper that explains refused keywords keeps __wrapped__;
        # Python 3.12+ also marks it a coroutine function)
        assert inspect.iscoroutinefunction(inspect.unwrap(kind.__call__)) is asynchronous
        assert f"Reference: {facts['reference']}" in (kind.__doc__ or "")
