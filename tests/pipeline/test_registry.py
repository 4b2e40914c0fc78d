"""The registry file and the one naming function."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spec_registry import RegistryError, load_registry, package_name


def test_package_name_dates_and_majors() -> None:
    assert package_name("fulfillment_outbound", "2020-07-01") == "fulfillment_outbound_v2020_07_01"
    assert package_name("orders", "v0") == "orders_v0"
    assert package_name("shipping", "v2") == "shipping_v2"


@pytest.mark.parametrize(
    ("api", "version", "fragment"),
    [
        ("Orders", "v0", "snake_case"),
        ("orders-api", "v0", "snake_case"),
        ("orders", "2020-7-1", "YYYY-MM-DD"),
        ("orders", "V1", "YYYY-MM-DD"),
    ],
)
def test_package_name_rejects_bad_input(api: str, version: str, fragment: str) -> None:
    with pytest.raises(RegistryError, match=fragment):
        package_name(api, version)


def test_registry_lists_all_66_models_with_unique_packages() -> None:
    registry = load_registry()
    assert registry.commit == "34dc93fe45f37c9a0b2e56823c808f68b4f81754"
    assert len(registry.models) == 66
    assert len({m.package for m in registry.models}) == 66
    # Issue 5: every model is switched on.
    assert registry.selected() == registry.models
    for model in registry.models:
        assert model.path.startswith("models/") and model.path.endswith(".json")


def test_registry_matches_the_mirror_when_present() -> None:
    mirror = Path(__file__).resolve().parents[3] / "shared" / "spapi-models"
    if not mirror.is_dir():
        pytest.fail(f"the shared mirror is expected at {mirror} (CI has it)")
    sums = {}
    for line in (mirror / "SHA256SUMS").read_text().splitlines():
        sha, path = line.split()
        sums[path] = sha
    registry = load_registry()
    for model in registry.models:
        assert sums[model.path] == model.sha256, model.path
        version = json.loads((mirror / model.path).read_text())["info"]["version"]
        assert model.version == version, model.path
    json_models = {p for p in sums if p.startswith("models/") and p.endswith(".json")}
    assert json_models == {m.path for m in registry.models}


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "registry.toml"
    path.write_text(
        '[upstream]\nrepository = "amzn/x"\ncommit = "' + "a" * 40 + '"\n' + body,
        encoding="utf-8",
    )
    return path


def test_registry_key_must_be_the_package_name(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[models.orders]\napi = "orders"\nversion = "v0"\npath = "models/o.json"\n'
        f'sha256 = "{"0" * 64}"\n',
    )
    with pytest.raises(RegistryError, match="'orders_v0'"):
        load_registry(path)


def test_registry_rejects_bad_sha_and_unknown_keys(tmp_path: Path) -> None:
    entry = '[models.orders_v0]\napi = "orders"\nversion = "v0"\npath = "models/o.json"\n'
    with pytest.raises(RegistryError, match="sha256"):
        load_registry(_write(tmp_path, entry + 'sha256 = "abc"\n'))
    with pytest.raises(RegistryError, match="unknown keys"):
        load_registry(_write(tmp_path, entry + f'sha256 = "{"0" * 64}"\ncolour = "red"\n'))


def test_registry_get_names_the_known_packages() -> None:
    with pytest.raises(RegistryError, match="orders_v0"):
        load_registry().get("no_such_v1")


@pytest.mark.parametrize(
    "bad",
    ["/etc/o.json", "models/../../o.json", "models/x/../../o.json", "other/o.json", "models/o"],
)
def test_registry_paths_stay_inside_the_upstream_models_folder(tmp_path: Path, bad: str) -> None:
    # The path is joined to the mirror and to the cache: it must not lead outside them.
    entry = f'[models.orders_v0]\napi = "orders"\nversion = "v0"\npath = "{bad}"\n'
    with pytest.raises(RegistryError, match="path"):
        load_registry(_write(tmp_path, entry + f'sha256 = "{"0" * 64}"\n'))
