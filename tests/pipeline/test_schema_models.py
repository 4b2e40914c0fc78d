"""Amazon's JSON Schemas -> typed models: pins, prose stripping, the OpenAPI wrapper, re-pinning."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from fetch_models import default_mirror, fetch
from schema_models import (
    Schema,
    load_schemas,
    load_schemas_text,
    openapi_document,
    repin,
    schema_package,
    strip_schema,
)
from spec_registry import RegistryError, load_registry
from update_models import MirrorSource, _repin_schemas


def _upstream_sums() -> dict[str, str]:
    mirror = default_mirror()
    assert mirror is not None, "the models mirror (../shared/spapi-models) is needed"
    lines = (mirror / "SHA256SUMS").read_text("utf-8").splitlines()
    return {path: digest for digest, path in (line.split(None, 1) for line in lines if line)}


def test_every_notification_schema_upstream_is_pinned_with_its_sha256() -> None:
    sums = _upstream_sums()
    pinned = {s.path: s for s in load_schemas()}
    upstream = {p for p in sums if p.startswith("schemas/notifications/")}
    assert upstream <= set(pinned), sorted(upstream - set(pinned))
    assert len(upstream) == 23
    for path, schema in pinned.items():
        assert schema.sha256 == sums[path], path
        assert schema.package == schema_package(path)


def test_fetch_checks_the_schemas_sha256(tmp_path: Path) -> None:
    schema = load_schemas()[0]
    mirror = tmp_path / "mirror"
    (mirror / schema.path).parent.mkdir(parents=True)
    (mirror / schema.path).write_text('{"changed": true}', "utf-8")
    with pytest.raises(Exception, match="sha256 mismatch"):
        fetch([schema.as_model()], registry=load_registry(), mirror=mirror, cache_dir=tmp_path)


def test_strip_schema_drops_prose_keywords_but_keeps_properties_named_like_them() -> None:
    raw = {
        "title": "T",
        "description": "words",
        "$comment": "c",
        "examples": [{}],
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "description": {"type": "string", "description": "the field's prose"},
            "status": {"type": "string", "enum": ["A"], "default": "A"},
            "kind": {"const": "X", "type": "string"},
            "tuple": {"type": "array", "items": [{"type": "integer", "title": "t"}]},
            "anything": {"type": "array"},
        },
    }
    assert strip_schema(raw, tolerant=True) == {
        "type": "object",
        "properties": {
            "description": {"type": "string"},
            "status": {"type": "string"},
            "kind": {"type": "string"},
            "tuple": {"type": "array", "items": {"type": "integer"}},
            "anything": {"type": "array", "items": {}},
        },
    }
    strict = strip_schema(raw, tolerant=False)
    assert strict["additionalProperties"] is False
    assert strict["properties"]["status"]["enum"] == ["A"]
    assert "description" not in strict and "description" in strict["properties"]


def _schema(package: str = "thing_notification") -> Schema:
    return Schema(package, f"schemas/notifications/{package}.json", "0" * 64, "notification", "T")


def test_openapi_document_makes_definitions_components_and_the_root_first() -> None:
    raw = {
        "type": "object",
        "properties": {"payload": {"$ref": "#/definitions/Payload"}},
        "definitions": {"Payload": {"type": "object", "description": "x"}},
    }
    doc = openapi_document(_schema(), raw)
    components = doc["components"]["schemas"]
    assert list(components) == ["ThingNotification", "Payload"]
    assert components["ThingNotification"]["properties"]["payload"] == {
        "$ref": "#/components/schemas/Payload"
    }
    assert doc["openapi"].startswith("3.1") and doc["paths"] == {}


def test_a_bare_reference_root_and_amazons_hash_ref_typo_use_the_definition() -> None:
    raw = {"#ref": "#/definitions/Body", "definitions": {"Body": {"type": "object"}}}
    doc = openapi_document(_schema(), raw)
    assert list(doc["components"]["schemas"]) == ["Body"]
    with pytest.raises(ValueError, match="missing definition 'Notification'"):
        openapi_document(_schema(), {"$ref": "#/definitions/Notification", "definitions": {}})


def test_a_root_named_like_a_definition_is_renamed() -> None:
    raw = {"type": "object", "definitions": {"THINGNotification": {"type": "object"}}}
    doc = openapi_document(_schema(), raw)
    assert next(iter(doc["components"]["schemas"])) == "ThingNotificationDocument"


def test_load_schemas_names_the_bad_entry() -> None:
    text = (
        '[schemas.wrong]\npath = "schemas/notifications/X.json"\nsha256 = "%s"\n'
        'kind = "notification"\nnotification_type = "X"\n'
    )
    with pytest.raises(RegistryError, match=r"\[schemas.wrong\]: key must be"):
        load_schemas_text(text % ("0" * 64))
    with pytest.raises(RegistryError, match="notification_type is required"):
        load_schemas_text(
            text.replace("wrong", "x").replace('notification_type = "X"\n', "") % ("0" * 64)
        )


def test_repin_updates_each_sha256_and_a_vanished_schema_is_an_error() -> None:
    text = (
        "# comment kept\n[schemas.x]\n"
        f'path = "schemas/notifications/X.json"\nsha256 = "{"0" * 64}"\nkind = "notification"\n'
        'notification_type = "X"\n'
    )
    new = repin(text, {"schemas/notifications/X.json": b"{}"})
    assert new.startswith("# comment kept")
    assert load_schemas_text(new)[0].sha256 == hashlib.sha256(b"{}").hexdigest()
    with pytest.raises(RegistryError, match="gone upstream"):
        repin(text, {"schemas/notifications/X.json": None})


def test_update_repins_the_schemas_and_caches_them(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas.toml"
    path = "schemas/notifications/X.json"
    schemas.write_text(
        f'[schemas.x]\npath = "{path}"\nsha256 = "{"0" * 64}"\nkind = "notification"\n'
        'notification_type = "X"\n',
        "utf-8",
    )
    mirror = tmp_path / "new"
    (mirror / "schemas" / "notifications").mkdir(parents=True)
    (mirror / path).write_bytes(b'{"type": "object"}')
    registry = load_registry()
    _repin_schemas(MirrorSource(mirror), registry, schemas, tmp_path / "cache")
    assert load_schemas(schemas)[0].sha256 == hashlib.sha256(b'{"type": "object"}').hexdigest()
    assert (tmp_path / "cache" / registry.commit / path).read_bytes() == b'{"type": "object"}'


def _examples(schema: Schema, source: Path) -> list[Any]:
    raw = json.loads(source.read_text("utf-8"))
    if schema.kind == "feed_report":
        example = source.with_name(source.name.replace(".json", ".example.json"))
        return [json.loads(example.read_text("utf-8"))] if example.is_file() else []
    examples = raw.get("examples") or []
    return examples if isinstance(examples, list) else [examples]


def test_every_generated_model_reads_its_schemas_own_examples() -> None:
    """The generated tables cover every generated schema; Amazon's examples parse."""
    tables = importlib.import_module("selling_partner_generated.schemas")
    chosen = [s for s in load_schemas() if s.generate and s.kind != "feed"]
    sources = fetch([s.as_model() for s in chosen], registry=load_registry())
    targets = {**tables.NOTIFICATIONS, **tables.FEED_REPORTS}
    parsed = 0
    for schema in chosen:
        key = (
            schema.package
            if schema.kind == "feed_report"
            else f"{schema.notification_type}@{schema.payload_version or '*'}"
        )
        module, name = targets[key].rsplit(".", 1)
        model = getattr(importlib.import_module(module), name)
        for example in _examples(schema, sources[schema.package]):
            assert model.from_dict(example).to_dict().keys() == example.keys(), key
            parsed += 1
    assert len(chosen) == 23 and parsed >= 20
    assert set(tables.FEED_SCHEMAS) == {"listings_feed_schema_v2"}
