"""Credentials: explicit arguments win, then our env names, then the names others use."""

from __future__ import annotations

import os

import pytest
from selling_partner import ConfigurationError, Credentials
from selling_partner._credentials import mask


def resolve(env: dict[str, str], **kwargs: str) -> Credentials:
    return Credentials.resolve(env=env, **kwargs)


def test_explicit_values() -> None:
    c = resolve({}, client_id="cid-123456789", client_secret="s", refresh_token="r")
    assert (c.client_id, c.client_secret, c.refresh_token, c.scope) == (
        "cid-123456789",
        "s",
        "r",
        None,
    )
    assert c.grant_type == "refresh_token"


def test_python_amazon_sp_api_names() -> None:
    env = {"LWA_APP_ID": "app", "LWA_CLIENT_SECRET": "sec", "SP_API_REFRESH_TOKEN": "ref"}
    c = resolve(env)
    assert (c.client_id, c.client_secret, c.refresh_token) == ("app", "sec", "ref")


def test_lwa_client_names() -> None:
    env = {"LWA_CLIENT_ID": "cid", "LWA_CLIENT_SECRET": "sec", "LWA_REFRESH_TOKEN": "ref"}
    c = resolve(env)
    assert (c.client_id, c.client_secret, c.refresh_token) == ("cid", "sec", "ref")


def test_precedence_ours_then_lwa_client_then_app_id_and_explicit_always_wins() -> None:
    env = {
        "SELLING_PARTNER_CLIENT_ID": "ours",
        "LWA_CLIENT_ID": "lwa",
        "LWA_APP_ID": "app",
        "SELLING_PARTNER_CLIENT_SECRET": "s-ours",
        "LWA_CLIENT_SECRET": "s-lwa",
        "LWA_REFRESH_TOKEN": "r-lwa",
        "SP_API_REFRESH_TOKEN": "r-spapi",
    }
    c = resolve(env)
    assert (c.client_id, c.client_secret, c.refresh_token) == ("ours", "s-ours", "r-lwa")
    del env["SELLING_PARTNER_CLIENT_ID"]
    assert resolve(env).client_id == "lwa"
    del env["LWA_CLIENT_ID"]
    assert resolve(env).client_id == "app"
    explicit = resolve(env, client_id="x", client_secret="y", refresh_token="z")
    assert (explicit.client_id, explicit.client_secret, explicit.refresh_token) == ("x", "y", "z")


def test_empty_env_values_are_ignored() -> None:
    env = {"SELLING_PARTNER_CLIENT_ID": "  ", "LWA_APP_ID": "app", "LWA_CLIENT_SECRET": "s"}
    assert resolve(env, refresh_token="r").client_id == "app"


def test_missing_values_name_argument_and_variables() -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve({"LWA_APP_ID": "app"})
    text = str(info.value)
    assert "client_secret= (or set SELLING_PARTNER_CLIENT_SECRET / LWA_CLIENT_SECRET)" in text
    assert "refresh_token= (or set SELLING_PARTNER_REFRESH_TOKEN" in text
    assert "SP_API_REFRESH_TOKEN" in text
    assert "client_id=" not in text


def test_explicit_empty_value_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="client_secret must be a non-empty string"):
        resolve({}, client_id="a", client_secret=" ", refresh_token="r")


def test_grantless_scope_ignores_env_refresh_token() -> None:
    env = {"LWA_APP_ID": "app", "LWA_CLIENT_SECRET": "s", "SP_API_REFRESH_TOKEN": "r"}
    c = resolve(env, scope="sellingpartnerapi::notifications")
    assert c.refresh_token is None
    assert c.grant_type == "client_credentials"
    with pytest.raises(ConfigurationError, match="not both"):
        resolve(env, scope="sellingpartnerapi::notifications", refresh_token="r")


def test_identity_is_stable_short_and_distinguishes_grants() -> None:
    a = Credentials("cid", "secret", refresh_token="r1")
    assert a.identity == Credentials("cid", "other-secret", refresh_token="r1").identity
    assert len(a.identity) == 16
    assert a.identity != Credentials("cid", "secret", refresh_token="r2").identity
    assert (
        a.identity
        != Credentials("cid", "secret", scope="sellingpartnerapi::notifications").identity
    )
    assert "r1" not in a.identity and "cid" not in a.identity


def test_repr_shows_last_four_of_client_id_only() -> None:
    c = Credentials(
        "amzn1.application-oa2-client.abcdef0123", "TOPSECRET", refresh_token="Atzr|REFRESH"
    )
    text = repr(c) + str(c)
    assert "0123" in text
    assert "abcdef" not in text and "TOPSECRET" not in text and "REFRESH" not in text
    assert mask("short") == "…"


def test_exactly_one_grant() -> None:
    with pytest.raises(ConfigurationError, match="exactly one grant"):
        Credentials("a", "b")


def test_environment_read_when_built_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LWA_APP_ID", "late-app")
    monkeypatch.setenv("LWA_CLIENT_SECRET", "late-secret")
    monkeypatch.setenv("SP_API_REFRESH_TOKEN", "late-refresh")
    assert Credentials.resolve(env=os.environ).client_id == "late-app"
