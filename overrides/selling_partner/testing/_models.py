"""Amazon's pinned models for the installed offline SP-API, fetched on first use.

The wheel ships no model of Amazon's: only the pins (``registry.toml``, the
project's ``spec/registry.toml``: upstream commit, path and sha256 of every
model). On first use a model is taken from ``SPAPI_MODELS_MIRROR`` (a local
copy of Amazon's repository) when set, else downloaded from GitHub at the
pinned commit; its sha256 is checked and it is written atomically into the
user's cache folder (``platformdirs.user_cache_dir("selling-partner")``, or
``SELLING_PARTNER_CACHE``), ``models/<commit>/<upstream path>``, so a bad or
partial file is never read. The first fetch of a process says so once, on the
``selling_partner.testing`` logger (WARNING, Python's last-resort handler
prints it when the application configured none).

These are the checks of the pipeline's ``scripts/fetch_models.py``: same
sources, same cache layout, same sha256 rule.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CACHE_ENV", "MIRROR_ENV", "FetchError", "Pins", "cache_root", "fetch_model", "pins"]

MIRROR_ENV = "SPAPI_MODELS_MIRROR"
CACHE_ENV = "SELLING_PARTNER_CACHE"
_RAW_URL = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"
_REGISTRY = Path(__file__).resolve().parent / "registry.toml"
_log = logging.getLogger("selling_partner.testing")
_told = threading.Event()
_lock = threading.Lock()


class FetchError(RuntimeError):
    """A model could not be fetched, or it is not the pinned file (sha256)."""


@dataclass(frozen=True, slots=True)
class Pins:
    """The pinned upstream commit and each model's sha256, by upstream path."""

    repository: str
    commit: str
    sha256: Mapping[str, str]


def pins(registry: Path = _REGISTRY) -> Pins:
    """Read the pins shipped with the package."""
    with registry.open("rb") as handle:
        data = tomllib.load(handle)
    upstream = data["upstream"]
    return Pins(
        repository=str(upstream["repository"]),
        commit=str(upstream["commit"]),
        sha256={str(m["path"]): str(m["sha256"]) for m in data["models"].values()},
    )


def cache_root(environ: Mapping[str, str] | None = None) -> Path:
    """The cache folder: ``SELLING_PARTNER_CACHE``, else the user's cache folder."""
    env = os.environ if environ is None else environ
    configured = env.get(CACHE_ENV)
    if configured:
        return Path(configured)
    import platformdirs  # only when a model is needed

    return Path(platformdirs.user_cache_dir("selling-partner"))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _source(found: Pins, model_path: str, environ: Mapping[str, str]) -> tuple[bytes, str]:
    mirror = environ.get(MIRROR_ENV)
    if mirror:
        source = Path(mirror) / model_path
        try:
            return source.read_bytes(), str(source)
        except OSError as exc:
            raise FetchError(
                f"cannot read {model_path} from {MIRROR_ENV}={mirror!r}: {exc.strerror or exc}"
            ) from exc
    import httpx

    url = _RAW_URL.format(repository=found.repository, commit=found.commit, path=model_path)
    try:
        response = httpx.get(url, timeout=60.0, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise FetchError(
            f"cannot download Amazon's model {model_path} ({exc}); set {MIRROR_ENV} to a "
            "local copy of amzn/selling-partner-api-models to work offline"
        ) from exc
    if response.status_code != 200:
        raise FetchError(f"cannot download {model_path}: {url} answered {response.status_code}")
    return response.content, url


def fetch_model(
    model_path: str,
    *,
    environ: Mapping[str, str] | None = None,
    registry: Path = _REGISTRY,
) -> Path | None:
    """The verified cached file of ``model_path`` (fetched first if needed).

    Args:
        model_path: Upstream path, ``models/<api>-model/<file>.json``.
        environ: Where ``SPAPI_MODELS_MIRROR``/``SELLING_PARTNER_CACHE`` are read
            (``os.environ`` by default, read now).
        registry: The pins file.

    Returns:
        The path, or None when ``model_path`` is not pinned.

    Raises:
        FetchError: the source is unreachable or not the pinned file.
    """
    env = os.environ if environ is None else environ
    found = pins(registry)
    expected = found.sha256.get(model_path)
    if expected is None:
        return None
    root = cache_root(env) / "models"
    target = root / found.commit / model_path
    with _lock:
        try:
            if _sha256(target.read_bytes()) == expected:
                return target
            target.unlink(missing_ok=True)  # never keep a file that is not the pinned one
        except FileNotFoundError:
            pass
        if not _told.is_set():
            _told.set()
            _log.warning(
                "selling_partner.testing: fetching Amazon's SP-API models (commit %s) on first "
                "use into %s (%s)",
                found.commit[:12],
                root,
                f"from {env[MIRROR_ENV]}" if env.get(MIRROR_ENV) else "from GitHub",
            )
        data, origin = _source(found, model_path, env)
        actual = _sha256(data)
        if actual != expected:
            raise FetchError(
                f"sha256 mismatch for {model_path} (from {origin}): expected {expected}, "
                f"got {actual}; the source is not Amazon's file at the pinned commit"
            )
        _write_atomically(target, data)
        return target
