"""The model registry (``spec/registry.toml``) and the one package naming function.

The registry pins Amazon's upstream repository at one commit and lists every
Swagger model there, with its sha256 and the Python package generated from it.
Every other script reads models through :func:`load_registry`, so a model's
package name is decided in exactly one place: :func:`package_name`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "REGISTRY_PATH",
    "ROOT",
    "SPEC_DIR",
    "Model",
    "Registry",
    "RegistryError",
    "load_registry",
    "package_name",
]

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
REGISTRY_PATH = SPEC_DIR / "registry.toml"

_API_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_VERSION_RE = re.compile(r"v(\d+)|(\d{4})-(\d{2})-(\d{2})")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_COMMIT_RE = re.compile(r"[0-9a-f]{40}")


class RegistryError(ValueError):
    """The registry file is malformed, or a name cannot be built."""


def package_name(api: str, version: str) -> str:
    """Return the Python package name of one API version.

    Args:
        api: The API's snake_case name, e.g. ``"fulfillment_outbound"``.
        version: ``"v<N>"`` or an ISO date, e.g. ``"2020-07-01"``.

    Returns:
        ``"fulfillment_outbound_v2020_07_01"`` or ``"orders_v0"``.

    Raises:
        RegistryError: If ``api`` is not snake_case or ``version`` has neither form.
    """
    if not _API_RE.fullmatch(api):
        raise RegistryError(
            f"api name {api!r} must be snake_case ASCII, e.g. 'fulfillment_outbound'"
        )
    match = _VERSION_RE.fullmatch(version)
    if match is None:
        raise RegistryError(
            f"version {version!r} of api {api!r} must be 'v<N>' (e.g. 'v0') or a date 'YYYY-MM-DD'"
        )
    if match.group(1) is not None:
        return f"{api}_v{int(match.group(1))}"
    return f"{api}_v{match.group(2)}_{match.group(3)}_{match.group(4)}"


@dataclass(frozen=True, slots=True)
class Model:
    """One upstream Swagger model and the package generated from it."""

    package: str
    api: str
    version: str
    path: str
    sha256: str
    generate: bool


@dataclass(frozen=True, slots=True)
class Registry:
    """The pinned upstream commit and every model in it."""

    repository: str
    commit: str
    models: tuple[Model, ...]

    def get(self, package: str) -> Model:
        """Return the model of ``package``; a clear error names the known ones."""
        for model in self.models:
            if model.package == package:
                return model
        known = ", ".join(sorted(m.package for m in self.models))
        raise RegistryError(f"unknown package {package!r}; the registry has: {known}")

    def selected(self) -> tuple[Model, ...]:
        """The models switched on for generation (``generate = true``)."""
        return tuple(m for m in self.models if m.generate)


def _string(table: dict[str, object], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise RegistryError(f"{where}: '{key}' must be a non-empty string")
    return value


def load_registry(path: Path = REGISTRY_PATH) -> Registry:
    """Read and validate the registry.

    Args:
        path: The TOML file (default ``spec/registry.toml``).

    Returns:
        The registry, models in file order.

    Raises:
        RegistryError: On any malformed entry, naming the entry and the field.
    """
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    upstream = data.get("upstream")
    if not isinstance(upstream, dict):
        raise RegistryError(f"{path}: missing [upstream] table (repository, commit)")
    repository = _string(upstream, "repository", f"{path} [upstream]")
    commit = _string(upstream, "commit", f"{path} [upstream]")
    if not _COMMIT_RE.fullmatch(commit):
        raise RegistryError(f"{path} [upstream]: commit must be 40 lower-case hex digits")
    tables = data.get("models")
    if not isinstance(tables, dict) or not tables:
        raise RegistryError(f"{path}: no [models.<package>] tables")
    models: list[Model] = []
    seen_paths: set[str] = set()
    for key, table in tables.items():
        where = f"{path} [models.{key}]"
        if not isinstance(table, dict):
            raise RegistryError(f"{where}: must be a table")
        api = _string(table, "api", where)
        version = _string(table, "version", where)
        expected = package_name(api, version)
        if key != expected:
            raise RegistryError(f"{where}: key must be package_name(api, version) = {expected!r}")
        model_path = _string(table, "path", where)
        parts = model_path.split("/")
        if parts[0] != "models" or not model_path.endswith(".json") or ".." in parts:
            # Joined to the mirror and the cache: it must stay inside both.
            raise RegistryError(
                f"{where}: path must be 'models/<folder>/<file>.json' (relative, no '..')"
            )
        if model_path in seen_paths:
            raise RegistryError(f"{where}: path {model_path!r} is listed twice")
        seen_paths.add(model_path)
        sha256 = _string(table, "sha256", where)
        if not _SHA256_RE.fullmatch(sha256):
            raise RegistryError(f"{where}: sha256 must be 64 lower-case hex digits")
        generate = table.get("generate", False)
        if not isinstance(generate, bool):
            raise RegistryError(f"{where}: 'generate' must be true or false")
        unknown = set(table) - {"api", "version", "path", "sha256", "generate"}
        if unknown:
            raise RegistryError(f"{where}: unknown keys {sorted(unknown)}")
        models.append(Model(key, api, version, model_path, sha256, generate))
    return Registry(repository, commit, tuple(models))
