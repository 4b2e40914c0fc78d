"""Typed models and JSON Schemas generated from Amazon's ``schemas/`` folder.

The tables live in ``selling_partner_generated.schemas`` (written by
``scripts/schema_models.py`` from the files pinned in ``spec/schemas.toml``);
this module looks things up in them and imports a model only when asked, so
``import selling_partner`` stays light.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["feed_report_model", "feed_schema", "notification_model"]

_TABLES = "selling_partner_generated.schemas"
LISTINGS_FEED_REPORT = "listings_feed_processing_report_schema_v2"
LISTINGS_FEED = "listings_feed_schema_v2"


def _tables() -> Any:
    return importlib.import_module(_TABLES)


@functools.cache
def _load(target: str) -> Any:
    module, name = target.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def notification_model(notification_type: str, payload_version: str | None) -> Any | None:
    """The generated model of a notification type (None: Amazon publishes no schema for it).

    A schema written for one ``PayloadVersion`` wins; otherwise the type's
    general schema serves every version.
    """
    table: Mapping[str, str] = _tables().NOTIFICATIONS
    target = table.get(f"{notification_type}@{payload_version}") or table.get(
        f"{notification_type}@*"
    )
    return _load(target) if target else None


def feed_report_model(package: str = LISTINGS_FEED_REPORT) -> Any:
    """The generated model of a feed processing report (JSON listings feeds by default)."""
    return _load(_tables().FEED_REPORTS[package])


def feed_schema(package: str = LISTINGS_FEED) -> Mapping[str, Any]:
    """A feed document's JSON Schema, as pinned and generated (no prose)."""
    schema: Mapping[str, Any] = _tables().FEED_SCHEMAS[package]
    return schema
