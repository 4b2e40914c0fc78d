"""Typed models from Amazon's JSON Schemas (``schemas/`` in the models repository).

``spec/schemas.toml`` pins each schema file (same upstream commit as the
models, each sha256 checked by :mod:`fetch_models`). For each one this step
wraps the schema, stripped of prose (descriptions, titles, examples,
comments) and of the constraints a tolerant reader must not enforce (enums,
consts, ``additionalProperties: false``), as ``components.schemas`` of a
minimal OpenAPI 3.1 document and runs openapi-python-client on it with the
project's templates, so the models behave like the API models. Output::

    selling_partner_generated/schemas/<package>/models/...   one package per schema
    selling_partner_generated/schemas/__init__.py            the tables: notification
                                                             type -> root model, feed
                                                             report model, feed schema

The feed schema itself (``kind = "feed"``) is written as data (no prose), for
the run-time check of ``ListingsFeed``. Called by ``scripts/regenerate.py``.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fetch_models import CACHE_DIR, fetch
from spec_registry import SPEC_DIR, Model, Registry, RegistryError

__all__ = [
    "SCHEMAS_TOML",
    "Schema",
    "generate_schemas",
    "load_schemas",
    "load_schemas_text",
    "openapi_document",
    "repin",
    "root_class",
    "schema_package",
    "strip_schema",
]

SCHEMAS_TOML = SPEC_DIR / "schemas.toml"
KINDS = ("notification", "feed_report", "feed")
TOP_PACKAGE = "selling_partner_generated"
# Schema keywords that carry prose or samples, never structure.
PROSE_KEYWORDS = frozenset({"description", "title", "examples", "example", "$comment", "$id"})
# Keywords whose value is a map of name -> schema, a schema, or a list of schemas.
SCHEMA_MAPS = ("properties", "definitions", "$defs", "patternProperties")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "if", "then", "else", "contains")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")


@dataclass(frozen=True, slots=True)
class Schema:
    """One pinned schema file and what it is for."""

    package: str
    path: str
    sha256: str
    kind: str
    notification_type: str | None = None
    payload_version: str | None = None
    generate: bool = True

    @property
    def root(self) -> str:
        """The root component's name: the package name in PascalCase."""
        return "".join(part[:1].upper() + part[1:] for part in self.package.split("_"))

    def as_model(self) -> Model:
        """The :class:`Model` shape :func:`fetch_models.fetch` fetches and checks."""
        return Model(self.package, "schemas", "-", self.path, self.sha256, False)


def schema_package(path: str) -> str:
    """The package name of a schema file: its stem in snake_case.

    ``schemas/notifications/AnyOfferChangedNotification.json`` ->
    ``any_offer_changed_notification``.
    """
    stem = path.rsplit("/", 1)[-1].removesuffix(".json")
    name = re.sub(r"[^0-9A-Za-z]+", "_", stem)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.lower().strip("_")


def load_schemas(path: Path = SCHEMAS_TOML) -> tuple[Schema, ...]:
    """Read and validate ``spec/schemas.toml``; errors name the entry and the field."""
    return load_schemas_text(path.read_text("utf-8"), str(path))


def load_schemas_text(text: str, path: str = "spec/schemas.toml") -> tuple[Schema, ...]:
    """:func:`load_schemas` on the file's text."""
    data = tomllib.loads(text)
    tables = data.get("schemas")
    if not isinstance(tables, dict) or not tables:
        raise RegistryError(f"{path}: no [schemas.<package>] tables")
    schemas: list[Schema] = []
    for key, table in tables.items():
        where = f"{path} [schemas.{key}]"
        if not isinstance(table, dict):
            raise RegistryError(f"{where}: must be a table")
        unknown = set(table) - {
            "path",
            "sha256",
            "kind",
            "notification_type",
            "payload_version",
            "generate",
        }
        if unknown:
            raise RegistryError(f"{where}: unknown keys {sorted(unknown)}")
        file = table.get("path")
        parts = file.split("/") if isinstance(file, str) else []
        if not parts or parts[0] != "schemas" or ".." in parts or not file.endswith(".json"):
            raise RegistryError(f"{where}: path must be 'schemas/<folder>/<file>.json'")
        if key != schema_package(file):
            raise RegistryError(
                f"{where}: key must be schema_package(path) = {schema_package(file)!r}"
            )
        sha256 = table.get("sha256")
        if not isinstance(sha256, str) or not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise RegistryError(f"{where}: sha256 must be 64 lower-case hex digits")
        kind = table.get("kind")
        if kind not in KINDS:
            raise RegistryError(f"{where}: kind must be one of {list(KINDS)}")
        ntype = table.get("notification_type")
        if (kind == "notification") != isinstance(ntype, str):
            raise RegistryError(f"{where}: notification_type is required for (only) notifications")
        version = table.get("payload_version")
        if version is not None and not isinstance(version, str):
            raise RegistryError(f"{where}: payload_version must be a string")
        generate = table.get("generate", True)
        if not isinstance(generate, bool):
            raise RegistryError(f"{where}: 'generate' must be true or false")
        schemas.append(Schema(key, file, sha256, kind, ntype, version, generate))
    return tuple(schemas)


def repin(text: str, files: Mapping[str, bytes | None]) -> str:
    """``spec/schemas.toml``'s text with each schema's sha256 set to its new content's.

    Args:
        text: The file's text (comments and order are kept).
        files: Each pinned path -> its content at the new commit (None: gone).

    Raises:
        RegistryError: a pinned schema is gone upstream (remove its entry).
    """
    import hashlib

    out = text
    for schema in load_schemas_text(text):
        data = files.get(schema.path)
        if data is None:
            raise RegistryError(
                f"{schema.path} is gone upstream: remove [schemas.{schema.package}] from "
                "spec/schemas.toml (its notifications then come back generic)"
            )
        digest = hashlib.sha256(data).hexdigest()
        block = f'path = "{schema.path}"\nsha256 = "{schema.sha256}"'
        if block not in out:
            raise RegistryError(
                f"spec/schemas.toml: [schemas.{schema.package}] is not path, sha256"
            )
        out = out.replace(block, f'path = "{schema.path}"\nsha256 = "{digest}"')
    return out


def strip_schema(schema: Any, *, tolerant: bool) -> Any:
    """``schema`` without prose keywords; with ``tolerant``, without enums, consts and
    ``additionalProperties: false`` (a reader keeps what Amazon adds).

    Only keyword positions are touched: a property *named* ``description`` stays.
    """
    if isinstance(schema, bool) or not isinstance(schema, Mapping):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in PROSE_KEYWORDS:
            continue
        if tolerant and key in ("enum", "const", "default"):
            continue
        if tolerant and key == "additionalProperties" and value is False:
            continue
        if key == "#ref" and "$ref" not in schema:
            key = "$ref"  # Amazon's typo (B2bAnyOfferChangedNotification): a reference
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {name: strip_schema(v, tolerant=tolerant) for name, v in value.items()}
        elif key == "items" and isinstance(value, list) and tolerant:
            # draft-07's tuple form; OpenAPI 3.1 has one schema for every item.
            items = [strip_schema(v, tolerant=tolerant) for v in value]
            out[key] = items[0] if len(items) == 1 else {"anyOf": items}
        elif key in SCHEMA_VALUES:
            out[key] = strip_schema(value, tolerant=tolerant)
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [strip_schema(v, tolerant=tolerant) for v in value]
        else:
            out[key] = value
    if tolerant and out.get("type") == "array" and "items" not in out:
        out["items"] = {}  # any items (JSON Schema's default; the generator wants it said)
    return out


def _refs_to_components(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {
            k: (
                v.replace("#/definitions/", "#/components/schemas/")
                if k == "$ref" and isinstance(v, str)
                else _refs_to_components(v)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_refs_to_components(v) for v in value]
    return value


def openapi_document(schema: Schema, raw: Mapping[str, Any]) -> dict[str, Any]:
    """The minimal OpenAPI 3.1 document whose components are ``raw``'s schemas.

    The root schema is the first of ``components.schemas`` (named
    ``schema.root``, or the definition a bare ``$ref`` root points at); its
    ``definitions`` are the other components (references rewritten).
    """
    stripped = strip_schema(raw, tolerant=True)
    definitions = stripped.pop("definitions", {})
    stripped.pop("$schema", None)
    root = schema.root
    if "$ref" in stripped:
        # A root that only points at a definition: that definition is the root.
        root = str(stripped["$ref"]).removeprefix("#/definitions/")
        if root not in definitions:
            raise ValueError(f"{schema.path}: the root refers to a missing definition {root!r}")
        components = dict(definitions)
    else:
        while root.lower() in {name.lower() for name in definitions}:
            root += "Document"  # never the name (in any case) of one of its definitions
        components = {root: stripped, **definitions}
    components = {root: components.pop(root), **components}  # the root first
    return {
        "openapi": "3.1.0",
        "info": {"title": schema.package, "version": "0"},
        "paths": {},
        "components": {"schemas": _refs_to_components(components)},
    }


def _literal(value: Any, indent: int = 0) -> str:
    """A Python literal (ruff-format style: double quotes, one item a line)."""
    pad, inner = "    " * indent, "    " * (indent + 1)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        items = "".join(
            f"{inner}{_literal(k)}: {_literal(v, indent + 1)},\n" for k, v in value.items()
        )
        return "{\n" + items + pad + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = "".join(f"{inner}{_literal(v, indent + 1)},\n" for v in value)
        return "[\n" + items + pad + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a literal")


def root_class(data: Any, document: Mapping[str, Any]) -> str:
    """The class name the generator gave the root component (the first one)."""
    name = next(iter(document["components"]["schemas"]))
    for model in data.models:
        if model.name.get_untrusted_value() == f"/components/schemas/{name}":
            return str(model.class_info.name)
    raise ValueError(f"no model was generated for the root component {name!r}")


def _render_tables(roots: Mapping[Schema, str], feed_schemas: Mapping[str, Any]) -> str:
    def target(s: Schema) -> str:
        return f"{TOP_PACKAGE}.schemas.{s.package}.models.{roots[s]}"

    notifications = {
        f"{s.notification_type}@{s.payload_version or '*'}": target(s)
        for s in roots
        if s.kind == "notification"
    }
    reports = {s.package: target(s) for s in roots if s.kind == "feed_report"}
    return (
        '"""Typed models of Amazon\'s JSON Schemas (scripts/schema_models.py); do not edit.\n\n'
        "NOTIFICATIONS: ``<NotificationType>@<PayloadVersion or *>`` -> import path of the\n"
        "root model. FEED_REPORTS: schema package -> root model. FEED_SCHEMAS: schema\n"
        "package -> the JSON Schema (no prose), for run-time checks.\n"
        '"""\n\n'
        "from typing import Any\n\n"
        f"NOTIFICATIONS: dict[str, str] = {_literal(dict(sorted(notifications.items())))}\n\n"
        f"FEED_REPORTS: dict[str, str] = {_literal(dict(sorted(reports.items())))}\n\n"
        f"FEED_SCHEMAS: dict[str, Any] = {_literal(dict(sorted(feed_schemas.items())))}\n"
    )


GeneratePackage = Callable[[Path, Path, Path], tuple[list[str], Any]]


def generate_schemas(
    out_root: Path,
    *,
    registry: Registry,
    work: Path,
    config: Path,
    generate_package: GeneratePackage,
    mirror: Path | None = None,
    cache_dir: Path = CACHE_DIR,
    schemas: Sequence[Schema] | None = None,
) -> list[str]:
    """Write ``out_root/schemas`` (``out_root`` is ``selling_partner_generated``).

    Args:
        out_root: The generated top package folder.
        registry: The registry (its upstream commit is the schemas' too).
        work: A scratch folder.
        config: The openapi-python-client config file regenerate.py prepared.
        generate_package: regenerate.py's ``_generate_package`` (openapi document,
            output folder, config) -> (warnings, parsed data or None).
        mirror: A local copy of the upstream repository, if any.
        cache_dir: Where fetched files are cached.
        schemas: What to generate (default: every entry of ``spec/schemas.toml``).

    Returns:
        The generator's warnings, each prefixed with the schema package.
    """
    chosen = load_schemas() if schemas is None else tuple(schemas)
    sources = fetch(
        [s.as_model() for s in chosen], registry=registry, mirror=mirror, cache_dir=cache_dir
    )
    root = out_root / "schemas"
    root.mkdir(parents=True, exist_ok=True)
    warnings: list[str] = []
    feed_schemas: dict[str, Any] = {}
    roots: dict[Schema, str] = {}
    for schema in chosen:
        if not schema.generate:
            continue
        raw = json.loads(sources[schema.package].read_text("utf-8"))
        if schema.kind == "feed":
            feed_schemas[schema.package] = strip_schema(raw, tolerant=False)
            continue
        openapi = openapi_document(schema, raw)
        document = work / f"schema-{schema.package}.openapi.json"
        document.write_text(json.dumps(openapi, indent=1), "utf-8")
        found, data = generate_package(document, root / schema.package, config)
        warnings += [f"schemas.{schema.package}: {w}" for w in found]
        if data is None:
            warnings.append(f"schemas.{schema.package}: not generated")
            continue
        roots[schema] = root_class(data, openapi)
    (root / "__init__.py").write_text(_render_tables(roots, feed_schemas), "utf-8")
    return warnings
