"""Login with Amazon credentials: explicit arguments or the environment.

Each value comes from the explicit argument if given, else from the first set
environment variable of its list, in this order:

==============  ==========================================================================
client id       ``SELLING_PARTNER_CLIENT_ID``, ``LWA_CLIENT_ID``, ``LWA_APP_ID``
client secret   ``SELLING_PARTNER_CLIENT_SECRET``, ``LWA_CLIENT_SECRET``
refresh token   ``SELLING_PARTNER_REFRESH_TOKEN``, ``LWA_REFRESH_TOKEN``, ``SP_API_REFRESH_TOKEN``
==============  ==========================================================================

``LWA_APP_ID``/``LWA_CLIENT_SECRET``/``SP_API_REFRESH_TOKEN`` are the names
python-amazon-sp-api users already have. The environment is read when a client is
built, never at import.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._errors import ConfigurationError

__all__ = [
    "CLIENT_ID_VARS",
    "CLIENT_SECRET_VARS",
    "REFRESH_TOKEN_VARS",
    "Credentials",
    "mask",
    "pick",
    "resolve_client",
]

CLIENT_ID_VARS = ("SELLING_PARTNER_CLIENT_ID", "LWA_CLIENT_ID", "LWA_APP_ID")
CLIENT_SECRET_VARS = ("SELLING_PARTNER_CLIENT_SECRET", "LWA_CLIENT_SECRET")
REFRESH_TOKEN_VARS = ("SELLING_PARTNER_REFRESH_TOKEN", "LWA_REFRESH_TOKEN", "SP_API_REFRESH_TOKEN")


def mask(value: str) -> str:
    """Show at most the last 4 characters of an identifier (``'…c0de'``)."""
    return "…" + value[-4:] if len(value) > 8 else "…"


def pick(
    name: str, explicit: str | None, env: Mapping[str, str], names: tuple[str, ...]
) -> str | None:
    """The explicit value (stripped), else the first non-blank variable of ``names``.

    Raises:
        ConfigurationError: ``explicit`` is given but is not a non-empty string
            (the message names ``name``, never the value).
    """
    if explicit is not None:
        if not isinstance(explicit, str) or not explicit.strip():
            raise ConfigurationError(f"{name} must be a non-empty string")
        return explicit.strip()
    for var in names:
        value = env.get(var, "").strip()
        if value:
            return value
    return None


@dataclass(frozen=True, slots=True)
class Credentials:
    """An LWA app's credentials plus one grant: a refresh token, or a grantless scope.

    ``repr`` shows the client id's last 4 characters and the grant type only.

    Attributes:
        client_id: the LWA client identifier of the app.
        client_secret: the LWA client secret of the app.
        refresh_token: the seller's refresh token (refresh-token grant).
        scope: the scope of a grantless (client-credentials) token, e.g.
            ``sellingpartnerapi::notifications``.
    """

    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    scope: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.refresh_token is None) == (self.scope is None):
            raise ConfigurationError(
                "credentials need exactly one grant: a refresh_token (calls on behalf of a "
                "seller) or a scope (grantless calls, e.g. 'sellingpartnerapi::notifications')"
            )

    @property
    def grant_type(self) -> str:
        """``refresh_token`` or ``client_credentials``."""
        return "refresh_token" if self.refresh_token is not None else "client_credentials"

    @property
    def identity(self) -> str:
        """A short, stable, non-secret digest of (client id, refresh token or scope).

        Keys the token cache and the rate-limit buckets without exposing any value.
        """
        grant = self.refresh_token if self.refresh_token is not None else f"scope:{self.scope}"
        digest = hashlib.sha256(f"{self.client_id}\0{self.grant_type}\0{grant}".encode())
        return digest.hexdigest()[:16]

    def __repr__(self) -> str:
        extra = f", scope={self.scope!r}" if self.scope is not None else ""
        return f"Credentials(client_id={mask(self.client_id)!r}, grant={self.grant_type!r}{extra})"

    @classmethod
    def resolve(
        cls,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        refresh_token: str | None = None,
        scope: str | None = None,
        env: Mapping[str, str],
    ) -> Credentials:
        """Build credentials from explicit values, falling back to ``env``.

        An explicit ``scope`` asks for a grantless token, so the environment's
        refresh token is then ignored.

        Raises:
            ConfigurationError: a value is missing (the message names the argument
                and the environment variables that could supply it), or both an
                explicit refresh token and a scope were given.
        """
        cid = pick("client_id", client_id, env, CLIENT_ID_VARS)
        secret = pick("client_secret", client_secret, env, CLIENT_SECRET_VARS)
        if scope is not None:
            if refresh_token is not None:
                raise ConfigurationError(
                    "pass either refresh_token (seller grant) or scope (grantless), not both"
                )
            if not isinstance(scope, str) or not scope.strip():
                raise ConfigurationError(
                    "scope must be a non-empty string, e.g. 'sellingpartnerapi::notifications'"
                )
            token = None
        else:
            token = pick("refresh_token", refresh_token, env, REFRESH_TOKEN_VARS)
        missing = _missing_app(cid, secret)
        if scope is None and token is None:
            missing.append(
                f"refresh_token= (or set {' / '.join(REFRESH_TOKEN_VARS)}), "
                "or scope= for grantless calls"
            )
        if missing or cid is None or secret is None:
            raise ConfigurationError("missing LWA credentials: pass " + "; ".join(missing))
        return cls(
            client_id=cid,
            client_secret=secret,
            refresh_token=token,
            scope=None if scope is None else scope.strip(),
        )


def _missing_app(client_id: str | None, client_secret: str | None) -> list[str]:
    """What to pass for a missing client id or secret (empty when both are there)."""
    missing = []
    if client_id is None:
        missing.append(f"client_id= (or set {' / '.join(CLIENT_ID_VARS)})")
    if client_secret is None:
        missing.append(f"client_secret= (or set {' / '.join(CLIENT_SECRET_VARS)})")
    return missing


def resolve_client(
    *,
    client_id: str | None,
    client_secret: str | None,
    refresh_token: str | None,
    scope: str | None,
    env: Mapping[str, str],
) -> tuple[Credentials | None, str, str]:
    """A client's default grant (or None), client id and client secret.

    Without a refresh token (argument or ``env``) and without ``scope`` the client
    has no default grant: it can call grantless operations only.

    Raises:
        ConfigurationError: a missing client id or secret, or a bad value.
    """
    if (
        scope is not None
        or refresh_token is not None
        or pick("refresh_token", None, env, REFRESH_TOKEN_VARS) is not None
    ):
        credentials = Credentials.resolve(
            client_id=client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
            scope=scope,
            env=env,
        )
        return credentials, credentials.client_id, credentials.client_secret
    cid = pick("client_id", client_id, env, CLIENT_ID_VARS)
    secret = pick("client_secret", client_secret, env, CLIENT_SECRET_VARS)
    missing = _missing_app(cid, secret)
    if missing or cid is None or secret is None:
        raise ConfigurationError(
            "missing LWA credentials: pass "
            + "; ".join(missing)
            + f" (and refresh_token=, or set {' / '.join(REFRESH_TOKEN_VARS)}, for calls on "
            "behalf of a seller)"
        )
    return None, cid, secret
