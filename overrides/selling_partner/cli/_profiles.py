"""Where the command line's credentials and settings come from.

Per setting, first found wins:

1. the command line (``--client-id``, ``--region``, ...);
2. the profile named by ``--profile`` or ``SELLING_PARTNER_PROFILE``;
3. the environment, as the library reads it (``SELLING_PARTNER_CLIENT_ID`` /
   ``LWA_CLIENT_ID`` / ``LWA_APP_ID``, ...);
4. the profile ``default``, when the config file has one.

A profile named on purpose beats stray environment variables; the environment
beats the implicit ``default``. The config file is TOML,
``<user config folder>/selling-partner/config.toml`` (``--config`` or
``SELLING_PARTNER_CONFIG`` to use another)::

    [profiles.default]
    client_id = "amzn1.application-oa2-client.…"
    client_secret = "…"
    refresh_token = "Atzr|…"
    region = "na"                 # or marketplace = "A1PA6795UKMFR9"

    [profiles.offline]            # selling-partner sandbox serve
    endpoint = "http://127.0.0.1:8123"
    token_url = "http://127.0.0.1:8123/auth/o2/token"

Keep it private (``chmod 600``): a file that others can read gets a warning.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .._credentials import CLIENT_ID_VARS, CLIENT_SECRET_VARS, REFRESH_TOKEN_VARS
from .._errors import ConfigurationError

__all__ = [
    "CONFIG_ENV",
    "PROFILE_ENV",
    "Settings",
    "config_path",
    "load_profiles",
    "resolve",
]

CONFIG_ENV = "SELLING_PARTNER_CONFIG"
PROFILE_ENV = "SELLING_PARTNER_PROFILE"
_SECRETS = ("client_secret", "refresh_token")
_ENV_VARS = {
    "client_id": CLIENT_ID_VARS,
    "client_secret": CLIENT_SECRET_VARS,
    "refresh_token": REFRESH_TOKEN_VARS,
}


@dataclass(frozen=True)
class Settings:
    """What a client is built from (``None``: not given). Secrets never in its repr."""

    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    scope: str | None = None
    region: str | None = None
    marketplace: str | None = None
    sandbox: bool | None = None
    endpoint: str | None = None
    token_url: str | None = None
    proxy: str | None = None

    def merged_over(self, lower: Settings) -> Settings:
        """These settings, with ``lower``'s where these have none."""
        return replace(lower, **self.client_kwargs())

    def client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``SellingPartner`` (only the settings given)."""
        given = ((f.name, getattr(self, f.name)) for f in fields(self))
        return {name: value for name, value in given if value is not None}


_KEYS = {f.name for f in fields(Settings)}


def config_path(environ: Mapping[str, str], explicit: Path | None = None) -> Path:
    """The config file: ``--config``, ``SELLING_PARTNER_CONFIG``, else the user's folder."""
    if explicit is not None:
        return explicit
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV])
    import platformdirs

    return Path(platformdirs.user_config_dir("selling-partner")) / "config.toml"


def load_profiles(path: Path, warn: Any = None) -> dict[str, Settings]:
    """The profiles of ``path`` (none when the file does not exist).

    Raises:
        ConfigurationError: the file is not TOML, or a profile has an unknown
            key or a value of the wrong type (the message names the key, never a value).
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigurationError(f"cannot read the config file {path}: {exc.strerror}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"the config file {path} is not valid TOML: {exc}") from None
    profiles = data.get("profiles", {})
    unknown_top = sorted(set(data) - {"profiles"})
    if unknown_top or not isinstance(profiles, dict):
        raise ConfigurationError(
            f"the config file {path} holds [profiles.<name>] tables only; found {unknown_top}"
        )
    out: dict[str, Settings] = {}
    for name, values in profiles.items():
        if not isinstance(values, dict):
            raise ConfigurationError(f"{path}: profiles.{name} must be a table")
        unknown = sorted(set(values) - _KEYS)
        if unknown:
            raise ConfigurationError(
                f"{path}: profiles.{name} has unknown key(s) {', '.join(unknown)}; "
                f"known keys: {', '.join(sorted(_KEYS))}"
            )
        for key, value in values.items():
            wanted = bool if key == "sandbox" else str
            if not isinstance(value, wanted):
                raise ConfigurationError(
                    f"{path}: profiles.{name}.{key} must be a {wanted.__name__}"
                )
        out[name] = Settings(**values)
    has_secret = any(getattr(p, s) for p in out.values() for s in _SECRETS)
    if has_secret and warn is not None and os.name == "posix":
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            warn(f"warning: {path} holds secrets and others can read it; run chmod 600 {path}")
    return out


def _from_environment(environ: Mapping[str, str]) -> Settings:
    found: dict[str, str] = {}
    for key, names in _ENV_VARS.items():
        for var in names:
            value = environ.get(var, "").strip()
            if value:
                found[key] = value
                break
    return Settings(
        client_id=found.get("client_id"),
        client_secret=found.get("client_secret"),
        refresh_token=found.get("refresh_token"),
    )


def resolve(
    given: Settings,
    *,
    profile: str | None,
    environ: Mapping[str, str],
    config: Path | None = None,
    warn: Any = None,
) -> Settings:
    """The settings in force (see the module docstring for the order).

    Raises:
        ConfigurationError: a profile was named that the config file lacks.
    """
    path = config_path(environ, config)
    profiles = load_profiles(path, warn)
    chosen = profile or environ.get(PROFILE_ENV) or None
    settings = given
    if chosen is not None:
        if chosen not in profiles:
            have = ", ".join(sorted(profiles)) or "none"
            raise ConfigurationError(
                f"no profile {chosen!r} in {path} (profiles there: {have}); "
                "add a [profiles.<name>] table or drop --profile"
            )
        settings = settings.merged_over(profiles[chosen])
    settings = settings.merged_over(_from_environment(environ))
    if chosen is None and "default" in profiles:
        settings = settings.merged_over(profiles["default"])
    return settings
