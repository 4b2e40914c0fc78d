"""The generated from_dict, made faster in spec/templates/model.py.jinja, reads as the stock one."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from runtime_fakes import FULFILLMENT_ORDER
from selling_partner_generated.fulfillment_outbound_v2020_07_01 import types
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    FeatureSettings,
    FulfillmentOrder,
    FulfillmentOrderStatus,
    ShippingSpeedCategory,
)

ORDER: dict[str, Any] = {
    **FULFILLMENT_ORDER,
    "featureConstraints": [{"featureName": "BLANK_BOX", "featureFulfillmentPolicy": "Required"}],
}


def test_listed_enum_values_are_the_members() -> None:
    order = FulfillmentOrder.from_dict(ORDER)
    assert order.fulfillment_order_status is FulfillmentOrderStatus.RECEIVED
    assert order.shipping_speed_category is ShippingSpeedCategory.STANDARD
    assert isinstance(order.feature_constraints[0], FeatureSettings)
    written = {
        k: v.replace("+00:00", "Z") if k.endswith("Date") else v for k, v in order.to_dict().items()
    }
    assert written == ORDER


def test_an_unknown_enum_value_keeps_its_text_outside_fast_mode() -> None:
    order = FulfillmentOrder.from_dict({**ORDER, "fulfillmentOrderStatus": "Teleported"})
    assert order.fulfillment_order_status.value == "Teleported"
    assert order.fulfillment_order_status not in list(FulfillmentOrderStatus)
    assert order.to_dict()["fulfillmentOrderStatus"] == "Teleported"


@pytest.mark.parametrize("value", ["Teleported", 42, ["Received"], {"a": 1}])
def test_fast_mode_refuses_what_is_not_a_member(value: Any) -> None:
    token = types.READER.set(types.FAST)
    try:
        with pytest.raises(ValueError):
            FulfillmentOrder.from_dict({**ORDER, "fulfillmentOrderStatus": value})
    finally:
        types.READER.reset(token)


@pytest.mark.parametrize("value", [42, ["Received"], {"a": 1}])
def test_a_value_that_is_not_text_is_refused_as_before(value: Any) -> None:
    # the stock code called the enum with it: ValueError, never a TypeError from a lookup
    with pytest.raises(ValueError):
        FulfillmentOrder.from_dict({**ORDER, "fulfillmentOrderStatus": value})


def test_what_the_model_does_not_list_stays_and_nothing_else_is_kept() -> None:
    order = FulfillmentOrder.from_dict({**ORDER, "brandNew": 1})
    assert order.additional_properties == {"brandNew": 1}
    plain = FulfillmentOrder.from_dict(ORDER)
    assert plain.additional_properties == {}
    # a fresh dict, not the emptied copy of the input with its full-size table
    assert sys.getsizeof(plain.additional_properties) == sys.getsizeof({})


def test_the_input_is_not_changed() -> None:
    src = {**ORDER, "brandNew": 1}
    before = repr(src)
    FulfillmentOrder.from_dict(src)
    assert repr(src) == before


def test_referenced_models_load_on_first_use_in_a_fresh_interpreter() -> None:
    import subprocess

    code = (
        "from selling_partner_generated.fulfillment_outbound_v2020_07_01.models."
        "fulfillment_order import FulfillmentOrder\n"
        "import selling_partner_generated.fulfillment_outbound_v2020_07_01.models"
        ".fulfillment_order as m\n"
        "assert m._lazy_pending\n"
        f"o = FulfillmentOrder.from_dict({ORDER!r})\n"
        "assert not m._lazy_pending\n"
        "print(type(o.destination_address).__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=None
    )
    assert out.stdout.strip() == "Address"


def test_a_read_model_equals_one_built_by_its_constructor() -> None:
    # from_dict sets the fields directly (no __init__ call): the result is the same
    order = FulfillmentOrder.from_dict(ORDER)
    built = FulfillmentOrder(
        **{a.name: getattr(order, a.name) for a in FulfillmentOrder.__attrs_attrs__ if a.init}
    )
    assert order == built and repr(order) == repr(built)
    assert order.additional_properties == {} and order._parse_notes is None
    order.additional_properties["x"] = 1  # its own dict, not one shared with other models
    assert FulfillmentOrder.from_dict(ORDER).additional_properties == {}


def test_a_subclass_is_built_by_its_own_init() -> None:
    calls: list[str] = []

    class Tracked(FulfillmentOrder):
        def __init__(self, **fields: Any) -> None:
            calls.append(fields["displayable_order_id"])
            super().__init__(**fields)

    order = Tracked.from_dict(ORDER)
    assert type(order) is Tracked and calls == [ORDER["displayableOrderId"]]
    assert order.to_dict() == FulfillmentOrder.from_dict(ORDER).to_dict()


def test_a_field_named_as_the_models_own_variable_is_read() -> None:
    # the generated from_dict keeps the instance in `packages` here; the field is `packages`
    from selling_partner_generated.easy_ship_v2022_03_23.models import Packages

    read = Packages.from_dict({"packages": []})
    assert read.packages == [] and read.to_dict() == {"packages": []}
