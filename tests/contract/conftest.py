"""Contract tests: Amazon's models (fetched into the cache) against the generated code."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fetch_models import fetch
from spec_registry import load_registry


@pytest.fixture(scope="session")
def fetched_models() -> dict[str, dict[str, Any]]:
    """package -> raw Swagger model, for the models generated into the repository.

    The mirror is found as fetch_models does (../shared/spapi-models in CI).
    """
    registry = load_registry()
    paths = fetch(registry.selected(), registry=registry)
    return {package: json.loads(path.read_text("utf-8")) for package, path in paths.items()}
