"""What generating a model yields, and the error that stops it (scripts/regenerate.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from _preprocess import OperationFacts
from spec_registry import Model

__all__ = ["GenerationError", "ModelResult"]


class GenerationError(RuntimeError):
    """A model could not be generated; the message names the model and the step."""


@dataclass(slots=True)
class ModelResult:
    """What generating one model produced."""

    model: Model
    operations: dict[str, dict[str, Any]]
    facts: list[OperationFacts]
    fixes: list[str]
    warnings: list[str] = field(default_factory=list)
