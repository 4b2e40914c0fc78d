"""Fetch Amazon's pinned SP-API models into the ignored cache, checking every sha256.

Sources, first match wins:

1. ``--mirror DIR`` (or ``mirror=`` in Python): a local copy of the upstream
   repository's files (``DIR/models/<api>-model/<file>.json``);
2. the ``SPAPI_MODELS_MIRROR`` environment variable;
3. ``<project root>/../shared/spapi-models`` when it exists;
4. otherwise the network: ``raw.githubusercontent.com`` at the pinned commit.

Files land in ``.cache/models/<commit>/<upstream path>``. A cached file is
re-checked on every run (a cached file with the wrong sha256 is deleted, and
files are written to a temp file then renamed, so the cache never holds a bad
or partial file); a source whose sha256 differs from the registry, a missing
or unreadable file, or a failed download, is a :class:`FetchError` naming it. The models are never
committed to this repository.

Usage::

    python scripts/fetch_models.py                 # the models with generate = true
    python scripts/fetch_models.py --all           # all models in the registry

Both also fetch the JSON Schemas pinned in ``spec/schemas.toml`` (same commit).
    python scripts/fetch_models.py --model orders_v0 --mirror ../shared/spapi-models
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from spec_registry import ROOT, Model, Registry, load_registry

__all__ = [
    "CACHE_DIR",
    "MIRROR_ENV",
    "FetchError",
    "cache_path",
    "default_mirror",
    "fetch",
    "main",
]

CACHE_DIR = ROOT / ".cache" / "models"
MIRROR_ENV = "SPAPI_MODELS_MIRROR"
RAW_URL = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"


class FetchError(RuntimeError):
    """A model could not be fetched, or its content does not match the pinned sha256."""


def default_mirror(environ: Mapping[str, str] | None = None) -> Path | None:
    """Return the mirror to use when none is given: the env var, then ``../shared``."""
    env = os.environ if environ is None else environ
    configured = env.get(MIRROR_ENV)
    if configured:
        path = Path(configured)
        if not path.is_dir():
            raise FetchError(f"{MIRROR_ENV}={configured!r} is not a directory")
        return path
    shared = ROOT.parent / "shared" / "spapi-models"
    return shared if shared.is_dir() else None


def cache_path(registry: Registry, model: Model, cache_dir: Path = CACHE_DIR) -> Path:
    """Where ``model`` is cached: ``<cache_dir>/<commit>/<upstream path>``."""
    return cache_dir / registry.commit / model.path


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # A temp file + rename, so a concurrent reader never sees half a model.
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _download(registry: Registry, model: Model) -> bytes:
    import httpx  # only needed without a mirror; keeps the offline path import-light

    url = RAW_URL.format(repository=registry.repository, commit=registry.commit, path=model.path)
    try:
        response = httpx.get(url, timeout=60.0, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise FetchError(
            f"cannot download {model.path} from {url}: {exc}; "
            f"pass --mirror DIR or set {MIRROR_ENV} to use a local copy"
        ) from exc
    if response.status_code != 200:
        raise FetchError(f"cannot download {model.path}: {url} answered {response.status_code}")
    return response.content


def _read_source(registry: Registry, model: Model, mirror: Path | None) -> tuple[bytes, str]:
    if mirror is None:
        return _download(registry, model), "upstream"
    source = mirror / model.path
    if not source.is_file():
        raise FetchError(f"model file {model.path} is missing from the mirror {mirror}")
    try:
        return source.read_bytes(), str(source)
    except OSError as exc:
        raise FetchError(f"cannot read {model.path} from the mirror {mirror}: {exc}") from exc


def _cached_ok(target: Path, model: Model) -> bool:
    """Whether the cached file is the pinned one; a bad one is removed, never kept."""
    try:
        if _sha256(target.read_bytes()) == model.sha256:
            return True
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise FetchError(f"cannot read the cached {model.path} at {target}: {exc}") from exc
    target.unlink(missing_ok=True)
    return False


def fetch(
    models: Iterable[Model] | None = None,
    *,
    registry: Registry | None = None,
    mirror: Path | None = None,
    cache_dir: Path = CACHE_DIR,
    use_default_mirror: bool = True,
) -> dict[str, Path]:
    """Make sure each model is in the cache with its pinned sha256.

    Args:
        models: The models to fetch (default: those with ``generate = true``).
        registry: The registry (default: ``spec/registry.toml``).
        mirror: A local mirror directory; when None, :func:`default_mirror`
            decides, unless ``use_default_mirror`` is False (then: the network).
        cache_dir: The cache root (default ``.cache/models``).
        use_default_mirror: Whether to look for a mirror when ``mirror`` is None.

    Returns:
        package name -> path of the verified cached file.

    Raises:
        FetchError: On a missing file, a failed download, or a sha256 mismatch.
    """
    registry = registry or load_registry()
    chosen = registry.selected() if models is None else tuple(models)
    if mirror is None and use_default_mirror:
        mirror = default_mirror()
    result: dict[str, Path] = {}
    for model in chosen:
        target = cache_path(registry, model, cache_dir)
        if _cached_ok(target, model):
            result[model.package] = target
            continue
        data, origin = _read_source(registry, model, mirror)
        actual = _sha256(data)
        if actual != model.sha256:
            raise FetchError(
                f"sha256 mismatch for {model.path} (from {origin}): expected {model.sha256} "
                f"(spec/registry.toml, package {model.package}), got {actual}"
            )
        _write_atomically(target, data)
        result[model.package] = target
    return result


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, help="local copy of the upstream repository")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--all", action="store_true", help="fetch every model in the registry")
    group.add_argument("--model", action="append", metavar="PACKAGE", help="fetch this package")
    args = parser.parse_args(argv)
    registry = load_registry()
    models: tuple[Model, ...] | None = None
    try:
        if args.all:
            models = registry.models
        elif args.model:
            models = tuple(registry.get(name) for name in args.model)
        fetched = fetch(models, registry=registry, mirror=args.mirror)
        if not args.model:
            from schema_models import load_schemas  # imports this module: import it late

            schemas = [s.as_model() for s in load_schemas()]
            fetched.update(fetch(schemas, registry=registry, mirror=args.mirror))
    except (FetchError, ValueError) as exc:
        print(f"fetch_models: error: {exc}", file=sys.stderr)
        return 1
    print(f"{len(fetched)} model(s) and schema(s) verified in {CACHE_DIR / registry.commit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
