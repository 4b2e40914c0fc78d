"""No sentence of Amazon's prose reaches the committed generated code."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fetch_models import fetch
from spec_registry import ROOT, load_registry

PROSE_KEYS = ("description", "summary", "title")
DATA_KEYS = ("examples", "example", "x-amzn-api-sandbox", "enum", "default", "properties")


def _prose(node: Any) -> Iterator[str]:
    """Strings under description/summary/title keywords (not property names, not data)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in PROSE_KEYS and isinstance(value, str):
                yield value
            elif key == "properties" and isinstance(value, dict):
                for child in value.values():
                    yield from _prose(child)
            elif key not in DATA_KEYS:
                yield from _prose(value)
    elif isinstance(node, list):
        for child in node:
            yield from _prose(child)


def _sentences(text: str) -> Iterator[str]:
    for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
        sentence = sentence.strip(" *|`")
        if len(sentence.split()) >= 4:
            yield sentence


def test_no_sentence_of_amazon_prose_in_generated_code() -> None:
    registry = load_registry()
    generated = "\n".join(
        p.read_text("utf-8")
        for p in (ROOT / "generated").rglob("*.py")
        if "__pycache__" not in p.parts
    )
    tokens = generated.split()
    flat = " ".join(tokens)
    # A sentence (4+ words) found in the code has its 2nd and 3rd words as whole,
    # adjacent tokens there: a cheap exact pre-filter before the substring search
    # (66 models: tens of thousands of sentences against ~12 MB of code).
    pairs = set(itertools.pairwise(tokens))
    checked = 0
    leaks = []
    for path in fetch(registry.selected(), registry=registry).values():
        model = json.loads(Path(path).read_text("utf-8"))
        for text in _prose(model):
            for sentence in _sentences(text):
                checked += 1
                words = sentence.split()
                if (words[1], words[2]) in pairs and " ".join(words) in flat:
                    leaks.append(sentence)
    assert checked > 500  # the check really looked at Amazon's text
    assert not leaks, leaks[:10]
    assert "Usage Plan" not in generated and "Selling partners whose business" not in generated


def test_examples_kept_in_the_preprocessed_spec_do_not_reach_generated_code() -> None:
    generated = "\n".join(
        p.read_text("utf-8")
        for p in (ROOT / "generated").rglob("*.py")
        if "__pycache__" not in p.parts
    )
    # Distinctive values from Fulfillment Outbound's response examples.
    for value in ("1Z50V7420354708051", "swiship", "1234 Amazon Way"):
        assert value not in generated
