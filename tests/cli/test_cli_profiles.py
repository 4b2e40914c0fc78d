"""Credentials of the command line: arguments, profiles, environment; never printed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from selling_partner.cli._profiles import Settings, resolve
from selling_partner.testing import OfflineSpApi
from typer.testing import Result

Run = Callable[..., Result]
FO = "fulfillment_outbound_v2020_07_01"
TRACK = ("call", FO, "get_package_tracking_details", "-p", "package_number=1")


def _toml(profiles: dict[str, dict[str, str]]) -> str:
    out = []
    for name, values in profiles.items():
        out.append(f"[profiles.{name}]")
        out += [f'{key} = "{value}"' for key, value in values.items()]
    return "\n".join(out) + "\n"


def test_order_arguments_then_named_profile_then_environment_then_default(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        _toml(
            {
                "default": {"client_id": "default-id", "region": "fe", "client_secret": "d"},
                "eu": {"client_id": "eu-id", "region": "eu"},
            }
        )
    )
    env = {"SELLING_PARTNER_CLIENT_ID": "env-id", "LWA_CLIENT_SECRET": "env-secret"}
    plain = resolve(Settings(), profile=None, environ=env, config=config)
    # the environment beats the implicit default profile, which fills the rest
    assert (plain.client_id, plain.client_secret, plain.region) == ("env-id", "env-secret", "fe")
    named = resolve(Settings(), profile="eu", environ=env, config=config)
    # a profile named on purpose beats the environment
    assert (named.client_id, named.region) == ("eu-id", "eu")
    by_env = resolve(
        Settings(), profile=None, environ={**env, "SELLING_PARTNER_PROFILE": "eu"}, config=config
    )
    assert by_env.client_id == "eu-id"
    given = resolve(Settings(client_id="arg-id"), profile="eu", environ=env, config=config)
    assert given.client_id == "arg-id"
    assert "env-secret" not in repr(plain)


def test_no_config_file_is_fine(tmp_path: Path) -> None:
    settings = resolve(Settings(), profile=None, environ={}, config=tmp_path / "missing.toml")
    assert settings == Settings()


def test_named_profile_reaches_the_offline_spapi(
    run: Run, config_file: Path, offline_spapi: OfflineSpApi
) -> None:
    config_file.write_text(_toml({"offline": offline_spapi.settings()}))
    config_file.chmod(0o600)
    result = run("--profile", "offline", *TRACK)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["payload"]["currentStatus"] == "DELIVERED"
    assert result.stderr == ""


def test_default_profile_is_used_without_one_named(
    run: Run, config_file: Path, offline_spapi: OfflineSpApi
) -> None:
    config_file.write_text(_toml({"default": offline_spapi.settings()}))
    config_file.chmod(0o600)
    assert run(*TRACK).exit_code == 0


def test_unknown_profile_names_the_ones_there(run: Run, config_file: Path) -> None:
    config_file.write_text(_toml({"acme": {"region": "eu"}, "zeta": {"region": "na"}}))
    result = run("--profile", "nope", *TRACK)
    assert result.exit_code == 3
    assert "no profile 'nope'" in result.stderr
    assert "acme, zeta" in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[profiles.a]\nclient_secrt = "x"\n', "unknown key(s) client_secrt"),
        ("[profiles.a]\nsandbox = 1\n", "profiles.a.sandbox must be a bool"),
        ("not toml [", "is not valid TOML"),
        ('[other]\nx = "y"\n', "holds [profiles.<name>] tables only"),
    ],
)
def test_bad_config_file_exit_3(run: Run, config_file: Path, text: str, message: str) -> None:
    config_file.write_text(text)
    result = run(*TRACK)
    assert result.exit_code == 3
    assert message in result.stderr


def test_a_config_file_others_can_read_gets_a_warning(
    run: Run, config_file: Path, offline_spapi: OfflineSpApi
) -> None:
    config_file.write_text(_toml({"default": offline_spapi.settings()}))
    config_file.chmod(0o644)
    result = run(*TRACK)
    assert result.exit_code == 0
    assert f"chmod 600 {config_file}" in result.stderr


def test_secrets_never_printed(
    run: Run, offline: Run, config_file: Path, offline_spapi: OfflineSpApi
) -> None:
    facts = offline_spapi.settings()
    secrets = (facts["client_secret"], facts["refresh_token"])
    outputs = []
    outputs.append(offline("auth", "check"))
    offline_spapi.respond_next(
        "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails",
        400,
        {"errors": [{"code": "X"}]},
    )
    outputs.append(offline(*TRACK))
    outputs.append(offline(*TRACK, "--detailed"))
    # a wrong secret given on the command line: LWA refuses, the message names neither
    wrong = "amzn1.oa2-cs.v1.wrongwrongwrongwrong"
    outputs.append(offline("--client-secret", wrong, *TRACK))
    outputs.append(offline("--client-secret", wrong, "auth", "check"))
    offline_spapi.revoke_refresh_token()
    outputs.append(offline("auth", "check"))
    assert [r.exit_code for r in outputs] == [0, 6, 0, 4, 4, 4]
    for result in outputs:
        for secret in (*secrets, wrong):
            assert secret not in result.stdout
            assert secret not in result.stderr


def test_proxy_from_the_command_line_reaches_the_client(run: Run, config_file: Path) -> None:
    # An unreachable proxy: the call fails to connect through it, naming no secret.
    result = run(
        "--client-id",
        "id",
        "--client-secret",
        "secret-value",
        "--refresh-token",
        "Atzr|x",
        "--region",
        "na",
        "--proxy",
        "ftp://not-a-proxy",
        *TRACK,
    )
    assert result.exit_code == 3
    assert "proxy" in result.stderr
    assert "secret-value" not in result.stderr
