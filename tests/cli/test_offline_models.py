"""The installed offline SP-API fetches Amazon's pinned models on first use, checked."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from fetch_models import fetch
from selling_partner.testing import FetchError, _models
from spec_registry import load_registry

SELLERS = "models/sellers-api-model/sellers.json"


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    """A mirror holding one verified model (copied from the pipeline's cache)."""
    registry = load_registry()
    source = fetch([registry.get("sellers_v1")], registry=registry)["sellers_v1"]
    target = tmp_path / "mirror" / SELLERS
    target.parent.mkdir(parents=True)
    shutil.copyfile(source, target)
    return tmp_path / "mirror"


@pytest.fixture(autouse=True)
def fresh_notice() -> None:
    _models._told.clear()


def test_fetched_once_into_the_cache_and_said_once(
    mirror: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    env = {"SPAPI_MODELS_MIRROR": str(mirror), "SELLING_PARTNER_CACHE": str(tmp_path / "cache")}
    commit = _models.pins().commit
    with caplog.at_level(logging.WARNING, "selling_partner.testing"):
        path = _models.fetch_model(SELLERS, environ=env)
        assert path == tmp_path / "cache" / "models" / commit / SELLERS
        assert path.read_bytes() == (mirror / SELLERS).read_bytes()
        (mirror / SELLERS).unlink()  # the cache serves from now on
        assert _models.fetch_model(SELLERS, environ=env) == path
    notices = [r.getMessage() for r in caplog.records]
    assert len(notices) == 1
    assert "fetching Amazon's SP-API models" in notices[0]
    assert str(mirror) in notices[0]


def test_a_corrupted_cached_file_is_fetched_again(mirror: Path, tmp_path: Path) -> None:
    env = {"SPAPI_MODELS_MIRROR": str(mirror), "SELLING_PARTNER_CACHE": str(tmp_path / "cache")}
    path = _models.fetch_model(SELLERS, environ=env)
    assert path is not None
    good = path.read_bytes()
    path.write_bytes(b"{}")
    assert _models.fetch_model(SELLERS, environ=env) == path
    assert path.read_bytes() == good


def test_a_source_that_is_not_the_pinned_file_is_refused(mirror: Path, tmp_path: Path) -> None:
    (mirror / SELLERS).write_bytes(b'{"swagger": "2.0"}')
    env = {"SPAPI_MODELS_MIRROR": str(mirror), "SELLING_PARTNER_CACHE": str(tmp_path / "cache")}
    with pytest.raises(FetchError, match=r"sha256 mismatch for models/sellers-api-model"):
        _models.fetch_model(SELLERS, environ=env)
    assert not list((tmp_path / "cache").rglob("*.json"))


def test_a_mirror_without_the_file_says_which(tmp_path: Path) -> None:
    env = {"SPAPI_MODELS_MIRROR": str(tmp_path), "SELLING_PARTNER_CACHE": str(tmp_path / "c")}
    with pytest.raises(FetchError, match=r"cannot read models/sellers-api-model/sellers\.json"):
        _models.fetch_model(SELLERS, environ=env)


def test_unpinned_path_is_none(tmp_path: Path) -> None:
    assert (
        _models.fetch_model("models/x/y.json", environ={"SELLING_PARTNER_CACHE": str(tmp_path)})
        is None
    )


def test_the_pins_are_the_registry() -> None:
    registry = load_registry()
    pins = _models.pins()
    assert pins.commit == registry.commit
    assert pins.sha256 == {m.path: m.sha256 for m in registry.models}
