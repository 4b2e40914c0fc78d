"""Fixtures of the command line's tests: a clean environment and a runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from selling_partner.cli import app
from selling_partner.testing import OfflineSpApi
from typer.testing import CliRunner, Result

_VARS = (
    "SELLING_PARTNER_CLIENT_ID",
    "LWA_CLIENT_ID",
    "LWA_APP_ID",
    "SELLING_PARTNER_CLIENT_SECRET",
    "LWA_CLIENT_SECRET",
    "SELLING_PARTNER_REFRESH_TOKEN",
    "LWA_REFRESH_TOKEN",
    "SP_API_REFRESH_TOKEN",
    "SELLING_PARTNER_PROFILE",
    "SELLING_PARTNER_CONFIG",
)

Run = Callable[..., Result]


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated config file path (not created): nothing of the user's is read."""
    for var in _VARS:
        monkeypatch.delenv(var, raising=False)
    path = tmp_path / "config.toml"
    monkeypatch.setenv("SELLING_PARTNER_CONFIG", str(path))
    return path


@pytest.fixture
def run(config_file: Path) -> Run:
    """``run(*args, input=None, env=None)``: the CLI in-process, stdout and stderr apart."""

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner(env=env).invoke(app, list(args), input=input)

    return invoke


@pytest.fixture
def offline(offline_spapi: OfflineSpApi, monkeypatch: pytest.MonkeyPatch, run: Run) -> Run:
    """``run`` with the offline SP-API's credentials in the environment and its URLs."""
    facts = offline_spapi.settings()
    monkeypatch.setenv("SELLING_PARTNER_CLIENT_ID", facts["client_id"])
    monkeypatch.setenv("SELLING_PARTNER_CLIENT_SECRET", facts["client_secret"])
    monkeypatch.setenv("SELLING_PARTNER_REFRESH_TOKEN", facts["refresh_token"])

    def invoke(*args: str, **kwargs: object) -> Result:
        urls = ("--endpoint", facts["endpoint"], "--token-url", facts["token_url"])
        return run(*urls, *args, **kwargs)

    return invoke
