"""Fetching the pinned models into the cache."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest
from fetch_models import FetchError, cache_path, default_mirror, fetch
from spec_registry import Model, Registry

PATH = "models/demo-api-model/demo.json"
CONTENT = b'{"swagger": "2.0"}'


def _registry(sha: str = hashlib.sha256(CONTENT).hexdigest()) -> Registry:
    model = Model("demo_v1", "demo", "v1", PATH, sha, True)
    return Registry("amzn/selling-partner-api-models", "c" * 40, (model,))


def _mirror(tmp_path: Path, content: bytes = CONTENT) -> Path:
    mirror = tmp_path / "mirror"
    (mirror / PATH).parent.mkdir(parents=True)
    (mirror / PATH).write_bytes(content)
    return mirror


def test_fetch_from_mirror_into_commit_keyed_cache(tmp_path: Path) -> None:
    registry = _registry()
    result = fetch(registry=registry, mirror=_mirror(tmp_path), cache_dir=tmp_path / "cache")
    assert result["demo_v1"] == tmp_path / "cache" / ("c" * 40) / PATH
    assert result["demo_v1"].read_bytes() == CONTENT


def test_sha_mismatch_names_file_and_both_hashes(tmp_path: Path) -> None:
    registry = _registry()
    with pytest.raises(FetchError) as info:
        fetch(registry=registry, mirror=_mirror(tmp_path, b"{}"), cache_dir=tmp_path / "c")
    message = str(info.value)
    assert PATH in message and registry.models[0].sha256 in message
    assert hashlib.sha256(b"{}").hexdigest() in message
    assert not (tmp_path / "c" / ("c" * 40) / PATH).exists()


def test_missing_file_in_mirror_is_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(FetchError, match=f"{PATH} is missing"):
        fetch(registry=_registry(), mirror=empty, cache_dir=tmp_path / "c")


def test_corrupted_cache_is_replaced_and_good_cache_reused(tmp_path: Path) -> None:
    registry = _registry()
    target = cache_path(registry, registry.models[0], tmp_path / "c")
    target.parent.mkdir(parents=True)
    target.write_bytes(b"corrupt")
    fetch(registry=registry, mirror=_mirror(tmp_path), cache_dir=tmp_path / "c")
    assert target.read_bytes() == CONTENT
    # A verified cache needs no source at all.
    fetch(registry=registry, mirror=tmp_path / "nowhere", cache_dir=tmp_path / "c")


def test_download_uses_pinned_commit_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_get(url: str, **_: object) -> httpx.Response:
        seen.append(url)
        return httpx.Response(200, content=CONTENT)

    monkeypatch.setattr(httpx, "get", fake_get)
    fetch(registry=_registry(), cache_dir=tmp_path / "c", use_default_mirror=False)
    assert seen == [
        "https://raw.githubusercontent.com/amzn/selling-partner-api-models/" + "c" * 40 + "/" + PATH
    ]


def test_download_failure_suggests_mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_get(url: str, **_: object) -> httpx.Response:
        raise httpx.ConnectError("no network")

    monkeypatch.setattr(httpx, "get", fake_get)
    with pytest.raises(FetchError, match="--mirror"):
        fetch(registry=_registry(), cache_dir=tmp_path / "c", use_default_mirror=False)


def test_mirror_env_var(tmp_path: Path) -> None:
    assert default_mirror({"SPAPI_MODELS_MIRROR": str(tmp_path)}) == tmp_path
    with pytest.raises(FetchError, match="not a directory"):
        default_mirror({"SPAPI_MODELS_MIRROR": str(tmp_path / "missing")})


def test_unreadable_mirror_file_is_a_fetch_error_naming_it(tmp_path: Path) -> None:
    mirror = _mirror(tmp_path)
    (mirror / PATH).unlink()
    (mirror / PATH).mkdir()  # a directory where the file should be: unreadable as a file
    with pytest.raises(FetchError, match=PATH):
        fetch(registry=_registry(), mirror=mirror, cache_dir=tmp_path / "c")


def test_read_error_in_the_mirror_is_a_fetch_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mirror = _mirror(tmp_path)
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == mirror / PATH:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(FetchError, match=f"cannot read {PATH}"):
        fetch(registry=_registry(), mirror=mirror, cache_dir=tmp_path / "c")


def test_a_bad_cached_file_is_removed_even_when_the_source_is_bad_too(tmp_path: Path) -> None:
    registry = _registry()
    target = cache_path(registry, registry.models[0], tmp_path / "c")
    target.parent.mkdir(parents=True)
    target.write_bytes(b"partial")
    with pytest.raises(FetchError, match="sha256 mismatch"):
        fetch(registry=registry, mirror=_mirror(tmp_path, b'{"swagger"'), cache_dir=tmp_path / "c")
    assert not target.exists()
    assert list(target.parent.iterdir()) == []  # no temp file left behind either


def test_a_partial_download_is_refused_and_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(httpx, "get", lambda url, **_: httpx.Response(200, content=CONTENT[:5]))
    with pytest.raises(FetchError, match=f"sha256 mismatch for {PATH}"):
        fetch(registry=_registry(), cache_dir=tmp_path / "c", use_default_mirror=False)
    assert not (tmp_path / "c" / ("c" * 40) / PATH).exists()


def test_main_reports_errors_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import fetch_models

    monkeypatch.setattr(fetch_models, "load_registry", _registry)
    monkeypatch.setattr(fetch_models, "CACHE_DIR", tmp_path / "c")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert fetch_models.main(["--mirror", str(empty)]) == 1
    assert f"{PATH} is missing" in capsys.readouterr().err
